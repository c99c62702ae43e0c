/*
 * lpattern.c - Lua 5.4 pattern matching (string.find, string.match, string.gmatch and
 * string.gsub) with every unit of matching work charged to the sandbox's instruction budget.
 *
 * Why this file exists: the sandbox limits scripts with Lua's count hook, and that hook only
 * runs between VM instructions. Lua's own pattern functions do all of their (possibly
 * exponential or high-degree polynomial) backtracking inside one C call, where the hook can
 * never fire, so `string.find(string.rep("a", 1e5), ".-.-.-.-b")` could run for hours. This
 * is an independent implementation of the pattern language of the Lua 5.4 reference manual
 * (section 6.4.1) and of the four functions that use it (section 6.4). It behaves like the
 * stock functions, including their error messages, but calls simshim_charge() as it works, and
 * simshim_charge() raises a Lua error once the budget is spent.
 *
 * What counts as one step:
 *   - each iteration of the matcher's main loop (one pattern item tried at one position; a
 *     nested matcher call starts with one such iteration),
 *   - each iteration of a repetition loop (`*`, `+`, `-`) and each subject byte scanned by `%b`,
 *   - every 16 bytes compared or copied (back-references, plain find, captures pushed as
 *     strings, gsub's result buffer, scanning the pattern for special characters).
 * Steps are accumulated in the matcher and handed over in batches of at least LP_BATCH; the
 * remainder is charged before each API call returns.
 *
 * Positions in the subject and in the pattern are byte offsets (size_t); LP_NOMATCH marks a
 * failed match. Reads one past the end of the pattern or subject yield '\0', mirroring the NUL
 * terminator of Lua strings on which the reference behaviour (e.g. `%f` at the end) depends.
 */
#include "lpattern.h"

#include <ctype.h>
#include <limits.h>
#include <stddef.h>
#include <string.h>

#define LP_MAXCAPTURES 32        /* same as LUA_MAXCAPTURES */
#define LP_MAXDEPTH 200          /* nesting of matcher calls before "pattern too complex" */
#define LP_BATCH 256             /* steps accumulated before calling simshim_charge */
#define LP_BYTES_PER_STEP 16     /* bytes copied or compared per charged step */

#define LP_NOMATCH ((size_t)-1)  /* "no match" result of the matching routines */

/* Capture lengths that are not lengths. */
#define LP_CAP_OPEN (-1)         /* '(' seen, matching ')' not reached yet */
#define LP_CAP_POSITION (-2)     /* "()" capture: records a position only */

/* Characters that make string.find leave plain-search mode. */
#define LP_SPECIALS "^$*+?.([%-"

/* Message for a bad back-reference or %n: the wording of Debian's Lua 5.4.4 (later 5.4
   releases append " in pattern" / " in replacement string"). */
#define LP_BAD_CAPTURE_INDEX "invalid capture index %%%d"

typedef struct {
    size_t start;    /* subject offset where the capture begins */
    ptrdiff_t len;   /* byte length, or LP_CAP_OPEN / LP_CAP_POSITION */
} Capture;

/* Everything the matcher needs for one subject/pattern pair. */
typedef struct {
    lua_State *L;
    const char *src;        /* subject */
    size_t srclen;
    const char *pat;        /* pattern (without a leading '^' anchor, if the caller strips it) */
    size_t patlen;
    int depth_left;         /* matcher calls that may still be nested */
    int ncap;               /* captures opened so far in the current attempt */
    Capture cap[LP_MAXCAPTURES];
    long pending;           /* steps not yet passed to simshim_charge */
    size_t pending_bytes;   /* bytes not yet converted into steps */
} Matcher;

/* ---------------------------------------------------------------------------------------
 * Budget accounting
 * --------------------------------------------------------------------------------------- */

/* Records `n` steps; hands them to the budget once a batch has accumulated. */
static void charge(Matcher *m, long n)
{
    m->pending += n;
    if (m->pending >= LP_BATCH) {
        long due = m->pending;
        m->pending = 0;          /* reset first: simshim_charge may not return */
        simshim_charge(m->L, due);
    }
}

