--- flag_features: the words and word pairs of an answer, as flag_model weighs them.
---
--- Kept apart from flag_model so that `simulate calibrate --train` reads answers with
--- exactly the code that scores them, before any weights exist:
---   * words, lowercased, apostrophes dropped ("don't" = "dont"), hyphens split;
---     a number is `<num>`, a percentage `<pct>` and its size band (`<pct:small>`);
---   * pairs of neighbouring words (`pay_the`), within a clause: punctuation and
---     dashes end a clause;
---   * negation: the three words after a negator ("not", "never", "rather",
---     "than" …) are read as `not_WORD`, so "not a stepping stone" and "a stepping
---     stone" weigh differently;
---   * the answer's length in bands (`<words:20>`), and what career_signals reads in
---     it: how concrete it is (`<concrete:2>`) and how soon its nearest time frame is
---     (`<soonest:year>`);
---   * each word again as `soon_WORD` when the answer names a time frame still ahead within
---     about three years (not "two years ago", nor one served, "for two years"): "Partner within
---     two years." weighs apart from "partner" alone, so the model can weigh what is claimed
---     against how soon, which words and a time band side by side cannot (session 23).

local signals = require("career_signals")

local M = {}

--- The set of the words in a string.
local function word_set(s)
  local list = {}
  for w in s:gmatch("%a+") do list[#list + 1] = w end
  return signals.set_of(list)
end

--- The name of the first band (upper bound, name) that holds value, else `beyond`.
local function band_of(value, bands, beyond)
  for _, b in ipairs(bands) do
    if value <= b[1] then return b[2] end
  end
  return beyond
end

--- Words that put the next few words under negation.
local NEGATORS = word_set("not no never nothing nor neither without hardly rather than instead "
  .. "dont doesnt didnt wont wouldnt cant couldnt isnt arent wasnt werent "
  .. "havent hasnt hadnt shouldnt aint")

--- A word longer than this also counts by its first letters ("manag~" for manage,
--- manager, managing), so that forms never seen in training still weigh.
local STEM_LENGTH = 5

--- Numbers in words also count as `<num>` ("eighteen months" like "18 months").
local NUMBER_WORDS = word_set("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
  .. "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
  .. "hundred thousand million billion dozen half couple few")

--- A percentage also counts by its size (upper bounds): "cut returns by 10%" and "by
--- 50%" read the same in words, and the size is what makes a goal over the top.
local PERCENT_BANDS = { { 10, "small" }, { 25, "mid" }, { 99.5, "large" } }

--- The feature for a percentage's size: `<pct:small>` … `<pct:large>`, or `<pct:whole>`.
local function percent_band(value)
  return "<pct:" .. band_of(value, PERCENT_BANDS, "whole") .. ">"
end

--- An answer's length counts too, by band of words: `<words:10>` is 10 to 19 words.
local LENGTH_BANDS = { 80, 40, 20, 10, 0 }

--- How many words a negator reaches.
local NEGATION_REACH = 3

--- How soon a time frame is, as a band of days (upper bounds).
local SOON_BANDS = { { 31, "month" }, { 100, "quarter" }, { 366, "year" }, { 1100, "years" } }

--- What career_signals reads in an answer beyond its words: how concrete it is
--- (`<concrete:0>` to `<concrete:3>`: times, numbers, skills, courses, plans…) and
--- how soon its nearest dated time frame still ahead is (`<soonest:month>` …
--- `<soonest:long>`, or `<undated>`). Read without the scenario's context, as in training: from the
--- answer's analysis when the caller has one (what it reads with the scenario is
--- left out), or from a reading of its own.
---@param answer string
---@param a table|nil the answer's analysis (career_signals.analyze), when already read
---@return string[] features
---@return boolean soon whether a time frame still ahead is within SOON_BANDS (words count as `soon_WORD`)
local function readings(answer, a)
  if not a or a.answer ~= answer then a = signals.read(answer, nil) end
  local out = { "<concrete:" .. math.min(signals.concreteness(a, nil, false, true), 3) .. ">" }
  local soonest, soon = nil, false
  for _, tf in ipairs(a.dated) do
    if not signals.gone(a, tf) then  -- 'two years ago', 'for two years' are no time ahead
      if not soonest or tf.days < soonest then soonest = tf.days end
      if band_of(tf.days, SOON_BANDS, nil) then soon = true end
    end
  end
  out[#out + 1] = soonest and "<soonest:" .. band_of(soonest, SOON_BANDS, "long") .. ">" or "<undated>"
  return out, soon
end

--- The features of an answer: its words and word pairs (see the header).
---@param answer string
---@param a table|nil the answer's analysis, when already read (saves reading it again)
---@return string[] features, each once, in order of first appearance
function M.features(answer, a)
  local text = answer:lower()
    :gsub("\226\128\153", "'"):gsub("\226\128\152", "'")  -- curly apostrophes
    :gsub("'", "")
    :gsub("\226\128[\147\148]", " | ")                     -- en and em dashes
    :gsub("%s%-+%s", " | ")
    :gsub("[%.,;:!?%(%)\"]", " | ")
    :gsub("%-", " ")
  local out, seen = {}, {}
  local function add(f)
    if not seen[f] then
      seen[f] = true
      out[#out + 1] = f
    end
  end
  local read, soon = readings(answer, a)
  local previous, negated, count, number = nil, 0, 0, nil
  for token in text:gmatch("%S+") do
    local word, value = nil, nil
    if token == "|" then
      previous, negated = nil, 0
    elseif token:match("^%d[%d,%.]*%%$") then
      word = "<pct>"
      add(percent_band(tonumber((token:gsub("[,%%]", ""))) or 0))
    elseif token:match("^%d") then
      word = "<num>"
      value = tonumber((token:gsub(",", "")))
    else
      if number and (token == "percent" or token == "per") then add(percent_band(number)) end  -- "10 per cent"
      -- letters, including those of other scripts (UTF-8 bytes), without punctuation
      word = token:gsub("[^%a\128-\255]", "")
      if word == "" then word = nil end
    end
    if word then
      count = count + 1
      local negator = NEGATORS[word]
      local prefix = ""
      if negated > 0 and not negator then
        prefix = "not_"
        negated = negated - 1
      end
      if negator then negated = NEGATION_REACH end
      add(prefix .. word)
      if soon and prefix == "" then add("soon_" .. word) end
      if NUMBER_WORDS[word] then add("<num>") end
      if #word > STEM_LENGTH + 1 then add(prefix .. word:sub(1, STEM_LENGTH) .. "~") end
      if previous then add(previous .. "_" .. prefix .. word) end
      previous = prefix .. word
    end
    number = value
  end
  for _, band in ipairs(LENGTH_BANDS) do
    if count >= band then
      add("<words:" .. band .. ">")
      break
    end
  end
  for _, f in ipairs(read) do add(f) end
  return out
end

return M
