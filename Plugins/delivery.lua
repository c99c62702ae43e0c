--- delivery: how the answer is delivered, on the guide's advice to "keep your
--- outline to-the-point and concise" (career-goals-interview-guide.txt, "How to
--- answer …", point 2) and to give "to-the-point and original answers" rather than
--- recite one ("Too general or cliché answers"):
---
---   length      too short to say anything, or too long to hold attention;
---   hedging     filler and hedges ("um", "kind of", "I guess", "maybe");
---   repetition  the same content word said again and again.
---
--- One criterion, `delivery` (0–100). The plugin raises no flags; it names a
--- strength only when the delivery is good. A recited, cliché answer (red_flags)
--- caps it, since the guide counts reciting as poor delivery.

local signals = require("career_signals")
local red_flags = require("red_flags")

-- ---------------------------------------------------------------------------
-- Thresholds (a coach may tune these)
-- ---------------------------------------------------------------------------

--- Length in words.
local LENGTH = {
  non_answer = 8, non_answer_score = 10,   -- fewer words than this: says nothing
  short = 18, short_score = 40,            -- fewer than this: too short to show a plan
  ideal_min = 35, ideal_max = 200,         -- full marks in between (ramps up from `short`)
  long = 300, long_score = 65,             -- up to this: starts to lose attention
  too_long_score = 45,                     -- beyond
}
--- Each hedge or filler word costs this much, up to the maximum.
local HEDGE = { per_hedge = 6, max_penalty = 36, free = 1 }
--- A content word said at least `min_count` times and making up at least `min_share`
--- of the words is "said too often"; each such word costs `penalty`, up to `max_penalty`.
local REPEAT = { min_count = 4, min_share = 0.02, always_count = 7, min_length = 4, penalty = 6, max_penalty = 18 }
--- A delivery score at or above this names a strength.
local GOOD = 85
--- Words never counted as repeated (function words and the topic's own words; the
--- scenario's role and company words are not counted either).
local COMMON = {
  "that", "this", "with", "have", "want", "would", "like", "will", "from", "into", "what", "when", "where",
  "which", "there", "their", "them", "they", "then", "than", "your", "about", "also", "just", "more",
  "some", "such", "very", "been", "being", "were", "make", "take", "these", "those", "over", "because",
  "while", "goal", "goals", "years", "year", "able", "each", "every", "other", "really", "term",
  "company", "role", "position", "team", "work", "career", "want", "like", "long", "short", "first",
}
--- When a red flag is raised, the criterion is capped at these values.
local CAPS = {
  ["cliche-answer"] = { delivery = 50 },
  ["lack-of-aspiration"] = { delivery = 45 },
}

-- ---------------------------------------------------------------------------
-- Scoring
-- ---------------------------------------------------------------------------

local COMMON_SET = signals.set_of(COMMON)

local function length_score(n)
  local d = LENGTH
  if n < d.non_answer then return d.non_answer_score end
  if n < d.short then return d.short_score end
  if n < d.ideal_min then return d.short_score + (n - d.short) / (d.ideal_min - d.short) * (100 - d.short_score) end
  if n <= d.ideal_max then return 100 end
  if n <= d.long then return 100 - (n - d.ideal_max) / (d.long - d.ideal_max) * (100 - d.long_score) end
  return d.too_long_score
end

--- The content words said too often, most repeated first.
---@param a table analysis
---@return table[] `{ { word = w, count = n }, … }`
local function repeated_words(a)
  local counts, order = {}, {}
  for _, t in ipairs(a.tokens) do
    local w = t.w
    if #w >= REPEAT.min_length and not COMMON_SET[w] and not a.context.own[w] and not w:match("^%d") then
      if not counts[w] then order[#order + 1] = w end
      counts[w] = (counts[w] or 0) + 1
    end
  end
  local out = {}
  for _, w in ipairs(order) do
    local c = counts[w]
    if c >= REPEAT.always_count or (c >= REPEAT.min_count and c / math.max(a.word_count, 1) >= REPEAT.min_share) then
      out[#out + 1] = { word = w, count = c }
    end
  end
  table.sort(out, function(x, y) return x.count > y.count end)
  return out
end

-- ---------------------------------------------------------------------------
-- Public API
-- ---------------------------------------------------------------------------

local M = { id = "delivery" }

--- The delivery signals of an answer (for scenarios and tests).
---@param answer string
---@param ctx table|nil
---@return table `{ words = n, hedges = { "…" }, repeated = { { word, count } } }`
function M.read(answer, ctx)
  local a = signals.analyze(answer, ctx)
  local hedges = {}
  for _, h in ipairs(a.hedges) do hedges[#hedges + 1] = signals.quote(a, h) end
  return { words = a.word_count, hedges = hedges, repeated = repeated_words(a) }
end

--- Scores `delivery`; a strength only when it is good. No flags.
---@param answer string
---@param ctx table|nil
---@return table evaluation `{ scores = { delivery = n }, flags = {}, strengths = { "…" } }`
function M.evaluate(answer, ctx)
  local r = M.read(answer, ctx)
  local hedge_penalty = math.min(HEDGE.max_penalty, HEDGE.per_hedge * math.max(0, #r.hedges - HEDGE.free))
  local repeat_penalty = math.min(REPEAT.max_penalty, REPEAT.penalty * #r.repeated)
  local scores = { delivery = length_score(r.words) - hedge_penalty - repeat_penalty }
  local flagged = red_flags.raised(answer, ctx)
  signals.apply_caps(scores, flagged, CAPS)
  local strengths = {}
  if scores.delivery >= GOOD and next(flagged) == nil then
    strengths[1] = ("Your answer was concise and to the point (%d words, without filler or repetition)."):format(r.words)
  end
  return { scores = scores, flags = {}, strengths = strengths }
end

return M
