--- goal_quality: scores a career-goals answer on five criteria (0–100) and names
--- what worked, following the domain guide (career-goals-interview-guide.txt):
---
---   alignment    "keep your career goals focused on the company and the job that
---                you're applying for … how your goals will ultimately add value"
---   specificity  "Specific goals", "Measurable goals … setting a certain timeframe",
---                "what skills you want to develop over the next years"
---   ambition     "the 'right' job candidates are the ones that want to develop
---                themselves continuously"; "outlining that you have short-term goals
---                and long-term goals … separate those"; "show excitement"
---   action-plan  "outline how you plan on reaching your goals", "Action plan for
---                each goal", courses, training, mentorship
---   delivery     "keep your outline to-the-point and concise": not too short to say
---                anything, not too long to hold attention, little hedging or filler
---
--- The host adds no penalties, so when red_flags would raise a flag this plugin caps
--- the criteria that flag is about (it calls red_flags.detect itself, as plugins
--- cannot see each other's results). Strengths are short sentences a candidate can
--- act on, and are left out where a flag contradicts them.

local signals = require("career_signals")
local red_flags = require("red_flags")

-- ---------------------------------------------------------------------------
-- Weights and thresholds (a coach may tune these)
-- ---------------------------------------------------------------------------

--- alignment = base + per kind of tie (role, company, value added, growth path).
local ALIGNMENT = { base = 30, per_tie_kind = 20 }
--- specificity = base + per concrete element, + bonus for a second named skill.
local SPECIFICITY = { base = 20, per_element = 16, second_skill = 8 }
--- ambition = base + the parts present.
local AMBITION = { base = 20, develop = 25, short_term = 20, long_term = 20, excitement = 15, destination = 10 }
--- action-plan = base + per distinct way of reaching the goals.
local ACTION = { base = 25, per_step = 25 }
--- delivery by length in words, then minus each hedge or filler word.
local DELIVERY = {
  non_answer = 8, non_answer_score = 10,   -- fewer words than this: says nothing
  short = 15, short_score = 35,            -- fewer than this: too short to show a plan
  ideal_min = 30, ideal_max = 220,         -- full marks in between
  long = 320, long_score = 65,             -- up to this: starts to lose attention
  too_long_score = 50,                     -- beyond
  per_hedge = 8, max_hedge_penalty = 40,
}
--- Named means of development (courses, programmes) count as a concrete element.
local MEANS = {
  "course|courses", "training|trainings", "certification|certificate|certified", "program|programme|programs",
  "mentorship", "workshop|workshops", "degree", "qualification", "diploma", "coaching sessions",
}
--- When a red flag is raised, the criteria it is about are capped at these values.
local CAPS = {
  ["misaligned-goals"] = { alignment = 15, ambition = 50, ["action-plan"] = 50 },
  ["lack-of-aspiration"] = { ambition = 10, ["action-plan"] = 15, specificity = 25, alignment = 45 },
  ["cliche-answer"] = { specificity = 30, delivery = 45, ["action-plan"] = 45 },
  ["unrealistic-or-unclear-goals"] = { specificity = 30, ambition = 45, ["action-plan"] = 45 },
}
--- The criteria, in report order.
local CRITERIA = { "alignment", "specificity", "ambition", "action-plan", "delivery" }

-- ---------------------------------------------------------------------------
-- Scoring
-- ---------------------------------------------------------------------------

local function clamp(x)
  x = math.floor(x + 0.5)
  if x < 0 then return 0 elseif x > 100 then return 100 end
  return x
end

local function quote(a, m)
  return a.answer:sub(m.from, m.to)
end

local function alignment(a)
  return ALIGNMENT.base + ALIGNMENT.per_tie_kind * a.tie_kinds
end

local function specificity(a, means)
  local n = 0
  if #a.timeframes > 0 or #a.short_term > 0 or #a.long_term > 0 then n = n + 1 end
  if #a.digits > 0 or #a.percentages > 0 then n = n + 1 end
  if #a.skills > 0 then n = n + 1 end
  if #a.ties.growth > 0 then n = n + 1 end
  if #means > 0 then n = n + 1 end
  if #a.ties.role > 0 then n = n + 1 end
  local s = SPECIFICITY.base + SPECIFICITY.per_element * n
  if signals.distinct(a.skills) >= 2 then s = s + SPECIFICITY.second_skill end
  return s
end

local function ambition(a)
  local s = AMBITION.base
  if #a.develop > 0 then s = s + AMBITION.develop end
  if #a.short_term > 0 then s = s + AMBITION.short_term end
  if #a.long_term > 0 then s = s + AMBITION.long_term end
  if #a.excitement > 0 then s = s + AMBITION.excitement end
  if #a.ties.growth > 0 then s = s + AMBITION.destination end
  return s
end

local function action_plan(a, means)
  local steps = signals.distinct(a.plan)
  if #means > 0 and steps == 0 then steps = 1 end
  return ACTION.base + ACTION.per_step * steps
end

local function delivery(a)
  local n, d = a.word_count, DELIVERY
  local s
  if n < d.non_answer then
    s = d.non_answer_score
  elseif n < d.short then
    s = d.short_score
  elseif n < d.ideal_min then
    s = d.short_score + (n - d.short) / (d.ideal_min - d.short) * (100 - d.short_score)
  elseif n <= d.ideal_max then
    s = 100
  elseif n <= d.long then
    s = 100 - (n - d.ideal_max) / (d.long - d.ideal_max) * (100 - d.long_score)
  else
    s = d.too_long_score
  end
  return s - math.min(d.max_hedge_penalty, d.per_hedge * #a.hedges)
end

--- Too general to quote back as "the skills you named".
local GENERIC_SKILLS = { knowledge = true, expertise = true, skills = true }

--- The quoted names of matches, longest first, without repeats or names inside
--- another ("listening" inside "active listening").
local function names_of(a, matches, max)
  local qs = {}
  for _, m in ipairs(matches) do qs[#qs + 1] = quote(a, m):lower() end
  table.sort(qs, function(x, y) return #x > #y end)
  local names = {}
  for _, q in ipairs(qs) do
    local dup = GENERIC_SKILLS[q] ~= nil
    for _, n in ipairs(names) do
      if n:find(q, 1, true) then dup = true end
    end
    if not dup and #names < max then names[#names + 1] = q end
  end
  return names
end

local function strengths_of(a, scores, flagged, means)
  local out = {}
  local function add(s) out[#out + 1] = s end
  if #a.short_term > 0 and #a.long_term > 0 and not flagged["lack-of-aspiration"] then
    add("You separated your short-term goal from your long-term goal.")
  end
  if not flagged["misaligned-goals"] then
    if (#a.ties.role > 0 or #a.ties.company > 0) and #a.ties.growth > 0 then
      add("You tied your goals to this role and to where you can grow in the company.")
    elseif #a.ties.role > 0 or #a.ties.company > 0 then
      add("You tied your goals to this role and company.")
    end
    if #a.ties.value > 0 then
      add("You showed how your goals add value for the team, the company or its customers.")
    end
  end
  if not flagged["unrealistic-or-unclear-goals"] and not flagged["cliche-answer"] then
    local dated = false
    for _, t in ipairs(a.timeframes) do if t.days then dated = true end end
    if dated or #a.percentages > 0 then
      add("You made your goals measurable with a time frame or a number.")
    elseif #a.short_term > 0 or #a.long_term > 0 then
      add("You placed your goals in time (short term, long term).")
    end
    local skills = names_of(a, a.skills, 3)
    if #skills > 0 then
      add("You named the skills you want to build (" .. table.concat(skills, ", ") .. ").")
    elseif #a.skills > 0 then
      add("You said what knowledge you want to gain.")
    end
  end
  if scores["action-plan"] >= 65 and not flagged["lack-of-aspiration"] then
    local ways = names_of(a, means, 2)
    add("You explained how you plan to reach your goals" .. (#ways > 0 and (" (" .. table.concat(ways, ", ") .. ")") or "") .. ".")
  end
  if #a.excitement > 0 and not flagged["lack-of-aspiration"] and not flagged["misaligned-goals"] then
    add("You showed excitement about the opportunity.")
  end
  if scores.delivery >= 90 and next(flagged) == nil then
    add("Your answer was concise and to the point.")
  end
  return out
end

-- ---------------------------------------------------------------------------
-- Public API
-- ---------------------------------------------------------------------------

local M = { id = "goal-quality" }

--- Scores an answer on the five criteria, lowered where a red flag applies.
---@param answer string the candidate's answer
---@param ctx table|nil the host's ctx (ctx.scenario is read for the role and company)
---@return table evaluation `{ scores = { alignment = n, … }, flags = {}, strengths = { "…" } }`
function M.evaluate(answer, ctx)
  local a = signals.analyze(answer, ctx)
  local means = signals.affirmed(signals.find(a.tokens, MEANS))
  local scores = {
    alignment = alignment(a),
    specificity = specificity(a, means),
    ambition = ambition(a),
    ["action-plan"] = action_plan(a, means),
    delivery = delivery(a),
  }
  local flagged = {}
  for _, f in ipairs(red_flags.detect(answer, ctx, a)) do
    flagged[f.id] = true
    for criterion, cap in pairs(CAPS[f.id] or {}) do
      if scores[criterion] > cap then scores[criterion] = cap end
    end
  end
  for _, c in ipairs(CRITERIA) do scores[c] = clamp(scores[c]) end
  return { scores = scores, flags = {}, strengths = strengths_of(a, scores, flagged, means) }
end

--- The criteria this plugin scores, in report order.
---@return string[]
function M.criteria()
  local out = {}
  for i, c in ipairs(CRITERIA) do out[i] = c end
  return out
end

return M
