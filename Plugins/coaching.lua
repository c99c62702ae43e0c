--- coaching: the overall feedback every scenario gives at the end of a session, as a library
--- (`require("coaching")`), so that each scenario only says what is its own: the tip for each
--- criterion, and its closing words.
---
--- It follows the guide's way of giving feedback on career-goal answers: say what worked ("why this
--- answer works"), name the red flags raised with their advice, and keep the advice actionable: the
--- few weakest criteria first, not a list of everything.

local M = {}

--- A criterion at or above this is named as something that worked.
local WORKED_FROM = 75
--- A criterion below this gets its tip.
local TIP_BELOW = 60
--- At most this many criterion tips, weakest first.
local MAX_TIPS = 3
--- The criterion each red flag's advice already speaks to: its tip would say the same thing
--- again ("Keep goals challenging but achievable" after the advice on an over-the-top goal).
local FLAG_CRITERIA = {
  ["unrealistic-or-unclear-goals"] = "realistic",
  ["misaligned-goals"] = "alignment",
  ["lack-of-aspiration"] = "short-and-long-term",
  ["cliche-answer"] = "specific",
}

---@class coaching.Criterion
---@field id string the criterion's name, as the plugins score it
---@field worked string what a high score means, said to the candidate
---@field tip string what to work on when it is low

---@class coaching.Options
---@field criteria coaching.Criterion[] in the order they are told
---@field clean string the summary's sentence when no red flag was raised
---@field keep string the advice when there is nothing to work on
---@field also (fun(counts: table<string, integer>): string?)? one more piece of advice, given the flags raised

--- Builds a scenario's `feedback(session)` hook.
---@param options coaching.Options
---@return fun(session: table): { summary: string, advice: string[] }
function M.feedback(options)
  return function(session)
    local answered = 0
    for _, turn in ipairs(session.turns) do
      if turn.score then answered = answered + 1 end
    end

    local covered = {}
    for _, flag in ipairs(session.flags) do
      if FLAG_CRITERIA[flag.id] then covered[FLAG_CRITERIA[flag.id]] = true end
    end
    local worked, tips = {}, {}
    for position, criterion in ipairs(options.criteria) do
      local value = session.criteria[criterion.id]
      if value and value >= WORKED_FROM then
        worked[#worked + 1] = criterion.worked
      elseif value and value < TIP_BELOW and not covered[criterion.id] then
        tips[#tips + 1] = { value = value, position = position, tip = criterion.tip }
      end
    end

    local parts = { string.format("Average score %d/100 over %d %s.", session.score, answered,
      answered == 1 and "answer" or "answers") }
    if #worked > 0 then
      parts[#parts + 1] = "What worked: " .. table.concat(worked, "; ") .. "."
    elseif #session.strengths > 0 then
      parts[#parts + 1] = "What worked: " .. session.strengths[1]
    end

    local counts, order, titles = {}, {}, {}
    for _, flag in ipairs(session.flags) do
      if not counts[flag.id] then order[#order + 1] = flag.id end
      counts[flag.id] = (counts[flag.id] or 0) + 1
      titles[flag.id] = titles[flag.id] or flag.title or flag.id
    end
    local advice, seen = {}, {}
    if #order > 0 then
      local names = {}
      for _, id in ipairs(order) do
        -- mid-sentence: "To work on: lack of aspiration (1)" (an initialism keeps its capitals: "CV gaps")
        local title = titles[id]
        if not title:match("^%u%u") then title = title:sub(1, 1):lower() .. title:sub(2) end
        names[#names + 1] = string.format("%s (%d)", title, counts[id])
      end
      parts[#parts + 1] = "To work on: " .. table.concat(names, ", ") .. "."
      for _, flag in ipairs(session.flags) do
        if not seen[flag.advice] then
          advice[#advice + 1] = flag.advice
          seen[flag.advice] = true
        end
      end
    elseif answered > 0 then
      parts[#parts + 1] = options.clean
    end
    local also = options.also and options.also(counts)
    if also then advice[#advice + 1] = also end

    -- the weakest criteria first, so the advice stays actionable
    table.sort(tips, function(x, y)
      if x.value ~= y.value then return x.value < y.value end
      return x.position < y.position
    end)
    for i = 1, math.min(MAX_TIPS, #tips) do advice[#advice + 1] = tips[i].tip end
    if #advice == 0 then advice[1] = options.keep end
    return { summary = table.concat(parts, " "), advice = advice }
  end
end

return M
