/*
 * lpattern.h - budget-aware replacements for Lua 5.4's pattern-matching string functions.
 *
 * Private header of the CLuaShim target (not part of its public module interface).
 *
 * Why this exists: the sandbox interrupts runaway scripts with Lua's count hook, but that hook
 * only fires between Lua VM instructions. The stock string.find/match/gmatch/gsub do all their
 * matching inside a single C call, so a hostile pattern such as
 *     string.find(string.rep("a", 1e5), ".-.-.-.-b")
 * can backtrack for hours without the hook ever running. The functions registered here
 * implement the same Lua 5.4 pattern language but charge every matching step to the script's
 * instruction budget through simshim_charge(), which aborts the script when the budget is spent.
 */
#ifndef LPATTERN_H
#define LPATTERN_H

#include <lua.h>
#include <lauxlib.h>

/*
 * Charges `steps` units of work to the running script's instruction budget. Defined elsewhere
 * in this target. When the budget is exhausted it raises a Lua error (lua_error, i.e. a
 * longjmp) and therefore does not return.
 */
extern void simshim_charge(lua_State *L, long steps);

/*
 * Stores the budget-aware `find`, `match`, `gmatch` and `gsub` functions into the table at
 * stack index `idx` (typically the sandbox's copy of the `string` table).
 */
void lpattern_register(lua_State *L, int idx);

#endif /* LPATTERN_H */
