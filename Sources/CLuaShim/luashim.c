/*
 * The C half of the Lua bridge: see include/luashim.h for why it exists.
 *
 * Every function here that raises does so from a C frame that Lua itself called, so a longjmp only
 * ever crosses C and Lua frames. Swift reaches Lua through simshim_pcall (protected) and the
 * never-raising parts of the API; while Swift runs (host_depth > 0) the allocator does not refuse, so
 * an API call made from Swift cannot raise a memory error either.
 */
#include "luashim.h"
#include "lpattern.h"
#include "lcharged.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- accounting */

simshim_sandbox *simshim_sandbox_of(lua_State *L) {
    return *(simshim_sandbox **)lua_getextraspace(L);
}

/* The allocator: refuses to grow past the cap while guest code runs, and remembers why. */
static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    simshim_sandbox *sb = (simshim_sandbox *)ud;
    size_t old = ptr != NULL ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        sb->used -= old;
        return NULL;
    }
    if (nsize > old && sb->limit > 0 && sb->host_depth == 0 && sb->used - old + nsize > sb->limit) {
        if (sb->killed == SIMSHIM_RUNNING) sb->killed = SIMSHIM_KILLED_MEMORY;
        return NULL;
    }
    void *block = realloc(ptr, nsize);
    if (block == NULL) return NULL;
    sb->used = sb->used - old + nsize;
    if (sb->used > sb->peak) sb->peak = sb->used;
    return block;
}

/* Pushes "path:line: " for the Lua function at `ar` (or at `level` when ar is NULL), using the full
   chunk name rather than Lua's shortened one so that a coach sees the real path. */
static void push_where(lua_State *L, lua_Debug *ar, int level) {
    lua_Debug local;
    if (ar == NULL) {
        ar = &local;
        if (!lua_getstack(L, level, ar)) {
            lua_pushliteral(L, "");
            return;
        }
    }
    lua_getinfo(L, "Sl", ar);
    const char *source = ar->source != NULL ? ar->source : "?";
    if (*source == '@' || *source == '=') source++;
    else source = ar->short_src;
    if (ar->currentline > 0) lua_pushfstring(L, "%s:%d: ", source, ar->currentline);
    else if (strcmp(ar->what, "C") == 0) lua_pushliteral(L, "");
    else lua_pushfstring(L, "%s: ", source);
}

/* Raises the error that stops the script for good. It never returns. */
static int raise_killed(lua_State *L, lua_Debug *ar, int level) {
    simshim_sandbox *sb = simshim_sandbox_of(L);
    sb->host_depth++; /* building the message must not fail for lack of memory */
    push_where(L, ar, level);
    switch (sb->killed) {
    case SIMSHIM_KILLED_BUDGET:
        lua_pushfstring(L, "instruction budget exhausted (%I instructions)", (lua_Integer)sb->budget);
        break;
    case SIMSHIM_KILLED_MEMORY:
        lua_pushfstring(L, "memory limit exceeded (%I MiB)", (lua_Integer)(sb->limit / (1024 * 1024)));
        break;
    default:
        lua_pushliteral(L, "the script was stopped");
        break;
    }
    lua_concat(L, 2);
    sb->host_depth--;
    return lua_error(L);
}

/* Raises if the sandbox has stopped the script; a script's own pcall must not carry on after that. */
static void check_killed(lua_State *L) {
    if (simshim_sandbox_of(L)->killed != SIMSHIM_RUNNING) raise_killed(L, NULL, 1);
}

void simshim_charge(lua_State *L, long steps) {
    simshim_sandbox *sb = simshim_sandbox_of(L);
    sb->remaining -= steps;
    if (sb->remaining < 0 && sb->killed == SIMSHIM_RUNNING) sb->killed = SIMSHIM_KILLED_BUDGET;
    if (sb->killed != SIMSHIM_RUNNING) raise_killed(L, NULL, 1);
}

/* The count hook: charges the interval and, once the script is stopped, fires on every instruction of
   the thread so that no guest code runs after a caught error. */
static void sandbox_hook(lua_State *L, lua_Debug *ar) {
    simshim_sandbox *sb = simshim_sandbox_of(L);
    if (sb->killed == SIMSHIM_RUNNING) {
        sb->remaining -= SIMSHIM_HOOK_INTERVAL;
        if (sb->remaining < 0) sb->killed = SIMSHIM_KILLED_BUDGET;
    }
    if (sb->killed != SIMSHIM_RUNNING) {
        lua_sethook(L, sandbox_hook, LUA_MASKCOUNT, 1);
        raise_killed(L, ar, 0);
    }
}