/* Records work proportional to `n` bytes copied or compared. */
static void charge_bytes(Matcher *m, size_t n)
{
    m->pending_bytes += n;
    if (m->pending_bytes >= LP_BYTES_PER_STEP) {
        size_t whole = m->pending_bytes / LP_BYTES_PER_STEP;
        m->pending_bytes %= LP_BYTES_PER_STEP;
        /* clamp so that pending + whole cannot overflow where long is 32 bits */
        charge(m, whole > (size_t)(LONG_MAX / 2) ? LONG_MAX / 2 : (long)whole);
    }
}

/* Charges whatever is still pending; called at the end of every API call. */
static void settle(Matcher *m)
{
    long due = m->pending + (m->pending_bytes > 0 ? 1 : 0);
    m->pending = 0;
    m->pending_bytes = 0;
    if (due > 0)
        simshim_charge(m->L, due);
}

/* ---------------------------------------------------------------------------------------
 * Matcher
 * --------------------------------------------------------------------------------------- */

static void matcher_init(Matcher *m, lua_State *L, const char *src, size_t srclen,
                         const char *pat, size_t patlen)
{
    m->L = L;
    m->src = src;
    m->srclen = srclen;
    m->pat = pat;
    m->patlen = patlen;
    m->depth_left = LP_MAXDEPTH;
    m->ncap = 0;
    m->pending = 0;
    m->pending_bytes = 0;
}

/* Prepares for a fresh attempt at a new starting position. */
static void matcher_reset(Matcher *m)
{
    m->ncap = 0;
    m->depth_left = LP_MAXDEPTH;
}

/* Pattern byte at `i`, or '\0' past the end. */
static int pat_at(const Matcher *m, size_t i)
{
    return i < m->patlen ? (unsigned char)m->pat[i] : '\0';
}

/* Subject byte at `i`, or '\0' past the end. */
static int src_at(const Matcher *m, size_t i)
{
    return i < m->srclen ? (unsigned char)m->src[i] : '\0';
}

/* Does byte `c` belong to the class named by the letter after '%' (e.g. 'd' for %d)?
   Upper-case letters complement the class; any other character stands for itself. */
static int in_class(int c, int letter)
{
    int hit;
    switch (tolower(letter)) {
    case 'a': hit = isalpha(c); break;
    case 'c': hit = iscntrl(c); break;
    case 'd': hit = isdigit(c); break;
    case 'g': hit = isgraph(c); break;
    case 'l': hit = islower(c); break;
    case 'p': hit = ispunct(c); break;
    case 's': hit = isspace(c); break;
    case 'u': hit = isupper(c); break;
    case 'w': hit = isalnum(c); break;
    case 'x': hit = isxdigit(c); break;
    case 'z': hit = (c == 0); break;   /* deprecated, but still accepted by Lua 5.4 */
    default: return letter == c;       /* escaped literal, e.g. %. or %% */
    }
    return isupper(letter) ? !hit : hit != 0;
}

/* Does byte `c` belong to the set whose '[' is at `open` and whose closing ']' is at
   `close`? Elements: `%x` classes/escapes, `a-z` ranges, single bytes; a leading '^'
   complements the set. */
static int in_set(const Matcher *m, int c, size_t open, size_t close)
{
    const unsigned char *p = (const unsigned char *)m->pat;
    size_t i = open + 1;
    int complement = 0;

    if (p[i] == '^') {
        complement = 1;
        i++;
    }
    while (i < close) {
        if (p[i] == '%') {                          /* class or escaped byte */
            if (in_class(c, p[i + 1]))
                return !complement;
            i += 2;
        } else if (p[i + 1] == '-' && i + 2 < close) {   /* range lo-hi */
            if (p[i] <= c && c <= p[i + 2])
                return !complement;
            i += 3;
        } else {                                    /* single byte */
            if (p[i] == c)
                return !complement;
            i++;
        }
    }
    return complement;
}

/* Given the start `p` of a single-character item (`.`, `%x`, `[set]` or a literal byte),
   returns the offset just past it, i.e. where an optional quantifier would be. */
