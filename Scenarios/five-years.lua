--- Scenario: a short drill on "Where do you see yourself in five years?" for an
--- operations analyst at Brookline Logistics. From the domain guide
--- (career-goals-interview-guide.txt): the opening question is one of the guide's three
--- "Other ways the interviewer can ask you the same questions" ("What are your short and
--- long term career goals?", "Where do you see yourself in five years?", "What are your
--- future plans if you get this position?"), drawn with the session's seed. The three
--- questions after it follow the guide's "How to answer job interview questions about
--- career goals": outline how you plan on reaching your goals, make the short term
--- concrete and measurable ("How to set career goals"), and show how your goals align
--- with what the company needs and how you add value.
---
--- Follow-ups probe as the guide's "well-seasoned interviewer" would: a red flag raised,
--- a plan without a first step, a first year without a way to measure it, an answer
--- about what the company gives rather than what the candidate brings.

--- Words that show a way of reaching a goal, for when no plugin scores the action plan.
local coaching = require("coaching")
local PLAN_WORDS = {
  "step", "steps", "course", "certification", "certificate", "green belt", "training", "mentor", "shadow",
  "first year", "first six months", "first three months", "plan to", "i will", "i'd start",
}

--- Words that show how a goal would be measured.
local MEASURE_WORDS = {
  "measure", "measured", "target", "targets", "score", "rate", "percent", "per cent", "review", "reviews",
  "dashboard", "on-time", "errors", "kpi", "kpis",
}

--- Words that show what the candidate would bring, rather than what they would get.
local CONTRIBUTION_WORDS = {
  "bring", "contribute", "add value", "save", "saves", "saving", "reduce", "cut", "improve", "help the team",
  "help the company", "for the company", "for brookline", "for the customers", "for customers",
}

--- Whether the answer's plan is weak: the plugins' action-plan score when there is
--- one, else no word of a plan at all.
---@param answer string
---@param evaluation table the merged evaluation
---@return boolean
local function weak_plan(answer, evaluation)
  local plan = evaluation.scores["action-plan"]
  if plan ~= nil then return plan < 50 end
  return text.find_any(answer, PLAN_WORDS) == nil
end

--- Whether a first-year answer has no way to measure it: no number, no measure word.
---@param answer string
---@return boolean
local function unmeasured(answer)
  return #text.numbers(answer) == 0 and #text.percentages(answer) == 0 and text.find_any(answer, MEASURE_WORDS) == nil
end

--- Advice shared by the variants of the opening question.
local OPENING_ADVICE = {
  ["misaligned-goals"] = "Your five years pointed away from this role or company. The interviewer wants to know whether you would stay: show how operations analysis at Brookline is part of your path, and where you would like to grow here (senior analyst, process improvement, leading a team).",
  ["lack-of-aspiration"] = "Interviewers look for people who want to keep developing. Start with a short-term goal for this role and a long-term one, and let them hear that you look forward to both.",
  ["cliche-answer"] = "A recited answer invites follow-up questions you can't back up. Say what you would work on here, by when, and what it would change: on-time deliveries, picking errors, a skill you will build.",
  ["unrealistic-or-unclear-goals"] = "Five years is long enough for a real step, not for the top. Keep the goal challenging but achievable (senior analyst, leading a small team) and give it steps and a time frame.",
}

--- Follow-ups shared by the variants of the opening question; ids are prefixed with the
--- variant's id so that each stays unique.
---@param prefix string the variant's id
---@return table followups
local function opening_followups(prefix)
  return {
    {
      id = prefix .. "-fit",
      when = { flag = "misaligned-goals" },
      text = "How does a role as operations analyst here fit into that?",
      example = "It's where my five years start. Analysing Brookline's warehouse and transport data teaches me how a logistics network really runs, which is what I need to lead process improvement later. In my first year I'd build the on-time delivery dashboard; in three years I'd like to be a senior analyst, and in five to lead a small improvement team here.",
      why = "It shows that the role is part of the candidate's path, not a detour, and names the steps and where they lead inside the company.",
      advice = {
        ["misaligned-goals"] = "The interviewer is checking whether you would stay. Say what this role adds to your path and the next step you see at Brookline.",
        ["cliche-answer"] = "Name what in the role fits: the data, the problems, the skills you would build.",
      },
    },
    {
      id = prefix .. "-concrete",
      when = { flags = { "lack-of-aspiration", "cliche-answer" } },
      text = "Let's make it concrete. Which goal matters most to you here, and how would you know you had reached it?",
      example = "Reducing picking errors. In my first year I'd like to analyse where errors happen in our two largest warehouses and help cut them by 10%, which I'd track on a weekly dashboard. It matters to me because fewer errors means our customers get the right order on time, and it's the kind of improvement I want to lead one day as a process improvement specialist.",
      why = "It replaces a missing or general goal with one specific, measurable goal that helps the company, which is what a seasoned interviewer probes for.",
      advice = {
        ["lack-of-aspiration"] = "Even one goal is enough: something you want to achieve in this role, and why you look forward to it.",
        ["cliche-answer"] = "Pick one goal only you would name, with a number or a date you could check.",
      },
    },
    {
      id = prefix .. "-realistic",
      when = { flag = "unrealistic-or-unclear-goals" },
      text = "What would a realistic but challenging version of that look like?",
      example = "In my first year I'd learn our warehouse system and build the weekly on-time delivery report. By my third year I'd like to be a senior analyst running improvement projects, and in five years I'd like to lead a small process improvement team. Each step builds on the one before it.",
      why = "It keeps the ambition but gives it steps a person could really take in the time, which shows an understanding of the industry and of one's abilities.",
      advice = {
        ["unrealistic-or-unclear-goals"] = "Give each step a time frame you could really meet, and make it concrete enough to act on.",
        ["lack-of-aspiration"] = "Realistic does not mean small: keep a goal that stretches you.",
      },
    },
  }
end

--- The criteria the plugins score, in plain words: praise when high, a tip when low.
local CRITERIA = {
  { id = "alignment", worked = "you tied your five years to this role and to Brookline",
    tip = "Tie your five years to this role and company: what you analyse now, and the role you grow into here." },
  { id = "short-and-long-term", worked = "you told your short-term goals apart from your long-term ones",
    tip = "Start by separating a short-term goal (your first year) from a long-term one (five years)." },
  { id = "specific", worked = "your goals were specific",
    tip = "Make each goal specific: which process, which skill, which role." },
  { id = "measurable", worked = "you made your goals measurable",
    tip = "Give your goals a number or a date: \"cut picking errors by 10% in my first year\"." },
  { id = "realistic", worked = "your goals were challenging but realistic",
    tip = "Keep goals challenging but achievable: a senior analyst in three years, leading a small team in five." },
  { id = "action-plan", worked = "you explained how you would get there",
    tip = "Outline the steps: what you learn first, the projects you take on, the training you complete." },
  { id = "contribution", worked = "you said what your goals would bring to the company",
    tip = "Say what your goals bring to the company: fewer errors, faster deliveries, lower costs." },
  { id = "goal-types", worked = "you named different kinds of goals",
    tip = "Mix the kinds of goals the guide names: productivity, efficiency, education and personal development." },
  { id = "delivery", worked = "your answers were to the point",
    tip = "Keep answers to the point: a few clear sentences, without filler or hedging." },
}

return {
  id = "five-years",
  title = "Where do you see yourself in five years? A short drill",
  role = "operations analyst",
  company = {
    name = "Brookline Logistics",
    known_for = "on-time delivery and a culture of continuous improvement in its warehouses and transport network",
    values = {
      "Deliver on time",
      "Improve a little every day",
      "Decide with data",
      "Grow our people",
    },
    growth_paths = {
      "senior operations analyst",
      "process improvement specialist",
      "operations team lead",
      "operations manager",
    },
  },
  description = "A short drill on the five-year question and its variants, for an operations analyst at Brookline Logistics. Four questions: where you see yourself, how you will get there, what your first year would look like, and how it fits the company.",
  plugins = { "red_flags", "goal_types", "goal_setting", "answer_structure", "delivery" },
  max_followup_depth = 2,

  questions = {
    -- 1. The question itself, in one of the guide's three wordings.
    {
      pool = "variant",
      pick = 1,
      questions = {
        {
          id = "five-years",
          text = "Where do you see yourself in five years?",
          example = "In five years I'd like to lead a small process improvement team at Brookline, working on how our warehouses and routes can deliver on time at a lower cost. In the short term I want to learn our systems and data, and in my first year build a weekly on-time delivery dashboard and earn a Lean Six Sigma Green Belt. After that I'd take on improvement projects as a senior analyst.",
          why = "It answers the five-year question with a goal inside the company, and gets there from a short-term goal for this role, with the steps in between and what they bring to the company.",
          advice = OPENING_ADVICE,
          followups = opening_followups("five-years"),
        },
        {
          id = "short-long",
          text = "What are your short and long term career goals?",
          example = "In the short term, I want to become a reliable operations analyst: in my first year learn our warehouse and transport data, build the weekly on-time delivery dashboard and earn a Lean Six Sigma Green Belt. In the long term, I want to lead process improvement, first as a senior analyst running projects, and within five years leading a small improvement team at Brookline.",
          why = "It separates the short-term goal from the long-term one, as the guide advises, and gives each a time frame and a place in the company.",
          advice = OPENING_ADVICE,
          followups = opening_followups("short-long"),
        },
        {
          id = "future-plans",
          text = "What are your future plans if you get this position?",
          example = "My first plan is to learn how Brookline's warehouses and routes run, and within six months deliver a weekly on-time delivery dashboard the managers use. In my first year I'd also earn a Lean Six Sigma Green Belt. Then I'd like to run improvement projects as a senior analyst, and in about five years lead a small process improvement team here.",
          why = "It treats \"if you get this position\" as the start of a plan: a first deliverable with a date, training, then the longer-term role inside the company.",
          advice = OPENING_ADVICE,
          followups = opening_followups("future-plans"),
        },
      },
    },

    -- 2. How: the guide's "outline how you plan on reaching your goals".
    {
      id = "get-there",
      text = "How will you get there? Walk me through the steps.",
      example = "First, in my first three months, I'd learn the warehouse system and shadow the shift managers. By the end of my first year I'd have built the on-time delivery dashboard and earned my Green Belt. In my second and third year I'd run two or three improvement projects as a senior analyst, and then ask to lead a small team.",
      why = "It outlines the plan in logical, concise steps, each with a time frame, as the guide asks.",
      advice = {
        ["unrealistic-or-unclear-goals"] = "Give the steps an order and a believable time frame each; leaps from analyst to manager in months sound over the top.",
        ["lack-of-aspiration"] = "Show you will act on your goals: what you will learn, do and ask for.",
        ["cliche-answer"] = "\"Hard work and dedication\" are not steps: name what you will actually do.",
      },
      followups = {
        {
          id = "get-there-first",
          when = weak_plan,
          text = "What is the very first step, and when would you take it?",
          example = "In my first month I'd shadow the shift managers in our largest warehouse to see where orders get delayed. By the end of my third month I'd share a first report on it with my manager and agree which problem to tackle first. That is the start of the improvement work this role is for, and of my path to senior analyst.",
          why = "It gives the plan a concrete first step with a date, which makes the rest of it believable.",
          advice = {
            ["unrealistic-or-unclear-goals"] = "Name one thing you would do and by when.",
            ["lack-of-aspiration"] = "A first step can be small; what matters is that you would take it.",
          },
        },
      },
    },

    -- 3. The short term, concrete and measurable.
    {
      id = "first-year",
      text = "What would your first year here look like?",
      example = "In my first three months in this role I'd learn our systems and data. By six months I'd deliver a weekly on-time delivery dashboard that helps the warehouse managers. By the end of the year I'd like to have helped cut picking errors in one warehouse by about 10% and to have earned my Green Belt. I'd review progress with my manager every month.",
      why = "It makes the short term specific and measurable: milestones with dates and a number, checked every month.",
      advice = {
        ["unrealistic-or-unclear-goals"] = "Keep the first year challenging but achievable: learning the systems comes first, and a 50% improvement in a month is a red flag.",
        ["lack-of-aspiration"] = "Name what you would deliver in your first year, not only what you would learn.",
        ["cliche-answer"] = "Replace \"hit the ground running\" with what you would actually do, by when.",
      },
      followups = {
        {
          id = "first-year-measure",
          when = unmeasured,
          text = "How would you know, at the end of that year, that it went well?",
          example = "By three checks: the dashboard is used by the warehouse managers every week, picking errors in the warehouse I worked on are down by about 10%, and I've passed my Green Belt. I'd agree those targets with my manager in my first month. Meeting them would help our customers and set me up for my next step, a senior analyst role.",
          why = "It makes the first year measurable, with targets agreed up front, as the guide's \"Measurable goals\" asks.",
          advice = {
            ["unrealistic-or-unclear-goals"] = "Give your first year a number or a target you could check.",
            ["cliche-answer"] = "Say what you would measure, not that you would \"exceed expectations\".",
          },
        },
      },
    },

    -- 4. The fit: how the goals align with the company and add value.
    {
      id = "fit",
      text = "How does that plan fit Brookline Logistics, and what would it bring to us?",
      example = "Brookline is known for on-time delivery and continuous improvement, and that's exactly the work I want to grow in. In this role my plan brings the company fewer picking errors and faster deliveries for customers in my first year, and later improvement projects that lower costs across the network. I'd like to build those five years here, growing from analyst to leading a small improvement team.",
      why = "It shows how the candidate's goals align with the company's and what they add, and commits to building the five years there.",
      advice = {
        ["misaligned-goals"] = "Show the overlap between your plan and what Brookline needs; goals that point elsewhere tell the interviewer you may not stay.",
        ["cliche-answer"] = "\"I'd be a great asset\" needs backing: name what your plan would improve for the company.",
      },
      followups = {
        {
          id = "fit-stay",
          when = { flag = "misaligned-goals" },
          text = "What would make you want to build those five years with us?",
          example = "Room to grow with the work. If I can build the dashboard in my first year, run improvement projects after that, and see a path to leading a team, I'd want to stay. Brookline's focus on improvement is the kind of place where that path exists.",
          why = "It names what would keep the candidate in terms the company offers, which shows commitment for the long term.",
          advice = {
            ["misaligned-goals"] = "The interviewer is checking whether you would stay. Name what would keep you, in terms of the work and growth here.",
            ["cliche-answer"] = "Be specific about what would keep you: the work, the growth, the people.",
          },
        },
        {
          id = "fit-contribution",
          when = { missing = CONTRIBUTION_WORDS },
          text = "And what would the company gain from your plan?",
          example = "Faster, more reliable deliveries for our customers. In my first year in this role the dashboard would show managers where orders are delayed, and cutting picking errors by about 10% would save rework in the warehouse. Later, as a senior analyst, the improvement projects I'd run would lower costs across the network.",
          why = "It turns the answer to what the candidate can do for the company, as the guide advises: \"not the other way around\".",
          advice = {
            ["cliche-answer"] = "Name a result the company would see, with a number if you can.",
            ["lack-of-aspiration"] = "Show you want to make a difference, not only to have a job.",
          },
        },
      },
    },
  },

  -- Overall feedback: what worked, the red flags with their advice, the weakest criteria's tips.
  feedback = coaching.feedback {
    criteria = CRITERIA,
    clean = "No red flags: your five years came across as aligned, aspirational, concrete and realistic.",
    keep = "Keep preparing the same way: where you start, where you want to be in five years, the steps in between, and what they bring to the company.",
  },
}
