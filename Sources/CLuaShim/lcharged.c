/*
 * See lcharged.h. Each wrapper charges the instruction budget for the loop the original is about to
 * run, computed from its arguments the way the original computes its bounds, then calls the original
 * (kept as upvalue 1). A script asking for 10^15 iterations runs out of budget at once instead of
 * hanging the program inside C.
 */
#include "lcharged.h"
#include "luashim.h"

#include <math.h>
#include <string.h>

/* Charges `work` (possibly huge) without overflowing a long. */
static void charge(lua_State *L, double work) {
    if (!(work > 0)) return;
    simshim_charge(L, work > 1e15 ? (long)1e15 : (long)work);
}

static double span(lua_Integer first, lua_Integer last) {
    return last >= first ? (double)last - (double)first + 1.0 : 0.0;
}

static int call_original(lua_State *L) {
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, n, LUA_MULTRET);
    return lua_gettop(L);
}

static int charged_rep(lua_State *L) {
    size_t length, separator;
    luaL_checklstring(L, 1, &length);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &separator);
    if (n > 0) charge(L, (double)n + (double)n * (double)(length + separator) / 16.0);
    return call_original(L);
}

static int charged_move(lua_State *L) {
    lua_Integer first = luaL_checkinteger(L, 2), last = luaL_checkinteger(L, 3);
    charge(L, span(first, last));
    return call_original(L);
}

/* table.concat and table.unpack: (list, [sep,] i, j) with j defaulting to #list. */
static int charged_range(lua_State *L, int first_arg) {
    lua_Integer first = luaL_optinteger(L, first_arg, 1);
    lua_Integer last = lua_isnoneornil(L, first_arg + 1) ? luaL_len(L, 1) : luaL_checkinteger(L, first_arg + 1);
    charge(L, span(first, last));
    return call_original(L);
}

static int charged_concat(lua_State *L) { return charged_range(L, 3); }
static int charged_unpack(lua_State *L) { return charged_range(L, 2); }

/* table.insert and table.remove shift the elements after the position: up to #t moves. */
static int charged_shift(lua_State *L) {
    if (lua_type(L, 1) == LUA_TTABLE) charge(L, (double)luaL_len(L, 1));
    return call_original(L);
}

static int charged_sort(lua_State *L) {
    if (lua_type(L, 1) == LUA_TTABLE) {
        double n = (double)luaL_len(L, 1);
        charge(L, n * log2(n + 2.0));
    }
    return call_original(L);
}

/* Whether a value would print as "<type>: 0x…" (no __tostring, no __name). Leaves the stack as it was. */
static int shows_address(lua_State *L, int index) {
    switch (lua_type(L, index)) {
    case LUA_TTABLE: case LUA_TFUNCTION: case LUA_TUSERDATA: case LUA_TTHREAD: case LUA_TLIGHTUSERDATA:
        break;
    default:
        return 0;
    }
    if (luaL_getmetafield(L, index, "__tostring") != LUA_TNIL) { lua_pop(L, 1); return 0; }
    if (luaL_getmetafield(L, index, "__name") != LUA_TNIL) { lua_pop(L, 1); return 0; }
    return 1;
}

static int address_free_tostring(lua_State *L) {
    luaL_checkany(L, 1);
    if (shows_address(L, 1)) {
        lua_pushstring(L, luaL_typename(L, 1));
        return 1;
    }
    lua_settop(L, 1);
    return call_original(L);
}

/* string.format without %p, and with tables and functions shown by their type name only. */
static int address_free_format(lua_State *L) {
    size_t length;
    const char *format = luaL_checklstring(L, 1, &length);
    for (size_t i = 0; i < length; i++) {
        if (format[i] != '%') continue;
        i++;
        while (i < length && strchr("-+ #0123456789.", format[i]) != NULL) i++;
        if (i < length && format[i] == 'p')
            return luaL_error(L, "string.format: %%p is not available in the sandbox (addresses differ from run to run)");
    }
    for (int arg = 2; arg <= lua_gettop(L); arg++) {
        if (shows_address(L, arg)) {
            lua_pushstring(L, luaL_typename(L, arg));
            lua_replace(L, arg);
        }
    }
    return call_original(L);
}

static void replace(lua_State *L, int library, const char *name, lua_CFunction wrapper) {
    lua_getfield(L, library, name);
    lua_pushcclosure(L, wrapper, 1);
    lua_setfield(L, library, name);
}

void lcharged_register(lua_State *L) {
    lua_getglobal(L, "string");
    int string = lua_gettop(L);
    replace(L, string, "rep", charged_rep);
    replace(L, string, "format", address_free_format);
    lua_getglobal(L, "table");
    int table = lua_gettop(L);
    replace(L, table, "move", charged_move);
    replace(L, table, "concat", charged_concat);
    replace(L, table, "unpack", charged_unpack);
    replace(L, table, "insert", charged_shift);
    replace(L, table, "remove", charged_shift);
    replace(L, table, "sort", charged_sort);
    lua_pop(L, 2);
}

void lcharged_push_tostring(lua_State *L) {
    lua_getglobal(L, "tostring");
    lua_pushcclosure(L, address_free_tostring, 1);
}