static int panic_handler(lua_State *L) {
    (void)L;
    abort(); /* unreachable by design: every guest call is protected */
}

lua_State *simshim_newstate(simshim_sandbox *sb) {
    sb->host_depth = 1; /* host until the first guest call */
    lua_State *L = lua_newstate(sandbox_alloc, sb);
    if (L == NULL) return NULL;
    *(simshim_sandbox **)lua_getextraspace(L) = sb;
    lua_atpanic(L, panic_handler);
    lua_sethook(L, sandbox_hook, LUA_MASKCOUNT, SIMSHIM_HOOK_INTERVAL);
    return L;
}

void simshim_prepare_close(lua_State *L) {
    simshim_sandbox *sb = simshim_sandbox_of(L);
    if (sb->killed == SIMSHIM_RUNNING) sb->killed = SIMSHIM_KILLED_CLOSING;
    lua_sethook(L, sandbox_hook, LUA_MASKCOUNT, 1);
}

/* ---------------------------------------------------------------- libraries */

static int open_body(lua_State *L) {
    luaL_openlibs(L);
    lua_getglobal(L, "string");
    lpattern_register(L, lua_gettop(L));
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    lcharged_register(L);
    /* The string metatable is shared by every script in the state: hide it behind __metatable. */
    lua_pushliteral(L, "");
    if (lua_getmetatable(L, -1)) {
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return 0;
}

int simshim_openlibs(lua_State *L) {
    lua_pushcfunction(L, open_body);
    return lua_pcall(L, 0, 0, 0);
}

/* ---------------------------------------------------------------- callbacks into Swift */

static int trampoline(lua_State *L) {
    simshim_sandbox *sb = simshim_sandbox_of(L);
    simshim_dispatch_fn dispatch = *(simshim_dispatch_fn *)lua_touserdata(L, lua_upvalueindex(1));
    void *context = lua_touserdata(L, lua_upvalueindex(2));
    lua_Integer function_id = lua_tointeger(L, lua_upvalueindex(3));
    sb->host_depth++;
    int results = dispatch(L, context, function_id);
    sb->host_depth--;
    if (results == SIMSHIM_CALLBACK_ERROR && lua_type(L, -1) == LUA_TSTRING) {
        sb->host_depth++;
        push_where(L, NULL, 1);
        lua_insert(L, -2);
        lua_concat(L, 2);
        sb->host_depth--;
    }
    if (results < 0) return lua_error(L); /* a stopped script stays stopped: the hook sees to it */
    if (sb->killed != SIMSHIM_RUNNING) raise_killed(L, NULL, 1);
    if (sb->pending_charge > 0) {
        long long charge = sb->pending_charge;
        sb->pending_charge = 0;
        simshim_charge(L, (long)charge);
    }
    if (sb->limit > 0 && sb->host_depth == 0 && sb->used > sb->limit) {
        sb->killed = SIMSHIM_KILLED_MEMORY;
        raise_killed(L, NULL, 1);
    }
    return results;
}

void simshim_push_callback(lua_State *L, simshim_dispatch_fn dispatch, void *context,
                           lua_Integer function_id) {
    simshim_dispatch_fn *slot = (simshim_dispatch_fn *)lua_newuserdatauv(L, sizeof(dispatch), 0);
    *slot = dispatch;
    lua_pushlightuserdata(L, context);
    lua_pushinteger(L, function_id);
    lua_pushcclosure(L, trampoline, 3);
}

/* ---------------------------------------------------------------- guarded base functions */

static int finish_pcall(lua_State *L, int status, lua_KContext extra) {
    check_killed(L);
    if (status != LUA_OK && status != LUA_YIELD) {
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
    }
    return lua_gettop(L) - (int)extra;
}

static int guarded_pcall(lua_State *L) {
    luaL_checkany(L, 1);
    lua_pushboolean(L, 1);
    lua_insert(L, 1);
    int status = lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, finish_pcall);
    return finish_pcall(L, status, 0);
}

static int guarded_xpcall(lua_State *L) {
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushboolean(L, 1);
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 2); /* status, function, then the arguments */
    int status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, finish_pcall);
    return finish_pcall(L, status, 2);
}

/* Calls the original function (upvalue 1) and then refuses to let the script carry on if the call
   caught the error that stopped it (coroutine.resume and coroutine.close catch errors). */
static int guarded_call(lua_State *L) {
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, n, LUA_MULTRET);
    check_killed(L);
    return lua_gettop(L);
}

