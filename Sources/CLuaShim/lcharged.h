/*
 * Budgeted versions of the library functions that loop inside C, where the count hook never fires
 * (string.rep, table.move, table.concat, table.unpack, table.insert, table.remove, table.sort), and
 * versions of tostring and string.format that never show a memory address (addresses change from run
 * to run and would make results differ).
 */
#ifndef SIMULATE_LCHARGED_H
#define SIMULATE_LCHARGED_H

#include <lua.h>

/* Replaces the looping functions in the real string and table libraries with charged ones, and
   string.format with its address-free version. Called once while the libraries are opened. */
void lcharged_register(lua_State *L);

/* Pushes the address-free tostring. */
void lcharged_push_tostring(lua_State *L);

#endif