static size_t item_end(const Matcher *m, size_t p)
{
    int first = pat_at(m, p++);

    if (first == '%') {
        if (p >= m->patlen)
            luaL_error(m->L, "malformed pattern (ends with '%%')");
        return p + 1;
    }
    if (first == '[') {
        if (pat_at(m, p) == '^')
            p++;
        /* The first element is taken literally even if it is ']'; `%]` does not close. */
        do {
            if (p >= m->patlen)
                luaL_error(m->L, "malformed pattern (missing ']')");
            if (pat_at(m, p++) == '%' && p < m->patlen)
                p++;
        } while (pat_at(m, p) != ']');
        return p + 1;
    }
    return p;
}

/* Does the single-character item at [p, ep) match the subject byte at `s`? */
static int item_matches(const Matcher *m, size_t s, size_t p, size_t ep)
{
    int c;

    if (s >= m->srclen)
        return 0;
    c = (unsigned char)m->src[s];
    switch (pat_at(m, p)) {
    case '.': return 1;
    case '%': return in_class(c, pat_at(m, p + 1));
    case '[': return in_set(m, c, p, ep - 1);
    default:  return pat_at(m, p) == c;
    }
}

static size_t match_here(Matcher *m, size_t s, size_t p);

/* `%bxy` with the two delimiters at p and p + 1: a balanced run starting at `s`. */
static size_t match_balanced(Matcher *m, size_t s, size_t p)
{
    int open, close, level = 1;
    size_t i;

    if (p + 1 >= m->patlen)
        luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
    open = pat_at(m, p);
    close = pat_at(m, p + 1);
    if (s >= m->srclen || src_at(m, s) != open)
        return LP_NOMATCH;
    for (i = s + 1; i < m->srclen; i++) {
        int c = src_at(m, i);
        charge(m, 1);
        if (c == close) {               /* checked first, so %bxx works */
            if (--level == 0)
                return i + 1;
        } else if (c == open) {
            level++;
        }
    }
    return LP_NOMATCH;
}

/* Back-reference `%1`..`%9` (digit given as a character) at subject offset `s`. */
static size_t match_backref(Matcher *m, size_t s, int digit)
{
    int idx = digit - '1';
    size_t len;

    if (idx < 0 || idx >= m->ncap || m->cap[idx].len == LP_CAP_OPEN)
        luaL_error(m->L, LP_BAD_CAPTURE_INDEX, idx + 1);
    if (m->cap[idx].len == LP_CAP_POSITION)
        return LP_NOMATCH;              /* a position never matches text */
    len = (size_t)m->cap[idx].len;
    charge_bytes(m, len);
    if (m->srclen - s >= len && memcmp(m->src + m->cap[idx].start, m->src + s, len) == 0)
        return s + len;
    return LP_NOMATCH;
}

/* Opens capture number ncap at `s` (kind LP_CAP_OPEN or LP_CAP_POSITION) and matches the
   rest of the pattern from `p`; the capture is dropped again if that fails. */
static size_t open_capture(Matcher *m, size_t s, size_t p, ptrdiff_t kind)
{
    size_t res;

    if (m->ncap >= LP_MAXCAPTURES)
        luaL_error(m->L, "too many captures");
    m->cap[m->ncap].start = s;
    m->cap[m->ncap].len = kind;
    m->ncap++;
    res = match_here(m, s, p);
    if (res == LP_NOMATCH)
        m->ncap--;
    return res;
}

/* Closes the innermost open capture at `s` and matches the rest of the pattern from `p`;
   the capture is reopened if that fails. */
static size_t close_capture(Matcher *m, size_t s, size_t p)
{
    int i = m->ncap - 1;
    size_t res;

    while (i >= 0 && m->cap[i].len != LP_CAP_OPEN)
        i--;
    if (i < 0)
        luaL_error(m->L, "invalid pattern capture");
    m->cap[i].len = (ptrdiff_t)(s - m->cap[i].start);
    res = match_here(m, s, p);
    if (res == LP_NOMATCH)
        m->cap[i].len = LP_CAP_OPEN;
    return res;
}

/* Greedy repetition of the item [p, ep) from `s`: take as many as possible, then give them
   back one by one until the rest of the pattern (after the quantifier at ep) matches. */
