--- goal_types: which of the guide's types of career goals an answer shows
--- (career-goals-interview-guide.txt, "Types of career goals"):
---
---   productivity          "improving the results that you are able to produce for an
---                         employer or client … within a set time frame": sales,
---                         targets, satisfaction scores, resolution rates, output
---                         (career_signals reads these, as answer_structure uses them too);
---   efficiency            "improving your speed, consistency, and accuracy by which
---                         you are delivering your results": handling time, errors,
---                         turnaround, automating (career_signals);
---   education             "additional professional education … getting (additional)
---                         education or training": courses, certificates, degrees,
---                         programmes (career_signals' means of learning);
---   personal development  "improving your skills such as communication, critical
---                         thinking, problem-solving, teamwork, leadership" — and the
---                         guide's networking goal; a leading role ("team leader")
---                         counts by the leadership it calls for.
---
--- A type counts when its words stand in the answer, not negated. Each type shown
--- is reported as a strength that quotes the answer ("Your answer shows an
--- education goal: “finish my level 3 certificate”."). The criterion `goal-types`
--- (0–100) grows with the number of distinct types; none scores low. The guide
--- wants these goals "as long as they align with the company goals", so the score
--- is lowered when red_flags raises a flag on the same answer (see CAPS).

local signals = require("career_signals")
local red_flags = require("red_flags")

-- ---------------------------------------------------------------------------
-- Word lists and thresholds (a coach may tune these)
-- ---------------------------------------------------------------------------

--- Soft skills and growth as a person (personal development).
local PERSONAL = {
  "communication", "communicat*", "trainer", "train|training|teach|teaching|coach|coaching new|other|junior ?colleagues|staff|starters|drivers|hires|nurses", "critical thinking", "problem solving", "problem solve", "teamwork",
  "leadership", "leading|lead|manage|managing ?a|my|the ?own ?small ?team|teams|people", "confidence|confident",
  "public speaking", "presentation ?skills", "patience", "resilience", "empathy", "listening",
  "emotional intelligence", "networking", "network", "relationships|relationship building", "coaching|mentoring|mentor|coach",
  "de escalation", "conflict resolution", "negotiation", "decision making", "delegation", "personal development",
  "soft skills", "people skills", "interpersonal", "collaborat*", "calm|calmly", "handover|handovers",
}
--- Leading roles: personal development by the leadership they call for ("team leader"), quoted
--- only when no skill is named.
local LEADING_ROLES = { "team leader|lead", "leader", "leadership|management role|roles|position" }
--- Education: career_signals' means of learning (courses, certificates…), plus these.
local EDUCATION = {
  "study|studying", "learn|learning the|about|to|from|how", "qualif*", "certif*", "degree", "course|courses",
  "master|masters", "training", "exam|exams|papers", "programme|program|scheme", "licence|license|licences|licenses",
  "knowledge", "expert in|on",
}
--- Score by the number of distinct types shown.
local SCORE_BY_COUNT = { [0] = 25, [1] = 62, [2] = 82, [3] = 94, [4] = 100 }
--- When a red flag is raised, the criterion is capped at these values.
local CAPS = {
  ["misaligned-goals"] = { ["goal-types"] = 45 },
  ["lack-of-aspiration"] = { ["goal-types"] = 20 },
  ["cliche-answer"] = { ["goal-types"] = 45 },
  ["unrealistic-or-unclear-goals"] = { ["goal-types"] = 60 },
}
--- The types, in report order, with the words used in strengths.
local TYPES = {
  { id = "productivity", name = "a productivity goal", about = "the results you will produce" },
  { id = "efficiency", name = "an efficiency goal", about = "the speed, consistency or accuracy of your work" },
  { id = "education", name = "an education goal", about = "the education or training you plan" },
  { id = "personal-development", name = "a personal development goal", about = "the skills you want to build" },
}
--- What a leading role is about, said in its strength.
local LEADING_ABOUT = "the leadership you want to grow into"

-- ---------------------------------------------------------------------------
-- Reading
-- ---------------------------------------------------------------------------

local find, affirmed = signals.find, signals.affirmed

--- Which types an answer shows.
---@param answer string
---@param ctx table|nil
---@return table[] found `{ { type = TYPES[k], match = m }, … }` in TYPES order
local function read_types(answer, ctx)
  local a = signals.analyze(answer, ctx)
  local found = {}
  if #a.results > 0 then found.productivity = a.results[1] end
  if #a.efficiency > 0 then found.efficiency = a.efficiency[1] end
  local ed = a.means[1] or affirmed(find(a.tokens, EDUCATION))[1]
  if ed then found.education = ed end
  -- a skill, not the leadership word of a role ("a leadership role" is a role)
  local roles = find(a.tokens, LEADING_ROLES)
  local pd, about = signals.without(affirmed(find(a.tokens, PERSONAL)), roles)[1], nil
  if not pd then
    pd = affirmed(roles)[1]
    if pd then about = LEADING_ABOUT end
  end
  if pd then found["personal-development"] = pd end
  local out = {}
  for _, t in ipairs(TYPES) do
    if found[t.id] then
      out[#out + 1] = { type = t, match = found[t.id], about = t.id == "personal-development" and about or t.about }
    end
  end
  return out, a
end

-- ---------------------------------------------------------------------------
-- Public API
-- ---------------------------------------------------------------------------

local M = { id = "goal-types" }

--- The goal types an answer shows, by id (for scenarios and tests).
---@param answer string
---@param ctx table|nil
---@return string[] ids, in report order
function M.types(answer, ctx)
  local out = {}
  for _, f in ipairs(read_types(answer, ctx)) do out[#out + 1] = f.type.id end
  return out
end

--- Scores `goal-types` and names each type shown as a strength.
---@param answer string
---@param ctx table|nil
---@return table evaluation `{ scores = { ["goal-types"] = n }, flags = {}, strengths = { "…" } }`
function M.evaluate(answer, ctx)
  local found, a = read_types(answer, ctx)
  local flagged = red_flags.raised(answer, ctx)
  local scores = { ["goal-types"] = SCORE_BY_COUNT[math.min(#found, 4)] }
  signals.apply_caps(scores, flagged, CAPS)
  local strengths = {}
  if next(flagged) == nil then
    for _, f in ipairs(found) do
      strengths[#strengths + 1] = ("Your answer shows %s, about %s: “%s”."):format(
        f.type.name, f.about, signals.excerpt(a, f.match))
    end
  end
  return { scores = signals.scope(scores, ctx), flags = {}, strengths = strengths }
end

return M
