--- flag_model: a learned second opinion on the four red flags, for the wording the
--- rules in red_flags do not know yet.
---
--- red_flags reads an answer through lexical classes and rules a coach can follow;
--- they are precise, but every new idiom ("the wine trade", "three Michelin stars
--- inside a year") needs a new entry. This module weighs all the words of an answer
--- at once: a logistic model over its words and word pairs, fitted on the labelled
--- answers in Tests/SimulatorTests/Fixtures by `simulate calibrate --train`, which
--- writes the weights to flag_weights.lua. red_flags raises a flag the rules missed
--- when the model's probability for it reaches the threshold below.
---
--- The features (words, word pairs, negation, numbers, and what career_signals reads:
--- how concrete and how soon) come from flag_features, the same code for training
--- and scoring.

local features = require("flag_features").features
local model = require("flag_weights")
if type(model) ~= "table" or type(model.flags) ~= "table" or type(model.bias) ~= "table"
  or type(model.weights) ~= "table" or #model.bias ~= #model.flags then
  error("flag_weights.lua must return { flags = { … }, bias = { … }, weights = { … } } with a bias per flag; "
    .. "fit it again with simulate calibrate --train (docs/heuristics.md)", 0)
end

local M = {}

--- The probability at which a flag is raised (a coach may tune it: higher raises
--- fewer flags on good answers and misses more), by flag id.
M.thresholds = {
  ["misaligned-goals"] = 0.65,
  ["lack-of-aspiration"] = 0.5,
  ["cliche-answer"] = 0.5,
  ["unrealistic-or-unclear-goals"] = 0.6,
}

--- Words alone cannot weigh a claim's size against its time; the rules do. When they
--- read a dated, concrete goal and found nothing over the top in it ("the PRINCE2
--- Foundation course within my first year"), the model needs this much certainty to
--- call the answer unrealistic or unclear.
M.threshold_checked = 0.8

--- And when the rules weighed a claim against its time frame and found it within
--- their limits ("all of the menu in my first few weeks"), this much.
M.threshold_weighed = 0.95

--- And when the rules read a growth with both its ends or its share and its time ("around £2 million
--- today … £2.3 million by the end of my first year", "cut returns by 10% in my first year") and
--- found it within their limits, and nothing over the top: above 1, never. Words cannot weigh a
--- size; the rules did, precisely (the model read the £2.3 million at 0.996, as it reads £5 million).
M.threshold_precise = 1.01

--- And when the rules read a destination as the role's own line of work (a word of
--- the role, or a job further along its career ladder: "a registered nurse" for a
--- healthcare assistant, career_ladders), this much to call the answer misaligned:
--- the model reads words, not the role.
M.threshold_in_line = 0.99

--- The probability at which a flag is raised beside one the rules raised: a second
--- flag on the same answer needs at least this (as shipped, more than any flag's own
--- threshold: a second flag asks for more certainty; docs/heuristics.md, session 12).
M.threshold_beside = 0.65

--- Below this probability, the model overrules a flag the rules raised: the rules
--- matched a phrase, but nothing else in the answer reads like that flag (a coach
--- may set it to 0 to keep every rule's flag).
M.veto = 0.1

--- Below this probability, the model also overrules a rule's flag when it reads the
--- answer as another flag instead (at threshold_beside): "Growth. I just want to grow"
--- is an unclear goal more than a lack of aspiration.
M.veto_other = 0.3

--- Fewer features of the answer known to the weights than this, and the model has
--- no opinion (an answer in another language, or a word or two): it neither raises
--- nor drops a flag.
M.minimum_known = 3

--- The probability of each flag for a list of features; empty when too few are known.
local function probabilities(list)
  local sums, known = {}, 0
  for k, b in ipairs(model.bias) do sums[k] = b end
  for _, f in ipairs(list) do
    local w = model.weights[f]
    if w then
      known = known + 1
      for k = 1, #sums do sums[k] = sums[k] + w[k] end
    end
  end
  local out = {}
  if known < M.minimum_known then return out end
  for k, id in ipairs(model.flags) do out[id] = 1 / (1 + math.exp(-sums[k])) end
  return out
end

--- The probability of each red flag for an answer (an empty table when the model
--- has no opinion: see minimum_known).
---@param answer string
---@param a table|nil the answer's analysis (career_signals.analyze), when already read
---@return table<string, number> flag id -> probability between 0 and 1
function M.probabilities(answer, a)
  return probabilities(features(answer, a))
end

--- The flags whose probability reaches the threshold, each with its evidence: the
--- sentence whose words weigh most towards that flag.
---@param answer string
---@param p table|nil the answer's probabilities, when already known
---@return table[] `{ { id = "…", probability = p, evidence = { from = i, to = j } }, … }` in the model's flag order
function M.flags(answer, p)
  p = p or M.probabilities(answer)
  local out, sentences = {}, nil
  for k, id in ipairs(model.flags) do
    if p[id] and p[id] >= (M.thresholds[id] or 0.5) then
      sentences = sentences or M.sentences(answer)  -- read once, whatever the number of flags
      out[#out + 1] = { id = id, probability = p[id], evidence = M.strongest_sentence(answer, k, sentences) }
    end
  end
  return out
end

--- The sentences of an answer (a sentence ends at ".", "!" or "?" before a space),
--- each with its span and features.
---@param answer string
---@return table[] `{ { from = i, to = j, features = { … } }, … }`, blank sentences left out
function M.sentences(answer)
  local out, pos = {}, 1
  while pos <= #answer do
    local s, e = answer:find("[%.!?]+%s", pos)
    local stop = s and e - 1 or #answer
    local sentence = answer:sub(pos, stop)
    local lead, trail = #sentence:match("^%s*"), #sentence:match("%s*$")
    if lead < #sentence then
      out[#out + 1] = { from = pos + lead, to = stop - trail, features = features(sentence) }
    end
    pos = stop + 1
  end
  return out
end

--- The span of the sentence whose words weigh most towards the model's k-th flag (its
--- length does not count).
---@param answer string
---@param k integer
---@param sentences table[]|nil the answer's sentences (M.sentences), when already read
---@return table span `{ from = i, to = j }`, or the whole answer when it has no words
function M.strongest_sentence(answer, k, sentences)
  local best, best_span = nil, { from = 1, to = math.max(#answer, 1) }
  for _, sentence in ipairs(sentences or M.sentences(answer)) do
    local weight = 0
    for _, f in ipairs(sentence.features) do
      local w = model.weights[f]
      if w and w[k] > 0 and f:sub(1, 7) ~= "<words:" then weight = weight + w[k] end
    end
    if not best or weight > best then
      best, best_span = weight, { from = sentence.from, to = sentence.to }
    end
  end
  return best_span
end

return M