static size_t repeat_greedy(Matcher *m, size_t s, size_t p, size_t ep)
{
    size_t count = 0;

    while (item_matches(m, s + count, p, ep)) {
        charge(m, 1);
        count++;
    }
    for (;;) {
        size_t res = match_here(m, s + count, ep + 1);
        if (res != LP_NOMATCH)
            return res;
        if (count == 0)
            return LP_NOMATCH;
        count--;
    }
}

/* Lazy repetition (`-`): try the rest of the pattern first, and consume one more item only
   when that fails. */
static size_t repeat_lazy(Matcher *m, size_t s, size_t p, size_t ep)
{
    for (;;) {
        size_t res = match_here(m, s, ep + 1);
        if (res != LP_NOMATCH)
            return res;
        charge(m, 1);
        if (!item_matches(m, s, p, ep))
            return LP_NOMATCH;
        s++;
    }
}

/* Returns from match_here, giving back one level of nesting. */
static size_t leave(Matcher *m, size_t result)
{
    m->depth_left++;
    return result;
}

/*
 * Matches the pattern from offset `p` to its end against the subject from offset `s`.
 * Returns the subject offset where the match ends, or LP_NOMATCH.
 *
 * Items that need backtracking (captures, `?`, `*`, `+`, `-`) recurse; everything else
 * advances in the loop. The nesting limit counts the recursive calls only, which keeps the
 * "pattern too complex" threshold identical to the stock implementation's.
 */
static size_t match_here(Matcher *m, size_t s, size_t p)
{
    if (m->depth_left == 0)
        luaL_error(m->L, "pattern too complex");
    m->depth_left--;

    for (;;) {
        size_t ep;
        int c, quant;

        charge(m, 1);
        if (p >= m->patlen)                         /* pattern exhausted: success */
            return leave(m, s);

        c = pat_at(m, p);
        if (c == '(') {
            if (pat_at(m, p + 1) == ')')
                return leave(m, open_capture(m, s, p + 2, LP_CAP_POSITION));
            return leave(m, open_capture(m, s, p + 1, LP_CAP_OPEN));
        }
        if (c == ')')
            return leave(m, close_capture(m, s, p + 1));
        if (c == '$' && p + 1 == m->patlen)         /* '$' anchors only as the last byte */
            return leave(m, s == m->srclen ? s : LP_NOMATCH);

        if (c == '%') {
            int next = pat_at(m, p + 1);
            if (next == 'b') {                      /* %bxy */
                s = match_balanced(m, s, p + 2);
                if (s == LP_NOMATCH)
                    return leave(m, s);
                p += 4;
                continue;
            }
            if (next == 'f') {                      /* %f[set] frontier */
                int before, after;
                p += 2;
                if (pat_at(m, p) != '[')
                    luaL_error(m->L, "missing '[' after '%%f' in pattern");
                ep = item_end(m, p);
                before = (s == 0) ? '\0' : src_at(m, s - 1);
                after = src_at(m, s);
                if (in_set(m, before, p, ep - 1) || !in_set(m, after, p, ep - 1))
                    return leave(m, LP_NOMATCH);
                p = ep;
                continue;
            }
            if (next >= '0' && next <= '9') {       /* back-reference */
                s = match_backref(m, s, next);
                if (s == LP_NOMATCH)
                    return leave(m, s);
                p += 2;
                continue;
            }
            /* any other escape is a single-character item, handled below */
        }

        /* A single-character item, possibly followed by a quantifier. */
        ep = item_end(m, p);
        quant = pat_at(m, ep);
        if (!item_matches(m, s, p, ep)) {
            if (quant == '*' || quant == '?' || quant == '-') {
                p = ep + 1;                         /* zero occurrences are fine */
                continue;
            }
            return leave(m, LP_NOMATCH);
        }
        switch (quant) {
        case '?': {
            size_t res = match_here(m, s + 1, ep + 1);
            if (res != LP_NOMATCH)
                return leave(m, res);
            p = ep + 1;                             /* retry without the optional item */
            continue;
        }
        case '+':
            return leave(m, repeat_greedy(m, s + 1, p, ep));
        case '*':
            return leave(m, repeat_greedy(m, s, p, ep));
        case '-':
            return leave(m, repeat_lazy(m, s, p, ep));
        default:                                    /* exactly one occurrence */
            s++;
            p = ep;
            continue;
        }
    }
}