/* setmetatable without __gc: a finalizer would run guest code at moments the host does not control. */
static int guarded_setmetatable(lua_State *L) {
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "__gc metamethods are not allowed in the sandbox");
        lua_pop(L, 1);
    }
    return guarded_call(L);
}

/* A total order on keys of the kinds that have one: booleans, then numbers, then strings. */
static int key_rank(lua_State *L, int idx) {
    switch (lua_type(L, idx)) {
    case LUA_TBOOLEAN: return 0;
    case LUA_TNUMBER: return 1;
    case LUA_TSTRING: return 2;
    default: return 3;
    }
}

static int key_less(lua_State *L, int a, int b) {
    int ra = key_rank(L, a), rb = key_rank(L, b);
    if (ra != rb) return ra < rb;
    switch (ra) {
    case 0: return !lua_toboolean(L, a) && lua_toboolean(L, b);
    case 1: return lua_compare(L, a, b, LUA_OPLT);
    case 2: {
        size_t la, lb;
        const char *sa = lua_tolstring(L, a, &la), *sb = lua_tolstring(L, b, &lb);
        int c = memcmp(sa, sb, la < lb ? la : lb);
        return c < 0 || (c == 0 && la < lb);
    }
    default: return 0; /* tables, functions...: traversal order */
    }
}

/* Stable merge sort of keys[lo..hi) (1-based array at stack index `keys`, scratch at `tmp`). */
static void sort_keys(lua_State *L, int keys, int tmp, lua_Integer lo, lua_Integer hi) {
    if (hi - lo < 2) return;
    lua_Integer mid = lo + (hi - lo) / 2;
    sort_keys(L, keys, tmp, lo, mid);
    sort_keys(L, keys, tmp, mid, hi);
    lua_Integer i = lo, j = mid, k = lo;
    while (i < mid || j < hi) {
        int take_right = 0;
        if (i >= mid) take_right = 1;
        else if (j < hi) {
            lua_rawgeti(L, keys, j);
            lua_rawgeti(L, keys, i);
            take_right = key_less(L, -2, -1);
            lua_pop(L, 2);
        }
        lua_rawgeti(L, keys, take_right ? j++ : i++);
        lua_rawseti(L, tmp, k++);
    }
    for (k = lo; k < hi; k++) {
        lua_rawgeti(L, tmp, k);
        lua_rawseti(L, keys, k);
    }
}

static int sorted_next(lua_State *L) {
    lua_Integer i = lua_tointeger(L, lua_upvalueindex(2));
    for (;;) {
        i++;
        if (lua_rawgeti(L, lua_upvalueindex(1), i) == LUA_TNIL) return 0;
        lua_pushvalue(L, -1);
        if (lua_rawget(L, 1) != LUA_TNIL) { /* skip keys removed during the traversal */
            lua_pushinteger(L, i);
            lua_replace(L, lua_upvalueindex(2));
            return 2;
        }
        lua_pop(L, 2);
    }
}

/* pairs in a fixed key order, so that no result depends on Lua's per-process string hash seed. */
static int sorted_pairs(lua_State *L) {
    if (luaL_getmetafield(L, 1, "__pairs") != LUA_TNIL) {
        lua_pushvalue(L, 1);
        lua_call(L, 1, 3);
        return 3;
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    lua_newtable(L); /* 2: keys */
    lua_newtable(L); /* 3: scratch */
    lua_Integer n = 0;
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pop(L, 1);
        lua_pushvalue(L, -1);
        lua_rawseti(L, 2, ++n);
    }
    long cost = (long)n;
    for (lua_Integer m = n; m > 1; m /= 2) cost += (long)n;
    simshim_charge(L, cost);
    sort_keys(L, 2, 3, 1, n + 1);
    lua_pop(L, 1);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, sorted_next, 2);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

static int push_original(lua_State *L, const char *library, const char *name) {
    lua_pushglobaltable(L);
    if (library != NULL) {
        lua_getfield(L, -1, library);
        lua_remove(L, -2);
    }
    lua_getfield(L, -1, name);
    lua_remove(L, -2);
    return lua_isfunction(L, -1);
}

int simshim_push_guarded(lua_State *L, const char *name) {
    if (strcmp(name, "pcall") == 0) lua_pushcfunction(L, guarded_pcall);
    else if (strcmp(name, "xpcall") == 0) lua_pushcfunction(L, guarded_xpcall);
    else if (strcmp(name, "pairs") == 0) lua_pushcfunction(L, sorted_pairs);
    else if (strcmp(name, "tostring") == 0) lcharged_push_tostring(L);
    else if (strcmp(name, "setmetatable") == 0) {
        push_original(L, NULL, "setmetatable");
        lua_pushcclosure(L, guarded_setmetatable, 1);
    } else if (strcmp(name, "coroutine.resume") == 0 || strcmp(name, "coroutine.close") == 0) {
        push_original(L, "coroutine", name + strlen("coroutine."));
        lua_pushcclosure(L, guarded_call, 1);
    } else return 0;
    return 1;
}

