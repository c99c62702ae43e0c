/*
 * The C half of the Lua bridge.
 *
 * Lua reports errors with longjmp. A longjmp must never cross a Swift frame, so everything that can
 * raise a Lua error on purpose lives here, in C: the trampoline that turns a Swift callback's failure
 * into lua_error, the count hook that enforces the instruction budget, the allocator that enforces the
 * memory cap, and the guarded pcall/xpcall/coroutine functions that stop a script from swallowing
 * those two errors. Lua's function-like macros (lua_pcall, lua_pop, ...) are not visible to Swift, so
 * they get static inline shims here too.
 */
#ifndef SIMULATE_LUASHIM_H
#define SIMULATE_LUASHIM_H

#include <stddef.h>
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

/* Why a sandbox stopped the script; 0 while it runs normally. */
enum {
    SIMSHIM_RUNNING = 0,
    SIMSHIM_KILLED_BUDGET = 1,
    SIMSHIM_KILLED_MEMORY = 2,
    SIMSHIM_KILLED_CLOSING = 3,
};

/* What a Swift callback returns to the trampoline instead of a result count when it failed: the
   error message is then on top of the stack and the trampoline raises it, prefixed with the calling
   script's location (SIMSHIM_CALLBACK_ERROR) or as it is (SIMSHIM_CALLBACK_ERROR_LOCATED). */
#define SIMSHIM_CALLBACK_ERROR (-1)
#define SIMSHIM_CALLBACK_ERROR_LOCATED (-2)

/* Instructions between two calls of the count hook. */
#define SIMSHIM_HOOK_INTERVAL 1000

/* The limits and accounting of one Lua state, shared by all of its threads. Owned by Swift. */
typedef struct simshim_sandbox {
    size_t used;               /* bytes allocated by the state now */
    size_t peak;               /* the most it ever held */
    size_t limit;              /* the memory cap in bytes, 0 for none */
    int host_depth;            /* > 0 while host (Swift) code runs: the cap is then not enforced */
    int call_depth;            /* protected calls into guest code under way */
    long long budget;          /* instructions granted to the current call */
    long long remaining;       /* instructions left in the current call */
    long long pending_charge;  /* work a Swift callback did, charged when it returns */
    int killed;                /* SIMSHIM_* reason, or 0 */
} simshim_sandbox;

/* A Swift callback: `context` is the bridge's opaque pointer, `function_id` the callback's index. It
   returns the number of results it pushed, or SIMSHIM_CALLBACK_ERROR with a message on the stack. It
   must not raise. */
typedef int (*simshim_dispatch_fn)(lua_State *L, void *context, lua_Integer function_id);

/* Creates a state whose allocator and hook account to `sandbox`. Returns NULL when out of memory. */
lua_State *simshim_newstate(simshim_sandbox *sandbox);

/* The sandbox of a state (stored in the state's extra space, so shared with its coroutines). */
simshim_sandbox *simshim_sandbox_of(lua_State *L);

/* Opens the standard libraries, replaces the pattern functions with budgeted ones, removes
   string.dump from the real string table and locks the string metatable. Returns a Lua status. */
int simshim_openlibs(lua_State *L);

/* Pushes a C closure that calls `dispatch(L, context, function_id)`; failures are raised in C. */
void simshim_push_callback(lua_State *L, simshim_dispatch_fn dispatch, void *context,
                           lua_Integer function_id);

/* Pushes the guarded replacement of a base function, named "pcall", "xpcall", "pairs",
   "setmetatable", "coroutine.resume" or "coroutine.close". Returns 0 for an unknown name. The
   original is taken from the globals and kept as an upvalue where one is needed. */
int simshim_push_guarded(lua_State *L, const char *name);

/* Pushes a function that raises "<name> is not available in the sandbox" (a removed capability). */
void simshim_push_unavailable(lua_State *L, const char *name);

/* Pushes a __newindex function that raises "<name> is read-only". */
void simshim_push_readonly_guard(lua_State *L, const char *name);

/* Calls the function below `nargs` arguments in protected mode with a traceback message handler,
   running it as guest code: the memory cap is enforced and, when `budget` > 0 and no other call is
   running, the instruction budget is refilled to `budget`. Returns a Lua status code. */
int simshim_pcall(lua_State *L, int nargs, int nresults, long long budget);

/* Loads a text chunk (never binary) in protected mode. Returns a Lua status code. */
int simshim_loadtext(lua_State *L, const char *buffer, size_t size, const char *chunkname);

/* Charges `steps` units of work to the instruction budget; raises when it is exhausted. C only. */
void simshim_charge(lua_State *L, long steps);

/* Marks the state as closing, so that no guest code can run any more (finalizers included). */
void simshim_prepare_close(lua_State *L);

/* Macro shims. */
static inline void simshim_pop(lua_State *L, int n) { lua_pop(L, n); }
static inline void simshim_newtable(lua_State *L) { lua_newtable(L); }
static inline int simshim_isnoneornil(lua_State *L, int idx) { return lua_isnoneornil(L, idx); }
static inline const char *simshim_tostring(lua_State *L, int idx, size_t *len) {
    return lua_tolstring(L, idx, len);
}
static inline lua_Number simshim_tonumber(lua_State *L, int idx, int *isnum) {
    return lua_tonumberx(L, idx, isnum);
}
static inline lua_Integer simshim_tointeger(lua_State *L, int idx, int *isnum) {
    return lua_tointegerx(L, idx, isnum);
}
static inline void simshim_insert(lua_State *L, int idx) { lua_insert(L, idx); }
static inline void simshim_remove(lua_State *L, int idx) { lua_remove(L, idx); }
static inline void simshim_replace(lua_State *L, int idx) { lua_replace(L, idx); }
static inline int simshim_upvalueindex(int i) { return lua_upvalueindex(i); }
static inline int simshim_registryindex(void) { return LUA_REGISTRYINDEX; }
static inline void simshim_pushglobaltable(lua_State *L) { lua_pushglobaltable(L); }

#endif