/* ---------------------------------------------------------------------------------------
 * Captures as Lua values
 * --------------------------------------------------------------------------------------- */

/* Locates capture `i` of the successful match [s, e). When the pattern has no captures,
   capture 0 stands for the whole match. Returns the length, or LP_CAP_POSITION, and stores
   the start offset in *start. */
static ptrdiff_t capture_span(Matcher *m, int i, size_t s, size_t e, size_t *start)
{
    if (i >= m->ncap) {
        if (i != 0)
            luaL_error(m->L, LP_BAD_CAPTURE_INDEX, i + 1);
        *start = s;
        return (ptrdiff_t)(e - s);
    }
    if (m->cap[i].len == LP_CAP_OPEN)
        luaL_error(m->L, "unfinished capture");
    *start = m->cap[i].start;
    return m->cap[i].len;
}

/* Pushes capture `i` (a string, or an integer for a position capture). */
static void push_capture(Matcher *m, int i, size_t s, size_t e)
{
    size_t start;
    ptrdiff_t len = capture_span(m, i, s, e, &start);

    if (len == LP_CAP_POSITION) {
        lua_pushinteger(m->L, (lua_Integer)start + 1);
    } else {
        charge_bytes(m, (size_t)len);
        lua_pushlstring(m->L, m->src + start, (size_t)len);
    }
}

/* Pushes every capture of the match [s, e); if there are none and `whole` is set, pushes
   the whole match instead. Returns the number of values pushed. */
static int push_captures(Matcher *m, size_t s, size_t e, int whole)
{
    int n = (m->ncap == 0 && whole) ? 1 : m->ncap;
    int i;

    luaL_checkstack(m->L, n, "too many captures");
    for (i = 0; i < n; i++)
        push_capture(m, i, s, e);
    return n;
}

/* ---------------------------------------------------------------------------------------
 * string.find / string.match
 * --------------------------------------------------------------------------------------- */

/* Reads the optional 1-based, possibly negative start argument and turns it into a 0-based
   offset. Offsets beyond the subject are returned as they are (callers check). */
static size_t start_offset(lua_State *L, int arg, size_t len)
{
    lua_Integer pos = luaL_optinteger(L, arg, 1);

    if (pos > 0)
        return (size_t)pos - 1;
    if (pos == 0 || pos < -(lua_Integer)len)
        return 0;
    return len - (size_t)(-pos);
}

/* Does the pattern contain any magic character? If not, string.find searches plainly. */
static int has_specials(Matcher *m, const char *p, size_t lp)
{
    size_t i;

    charge_bytes(m, lp);
    for (i = 0; i < lp; i++)
        if (p[i] != '\0' && strchr(LP_SPECIALS, p[i]) != NULL)
            return 1;
    return 0;
}

/* Plain substring search of the matcher's pattern in its subject from offset `from`. */
static size_t plain_search(Matcher *m, size_t from)
{
    const char *hay = m->src, *needle = m->pat;
    size_t nlen = m->patlen, last, i;

    if (nlen == 0)
        return from;                    /* the empty string is found immediately */
    if (nlen > m->srclen - from)
        return LP_NOMATCH;
    last = m->srclen - nlen;            /* last offset where the needle still fits */
    i = from;
    while (i <= last) {
        const char *hit = memchr(hay + i, needle[0], last - i + 1);
        size_t at, k;
        if (hit == NULL) {
            charge_bytes(m, last - i + 1);
            return LP_NOMATCH;
        }
        at = (size_t)(hit - hay);
        charge_bytes(m, at - i + 1);
        for (k = 1; k < nlen && hay[at + k] == needle[k]; k++)
            ;
        charge(m, 1);
        charge_bytes(m, k);
        if (k == nlen)
            return at;
        i = at + 1;
    }
    return LP_NOMATCH;
}