static int unavailable(lua_State *L) {
    return luaL_error(L, "%s is not available in the sandbox", lua_tostring(L, lua_upvalueindex(1)));
}

void simshim_push_unavailable(lua_State *L, const char *name) {
    lua_pushstring(L, name);
    lua_pushcclosure(L, unavailable, 1);
}

static int readonly_guard(lua_State *L) {
    return luaL_error(L, "%s is read-only", lua_tostring(L, lua_upvalueindex(1)));
}

void simshim_push_readonly_guard(lua_State *L, const char *name) {
    lua_pushstring(L, name);
    lua_pushcclosure(L, readonly_guard, 1);
}

/* ---------------------------------------------------------------- protected calls */

/* Appends a traceback to the error message. It never calls a metamethod (that would be guest code). */
/* Whether a message starts with a location: "<source of a running Lua function>:", or any
   "<path>:<line>: " (an error passed on from a module whose frames are gone). */
static int has_location(lua_State *L, const char *message) {
    const char *colon = strchr(message, ':');
    const char *newline = strchr(message, '\n');
    if (colon != NULL && colon > message && (newline == NULL || colon < newline)) {
        const char *digits = colon + 1;
        while (*digits >= '0' && *digits <= '9') digits++;
        if (digits > colon + 1 && digits[0] == ':' && digits[1] == ' ') return 1;
    }
    lua_Debug ar;
    for (int level = 1; level < 64 && lua_getstack(L, level, &ar); level++) {
        lua_getinfo(L, "S", &ar);
        if (strcmp(ar.what, "C") == 0) continue;
        const char *full = ar.source != NULL && (*ar.source == '@' || *ar.source == '=') ? ar.source + 1 : "";
        size_t full_length = strlen(full), short_length = strlen(ar.short_src);
        if ((full_length > 0 && strncmp(message, full, full_length) == 0 && message[full_length] == ':') ||
            (strncmp(message, ar.short_src, short_length) == 0 && message[short_length] == ':'))
            return 1;
    }
    return 0;
}

/* The first Lua function on the stack, for errors raised without a position (error(x, 0), error({})). */
static void push_first_lua_location(lua_State *L) {
    lua_Debug ar;
    for (int level = 1; level < 64 && lua_getstack(L, level, &ar); level++) {
        lua_getinfo(L, "S", &ar);
        if (strcmp(ar.what, "C") != 0) {
            push_where(L, &ar, level);
            return;
        }
    }
    lua_pushliteral(L, "");
}

/* Appends a traceback to the error message, and the script's location when the message has none. It
   never calls a metamethod (that would be guest code). */
static int message_handler(lua_State *L) {
    simshim_sandbox *sb = simshim_sandbox_of(L);
    sb->host_depth++;
    const char *message = lua_type(L, 1) == LUA_TSTRING || lua_type(L, 1) == LUA_TNUMBER
                              ? lua_tostring(L, 1)
                              : lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    if (!has_location(L, message)) {
        push_first_lua_location(L);
        lua_pushstring(L, message);
        lua_concat(L, 2);
        message = lua_tostring(L, -1);
    }
    luaL_traceback(L, L, message, 1);
    sb->host_depth--;
    return 1;
}

int simshim_pcall(lua_State *L, int nargs, int nresults, long long budget) {
    simshim_sandbox *sb = simshim_sandbox_of(L);
    int base = lua_gettop(L) - nargs;
    if (sb->killed != SIMSHIM_RUNNING) {
        lua_settop(L, base - 1);
        lua_pushliteral(L, "the script was stopped earlier");
        return LUA_ERRRUN;
    }
    lua_pushcfunction(L, message_handler);
    lua_insert(L, base);
    if (sb->call_depth == 0 && budget > 0) {
        sb->budget = budget;
        sb->remaining = budget;
    }
    int saved_host_depth = sb->host_depth;
    sb->call_depth++;
    sb->host_depth = 0;
    int status = lua_pcall(L, nargs, nresults, base);
    sb->host_depth = saved_host_depth;
    sb->call_depth--;
    lua_remove(L, base);
    return status;
}

int simshim_loadtext(lua_State *L, const char *buffer, size_t size, const char *chunkname) {
    return luaL_loadbufferx(L, buffer, size, chunkname, "t");
}
