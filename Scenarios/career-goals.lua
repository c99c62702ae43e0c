--- Scenario: a general deep-dive on career goals at Calder & Lowe, for the position the
--- candidate is applying for. From the domain guide (career-goals-interview-guide.txt):
--- it opens with "What are your short and long term career goals?" (one of the guide's
--- "Other ways the interviewer can ask you the same questions"), then draws six of the
--- guide's fifteen "Frequently asked job interview questions about career goals" with
--- the session's seed, so that every one of the fifteen can be asked (seven questions in
--- all).
---
--- The follow-ups probe as the guide's "well-seasoned interviewer" would: "they will ask
--- you specific and in-depth follow-up questions to assess if you're openly discussing
--- your goals and not saying what he or she wants to hear from you". They ask for an
--- example when an answer stays general, a first step when a plan is missing, a number
--- when a result is claimed, what the candidate brings when they only say what they
--- want; and, for further study, the guide's own three: "why you're interested in that
--- particular field of study, how it will contribute to your career goals and how they
--- align with the interests of the company/job position".
---
--- The role is generic, so the example answers are those of one sample candidate, a
--- supply planner with four years' experience; as the guide says, "always make sure
--- that you tailor your answers to your own situation".

--- Words that show a short-term goal.
local coaching = require("coaching")
local SHORT_TERM_WORDS = {
  "short term", "short-term", "first year", "first six months", "first three months", "first months",
  "this year", "next year", "within a year", "in the next year", "in the coming year", "over the next year",
  "immediate", "to start with", "first step",
}

--- Words that show a long-term goal.
local LONG_TERM_WORDS = {
  "long term", "long-term", "longer term", "eventually", "five years", "ten years", "in the future",
  "one day", "later on", "down the line", "ultimately", "in a few years", "over the next few years",
  "team lead", "team leader", "lead a team", "manage a team", "my own team", "manager", "specialist", "mentor",
}

--- Words that name the company or what it is known for.
local COMPANY_WORDS = {
  "Calder", "Calder & Lowe", "appliances", "appliance", "learning budget", "mentoring programme",
  "mentoring program", "internal moves", "your company", "your products", "your teams",
}

--- Words that show what the candidate would bring, rather than what they would get.
local CONTRIBUTION_WORDS = {
  "bring", "contribute", "add value", "help the team", "help the company", "help my team", "for the company",
  "for the team", "save", "reduce", "cut", "improve", "useful to", "offer you",
}

--- Words that show the candidate gave an example from their own experience.
local EXAMPLE_WORDS = {
  "for example", "for instance", "when i", "last year", "last month", "in my last", "at my last",
  "in my current", "at my current", "once", "recently",
}

--- Words that show what was learned from a missed goal.
local LESSON_WORDS = { "learned", "learnt", "lesson", "changed", "differently", "now i", "since then" }

