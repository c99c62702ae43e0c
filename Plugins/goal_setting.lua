--- goal_setting: how well the answer's goals are set, on the guide's four criteria
--- (career-goals-interview-guide.txt, "How to set career goals"):
---
---   specific     "keep in mind what success means to you … break down each
---                milestone": a named destination, named skills, a course, the
---                role's own work — rather than "be successful";
---   measurable   "a way to actually track and measure them … by setting a certain
---                timeframe" ("within one year"): a dated time frame, a number, a
---                milestone one can tick off;
---   realistic    "it's important that you set realistic goals … challenging";
---                low when red_flags finds an over-the-top claim ("50% in my first
---                month") or goals too vague to judge;
---   action-plan  "For every goal … make an action plan … List all the different
---                activities": how the candidate will get there (courses,
---                shadowing, feedback, "by taking on escalations").
---
--- Scores are 0–100; red flags on the same answer cap the criteria they are about
--- (see CAPS; plugins cannot see each other's results, so this one calls
--- red_flags.detect, which is cached per answer). Strengths say what worked.

local signals = require("career_signals")
local red_flags = require("red_flags")

-- ---------------------------------------------------------------------------
-- Weights and thresholds (a coach may tune these)
-- ---------------------------------------------------------------------------

--- specific = base + per kind of concrete element (growth destination, named skill,
--- means of learning, tie to the role, a number, a dated time frame), + a bonus for
--- a second named skill, − per vague goal phrase.
local SPECIFIC = { base = 22, per_kind = 15, second_skill = 6, per_vague = 12 }
--- measurable = base + the parts present.
local MEASURABLE = {
  base = 15, dated = 40, second_dated = 10, term = 25, number = 25, milestone = 15,
}
--- realistic: a goal with no red flag; a claim over the top; a goal too vague to judge; no goal.
local REALISTIC = { with_time = 95, without_time = 88, over_the_top = 15, vague = 40, no_goal = 45 }
--- action-plan = base + per distinct way of reaching the goals (a course counts as one).
local ACTION = { base = 25, per_step = 18 }
--- Vague goals (lower `specific`): the same reading as red_flags' unclear goals.
local VAGUE = {
  "successful", "success", "go far", "go places", "somewhere", "something", "the top", "great things",
  "big things", "a good life", "move up", "be happy", "important", "respected", "a better position|job",
}
--- When a red flag is raised, the criteria it is about are capped at these values.
local CAPS = {
  ["misaligned-goals"] = { ["action-plan"] = 50, specific = 60 },
  ["lack-of-aspiration"] = { specific = 15, measurable = 15, realistic = 45, ["action-plan"] = 15 },
  ["cliche-answer"] = { specific = 30, measurable = 35, ["action-plan"] = 40 },
  ["unrealistic-or-unclear-goals"] = { specific = 40, measurable = 50, ["action-plan"] = 50 },
}
--- The criteria, in report order.
local CRITERIA = { "specific", "measurable", "realistic", "action-plan" }

-- ---------------------------------------------------------------------------
-- Scoring
-- ---------------------------------------------------------------------------

local find, affirmed, distinct = signals.find, signals.affirmed, signals.distinct

local function specific(a, vague)
  local kinds = 0
  if #a.ties.growth > 0 then kinds = kinds + 1 end
  if #a.skills > 0 then kinds = kinds + 1 end
  if #a.means > 0 then kinds = kinds + 1 end
  if #a.ties.role > 0 or #a.ties.company > 0 then kinds = kinds + 1 end
  if #a.numbers > 0 or #a.percentages > 0 then kinds = kinds + 1 end
  if #a.dated > 0 then kinds = kinds + 1 end
  local s = SPECIFIC.base + SPECIFIC.per_kind * kinds
  if distinct(a.skills) >= 2 then s = s + SPECIFIC.second_skill end
  return s - SPECIFIC.per_vague * #vague
end

local function measurable(a)
  local s = MEASURABLE.base
  if #a.dated > 0 then s = s + MEASURABLE.dated end
  if #a.dated > 1 then s = s + MEASURABLE.second_dated end
  if #a.short_term + #a.long_term > #a.dated then s = s + MEASURABLE.term end
  if #a.numbers > 0 or #a.percentages > 0 then s = s + MEASURABLE.number end
  if #a.ties.growth > 0 or #a.means > 0 then s = s + MEASURABLE.milestone end
  return s
end

local function realistic(a, flagged)
  local f = flagged["unrealistic-or-unclear-goals"]
  if f then return f.claim and REALISTIC.over_the_top or REALISTIC.vague end
  if #a.goals == 0 and #a.develop == 0 and #a.ties.growth == 0 then return REALISTIC.no_goal end
  return #a.dated > 0 and REALISTIC.with_time or REALISTIC.without_time
end

local function action_plan(a)
  local steps = distinct(a.plan)
  if #a.means > 0 then steps = steps + 1 end
  return ACTION.base + ACTION.per_step * steps
end

--- Names of matches, longest first, without repeats or names inside another.
local function names_of(a, matches, max)
  local qs = {}
  for _, m in ipairs(matches) do qs[#qs + 1] = signals.quote(a, m):lower() end
  table.sort(qs, function(x, y) return #x > #y end)
  local names = {}
  for _, q in ipairs(qs) do
    local dup = false
    for _, n in ipairs(names) do if n:find(q, 1, true) then dup = true end end
    if not dup and #names < max then names[#names + 1] = q end
  end
  return names
end

local function strengths_of(a, scores, flagged)
  local out = {}
  local function add(s) out[#out + 1] = s end
  local clean = next(flagged) == nil
  if clean and scores.measurable >= 70 then
    if #a.dated > 0 then
      add(("You made your goals measurable with a time frame (“%s”)."):format(signals.quote(a, a.dated[1])))
    else
      add("You made your goals measurable with a number you can track.")
    end
  end
  if clean and scores.specific >= 70 then
    local named = names_of(a, a.skills, 3)
    if #named > 0 then
      add("Your goals are specific: you named the skills you want to build (" .. table.concat(named, ", ") .. ").")
    else
      add("Your goals are specific: you said what you want to reach and where.")
    end
  end
  if clean and scores["action-plan"] >= 70 then
    local ways = names_of(a, a.means, 2)
    add("You explained how you plan to reach your goals" .. (#ways > 0 and (" (" .. table.concat(ways, ", ") .. ")") or "") .. ".")
  end
  if clean and scores.realistic >= 90 and #a.dated > 0 then
    add("Your goals are realistic for the time you gave them.")
  end
  return out
end

-- ---------------------------------------------------------------------------
-- Public API
-- ---------------------------------------------------------------------------

local M = { id = "goal-setting" }

--- Scores an answer on the four goal-setting criteria, lowered where a red flag applies.
---@param answer string the candidate's answer
---@param ctx table|nil the host's ctx (ctx.scenario is read for the role and company)
---@return table evaluation `{ scores = { specific = n, … }, flags = {}, strengths = { "…" } }`
function M.evaluate(answer, ctx)
  local a = signals.analyze(answer, ctx)
  local flagged = red_flags.raised(answer, ctx)
  local vague = affirmed(find(a.tokens, VAGUE))
  local scores = {
    specific = specific(a, vague),
    measurable = measurable(a),
    realistic = realistic(a, flagged),
    ["action-plan"] = action_plan(a),
  }
  signals.apply_caps(scores, flagged, CAPS)
  local strengths = strengths_of(a, scores, flagged)
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
