--- answer_structure: how the answer is built, on the guide's advice for answering
--- (career-goals-interview-guide.txt, "How to answer job interview questions about
--- career goals"):
---
---   short-and-long-term  "Start off by outlining that you have short-term goals and
---                        long-term goals. It's important that you are able to
---                        separate those": both present, told apart;
---   alignment            "keep your career goals focused on the company and the job
---                        that you're applying for" — ties to the role, to the
---                        company (its name, what it is known for, its values) and
---                        to a growth path inside it (ctx.scenario's growth_paths);
---   contribution         "Keep your answers focused on yourself and what you can do
---                        for the company – not the other way around": what the
---                        candidate brings (adds value, helps customers, improves
---                        results, trains others) against what the company gives them
---                        ("will give me", "what you offer", "the salary").
---
--- Scores are 0–100; red flags on the same answer cap the criteria they are about
--- (see CAPS; this plugin calls red_flags.detect, cached per answer).

local signals = require("career_signals")
local red_flags = require("red_flags")

-- ---------------------------------------------------------------------------
-- Weights and thresholds (a coach may tune these)
-- ---------------------------------------------------------------------------

--- short-and-long-term: both horizons; one; none. Both in one phrase only counts as one.
local HORIZONS = { both = 100, one = 58, none = 28 }
--- alignment = base + per kind of tie + a bonus for the scenario's own words.
local ALIGNMENT = { base = 25, role = 18, company = 20, growth = 20, scenario_words = 12, value = 8 }
--- contribution = base + per kind of value brought (up to two kinds of help to others,
--- results for the employer, efficiency) − per thing asked of the company.
local CONTRIBUTION = { base = 40, per_kind = 17, max_value = 60, per_take = 5, max_take = 15 }
--- What the company gives the candidate ("not the other way around").
local TAKES = {
  "give|gives|giving|offer|offers|provide|provides me", "will give me", "has|have to offer", "you offer|provide",
  "the company offers", "for me", "invest|invests|investing in me", "benefits", "salary|pay|wage|wages|bonus|perks",
  "good for my|me", "what i ?can get", "i get to", "help me", "allow|allows me", "let|lets me",
}
--- When a red flag is raised, the criteria it is about are capped at these values.
local CAPS = {
  ["misaligned-goals"] = { alignment = 15, contribution = 35, ["short-and-long-term"] = 60 },
  ["lack-of-aspiration"] = { ["short-and-long-term"] = 20, alignment = 40, contribution = 25 },
  ["cliche-answer"] = { contribution = 45, alignment = 55, ["short-and-long-term"] = 45 },
  ["unrealistic-or-unclear-goals"] = { ["short-and-long-term"] = 60 },
}
--- The criteria, in report order.
local CRITERIA = { "short-and-long-term", "alignment", "contribution" }

-- ---------------------------------------------------------------------------
-- Scoring
-- ---------------------------------------------------------------------------

local find, affirmed, distinct = signals.find, signals.affirmed, signals.distinct

--- Whether the short-term and long-term markers are told apart (not one span).
local function horizons(a)
  local s, l = a.short_term, a.long_term
  if #s > 0 and #l > 0 then
    for _, x in ipairs(s) do
      for _, y in ipairs(l) do
        if x.to < y.from or y.to < x.from then return HORIZONS.both, x, y end
      end
    end
    return HORIZONS.one
  end
  if #s > 0 or #l > 0 then return HORIZONS.one end
  return HORIZONS.none
end

local function alignment(a)
  local s = ALIGNMENT.base
  if #a.ties.role > 0 then s = s + ALIGNMENT.role end
  if #a.ties.company > 0 then s = s + ALIGNMENT.company end
  if #a.ties.growth > 0 then s = s + ALIGNMENT.growth end
  if #a.ties.value > 0 then s = s + ALIGNMENT.value end
  local cp = a.context
  local own = {}
  for _, list in ipairs({ cp.role, cp.company, cp.growth }) do
    for _, p in ipairs(list) do own[#own + 1] = p end
  end
  if #own > 0 and #affirmed(find(a.tokens, own)) > 0 then s = s + ALIGNMENT.scenario_words end
  return s
end

local function contribution(a)
  -- kinds of value brought: helping, training or serving others; results for the
  -- employer (productivity); doing the work faster or better (efficiency)
  local kinds = math.min(2, distinct(a.ties.value))
  if #a.results > 0 then kinds = kinds + 1 end
  if #a.efficiency > 0 then kinds = kinds + 1 end
  local takes = affirmed(find(a.tokens, TAKES))
  local s = CONTRIBUTION.base + math.min(CONTRIBUTION.max_value, CONTRIBUTION.per_kind * kinds)
    - math.min(CONTRIBUTION.max_take, CONTRIBUTION.per_take * #takes)
  return s, takes
end

local function strengths_of(a, scores, flagged, short, long)
  local out = {}
  local function add(s) out[#out + 1] = s end
  if scores["short-and-long-term"] >= 90 and not flagged["lack-of-aspiration"] then
    add(("You separated your short-term goal (“%s”) from your long-term goal (“%s”).")
      :format(signals.quote(a, short), signals.quote(a, long)))
  end
  if not flagged["misaligned-goals"] and scores.alignment >= 70 then
    if (#a.ties.role > 0 or #a.ties.company > 0) and #a.ties.growth > 0 then
      add("You tied your goals to this role and to where you can grow in the company.")
    else
      add("You tied your goals to this role and company.")
    end
  end
  if next(flagged) == nil and scores.contribution >= 70 then
    local m = a.ties.value[1] or a.results[1] or a.efficiency[1]
    add(("You focused on what you can bring to the company (“%s”), not only on what it gives you.")
      :format(signals.excerpt(a, m)))
  end
  return out
end

-- ---------------------------------------------------------------------------
-- Public API
-- ---------------------------------------------------------------------------

local M = { id = "answer-structure" }

--- Scores an answer on the three structure criteria, lowered where a red flag applies.
---@param answer string the candidate's answer
---@param ctx table|nil the host's ctx (ctx.scenario: role, company, values, growth_paths)
---@return table evaluation `{ scores = { alignment = n, … }, flags = {}, strengths = { "…" } }`
function M.evaluate(answer, ctx)
  local a = signals.analyze(answer, ctx)
  local flagged = red_flags.raised(answer, ctx)
  local h, short, long = horizons(a)
  local scores = {
    ["short-and-long-term"] = h,
    alignment = alignment(a),
    contribution = (contribution(a)),
  }
  signals.apply_caps(scores, flagged, CAPS)
  local strengths = strengths_of(a, scores, flagged, short, long)
  return { scores = signals.scope(scores, ctx), flags = {}, strengths = strengths }
end

--- The criteria this plugin scores, in report order.
---@return string[]
function M.criteria()
  local out = {}
  for i, c in ipairs(CRITERIA) do out[i] = c end
  return out
end

return M