/* Shared body of string.find (find != 0) and string.match. */
static int find_or_match(lua_State *L, int find)
{
    size_t ls, lp, init;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    Matcher m;

    init = start_offset(L, 3, ls);
    if (init > ls) {                    /* starts after the end: nothing can be found */
        lua_pushnil(L);
        return 1;
    }
    matcher_init(&m, L, s, ls, p, lp);
    if (find && (lua_toboolean(L, 4) || !has_specials(&m, p, lp))) {
        size_t at = plain_search(&m, init);
        settle(&m);
        if (at != LP_NOMATCH) {
            lua_pushinteger(L, (lua_Integer)at + 1);
            lua_pushinteger(L, (lua_Integer)(at + lp));
            return 2;
        }
    } else {
        int anchored = (lp > 0 && p[0] == '^');
        size_t start;
        if (anchored) {                 /* the '^' itself is not part of the match */
            m.pat++;
            m.patlen--;
        }
        for (start = init;; start++) {
            size_t e;
            matcher_reset(&m);
            e = match_here(&m, start, 0);
            if (e != LP_NOMATCH) {
                int n;
                if (find) {
                    lua_pushinteger(L, (lua_Integer)start + 1);
                    lua_pushinteger(L, (lua_Integer)e);
                    n = 2 + push_captures(&m, start, e, 0);
                } else {
                    n = push_captures(&m, start, e, 1);
                }
                settle(&m);
                return n;
            }
            if (anchored || start >= ls)
                break;
        }
        settle(&m);
    }
    lua_pushnil(L);
    return 1;
}

static int lp_find(lua_State *L)
{
    return find_or_match(L, 1);
}

static int lp_match(lua_State *L)
{
    return find_or_match(L, 0);
}

/* ---------------------------------------------------------------------------------------
 * string.gmatch
 * --------------------------------------------------------------------------------------- */

/* Iterator state, kept in a userdata upvalue next to the subject and pattern strings. */
typedef struct {
    size_t next;        /* offset where the next search starts */
    size_t last_end;    /* end of the previous match (LP_NOMATCH before the first) */
} GmatchState;

static int gmatch_next(lua_State *L)
{
    size_t ls, lp, start;
    const char *s = lua_tolstring(L, lua_upvalueindex(1), &ls);
    const char *p = lua_tolstring(L, lua_upvalueindex(2), &lp);
    GmatchState *g = (GmatchState *)lua_touserdata(L, lua_upvalueindex(3));
    Matcher m;

    /* No anchor handling here: in gmatch a leading '^' is an ordinary byte. */
    matcher_init(&m, L, s, ls, p, lp);
    for (start = g->next; start <= ls; start++) {
        size_t e;
        matcher_reset(&m);
        e = match_here(&m, start, 0);
        /* An empty match right where the previous match ended is skipped. */
        if (e != LP_NOMATCH && e != g->last_end) {
            int n;
            g->next = g->last_end = e;
            n = push_captures(&m, start, e, 1);
            settle(&m);
            return n;
        }
    }
    settle(&m);
    return 0;
}

static int lp_gmatch(lua_State *L)
{
    size_t ls, init;
    GmatchState *g;

    luaL_checklstring(L, 1, &ls);
    luaL_checklstring(L, 2, NULL);
    init = start_offset(L, 3, ls);
    if (init > ls)
        init = ls + 1;                  /* past the end: the iterator yields nothing */
    lua_settop(L, 2);                   /* subject and pattern become upvalues 1 and 2 */
    g = (GmatchState *)lua_newuserdatauv(L, sizeof *g, 0);
    g->next = init;
    g->last_end = LP_NOMATCH;
    lua_pushcclosure(L, gmatch_next, 3);
    return 1;
}

/* ---------------------------------------------------------------------------------------
 * string.gsub
 * --------------------------------------------------------------------------------------- */

/* Appends bytes to the result buffer, charging for the copy. */
static void append(Matcher *m, luaL_Buffer *b, const char *bytes, size_t len)
{
    charge_bytes(m, len);
    luaL_addlstring(b, bytes, len);
}

