---@meta
-- Type annotations for simulate's scenario and plugin API, for the Lua language server (LuaLS).
-- Nothing here runs: `.luarc.json` points the language server at this folder so that a coach gets
-- completion and type checks in the editor. The API is described in docs/scenario-api.md.

---A stretch of an answer: 1-based inclusive byte offsets, so `answer:sub(span.from, span.to) == span.text`.
---@class simulate.Span
---@field from integer
---@field to integer
---@field text string

---A number found in text.
---@class simulate.Number: simulate.Span
---@field value number

---A time frame found in text ("in my first month", "within a year", "in the long term").
---@class simulate.TimeFrame: simulate.Span
---@field days integer? approximate length in days; nil for "short term" / "long term"
---@field term "short"|"long"|nil

---The host's Unicode-aware text helpers (written in Swift, charged to the instruction budget).
---@class simulate.Text
text = {}

---@param s string
---@return string
function text.lower(s) end

---The words: letters and digits, keeping inner apostrophes and hyphens, and "3.5", "1,000".
---@param s string
---@return string[]
function text.words(s) end

---@param s string
---@return string[]
function text.sentences(s) end

---Every case-insensitive, whole-word occurrence of `phrase`.
---@param s string
---@param phrase string
---@return simulate.Span[]
function text.find(s, phrase) end

---The earliest occurrence of any of the phrases.
---@param s string
---@param phrases string[]
---@return simulate.Span?
function text.find_any(s, phrases) end

---@param s string
---@param phrase string
---@return integer
function text.count(s, phrase) end

---@param s string
---@return simulate.Number[]
function text.numbers(s) end

---@param s string
---@return simulate.Number[]
function text.percentages(s) end

---@param s string
---@return simulate.TimeFrame[]
function text.timeframes(s) end

---A red flag raised on an answer.
---@class simulate.Flag
---@field id string stable id, e.g. "cliche-answer"
---@field evidence simulate.Span|string the answer's own words that raised it
---@field advice string what to do instead

---What an `evaluate` hook returns.
---@class simulate.Evaluation
---@field scores table<string, number>? criterion -> 0..100
---@field flags simulate.Flag[]?
---@field strengths string[]?

---A merged evaluation, as `when` and `next` receive it.
---@class simulate.MergedEvaluation
---@field scores table<string, integer>
---@field flags { id: string, evidence: string, advice: string, from: integer, to: integer }[]
---@field strengths string[]
---@field score integer? the mean of the criteria

---@class simulate.Company
---@field name string
---@field known_for string?
---@field values string[]?
---@field growth_paths string[]?

---What hooks know about where an answer stands.
---@class simulate.Context
---@field scenario { id: string, title: string, role: string, company: simulate.Company }
---@field question { id: string, text: string, parent: string? }
---@field turns { question_id: string, answer: string?, evaluation: simulate.MergedEvaluation? }[]
---@field seed integer

---@alias simulate.EvaluateHook fun(answer: string, ctx: simulate.Context): simulate.Evaluation?

---When a follow-up is asked: all the given conditions must hold.
---@class simulate.Rules
---@field contains string[]? any of these phrases appears
---@field missing string[]? none of these phrases appears
---@field flag string? this red flag was raised
---@field flags string[]? any of these red flags was raised
---@field score_below number? the answer's score is below this

---@class simulate.Question
---@field id string unique, lower-case letters, digits and dashes
---@field text string
---@field example string? a strong answer
---@field why string? why the example works
---@field advice table<string, string>? advice per red flag id, for this question
---@field evaluate simulate.EvaluateHook?
---@field followups simulate.Followup[]?
---@field next string|fun(answer: string, evaluation: simulate.MergedEvaluation, ctx: simulate.Context): string?

---@class simulate.Followup: simulate.Question
---@field when simulate.Rules|fun(answer: string, evaluation: simulate.MergedEvaluation, ctx: simulate.Context): boolean

---@class simulate.Pool
---@field pool string the pool's name
---@field pick integer? how many to draw with the session's seed (default 1)
---@field questions simulate.Question[]

---The session as the `feedback` hook sees it.
---@class simulate.Session
---@field scenario string
---@field score integer
---@field criteria table<string, integer>
---@field flags { id: string, question_id: string, evidence: string, advice: string }[]
---@field strengths string[]
---@field reason string
---@field turns { question_id: string, question: string, answer: string?, score: integer?, flags: table[], strengths: string[] }[]

---What a scenario file returns.
---@class simulate.Scenario
---@field id string
---@field title string
---@field role string
---@field description string?
---@field company simulate.Company
---@field plugins string[]? plugins whose evaluate runs on every answer
---@field max_followup_depth integer? 0..5, default 2
---@field questions (simulate.Question|simulate.Pool)[]
---@field feedback fun(session: simulate.Session): { summary: string?, advice: string[]? }?
---@field tests simulate.TestCase[]? test cases, when not in a NAME.test.lua beside the scenario

---What a plugin module returns.
---@class simulate.Plugin
---@field id string?
---@field flags string[]? the red flag ids it can raise (for `simulate test` coverage)
---@field evaluate simulate.EvaluateHook

---A case of a NAME.test.lua file.
---@class simulate.TestCase
---@field name string?
---@field seed integer?
---@field answers string[]
---@field expect { asked: string[]?, asked_includes: string[]?, not_asked: string[]?, flags: string[]?, not_flags: string[]?, no_flags: boolean?, score: { min: number?, max: number? }? }?
