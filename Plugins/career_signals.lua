--- career_signals: a shared, plain library that reads the signals a career-goals
--- answer carries, so that `red_flags` and `goal_quality` judge the same things
--- the same way (the two plugins cannot see each other's results).
---
--- What it reads, and why (career-goals-interview-guide.txt):
---   * ties to the role and the company — "keep your career goals focused on the
---     company and the job that you're applying for", "show that your goals are in
---     line with the position";
---   * time frames and measurable numbers — "Measurable goals … setting a certain
---     timeframe", "I want to complete a specialization course within one year";
---   * named skills — "what skills you want to develop over the next years";
---   * an action plan — "outline how you plan on reaching your goals", "what action
---     you plan on taking";
---   * short-term versus long-term goals — "outlining that you have short-term goals
---     and long-term goals … separate those";
---   * negation — "I don't just want a job" is not "I just want a job".
---
--- Phrases in the tables below are matched on whole words, case-insensitively, with
--- apostrophes dropped ("don't" = "dont" = "don’t") and hyphens read as spaces
--- ("short-term" = "short term"). A small pattern syntax keeps the lists short:
---   `a|b`   either word in this slot          `?word`  the slot may be absent
---   `word*` any word starting with "word"      `*`      any one word
---   `*ing`  any word ending in "ing"
--- e.g. "dont ?really have ?any goals|plans" matches "I don't have any plans".

local M = {}

-- ---------------------------------------------------------------------------
-- Vocabulary (a coach may tune these tables)
-- ---------------------------------------------------------------------------

--- Words that turn the phrase after them around ("I'm NOT someone who just
--- wants a job", "rather THAN a stepping stone"), looked for in the same clause.
--- "used to" earlier in the clause does too ("I USED TO see it as a way to pay the bills").
local NEGATORS = {
  "not", "never", "no", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent",
  "wont", "cant", "cannot", "havent", "hasnt", "hadnt", "wouldnt", "shouldnt",
  "instead", "than", "unlike", "nor", "neither", "without", "beyond",
}
--- How many words before a phrase a negator may stand.
local NEGATION_WINDOW = 8
--- Words that start a new clause (negation does not reach across them).
local CLAUSE_WORDS = { "but", "however", "although", "though", "yet", "so" }

--- Ties to the position itself (generic; the scenario's role adds its own words).
local ROLE_TIES = {
  "this|the role|position|job|opportunity|vacancy",
  "a|the role|position|job like this|yours",
  "this|the kind of work",
}
--- Ties to the company (generic; the scenario's company name and values add theirs).
local COMPANY_TIES = {
  "your|this|the company|organisation|organization|business|firm|department",
  "a company like yours", "companies like yours", "your|this|the|our ?whole|wider|entire team",
  "here", "with|for|join you", "you offer|provide|have|run", "your", "internal", "in house",
  "within the company"
}
--- Saying what the candidate brings: "how your goals will ultimately add value".
local VALUE_ADD = {
  "add ?more value", "adding value", "contribut*",
  "help|helping|support|supporting ?the|my|our team|colleagues|coworkers|company|customers|clients|others|people",
  "customer|customers|client|clients", "serve|serving", "make a difference for",
  "benefit", "improve|improving ?the ?customer experience|service|satisfaction",
  "co workers", "coworkers|colleagues",
}
--- Where people grow to inside a company (the scenario's growth_paths add theirs).
local GROWTH_DESTINATIONS = {
  "team leader|lead", "lead|leading|manage|managing|run|running|build|building ?a|my|our|the|this ?own ?* ?* team|teams",
  "supervisor", "manager", "senior *", "specialist", "expert", "mentor", "coach", "trainer",
  "leadership|management role|roles|position", "promotion", "promoted",
  "grow into", "move into", "work|working my way up|from|to",
}
--- Named skills and knowledge (the guide's examples plus customer-facing ones).
local SKILLS = {
  "communication", "project management", "leadership", "teamwork", "problem solving",
  "critical thinking", "negotiation", "conflict resolution", "de escalation", "deescalation",
  "empathy", "active listening", "listening", "time management", "organisation|organization ?skills",
  "coaching", "mentoring", "public speaking", "presentation ?skills", "writing", "knowledge",
  "product knowledge", "expertise", "data analysis", "excel", "crm", "salesforce", "zendesk",
  "quality assurance", "planning", "people management", "patience", "language|languages",
  "spanish|french|german", "complaint handling", "handling complaints", "accuracy", "efficiency",
  "relationship building", "relationships", "account management", "escalations", "billing",
}
--- How the candidate will reach the goals: "outline how you plan on reaching your goals".
local ACTION_PLAN = {
  "by *ing", "i|we plan to", "my plan is", "i intend to", "im going to", "i will", "ill",
  "i want to achieve|reach this|these|that|them|my goals by", "in order to",
  "course|courses", "training|trainings", "certification|certificate", "mentorship|mentoring ?program|programme",
  "mentor", "workshop|workshops", "degree", "study|studying", "enrol|enroll|enrolled|enrolling", "sign|signed up",
  "shadow|shadowing", "take|taking on", "volunteer|volunteering", "practice|practise|practising|practicing",
  "ask|asking for feedback", "feedback", "learn|learning from", "starting|start as|in", "step|steps",
  "path towards|toward|to", "work|working my way", "will give me", "gaining|gain|get ?as much ?experience",
  "working on", "to get there", "to do that|this", "after that", "first|firstly", "then",
  "learning|building|taking|practising|practicing|reading|studying|shadowing|volunteering|joining|attending|completing|finishing|improving",
}
--- Short-term markers (besides time frames of a year or less).
local SHORT_TERM = {
  "short term", "right now", "to start|begin ?with", "at first", "first year", "first few months",
  "starting as", "immediate", "next step", "for now", "this year", "soon", "initially",
}
--- Long-term markers (besides time frames of two years or more).
local LONG_TERM = {
  "long|longer term", "eventually", "in the future", "one day", "someday", "some day", "later on",
  "down the line|road", "over the next years", "in the years to come", "ultimately",
  "in five|ten|5|10 years", "five|ten|5|10 years from now", "my whole career", "over time",
}
--- A wish to develop: "candidates … that want to develop themselves continuously".
local DEVELOP = {
  "develop*", "grow|growing|grown|growth", "learn*", "improv*", "progress*", "advance*",
  "become", "build|building", "gain|gaining", "expert", "master|mastering", "strengthen*",
  "knowledge", "better at", "skills",
}
--- Excitement: "you should show excitement when providing an answer".
local EXCITEMENT = {
  "excited|exciting|excites", "look|looking forward", "eager", "enthusias*", "passionate",
  "love|loved|enjoy|enjoyed", "motivat*", "inspir*", "attractive", "thrilled", "keen", "appeal*",
}
--- Hedging and filler: hurt the "to-the-point" delivery the guide asks for.
local HEDGES = {
  "um", "uh", "erm", "umm", "you know", "kind of", "sort of", "i guess", "i suppose",
  "like i said", "basically", "whatever", "stuff", "things like that", "or something",
  "i mean", "maybe", "probably", "perhaps", "i dont know", "not sure", "hopefully",
}
--- Time phrases the host's text.timeframes may not know, with approximate days.
local EXTRA_TIMEFRAMES = {
  { "from|on day one|1", 1 }, { "on my first day", 1 }, { "overnight", 1 },
  { "right away", 7 }, { "straight away", 7 }, { "immediately", 7 },
  { "in|within my|the first week|weeks", 7 }, { "in|within a week|weeks", 7 },
  { "in|within a few weeks", 30 }, { "within weeks", 30 }, { "in no time", 30 },
  { "in|within my|the first month|months", 30 }, { "in|within a month", 30 },
  { "in|within a few months", 90 }, { "in|within my|the first quarter", 91 },
  { "in|within my|the first year", 365 }, { "in|within a|one year", 365 },
  { "next year", 365 }, { "a couple of years", 730 }, { "in|within a few years", 1095 },
  { "end of the|this|my month", 30 }, { "end of the|this|my|next quarter", 91 },
  { "end of the|this|my year", 365 },
}
--- Ordinals for "by my second year".
local ORDINALS = { first = 1, second = 2, third = 3, fourth = 4, fifth = 5 }
--- Number words, for "fifty percent" and "in two years".
local NUMBER_WORDS = {
  one = 1, two = 2, three = 3, four = 4, five = 5, six = 6, seven = 7, eight = 8, nine = 9,
  ten = 10, eleven = 11, twelve = 12, thirteen = 13, fourteen = 14, fifteen = 15, sixteen = 16,
  seventeen = 17, eighteen = 18, nineteen = 19, twenty = 20, thirty = 30, forty = 40,
  fifty = 50, sixty = 60, seventy = 70, eighty = 80, ninety = 90, hundred = 100,
  few = 3, -- "in my first few weeks"
}
local UNIT_DAYS = { day = 1, days = 1, week = 7, weeks = 7, month = 30, months = 30, year = 365, years = 365 }

-- ---------------------------------------------------------------------------
-- Words and spans
-- ---------------------------------------------------------------------------

--- A set (word -> true) of a list of words.
---@param list string[]
---@return table<string, boolean>
local function set_of(list)
  local s = {}
  for _, w in ipairs(list) do s[w] = true end
  return s
end
M.set_of = set_of
local NEGATOR_SET = set_of(NEGATORS)
local CLAUSE_SET = set_of(CLAUSE_WORDS)

--- Normalises a word the way phrases are written: lower case, no apostrophes.
---@param w string
---@return string
local function norm(w)
  w = w:gsub("\226\128\153", ""):gsub("\226\128\152", ""):gsub("'", "")
  return (string.lower(w))
end

-- A byte starts a word character: ASCII letter/digit, or a UTF-8 letter
-- (any multi-byte sequence outside the General Punctuation block U+2000–U+206F).
local function word_len(s, i)
  local b = s:byte(i)
  if not b then return 0 end
  if (b >= 48 and b <= 57) or (b >= 65 and b <= 90) or (b >= 97 and b <= 122) then return 1 end
  if b >= 0xC0 then
    if b == 0xE2 and s:byte(i + 1) == 0x80 or b == 0xE2 and s:byte(i + 1) == 0x81 then return 0 end
    if b >= 0xF0 then return 4 elseif b >= 0xE0 then return 3 else return 2 end
  end
  return 0
end
local function apostrophe_len(s, i)
  local b = s:byte(i)
  if b == 39 then return 1 end
  if b == 0xE2 and s:byte(i + 1) == 0x80 and (s:byte(i + 2) == 0x99 or s:byte(i + 2) == 0x98) then return 3 end
  return 0
end

--- Splits an answer into words with byte spans, clause and sentence numbers.
--- Hyphens split words ("short-term" → "short", "term"); "%" is a word of its own.
---@param s string
---@return table[] tokens `{ w = normalised, raw = original, from = i, to = j, clause = n, sentence = m }`
function M.tokens(s)
  local out = {}
  local i, n = 1, #s
  local clause, sentence = 1, 1
  while i <= n do
    local l = word_len(s, i)
    if l > 0 then
      local j = i + l - 1
      while true do
        local nl = word_len(s, j + 1)
        if nl > 0 then
          j = j + nl
        else
          local al = apostrophe_len(s, j + 1)
          local c = s:sub(j + 1, j + 1)
          if al > 0 and word_len(s, j + 1 + al) > 0 then
            j = j + al
          elseif (c == "." or c == ",") and s:sub(j, j):match("%d") and s:sub(j + 2, j + 2):match("%d") then
            j = j + 1
          else
            break
          end
        end
      end
      local raw = s:sub(i, j)
      local w = norm(raw)
      if CLAUSE_SET[w] then clause = clause + 1 end
      out[#out + 1] = { w = w, raw = raw, from = i, to = j, clause = clause, sentence = sentence }
      i = j + 1
    else
      local c = s:sub(i, i)
      if c == "%" then
        out[#out + 1] = { w = "%", raw = "%", from = i, to = i, clause = clause, sentence = sentence }
      elseif c == "." or c == "!" or c == "?" then
        local nx = s:sub(i + 1, i + 1)
        local ellipsis = c == "." and (s:sub(i - 1, i - 1) == "." or nx == ".")
        if not ellipsis and (nx == "" or nx:match("%s") or nx == "'" or nx == '"' or nx == ")") then
          sentence = sentence + 1
          clause = clause + 1
        end
      elseif c == "," or c == ";" or c == ":" or c == "(" or c == ")" then
        clause = clause + 1
      elseif c == "\226" and s:sub(i, i + 2) == "\226\128\148" then -- em dash
        clause = clause + 1
      end
      i = i + 1
    end
  end
  return out
end

local compiled = {}
--- Compiles a phrase of the pattern syntax into slots (cached).
local function compile(phrase)
  local c = compiled[phrase]
  if c then return c end
  c = {}
  local p = phrase:gsub("%-", " ")
  for slot in p:gmatch("%S+") do
    local optional = false
    if slot:sub(1, 1) == "?" then optional, slot = true, slot:sub(2) end
    local s = { optional = optional, words = {}, prefixes = {}, suffixes = {} }
    if slot == "*" then
      s.any = true
    else
      for alt in slot:gmatch("[^|]+") do
        if #alt > 1 and alt:sub(-1) == "*" then
          s.prefixes[#s.prefixes + 1] = norm(alt:sub(1, -2))
        elseif #alt > 1 and alt:sub(1, 1) == "*" then
          s.suffixes[#s.suffixes + 1] = norm(alt:sub(2))
        else
          s.words[norm(alt)] = true
        end
      end
    end
    c[#c + 1] = s
  end
  compiled[phrase] = c
  return c
end

local function slot_accepts(slot, w)
  if slot.any then return true end
  if slot.words[w] then return true end
  for _, p in ipairs(slot.prefixes) do
    if #w >= #p and w:sub(1, #p) == p then return true end
  end
  for _, p in ipairs(slot.suffixes) do
    if #w > #p + 1 and w:sub(-#p) == p then return true end
  end
  return false
end

local function match_at(tokens, k, slots, si, sentence)
  if si > #slots then return k - 1 end
  local slot = slots[si]
  local t = tokens[k]
  if t and t.sentence == sentence and slot_accepts(slot, t.w) then
    local e = match_at(tokens, k + 1, slots, si + 1, sentence)
    if e then return e end
  end
  if slot.optional then return match_at(tokens, k, slots, si + 1, sentence) end
  return nil
end

--- Whether a negator stands within the window before token `i`, in the same clause.
---@param tokens table[]
---@param i integer index of the first token of the phrase
---@return boolean
function M.negated(tokens, i)
  local t = tokens[i]
  if not t then return false end
  local k = i - 1
  while k >= 1 and k >= i - NEGATION_WINDOW and tokens[k].clause == t.clause do
    if NEGATOR_SET[tokens[k].w] then return true end
    k = k - 1
  end
  -- a belief given up earlier in the clause: "I used to see it as a way to pay the bills"
  k = i - 1
  while k >= 2 and tokens[k].clause == t.clause do
    if tokens[k - 1].w == "used" and tokens[k].w == "to" then return true end
    k = k - 1
  end
  return false
end

--- Finds every occurrence of each phrase of `list` in the tokens.
---@param tokens table[]
---@param list string[] phrases in the pattern syntax
---@return table[] matches `{ phrase, i, j, from, to, negated }`, in order of position
function M.find(tokens, list)
  -- index the phrases by the words their first slot accepts, so that each word
  -- is only tried against the phrases that can start there
  local by_word, general = {}, {}
  for _, phrase in ipairs(list) do
    local slots = compile(phrase)
    local first = slots[1]
    if first.optional or first.any or #first.prefixes > 0 or #first.suffixes > 0 then
      general[#general + 1] = phrase
    else
      for w in pairs(first.words) do
        local b = by_word[w]
        if not b then b = {} by_word[w] = b end
        b[#b + 1] = phrase
      end
    end
  end
  local out = {}
  local function try(phrase, k)
    local e = match_at(tokens, k, compiled[phrase], 1, tokens[k].sentence)
    if e and e >= k then
      out[#out + 1] = {
        phrase = phrase, i = k, j = e, from = tokens[k].from, to = tokens[e].to,
        negated = M.negated(tokens, k),
      }
    end
  end
  for k = 1, #tokens do
    local b = by_word[tokens[k].w]
    if b then for _, phrase in ipairs(b) do try(phrase, k) end end
    for _, phrase in ipairs(general) do try(phrase, k) end
  end
  table.sort(out, function(a, b) return a.from < b.from or (a.from == b.from and a.to > b.to) end)
  return out
end

--- Keeps the matches that are not negated.
---@param matches table[]
---@return table[]
function M.affirmed(matches)
  local out = {}
  for _, m in ipairs(matches) do
    if not m.negated then out[#out + 1] = m end
  end
  return out
end

--- Drops the matches that overlap any of the exception matches.
---@param matches table[]
---@param exceptions table[]
---@return table[]
function M.without(matches, exceptions)
  local out = {}
  for _, m in ipairs(matches) do
    local hit = false
    for _, e in ipairs(exceptions) do
      if m.from <= e.to and m.to >= e.from then hit = true break end
    end
    if not hit then out[#out + 1] = m end
  end
  return out
end

--- Counts distinct phrases among matches.
---@param matches table[]
---@return integer
function M.distinct(matches)
  local seen, n = {}, 0
  for _, m in ipairs(matches) do
    if not seen[m.phrase] then seen[m.phrase], n = true, n + 1 end
  end
  return n
end

--- The span of the sentence that holds byte offset `pos` (without its final
--- punctuation), from the first to the last word of that sentence.
---@param a table the analysis returned by `M.analyze`
---@param pos integer
---@return table span `{ from = i, to = j }`
function M.sentence_span(a, pos)
  local sent
  for _, t in ipairs(a.tokens) do
    if t.from <= pos and pos <= t.to then sent = t.sentence break end
    if t.from > pos then sent = t.sentence break end
  end
  local from, to
  for _, t in ipairs(a.tokens) do
    if t.sentence == sent then
      from = from or t.from
      to = t.to
    end
  end
  if not from then return { from = pos, to = pos } end
  return { from = from, to = to }
end

--- The sentence number of byte offset `pos`.
---@param a table
---@param pos integer
---@return integer|nil
function M.sentence_of(a, pos)
  for _, t in ipairs(a.tokens) do
    if t.to >= pos then return t.sentence end
  end
  return nil
end

-- ---------------------------------------------------------------------------
-- Context: the scenario's own words
-- ---------------------------------------------------------------------------

local STOP = set_of({ "a", "an", "the", "of", "and", "or", "for", "to", "in", "at", "on", "with", "by", "our", "its", "is", "be", "we" })

local function words_of(s)
  local out = {}
  if type(s) ~= "string" then return out end
  for _, t in ipairs(M.tokens(s)) do
    if not STOP[t.w] and #t.w > 2 then out[#out + 1] = t.w end
  end
  return out
end

local function append(dst, src)
  for _, v in ipairs(src) do dst[#dst + 1] = v end
  return dst
end

--- Phrases from ctx.scenario: the role, the company name, what it is known for,
--- its values and growth paths. Missing parts are skipped.
---@param ctx table|nil
---@return table lists `{ role = {…}, company = {…}, growth = {…} }`
function M.context_phrases(ctx)
  local sc = type(ctx) == "table" and type(ctx.scenario) == "table" and ctx.scenario or {}
  local company = type(sc.company) == "table" and sc.company or {}
  local role, comp, growth = {}, {}, {}
  if type(sc.role) == "string" and sc.role ~= "" then
    role[#role + 1] = norm(sc.role)
    -- the role's last word alone ("representative") and its domain ("customer service")
    local ws = words_of(sc.role)
    if #ws >= 2 then role[#role + 1] = table.concat(ws, " ", 1, #ws - 1) end
  end
  if type(company.name) == "string" and company.name ~= "" then comp[#comp + 1] = norm(company.name) end
  local known = words_of(company.known_for)
  if #known >= 2 then comp[#comp + 1] = known[#known - 1] .. " " .. known[#known] end
  if type(company.values) == "table" then
    for _, v in ipairs(company.values) do
      local ws = words_of(v)
      if #ws >= 2 then comp[#comp + 1] = ws[#ws - 1] .. " " .. ws[#ws] end
    end
  end
  if type(company.growth_paths) == "table" then
    for _, g in ipairs(company.growth_paths) do
      if type(g) == "string" and g ~= "" then growth[#growth + 1] = norm(g) end
    end
  end
  return { role = role, company = comp, growth = growth }
end

-- ---------------------------------------------------------------------------
-- Numbers and time frames
-- ---------------------------------------------------------------------------

--- The host's Unicode-aware `text` helpers, read at call time (absent in plain Lua).
---@return table|nil
local function host_text()
  local t = text
  if type(t) == "table" then return t end
  return nil
end

--- Percentages: the host's text.percentages, plus "50%"/"fifty percent" read here.
---@param answer string
---@param tokens table[]
---@return table[] `{ value, from, to, i }` (i = index of the number token)
function M.percentages(answer, tokens)
  local out, seen = {}, {}
  local function add(value, from, to)
    if seen[from] or not value then return end
    seen[from] = true
    local idx
    for k, t in ipairs(tokens) do if t.from == from then idx = k break end end
    out[#out + 1] = { value = value, from = from, to = to, i = idx }
  end
  local ht = host_text()
  if ht and type(ht.percentages) == "function" then
    for _, p in ipairs(ht.percentages(answer)) do add(tonumber(p.value), p.from, p.to) end
  end
  for k, t in ipairs(tokens) do
    local v = tonumber((t.w:gsub(",", ""))) or NUMBER_WORDS[t.w]
    local nx, nx2 = tokens[k + 1], tokens[k + 2]
    if v and nx and (nx.w == "%" or nx.w == "percent") then
      add(v, t.from, nx.to)
    elseif v and nx and nx2 and nx.w == "per" and nx2.w == "cent" then
      add(v, t.from, nx2.to)
    end
  end
  table.sort(out, function(x, y) return x.from < y.from end)
  return out
end

--- Time frames: the host's text.timeframes, plus the EXTRA_TIMEFRAMES table and
--- "in/within N units" read here. Where two overlap, the first found is kept.
---@param answer string
---@param tokens table[]
---@return table[] `{ days = n|nil, from, to }`
function M.timeframes(answer, tokens)
  local out = {}
  local function add(days, from, to)
    for _, t in ipairs(out) do
      if from <= t.to and to >= t.from then
        if t.days == nil and days then t.days = days end
        return
      end
    end
    out[#out + 1] = { days = days, from = from, to = to }
  end
  local ht = host_text()
  if ht and type(ht.timeframes) == "function" then
    for _, t in ipairs(ht.timeframes(answer)) do
      if type(t) == "table" and tonumber(t.from) and tonumber(t.to) then add(tonumber(t.days), t.from, t.to) end
    end
  end
  for _, e in ipairs(EXTRA_TIMEFRAMES) do
    for _, m in ipairs(M.find(tokens, { e[1] })) do add(e[2], m.from, m.to) end
  end
  -- "in|within|over the next|my first N units", N in digits or words; "my first unit"
  for k, t in ipairs(tokens) do
    if t.w == "in" or t.w == "within" or t.w == "next" or t.w == "first" then
      local n, u = tokens[k + 1], tokens[k + 2]
      local v = n and (tonumber(n.w) or NUMBER_WORDS[n.w] or ((n.w == "a" or n.w == "an") and 1))
      if v and u and UNIT_DAYS[u.w] then
        add(v * UNIT_DAYS[u.w], t.from, u.to)
      elseif (t.w == "first" or t.w == "next") and n and UNIT_DAYS[n.w] then
        add(UNIT_DAYS[n.w], t.from, n.to)
      end
    elseif ORDINALS[t.w] and t.w ~= "first" then
      local n = tokens[k + 1]
      if n and UNIT_DAYS[n.w] then add(ORDINALS[t.w] * UNIT_DAYS[n.w], t.from, n.to) end
    end
  end
  table.sort(out, function(x, y) return x.from < y.from end)
  return out
end

-- ---------------------------------------------------------------------------
-- The whole reading
-- ---------------------------------------------------------------------------

-- The last analysis, kept so that the two plugins evaluating the same answer share it.
local last_key, last_analysis

--- A key for the parts of ctx the analysis reads (the scenario).
local function context_key(ctx)
  local sc = type(ctx) == "table" and type(ctx.scenario) == "table" and ctx.scenario or nil
  if not sc then return "" end
  local company = type(sc.company) == "table" and sc.company or {}
  local parts = { tostring(sc.id), tostring(sc.role), tostring(sc.title), tostring(company.name), tostring(company.known_for) }
  for _, k in ipairs({ "values", "growth_paths" }) do
    if type(company[k]) == "table" then
      for _, v in ipairs(company[k]) do parts[#parts + 1] = tostring(v) end
    end
  end
  return table.concat(parts, "\0")
end

--- Reads every signal of an answer once; the last analysis is kept and shared
--- (callers must treat it as read-only).
---@param answer string
---@param ctx table|nil the host's ctx (only ctx.scenario is read)
---@return table analysis
function M.analyze(answer, ctx)
  answer = type(answer) == "string" and answer or ""
  local key = answer .. "\1" .. context_key(ctx)
  if key == last_key then return last_analysis end
  local a = M.read(answer, ctx)
  last_key, last_analysis = key, a
  return a
end

--- Reads every signal of an answer (uncached; see `M.analyze`).
---@param answer string
---@param ctx table|nil
---@return table analysis
function M.read(answer, ctx)
  local tokens = M.tokens(answer)
  local cp = M.context_phrases(ctx)
  local a = { answer = answer, tokens = tokens, word_count = 0 }
  for _, t in ipairs(tokens) do
    if t.w ~= "%" then a.word_count = a.word_count + 1 end
  end

  a.ties = {
    role = M.affirmed(M.find(tokens, append(append({}, ROLE_TIES), cp.role))),
    company = M.affirmed(M.find(tokens, append(append({}, COMPANY_TIES), cp.company))),
    value = M.affirmed(M.find(tokens, VALUE_ADD)),
    growth = M.affirmed(M.find(tokens, append(append({}, GROWTH_DESTINATIONS), cp.growth))),
  }
  a.tie_kinds = 0
  for _, list in pairs(a.ties) do
    if #list > 0 then a.tie_kinds = a.tie_kinds + 1 end
  end
  a.tied = #a.ties.role > 0 or #a.ties.company > 0

  a.skills = M.affirmed(M.find(tokens, SKILLS))
  a.plan = M.affirmed(M.find(tokens, ACTION_PLAN))
  a.short_term = M.affirmed(M.find(tokens, SHORT_TERM))
  a.long_term = M.affirmed(M.find(tokens, LONG_TERM))
  a.develop = M.affirmed(M.find(tokens, DEVELOP))
  a.excitement = M.affirmed(M.find(tokens, EXCITEMENT))
  a.hedges = M.find(tokens, HEDGES)

  a.timeframes = M.timeframes(answer, tokens)
  a.percentages = M.percentages(answer, tokens)
  a.digits = {}
  for k, t in ipairs(tokens) do
    if t.w:match("^%d") then a.digits[#a.digits + 1] = { from = t.from, to = t.to, i = k } end
  end
  for _, tf in ipairs(a.timeframes) do
    if tf.days and tf.days <= 366 then a.short_term[#a.short_term + 1] = { phrase = "timeframe", from = tf.from, to = tf.to } end
    if tf.days and tf.days >= 700 then a.long_term[#a.long_term + 1] = { phrase = "timeframe", from = tf.from, to = tf.to } end
  end
  return a
end

--- How many kinds of concrete backing an answer has: a time frame, a measurable
--- number, a named skill, a tie to the role/company, an action plan (two or more
--- ways, a lone "I will" is no plan), a named destination. `skip` is a list of
--- spans whose numbers and time frames do not count (e.g. "110%").
---@param a table analysis
---@param skip table[]|nil spans to ignore for numbers
---@param include_ties boolean|nil count the tie to role/company as backing
---@return integer
function M.concreteness(a, skip, include_ties)
  local function outside(n)
    for _, s in ipairs(skip or {}) do
      if n.from >= s.from and n.to <= s.to + 2 then return false end
    end
    return true
  end
  local measurable, timed = false, false
  for _, d in ipairs(a.digits) do if outside(d) then measurable = true end end
  for _, p in ipairs(a.percentages) do if outside(p) then measurable = true end end
  for _, t in ipairs(a.timeframes) do if outside(t) then timed = true end end
  local k = 0
  if timed then k = k + 1 end
  if measurable then k = k + 1 end
  if #a.skills > 0 then k = k + 1 end
  if M.distinct(a.plan) >= 2 then k = k + 1 end
  if #a.ties.growth > 0 then k = k + 1 end
  if include_ties and a.tied then k = k + 1 end
  return k
end

return M