/* Appends the replacement string (argument 3) for the match [s, e), expanding %0-%9 and %%. */
static void append_template(Matcher *m, luaL_Buffer *b, size_t s, size_t e)
{
    lua_State *L = m->L;
    size_t tlen, i = 0;
    const char *t = lua_tolstring(L, 3, &tlen);

    for (;;) {
        const char *pct = (const char *)memchr(t + i, '%', tlen - i);
        size_t at;
        int d;
        if (pct == NULL)
            break;
        at = (size_t)(pct - t);
        append(m, b, t + i, at - i);
        d = (at + 1 < tlen) ? (unsigned char)t[at + 1] : '\0';
        if (d == '%') {
            append(m, b, "%", 1);
        } else if (d == '0') {
            append(m, b, m->src + s, e - s);
        } else if (d >= '1' && d <= '9') {
            size_t start;
            ptrdiff_t len = capture_span(m, d - '1', s, e, &start);
            if (len == LP_CAP_POSITION) {
                lua_pushinteger(L, (lua_Integer)start + 1);
                luaL_addvalue(b);
            } else {
                append(m, b, m->src + start, (size_t)len);
            }
        } else {
            luaL_error(L, "invalid use of '%%' in replacement string");
        }
        i = at + 2;
    }
    append(m, b, t + i, tlen - i);
}

/* Appends the replacement for the match [s, e) according to the type of argument 3.
   Returns 1 if the output differs from the input, 0 if the match was kept as it was. */
static int append_replacement(Matcher *m, luaL_Buffer *b, size_t s, size_t e, int rtype)
{
    lua_State *L = m->L;
    size_t len;

    if (rtype == LUA_TFUNCTION) {
        int n;
        lua_pushvalue(L, 3);
        n = push_captures(m, s, e, 1);
        lua_call(L, n, 1);
    } else if (rtype == LUA_TTABLE) {
        push_capture(m, 0, s, e);       /* the first capture (or whole match) is the key */
        lua_gettable(L, 3);
    } else {                            /* string or number */
        append_template(m, b, s, e);
        return 1;
    }
    if (!lua_toboolean(L, -1)) {        /* false or nil: keep the original text */
        lua_pop(L, 1);
        append(m, b, m->src + s, e - s);
        return 0;
    }
    if (!lua_isstring(L, -1))
        return luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    lua_tolstring(L, -1, &len);
    charge_bytes(m, len);
    luaL_addvalue(b);
    return 1;
}

static int lp_gsub(lua_State *L)
{
    size_t ls, lp, pos = 0, last_end = LP_NOMATCH;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    int rtype = lua_type(L, 3);
    lua_Integer max_n = luaL_optinteger(L, 4, (lua_Integer)ls + 1);
    lua_Integer count = 0;
    int anchored, changed = 0;
    luaL_Buffer b;
    Matcher m;

    luaL_argexpected(L, rtype == LUA_TNUMBER || rtype == LUA_TSTRING ||
                        rtype == LUA_TFUNCTION || rtype == LUA_TTABLE,
                     3, "string/function/table");
    anchored = (lp > 0 && p[0] == '^');
    if (anchored) {
        p++;
        lp--;
    }
    luaL_buffinit(L, &b);
    matcher_init(&m, L, s, ls, p, lp);
    while (count < max_n) {
        size_t e;
        matcher_reset(&m);
        e = match_here(&m, pos, 0);
        /* An empty match right after the previous match does not count (Lua 5.4 rule). */
        if (e != LP_NOMATCH && e != last_end) {
            count++;
            changed |= append_replacement(&m, &b, pos, e, rtype);
            pos = last_end = e;
        } else if (pos < ls) {          /* no match here: copy one byte and move on */
            append(&m, &b, s + pos, 1);
            pos++;
        } else {
            break;
        }
        if (anchored)
            break;
    }
    if (!changed) {
        lua_pushvalue(L, 1);            /* nothing replaced: return the subject itself */
    } else {
        append(&m, &b, s + pos, ls - pos);
        luaL_pushresult(&b);
    }
    lua_pushinteger(L, count);
    settle(&m);
    return 2;
}

/* ---------------------------------------------------------------------------------------
 * Registration
 * --------------------------------------------------------------------------------------- */

void lpattern_register(lua_State *L, int idx)
{
    static const luaL_Reg funcs[] = {
        {"find", lp_find},
        {"match", lp_match},
        {"gmatch", lp_gmatch},
        {"gsub", lp_gsub},
        {NULL, NULL}
    };
    const luaL_Reg *f;

    idx = lua_absindex(L, idx);
    for (f = funcs; f->name != NULL; f++) {
        lua_pushcfunction(L, f->func);
        lua_setfield(L, idx, f->name);
    }
}