--- Words that show a way of reaching a goal, for when no plugin scores the action plan.
local PLAN_WORDS = {
  "step", "steps", "course", "certification", "certificate", "training", "mentor", "mentoring", "shadow",
  "by taking", "by asking", "first year", "first six months", "plan to", "i will", "i'd start",
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

--- Whether the answer claims a result without a number or anything measured.
---@param answer string
---@return boolean
local function unmeasured(answer)
  return #text.numbers(answer) == 0 and #text.percentages(answer) == 0
    and text.find_any(answer, { "measured", "score", "rate", "result", "results", "went up", "went down", "fell", "rose" }) == nil
end

--- Advice for the follow-ups that ask for a plan.
local PLAN_ADVICE = {
  ["unrealistic-or-unclear-goals"] = "Give your plan concrete steps with a believable time frame for each, in a logical order.",
  ["lack-of-aspiration"] = "Show that you will act on your goals: the training you will take, the work you will ask for, the feedback you will seek.",
  ["cliche-answer"] = "\"Hard work and dedication\" are not steps: name what you will actually do, and when.",
}

--- Advice for the follow-ups that ask for an example.
local EXAMPLE_ADVICE = {
  ["cliche-answer"] = "A seasoned interviewer asks for examples to check you are not reciting: tell one real moment, what you did and what came of it.",
  ["lack-of-aspiration"] = "Choose a moment you are glad about, even a small one, and say what it made you want to do more of.",
}

--- Advice for the follow-ups that check whether the candidate would stay.
local STAY_ADVICE = {
  ["misaligned-goals"] = "The interviewer is checking whether you would stay, because replacing you means hiring all over again. Show how this position is part of your path and where you could grow inside Calder & Lowe.",
  ["cliche-answer"] = "Saying the position is a great opportunity is not enough: name what you would learn and the next step you see in the company.",
}

--- The criteria the plugins score, in plain words: praise when high, a tip when low.
local CRITERIA = {
  { id = "alignment", worked = "you tied your goals to the position and to Calder & Lowe",
    tip = "Tie each goal to the position and to Calder & Lowe: what you do in this role now, and where you can grow in the company." },
  { id = "short-and-long-term", worked = "you told your short-term goals apart from your long-term ones",
    tip = "Start by separating short-term goals from long-term ones: they need a different approach and strategy." },
  { id = "specific", worked = "your goals were specific",
    tip = "Make each goal specific: the skill, the result, the role you are aiming for." },
  { id = "measurable", worked = "you made your goals measurable",
    tip = "Give your goals a time frame or a number: \"complete a certification within one year\"." },
  { id = "realistic", worked = "your goals were challenging but realistic",
    tip = "Keep goals challenging but achievable; an over-the-top goal suggests you don't know the industry or your abilities." },
  { id = "action-plan", worked = "you explained how you would reach your goals",
    tip = "Give every goal an action plan: the steps, the training, the people who can help." },
  { id = "contribution", worked = "you said what you would bring to the company",
    tip = "Keep your answers about what you can do for the company, not the other way around." },
  { id = "goal-types", worked = "you named different kinds of goals",
    tip = "Mix the kinds of goals the guide names: productivity, efficiency, education and personal development." },
  { id = "delivery", worked = "your answers were to the point",
    tip = "Keep answers to the point: a few clear sentences, without filler or hedging." },
}

return {
  id = "career-goals",
  title = "Career goals deep-dive: the fifteen frequent questions",
  role = "the position you're applying for",
  company = {
    name = "Calder & Lowe",
    known_for = "long-lasting kitchen appliances, and investing in its people: a yearly learning budget, internal moves between departments and a mentoring programme",
    values = {
      "Build things that last",
      "Keep learning",
      "Take ownership",
      "Work across teams",
    },
    growth_paths = {
      "senior specialist",
      "team lead",
      "manager",
      "mentor in the mentoring programme",
      "a move to another department",
    },
  },
  description = "A deep-dive on your career goals at Calder & Lowe, a maker of kitchen appliances that invests in its people. Answer for the position you are applying for. After your short- and long-term goals, the interviewer picks six of the fifteen questions most often asked about career goals, and follows up the way an experienced interviewer does: asking for examples, steps, numbers and what you bring. The example answers are those of one candidate, a supply planner; tailor yours to your own situation.",
  plugins = { "red_flags", "goal_types", "goal_setting", "answer_structure", "delivery" },
  max_followup_depth = 2,

  questions = {
    -- The opening question: short- and long-term goals told apart.
    {
      id = "goals",
      text = "Let's start with the big picture. What are your short and long term career goals?",
      example = "In the short term I want to get very good at demand and supply planning for a manufacturer: in my first year here I'd like to improve forecast accuracy on my product lines by about five points and earn my CPIM certification. In the long term I want to lead a planning team, and Calder & Lowe's mentoring programme and internal moves make that a realistic path over the next five years.",
      why = "It separates a short-term goal from a long-term one, as the guide advises, makes the short term measurable, ties both to the company's own paths, and says what the candidate will deliver.",
      advice = {
        ["misaligned-goals"] = "Your goals pointed away from this position. The interviewer wants to know whether you would stay: show how the position is part of your path and where you could grow at Calder & Lowe.",
        ["lack-of-aspiration"] = "Interviewers look for people who keep developing whatever their level. Name a short-term goal for this position and a long-term one, and let them hear that you look forward to both.",
        ["cliche-answer"] = "A recited answer invites in-depth follow-up questions. Give an original, to-the-point answer: a goal, a time frame, the skills you will build and how it helps the company.",
        ["unrealistic-or-unclear-goals"] = "Set goals that are challenging but achievable, and specific enough to act on: a time frame, a number, a role you could grow into in the next few years.",
      },
      followups = {
        {
          id = "goals-fit",
          when = { flag = "misaligned-goals" },
          text = "How does this position fit into those goals?",
          example = "It's the step my goals need. In this position I'd plan production for a manufacturer with many product lines, which is the experience a planning lead needs. In my first year I'd improve forecast accuracy on my lines and earn my CPIM; in four to five years I'd like to lead a planning team here.",
          why = "It shows that the position is part of the candidate's path rather than a detour, and that the path continues inside the company.",
          advice = STAY_ADVICE,
        },
        {
          id = "goals-aspiration",
          when = { flag = "lack-of-aspiration" },
          text = "Let's make it concrete. A year from now, what would you like to have learned or achieved?",
          example = "A year from now I'd like to know our product lines and suppliers well enough to plan them without surprises, to have raised forecast accuracy on my lines by a few points, and to have passed the first part of my CPIM. That would set me up for a senior planner role after that.",
          why = "It turns a missing goal into a short-term one that can be checked in a year, and links it to a longer-term step.",
          advice = {
            ["lack-of-aspiration"] = "Even a modest goal is better than none: one thing you want to learn and one thing you want to achieve in your first year.",
            ["unrealistic-or-unclear-goals"] = "Say what you would achieve and by when, so the goal can be checked.",
          },
        },
        {
          id = "goals-realistic",
          when = { flag = "unrealistic-or-unclear-goals" },
          text = "What would a realistic but challenging version of that look like, and how would you measure it?",
          example = "In my first three months I'd learn our products, suppliers and planning system. By the end of the first year I'd like to raise forecast accuracy on my lines by about five points and cut stock-outs, measured in the monthly planning review. Leading a team is a goal for four or five years from now.",
          why = "It keeps the ambition but makes it achievable and measurable, which shows an understanding of the industry and of one's abilities.",
          advice = {
            ["unrealistic-or-unclear-goals"] = "An over-the-top target suggests you don't know the industry or your abilities yet. Set a goal you could really reach, and say how you would measure it.",
            ["lack-of-aspiration"] = "A realistic goal still has to stretch you: name what you want to reach by the end of the year.",
          },
        },
        {
          id = "goals-concrete",
          when = { flag = "cliche-answer" },
          text = "Many candidates say that. What does it mean for you, concretely, in this position?",
          example = "Concretely: within my first year I want to cut stock-outs on my product lines by about a fifth, by reviewing the forecast with sales every month instead of every quarter. That's the kind of result I want to be known for, and it's a step towards leading a planning team in a few years.",
          why = "It backs up the first answer with one original, measurable goal and a plan, which is what the seasoned interviewer is checking for.",
          advice = {
            ["cliche-answer"] = "The interviewer is checking whether you are saying what they want to hear. Replace the general phrases with one goal of your own: what, by when, and how.",
            ["unrealistic-or-unclear-goals"] = "Give the goal a number and a time frame you could really reach.",
          },
        },
        {
          id = "goals-short-term",
          when = { missing = SHORT_TERM_WORDS },
          text = "And in the short term? What would you like to achieve in your first year?",
          example = "In my first year I'd like to learn our products and suppliers, take over the planning of two product lines, and raise their forecast accuracy by a few points. I'd also earn the first part of my CPIM certification, which prepares me for the longer-term goal of leading a team.",
          why = "It adds the short-term goal the first answer left out; the guide asks to tell short-term and long-term goals apart because they need a different approach.",
          advice = {
            ["lack-of-aspiration"] = "Name one thing you want to achieve or learn in your first year.",
            ["unrealistic-or-unclear-goals"] = "Give the first year a target you could really check.",
          },
        },
        {
          id = "goals-long-term",
          when = { missing = LONG_TERM_WORDS },
          text = "And further ahead: where would you like to be in five years?",
          example = "In five years I'd like to lead a planning team at Calder & Lowe. To get there I'd first become the planner people trust with the complex product lines, earn my CPIM, and take part in the mentoring programme, first as a mentee and later as a mentor.",
          why = "It adds the long-term goal, keeps it inside the company, and names the steps in between.",
          advice = {
            ["lack-of-aspiration"] = "You don't need every step planned, but name a direction for the longer term, ideally one the company offers.",
            ["unrealistic-or-unclear-goals"] = "Five years is long enough for a real step, not for the top: leading a team or becoming a senior specialist is ambitious and believable.",
          },
        },
        {
          id = "goals-how",
          when = weak_plan,
          text = "How do you plan to get there?",
          example = "Step by step. In my first year I'd master our planning system and two product lines and pass my CPIM. In my second year I'd take on the most complex lines and join the mentoring programme. By my third or fourth year I'd ask to lead small improvement projects, so that I'm ready to lead a team.",
          why = "It outlines how the candidate will reach the goals in logical, concise steps, as the guide asks.",
          advice = PLAN_ADVICE,
        },
      },
    },

    -- The guide's fifteen frequent questions: six drawn with the session's seed.
    {
      pool = "frequent",
      pick = 6,
      questions = {
        -- 1.
        {
          id = "learn-more",
          text = "What would you like to learn more about in your field of expertise?",
          example = "Supplier collaboration. I'm good at the numbers, but many planning problems start with suppliers, and I want to learn how to plan together with them. In my first year I'd like to take a course in supplier relationship management and join the monthly supplier reviews, so that within two years I can run them for my product lines.",
          why = "It names a specific area to learn, says honestly why, and gives a plan with time frames that serves the role.",
          advice = {
            ["lack-of-aspiration"] = "The right candidates want to develop whatever their level: name one thing in your field you want to learn next.",
            ["cliche-answer"] = "\"Everything I can\" says nothing: pick one subject and say how you will learn it.",
          },
          followups = {
            {
              id = "learn-more-how",
              when = weak_plan,
              text = "How will you learn it, and by when?",
              example = "I'd start by sitting in on the supplier reviews in my first three months, then take a supplier management course within my first year, and ask a senior buyer to mentor me. By the end of the year I'd like to run the review for one product line myself.",
              why = "It gives the wish to learn an action plan with dates, using what the company offers.",
              advice = PLAN_ADVICE,
            },
          },
        },
        -- 2.
        {
          id = "education",
          text = "Are you planning to pursue additional education or training? If so, what do you have in mind?",
          example = "Yes. Within the next year I want to complete the CPIM certification in production and inventory management, studying two evenings a week. It deepens exactly the skills this position uses, and it prepares me for leading a planning team at Calder & Lowe later on. I'd use part of the learning budget for the exam.",
          why = "It names specific training with a time frame and a plan, and shows it serves both the candidate's goals and the company.",
          advice = {
            ["misaligned-goals"] = "Further study is welcome, but the interviewer will ask how it aligns with the company: show how it serves this position, not a different career.",
            ["lack-of-aspiration"] = "Even if no course is planned, name a skill you want to build and how.",
            ["unrealistic-or-unclear-goals"] = "Name the course or certificate and when you plan to finish it.",
          },
          followups = {
            {
              id = "education-none",
              when = { flag = "lack-of-aspiration" },
              text = "Is there a skill you'd like to build through training over the next year?",
              example = "Yes: supplier negotiation. Much of planning depends on suppliers keeping their promises, and I'd like to take a negotiation course within the next year and practise it in the monthly supplier reviews. It would make my plans more reliable and help me towards a senior planner role.",
              why = "It turns \"no plans\" into a specific training goal with a time frame and a reason that serves the company.",
              advice = {
                ["lack-of-aspiration"] = "Training doesn't have to mean a degree: name one skill and one way to build it this year.",
                ["unrealistic-or-unclear-goals"] = "Give the training a time frame.",
              },
            },
            {
              id = "education-why",
              when = { contains = { "course", "certification", "certificate", "degree", "diploma", "master's", "masters", "mba", "training", "study", "studying", "cpim", "qualification" } },
              text = "Why are you interested in that particular field of study?",
              example = "Because planning is where I want to build my career, and CPIM is the standard for it: it covers the whole flow from demand to supply, while my experience so far is mostly on the demand side. It fills the gap I notice most in my current work, and it's the step towards my long-term goal of leading a planning team at Calder & Lowe. I'd plan to finish it within my first year here.",
              why = "It gives a genuine reason for the field of study, grounded in the candidate's own experience and goals.",
              advice = {
                ["misaligned-goals"] = "Explain the choice in terms of your career in this field, not a different one.",
                ["cliche-answer"] = "Say what the study teaches you that you don't know yet, not that learning is important.",
              },
              followups = {
                {
                  id = "education-contribute",
                  when = { missing = COMPANY_WORDS },
                  text = "How will it contribute to your career goals, and how does it align with the interests of Calder & Lowe and this position?",
                  example = "It contributes to my goal of leading a planning team within five years, because a team lead has to see the whole supply chain. For Calder & Lowe it means better plans from my first year: fewer stock-outs of appliances and less money tied up in stock. I'd share what I learn with the other planners too.",
                  why = "It completes the guide's three questions about further study: the field, the candidate's goals, and the company's interests.",
                  advice = {
                    ["misaligned-goals"] = "Show how the study helps the company as well as your career, as the guide advises.",
                    ["cliche-answer"] = "Name the result the company would see from your study.",
                  },
                },
              },
            },
          },
        },
        -- 3.
        {
          id = "future-goals",
          text = "What are your future career goals, and how do you plan to achieve them?",
          example = "My goal is to lead a planning team within five years. My plan has three steps: in my first year, master planning for my product lines here and pass my CPIM; in my second and third year, take on the most complex lines and lead small improvement projects; then apply for a team lead role, with the mentoring programme's help along the way.",
          why = "It states the goal and outlines a concise, logical plan to reach it inside the company, as the guide asks.",
          advice = {
            ["unrealistic-or-unclear-goals"] = "Make the goal specific and give the plan believable steps and time frames.",
            ["misaligned-goals"] = "Keep your future goals connected to this position and company.",
            ["lack-of-aspiration"] = "Name a goal you have set, and what you will do to reach it.",
          },
          followups = {
            {
              id = "future-goals-first-step",
              when = weak_plan,
              text = "What is the first concrete step, and when will you take it?",
              example = "The first step is to book the first CPIM exam for the spring and study two evenings a week before it. In my first three months here I'd also ask my manager which product lines I can take over by the end of the year.",
              why = "It gives the plan a concrete first step with a date, which makes the rest of the plan believable.",
              advice = PLAN_ADVICE,
            },
          },
        },
        -- 4.
        {
          id = "why-company",
          text = "Why do you want to work at Calder & Lowe?",
          example = "Because you make appliances that are built to last, which needs careful planning of parts for years after launch, and that's the planning I want to do. I also like that you invest in people: the learning budget, the mentoring programme and internal moves. In my first year I'd bring better forecasts for my lines, and I'd like to grow into a planning lead here.",
          why = "It shows research into the company, links the company's values to the candidate's work and goals, and says what the candidate brings.",
          advice = {
            ["misaligned-goals"] = "Tie your reasons to how Calder & Lowe works and to your path here, not to what the job does for you elsewhere.",
            ["cliche-answer"] = "\"A great company with great values\" fits any employer: name something about Calder & Lowe that draws you.",
          },
          followups = {
            {
              id = "why-company-research",
              when = { missing = COMPANY_WORDS },
              text = "What do you know about us, and which of our values matters most to you?",
              example = "I know you make kitchen appliances meant to last for decades and keep spare parts available for years, and that you give every employee a learning budget. \"Build things that last\" matters most to me, because it's exactly what a planner protects. In my first year I'd help keep parts available on my lines.",
              why = "It shows the research the guide expects and links one of the company's values to the candidate's own work.",
              advice = {
                ["cliche-answer"] = "Name one specific thing you know about the company and why it matters to you.",
                ["lack-of-aspiration"] = "Looking into the company shows you are choosing it, not any job.",
              },
            },
          },
        },
        -- 5.
        {
          id = "what-motivates",
          text = "What motivates you?",
          example = "Solving a planning puzzle so that nobody notices there was one. For example, last year a key supplier closed for a month, and I re-planned our production so that no customer order was late. Here I'd like to do that for your appliance lines: in my first year keep my lines free of stock-outs, and over time lead a team that does the same.",
          why = "It gives an honest, specific motivation backed by an example, and turns it into goals for the role.",
          advice = {
            ["cliche-answer"] = "\"Challenges and success\" motivate everyone: name the moment in your work that motivates you, and show it with an example.",
            ["lack-of-aspiration"] = "If only the salary comes to mind, think of the part of your work you enjoy most and where you want it to take you.",
          },
          followups = {
            {
              id = "what-motivates-example",
              when = { missing = EXAMPLE_WORDS },
              text = "Can you give me an example of a time that motivated you at work?",
              example = "Last spring a supplier's factory closed for three weeks. I found a second supplier for the key part, re-planned two production lines and kept every customer order on time. Doing that kind of work for Calder & Lowe's appliance lines is what I want from my first year here, and in the long term I'd like to lead a team that plans that way.",
              why = "It backs up the motivation with a real example, which shows the candidate is telling their own story.",
              advice = EXAMPLE_ADVICE,
            },
          },
        },
        -- 6.
        {
          id = "proud-accomplishment",
          text = "What accomplishment are you most proud of? Why?",
          example = "Cutting stock-outs on our busiest product lines by a third in one year, in my current job. I set up a monthly forecast review with sales and a weekly check of supplier lead times. I'm proud of it because it changed how two departments work together. Here I'd bring that habit to my product lines in my first year, and grow into a planning lead in the long term.",
          why = "It tells a specific, measured result, explains why it matters, and links it to the position and a long-term goal.",
          advice = {
            ["cliche-answer"] = "Tell one specific accomplishment: what you did and what came of it, with a number if you have one.",
            ["lack-of-aspiration"] = "Choose something you achieved on purpose and say what it makes you want to do next.",
          },
          followups = {
            {
              id = "proud-role",
              when = { missing = { "here", "this position", "this role", "Calder", "your company", "your teams" } },
              text = "How would that experience help you in this position?",
              example = "It taught me to get sales and suppliers around one plan. In this position I'd use it from my first months, setting up the same monthly review for my product lines, and it's the base for leading a planning team at Calder & Lowe in a few years.",
              why = "It links the accomplishment to what the candidate would do for the company, which the guide asks every answer to do.",
              advice = {
                ["misaligned-goals"] = "Link your accomplishment to this position and company.",
                ["cliche-answer"] = "Name the skill the accomplishment shows and where you would use it here.",
              },
            },
          },
        },
        -- 7.
        {
          id = "position-fit",
          text = "How does this position fit into your career goals?",
          example = "My goal is to lead a planning team. This position fits because it gives me planning for many product lines at a manufacturer, with a mentoring programme and a path to team lead. In my first year I want to improve forecast accuracy on my lines and pass my CPIM; in four to five years I'd like to lead a team here.",
          why = "It places the position on the candidate's path, with a goal for the first year and a long-term goal inside the company.",
          advice = {
            ["misaligned-goals"] = "Say how this position moves you towards your goal rather than past it.",
            ["cliche-answer"] = "Name what in the position fits your goals: the work, the skills, the path.",
          },
          followups = {
            {
              id = "position-fit-stay",
              when = { flag = "misaligned-goals" },
              text = "Where would you like that path to take you inside Calder & Lowe?",
              example = "From planner to senior planner within two or three years, and then to leading a planning team. I'd like to take those steps here, using the mentoring programme and the learning budget, because the company's long-lasting products need planning I want to be good at.",
              why = "It answers the worry behind the question: the candidate sees a future inside the company.",
              advice = STAY_ADVICE,
            },
          },
        },
        -- 8.
        {
          id = "career-path",
          text = "What career path interests you most in this company?",
          example = "The path from planner to planning team lead. I'd start by planning my product lines well, aim for a senior planner role within two to three years, and prepare for leading a team through the mentoring programme and a leadership course paid from the learning budget.",
          why = "It names a path the company offers, with steps, a time frame and a way to prepare.",
          advice = {
            ["misaligned-goals"] = "Choose a path inside this company; a path that leads out of it tells the interviewer you may not stay.",
            ["unrealistic-or-unclear-goals"] = "Give the path believable steps and time frames.",
          },
          followups = {
            {
              id = "career-path-first-year",
              when = function(answer) return #text.timeframes(answer) == 0 end,
              text = "What would you need to learn in your first year to move along that path?",
              example = "In my first year I'd need to learn our products, suppliers and planning system, and pass my CPIM. I'd also ask to lead one small improvement project before the end of the year, to start building the leadership side.",
              why = "It turns the path into first-year goals with a time frame, which makes it measurable.",
              advice = PLAN_ADVICE,
            },
          },
        },
        -- 9.
        {
          id = "right-time",
          text = "Why is this job the right one at this time in your career?",
          example = "I've spent four years planning for a distributor, and I've learned the demand side well. Now I want the supply side too: planning production and parts at a manufacturer. This job gives me that, and over the next few years it prepares me for leading a planning team here. I can bring my forecasting experience from the first month.",
          why = "It explains the timing with the candidate's experience so far, shows the job is the logical next step, and says what they bring.",
          advice = {
            ["misaligned-goals"] = "Explain why this job is the next step on your path, not a stop on the way somewhere else.",
            ["lack-of-aspiration"] = "Say what you have done so far and what you want to build next.",
          },
          followups = {
            {
              id = "right-time-why-now",
              when = { missing = { "year", "years", "months", "now", "recently", "so far" } },
              text = "What has happened in your career so far that makes now the right moment?",
              example = "In four years I've gone from planning assistant to planning the demand for our largest customers, and last year I finished my first supply-chain course. I've reached the limit of what a distributor can teach me, so now is the time to learn production planning, here.",
              why = "It backs up \"the right time\" with facts from the candidate's career, which shows they are speaking openly.",
              advice = EXAMPLE_ADVICE,
            },
          },
        },
        -- 10.
        {
          id = "next-job",
          text = "What are you looking for in your next job position?",
          example = "Production planning at a manufacturer, where I can own the plan for a set of product lines and see the results. I'm looking for a place to grow for several years, and Calder & Lowe's mentoring programme gives me that. In return I bring four years of forecasting experience, and in my first year I'd aim to cut stock-outs on my lines.",
          why = "It says what the candidate is looking for in terms the company offers, and balances it with what they bring, as the guide advises.",
          advice = {
            ["misaligned-goals"] = "Describe a next job that this position is, and a future in this company.",
            ["cliche-answer"] = "Name what you want to do and learn, not only \"a good culture and a challenge\".",
          },
          followups = {
            {
              id = "next-job-give",
              when = { missing = CONTRIBUTION_WORDS },
              text = "That's what you're looking for. What would you bring to us in return?",
              example = "Four years of forecasting experience and a habit of getting sales and suppliers around one plan. In my first year I'd use it to cut stock-outs on my product lines by about a fifth, and over time I'd help newer planners as a mentor.",
              why = "It turns the answer to what the candidate can do for the company: \"not the other way around\".",
              advice = {
                ["cliche-answer"] = "Name a skill you actually have and a result you would aim for.",
                ["lack-of-aspiration"] = "Show you want to make a difference in the role, not only to have a job.",
              },
            },
          },
        },
        -- 11.
        {
          id = "goals-aligned",
          text = "Do you think this position aligns with your professional goals? In which way?",
          example = "Yes, in two ways. My short-term goal is to get very good at production planning, which is exactly the work of this position. My long-term goal is to lead a planning team, and Calder & Lowe grows its leads from within, with a mentoring programme. In my first year I'd aim to raise forecast accuracy on my lines and pass my CPIM.",
          why = "It answers \"in which way\" directly: the short-term goal matches the position, the long-term goal matches how the company grows its people.",
          advice = {
            ["misaligned-goals"] = "Show the overlap between your goals and this position; if part of your goals lies elsewhere, say how this role still moves you forward.",
            ["cliche-answer"] = "A plain \"yes, definitely\" does not answer \"in which way\": name the goal and the part of the position that serves it.",
          },
          followups = {
            {
              id = "goals-aligned-gap",
              when = { flag = "misaligned-goals" },
              text = "Where do your goals and this position not align, and how would you handle that?",
              example = "The position is mostly planning, and in the long term I also want to lead people. I'd handle that by asking to lead small improvement projects in my second year and by joining the mentoring programme, so that I grow towards a team lead role here rather than looking elsewhere.",
              why = "It answers openly about the gap, then shows how the candidate would close it inside the company, which is what the interviewer is testing.",
              advice = STAY_ADVICE,
            },
          },
        },
        -- 12.
        {
          id = "improved-past-year",
          text = "What have you done to improve yourself in the past year?",
          example = "I finished an online course in inventory management and used it at work: I re-set the safety stock for our fifty busiest items, and stock-outs on them fell from twelve to four a month. Next I want to build on it here with the CPIM certification in my first year.",
          why = "It shows continuous development with a concrete action and a measured result, and names the next goal in this position.",
          advice = {
            ["lack-of-aspiration"] = "Name one thing you did on purpose to get better, even a small one, and what came of it.",
            ["cliche-answer"] = "\"I always try to improve\" needs an example: what you learned, how, and what changed.",
          },
          followups = {
            {
              id = "improved-result",
              when = unmeasured,
              text = "What changed as a result? How could you tell?",
              example = "Stock-outs on the items I re-planned fell from twelve a month to four within three months, and our sales team stopped escalating late orders to me every week. I'd track the same numbers for my lines here from my first month, and use them in the long term to show I'm ready to lead a planning team.",
              why = "It backs up the claim with a measured result, which shows the candidate is not just saying what the interviewer wants to hear.",
              advice = {
                ["cliche-answer"] = "Name what changed, with a number if you have one.",
                ["unrealistic-or-unclear-goals"] = "A result needs a measure: a number, a before and after.",
              },
            },
          },
        },
        -- 13.
        {
          id = "progressed-as-expected",
          text = "Have you progressed in your career as you have expected?",
          example = "Mostly, yes. Four years ago I planned to move from planning assistant to planner within two years, and I did it in eighteen months. I also expected to have my CPIM by now, and I'm halfway there. This position is the next step I planned, and in the long term I want to lead a planning team.",
          why = "It measures the career so far against earlier goals, honestly, and shows this position is the planned next step.",
          advice = {
            ["lack-of-aspiration"] = "Show that you had expectations and still set goals; for an experienced professional, \"I never really planned it\" is a red flag.",
            ["misaligned-goals"] = "Show that the next step you expect is this position, not a different direction.",
          },
          followups = {
            {
              id = "progressed-why",
              when = { contains = { "no", "not", "slower", "behind", "didn't", "haven't", "hasn't" } },
              text = "What held you back, and what are you doing about it?",
              example = "I stayed too long in a role where nobody planned the supply side, so I couldn't learn it on the job. Last year I started a supply-chain course, and I'm applying for this position because it gives me that side. In my first year I'd pass my CPIM and plan production for my own lines.",
              why = "It answers openly, takes ownership, and shows an action plan to get back on track, which is what the follow-up is checking.",
              advice = {
                ["lack-of-aspiration"] = "Show what you are doing about it now.",
                ["cliche-answer"] = "Name what held you back and one concrete step you have taken since.",
              },
            },
          },
        },
        -- 14.
        {
          id = "goal-not-reached",
          text = "Tell me about a career-related goal that you set and did not reach.",
          example = "Two years ago I set a goal to pass the full CPIM within a year, and I didn't reach it, because I hadn't planned study time around our busy season. I learned to plan goals around my workload: I split the exam into parts with dates and passed the first part last spring. I'd plan the rest the same way in my first year here, as a step towards leading a planning team at Calder & Lowe.",
          why = "It admits a real missed goal, explains why, and shows what the candidate learned and does differently now.",
          advice = {
            ["lack-of-aspiration"] = "A missed goal is fine to tell: it shows you set goals. Say what you learned and what you aim for now.",
            ["cliche-answer"] = "\"I never give up\" is not a lesson: name what you do differently since.",
          },
          followups = {
            {
              id = "goal-not-reached-lesson",
              when = { missing = LESSON_WORDS },
              text = "What did you learn from it, and what do you do differently now?",
              example = "I learned to plan a goal around the rest of my work. Now I split each goal into steps with dates, check them every month, and move them early if work gets busy. It's how I'd plan my first year here, for example my CPIM and taking over two product lines.",
              why = "It turns a failure into a habit the candidate uses now and would bring to this position.",
              advice = {
                ["cliche-answer"] = "Name a concrete habit you changed, not a general lesson.",
                ["lack-of-aspiration"] = "Show that you set new goals after the missed one.",
              },
            },
          },
        },
        -- 15.
        {
          id = "achieve-goals",
          text = "What do you do to achieve your professional goals?",
          example = "I write each goal down with a date and break it into steps. This year my goals are to pass the next part of my CPIM and to keep forecast accuracy on my lines above 80%; in the long term I want to lead a team. I check my progress every month with my manager, and adjust early when I fall behind.",
          why = "It describes a method with steps, dates and regular checks, backed by current goals.",
          advice = {
            ["cliche-answer"] = "\"I work hard\" is not a method: describe how you set, plan and check your goals.",
            ["lack-of-aspiration"] = "Show that you set goals and act on them, with one example.",
          },
          followups = {
            {
              id = "achieve-goals-example",
              when = weak_plan,
              text = "Walk me through a goal you're working on right now, step by step.",
              example = "Right now it's my CPIM. Step one was the first exam, passed last spring. Step two is studying two evenings a week for the second part. Step three is the exam in October, and I track it all in a plan I review every month. It prepares me for planning production here.",
              why = "It backs up the method with a real goal in progress, broken into steps with dates.",
              advice = {
                ["unrealistic-or-unclear-goals"] = "Give the steps dates so the goal can be tracked.",
                ["cliche-answer"] = "Walk through real steps you took, not a general method.",
              },
            },
          },
        },
      },
    },
  },

  -- Overall feedback: what worked, the red flags with their advice, the weakest criteria's tips.
  feedback = coaching.feedback {
    criteria = CRITERIA,
    clean = "No red flags: your goals came across as aligned, aspirational, concrete and realistic.",
    keep = "Keep preparing the same way, and think ahead to the follow-up questions your answers invite: be ready with an example, a first step and a number for each goal.",
  },
}
