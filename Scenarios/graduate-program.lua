--- Scenario: a recent graduate joining the graduate programme of Greenhaven Energy, a
--- company with a mentorship programme — the setting of the domain guide's Example 3
--- (career-goals-interview-guide.txt, "Example 3 – long-term career goal").
---
--- The interview opens with "Where do you see yourself in five years?", answered in the
--- example by the guide's Example 3 and its "Why this answer works", and asks five more
--- of the guide's fifteen "Frequently asked job interview questions about career goals"
--- (six in all), some drawn from pools with the session's seed, worded for a graduate.
---
--- The guide is gentle with graduates: "If you're a graduate applying for a job, it's
--- natural that you do not have fully planned out your career and future yet." So the
--- questions' advice for `unrealistic-or-unclear-goals` does not scold a graduate for an
--- open future; it asks for one first step and one direction, and keeps over-the-top
--- goals in check. Follow-ups probe where a real interviewer would: a red flag raised,
--- the mentorship programme the candidate mentions, no first-year goal, a field of study,
--- a vague plan, an answer about what the company gives rather than what the graduate
--- brings ("Keep your answers focused on yourself and what you can do for the company").

--- Words that show a goal for the first year or two on the programme.
local coaching = require("coaching")
local SHORT_TERM_WORDS = {
  "short term", "short-term", "first year", "first six months", "first months", "first two years",
  "first rotation", "rotations", "this year", "next year", "within a year", "by the end of the programme",
  "on the programme", "during the programme", "in the programme", "to start",
}

--- Words that show what the candidate would bring, rather than what they would get.
local CONTRIBUTION_WORDS = {
  "bring", "contribute", "add value", "help the team", "help my team", "help colleagues", "support the team",
  "offer", "give back", "for the company", "for the team", "useful to",
}

--- Words that show a way of reaching a goal, for when no plugin scores the action plan.
local PLAN_WORDS = {
  "step", "steps", "course", "certification", "certificate", "training", "mentor", "mentoring", "shadow",
  "rotation", "rotations", "by taking", "by asking", "first year", "plan to", "i will", "i'd start",
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

--- The guide's leniency for graduates, as advice for unclear or over-the-top goals.
local GRADUATE_UNCLEAR = "As a graduate, nobody expects you to have planned your whole career, so an open future is fine. Give the interviewer something to hold on to: one thing you want to learn on the programme in your first year, and one direction you would like to grow in (an area of expertise, mentoring others, leading a small team one day). Keep it challenging but achievable: a big title in a year or two suggests you don't yet know the work."

--- The criteria the plugins score, in plain words: praise when high, a tip when low.
local CRITERIA = {
  { id = "alignment", worked = "you tied your goals to the graduate programme and to Greenhaven Energy",
    tip = "Tie your goals to the graduate programme and to Greenhaven: what you want to learn in its rotations, and where you would like to grow inside the company." },
  { id = "short-and-long-term", worked = "you told your first-year goals apart from where you want to be in five years",
    tip = "Separate a goal for your first year on the programme from a direction for the next five years." },
  { id = "specific", worked = "your goals were specific",
    tip = "Make at least one goal specific: the skill, the team or the kind of work you are aiming for." },
  { id = "measurable", worked = "you made your goals measurable",
    tip = "Give one goal a time frame (\"by the end of my first rotation\") so you can tell when you have reached it." },
  { id = "realistic", worked = "your goals were challenging but realistic",
    tip = "Keep goals challenging but achievable for a graduate: an expert in your area and a small team in five years, not a director in two." },
  { id = "action-plan", worked = "you explained how you would reach your goals",
    tip = "Say how you will reach your goals: the rotations, the mentorship programme, a course, feedback you will ask for." },
  { id = "contribution", worked = "you said what you would bring to the company",
    tip = "Say what you bring as well as what you hope to learn: fresh skills from university, analysis the team can use, energy for the work." },
  { id = "goal-types", worked = "you named different kinds of goals",
    tip = "Mix the kinds of goals the guide names: results you want to produce, education, and personal development such as communication." },
  { id = "delivery", worked = "your answers were to the point",
    tip = "Keep answers to the point: a few clear sentences, without filler or hedging." },
}

return {
  id = "graduate-program",
  title = "Graduate programme: career goals interview",
  role = "graduate analyst on the graduate programme",
  company = {
    name = "Greenhaven Energy",
    known_for = "a two-year graduate programme of rotations through its teams, and a mentorship programme that pairs every graduate with an experienced mentor",
    values = {
      "Learn by doing",
      "Share what you know",
      "Grow our people",
      "Build a sustainable energy system",
    },
    growth_paths = {
      "analyst",
      "senior analyst",
      "specialist in an area of the business",
      "team lead",
      "mentor in the mentorship programme",
    },
  },
  description = "An interview for the graduate programme at Greenhaven Energy, a renewable energy company with a mentorship programme. As a recent graduate you are not expected to have planned your whole career; the interviewer wants to hear what you hope to learn, where you would like to grow, how you will get there, and what you will bring.",
  plugins = { "red_flags", "goal_types", "goal_setting", "answer_structure", "delivery" },
  max_followup_depth = 2,

  questions = {
    -- 1. The opening question, answered by the guide's Example 3.
    {
      id = "five-years",
      text = "Let's start with the future. Where do you see yourself in five years?",
      example = "One of the reasons I want to work for this company is because I find the opportunities that you offer to develop myself exciting. The mentorship program within the company sounds very attractive to me in order to progress my career and knowledge-levels. In five years, I want to be an expert in my field and add value to the company by leading my own team in some capacity. Also, I want to become a person that others can go to, to discuss ideas and strategies. Furthermore, I would like to develop myself as a professional that can help and mentor co-workers and be a part of the mentorship program myself.",
      why = "The answer demonstrates that you did your research and that you’re aware of the training and development opportunities within the company. After, you answer the question about where you will see yourself in five years by explaining what the training will bring you in the long-term. The answer is relevant to the position, realistic in nature, and also shows that you aim to add more value to the company. It shows commitment to the company and team for the long-term.",
      advice = {
        ["misaligned-goals"] = "Your five years seemed to lead away from Greenhaven. A graduate programme is an investment in you, so show that you would like to grow here: an area of the business you want to know well, and a role you could grow into inside the company.",
        ["lack-of-aspiration"] = "You don't need a full career plan as a graduate, but show that you want to develop: what excites you about the programme, and one thing you would like to be good at in five years.",
        ["cliche-answer"] = "\"Successful and happy in a good job\" could be anyone's answer. Name what you would like to be an expert in, and how the programme and its mentors would get you there.",
        ["unrealistic-or-unclear-goals"] = GRADUATE_UNCLEAR,
      },
      followups = {
        {
          id = "five-years-fit",
          when = { flag = "misaligned-goals" },
          text = "How does starting on our graduate programme fit into that?",
          example = "It's where I'd like my career to start and grow. The rotations would show me how an energy company works from trading to operations, and by the end of the two years I'd like to settle in the markets team as an analyst. In five years I'd like to be the person in that team others ask about demand data, and to mentor a graduate myself.",
          why = "It shows that the programme is part of the candidate's own path, not a detour, and names where that path leads inside the company.",
          advice = {
            ["misaligned-goals"] = "A graduate programme is a two-year investment in you. Show how it fits your direction and where you would like to grow at Greenhaven afterwards.",
            ["unrealistic-or-unclear-goals"] = GRADUATE_UNCLEAR,
          },
        },
        {
          id = "five-years-start",
          when = { flag = "lack-of-aspiration" },
          text = "That's fine, most graduates haven't planned their whole career. Let's start smaller: what would you like to have learned by the end of your first year here?",
          example = "By the end of my first year I'd like to have done two rotations, one in energy trading and one in operations, and to know which one I want to grow in. I'd also like to be confident presenting my analysis to a team, which I'd practise with my mentor every month.",
          why = "It gives a graduate-sized goal: concrete and measurable for the first year, with a plan to reach it, while leaving the long term open as the guide allows.",
          advice = {
            ["lack-of-aspiration"] = "One goal for your first year is enough: something you want to learn, and how you will know you have.",
            ["unrealistic-or-unclear-goals"] = GRADUATE_UNCLEAR,
          },
        },
        {
          id = "five-years-realistic",
          when = { flag = "unrealistic-or-unclear-goals" },
          text = "Let's bring that closer. What would be a challenging but achievable first step in your first year or two?",
          example = "In my first year I'd like to finish two rotations and own one piece of analysis that a team uses each week, such as the demand forecast report. In my second year I'd like to become the graduate others ask about that data. That would set me up to become an analyst, and later a specialist, here.",
          why = "It replaces a vague or over-the-top goal with a first step that is challenging but achievable for a graduate, and measurable.",
          advice = {
            ["unrealistic-or-unclear-goals"] = GRADUATE_UNCLEAR,
            ["lack-of-aspiration"] = "A realistic step should still stretch you: name something you would own or deliver.",
          },
        },
        {
          id = "five-years-concrete",
          when = { flag = "cliche-answer" },
          text = "What would that look like for you concretely, here at Greenhaven?",
          example = "Concretely, I'd like to become an expert in energy demand data. In my first year I'd learn how the markets team uses forecasts and take the company's data analysis course. In five years I'd like to lead the forecasting work on a small team and mentor new graduates, the way a mentor would help me now.",
          why = "It backs up a general answer with a specific area of expertise, steps and a time frame, which shows the candidate is speaking for themselves.",
          advice = {
            ["cliche-answer"] = "Replace the general phrases with something only you would say: the area you want to grow in, and one step towards it.",
            ["unrealistic-or-unclear-goals"] = GRADUATE_UNCLEAR,
          },
        },
        {
          id = "five-years-mentorship",
          when = { contains = { "mentor", "mentors", "mentorship", "mentoring", "mentee" } },
          text = "You mentioned the mentorship programme. What would you hope to learn from a mentor, and what would you bring to it?",
          example = "I'd hope to learn how experienced analysts decide what matters in a large data set, and how they explain it to people who aren't analysts. I'd bring questions from each rotation, and my thesis work on demand forecasting, which I'd be glad to share. In my first year I'd meet my mentor every month with a question from my rotation, and in a few years I'd like to give that back by mentoring a graduate myself.",
          why = "It shows the candidate knows what the mentorship programme is for, has a learning goal for it, and sees it as give and take, which is the contribution the guide asks for.",
          advice = {
            ["cliche-answer"] = "Say what you would like to learn from a mentor, specifically, rather than that mentoring is valuable.",
            ["lack-of-aspiration"] = "A mentor helps most when you bring goals: name one thing you want to learn.",
          },
        },
        {
          id = "five-years-first-year",
          when = { missing = SHORT_TERM_WORDS },
          text = "And in the shorter term, during the programme?",
          example = "During the programme I'd like to learn as much of the business as I can through the rotations, and by the end of my first year know which area I want to specialise in. I'd meet my mentor every month and take the data analysis course in my first six months.",
          why = "It adds the short-term goal the first answer left out, and makes it measurable with the programme's own milestones.",
          advice = {
            ["lack-of-aspiration"] = "Name one thing you want to learn or achieve in your first year.",
            ["unrealistic-or-unclear-goals"] = GRADUATE_UNCLEAR,
          },
        },
      },
    },

    -- 2. Motivation: one of two.
    {
      pool = "motivation",
      pick = 1,
      questions = {
        {
          id = "why-company",
          text = "Why do you want to work at Greenhaven Energy?",
          example = "Because you combine two things I care about: renewable energy and learning on the job. Your graduate programme lets me see trading, operations and planning before I choose, and every graduate has a mentor. I wrote my thesis on energy demand, so I can help with forecasting from the start, and in five years I'd like to be a specialist in that area here.",
          why = "It shows research into the company and its programme, links it to what the graduate can already bring, and points to a future inside the company.",
          advice = {
            ["misaligned-goals"] = "Tie your reasons to Greenhaven's work and to growing here, not to what the first job does for a later career elsewhere.",
            ["cliche-answer"] = "\"A great company with great values\" fits any employer: name something about Greenhaven or its programme that draws you.",
          },
          followups = {
            {
              id = "why-company-research",
              when = { missing = { "Greenhaven", "renewable", "renewables", "energy", "graduate programme", "graduate program", "mentorship", "rotations" } },
              text = "What do you know about us and about our graduate programme?",
              example = "I know you build and run wind and solar parks, and that the graduate programme has four rotations over two years, each with a project of its own. I also read that every graduate has a mentor from another team. That's the way I'd like to start: in my first year I'd use the rotations to find my area, and then grow in it here.",
              why = "It shows the research the guide expects (\"you did your research\") and links it to the graduate's own plan.",
              advice = {
                ["cliche-answer"] = "Name one specific thing you know about the company or the programme, and why it matters to you.",
                ["lack-of-aspiration"] = "Show you looked into the company: it tells the interviewer you are choosing them, not any job.",
              },
            },
          },
        },
        {
          id = "what-motivates",
          text = "What motivates you?",
          example = "Finding the answer in messy data that helps someone make a better decision. In my thesis I turned three years of smart-meter readings into a forecast the local grid operator could use, and that felt great. Here I'd like to do the same for real decisions: in my first year on the programme, own one analysis a team relies on, and over time become the specialist people ask.",
          why = "It gives an honest motivation backed by an example from university, and turns it into a first-year goal and a long-term direction at the company.",
          advice = {
            ["cliche-answer"] = "\"Challenges\" motivate everyone: name a moment from university, a job or a project that motivated you, and what it makes you want to do next.",
            ["lack-of-aspiration"] = "If only the salary comes to mind, think of the part of your degree or a job you enjoyed most and where you would like it to lead.",
          },
          followups = {
            {
              id = "what-motivates-example",
              when = { missing = { "for example", "for instance", "in my thesis", "when i", "last year", "during my", "at university", "in my internship", "once" } },
              text = "Can you give me an example, from university, a job or a project, of a time that motivated you?",
              example = "During my internship at a water utility, I noticed the weekly usage report was two days late every week, so I wrote a small script that built it automatically. The team started using it the same month. It motivated me because it helped people I worked with. In my first rotation here I'd like to make that kind of difference again, and in the long term grow into an analyst who builds the tools a team relies on.",
              why = "It backs up the motivation with a real example and a result, which shows the candidate is telling their own story.",
              advice = {
                ["cliche-answer"] = "Tell one real moment: what happened, what you did, and what came of it.",
                ["lack-of-aspiration"] = "Pick a moment you are glad about, even a small one, and say what it made you want to do more of.",
              },
            },
          },
        },
      },
    },

    -- 3. Development: one of two.
    {
      pool = "development",
      pick = 1,
      questions = {
        {
          id = "learn-more",
          text = "What would you like to learn more about in your field?",
          example = "How energy markets work in practice. At university I learned forecasting methods, but not how traders and planners use a forecast to make decisions. In my first year I'd like to learn that in the trading rotation, take the company's energy markets course, and ask my mentor to review my analyses once a month.",
          why = "It names a specific gap between university and the job, and a plan with a time frame to close it, using what the company offers.",
          advice = {
            ["lack-of-aspiration"] = "As a graduate you have a lot to learn, which is fine: name one subject you would like to learn first.",
            ["cliche-answer"] = "\"Everything\" says nothing: pick one subject and say how you would learn it.",
            ["unrealistic-or-unclear-goals"] = GRADUATE_UNCLEAR,
          },
          followups = {
            {
              id = "learn-more-how",
              when = weak_plan,
              text = "How would you go about learning that here, and by when?",
              example = "First by asking to join the trading team for my first rotation, then by taking the energy markets course in my first six months, and by bringing one question a month to my mentor. By the end of my first year I'd like to build a forecast the team uses.",
              why = "It turns a wish to learn into steps with a time frame, using the rotations, a course and the mentorship programme.",
              advice = {
                ["unrealistic-or-unclear-goals"] = GRADUATE_UNCLEAR,
                ["lack-of-aspiration"] = "Name one step you would take in your first months.",
              },
            },
          },
        },
        {
          id = "education",
          text = "Are you planning to pursue additional education or training? If so, what do you have in mind?",
          example = "Not another degree right away: first I want to learn on the job. In my first year I'd take the company's data analysis course, and within two years I'd like to earn a certificate in energy risk management, which the markets team values. Both help my goal of becoming a specialist here.",
          why = "It shows a considered plan for further learning with time frames, tied to the job and to a goal inside the company.",
          advice = {
            ["misaligned-goals"] = "Further study is welcome as long as it serves this career: say how it would help you here, not prepare you for a different one.",
            ["unrealistic-or-unclear-goals"] = GRADUATE_UNCLEAR,
          },
          followups = {
            {
              id = "education-why",
              when = { contains = { "course", "certificate", "certification", "degree", "master's", "masters", "diploma", "training", "study", "phd" } },
              text = "Why that field in particular, and how would it contribute to your goals and to our work here?",
              example = "Because the markets team decides on prices with risks in mind, and I only know the data side so far. A certificate in energy risk management would help me become a specialist in forecasting within a few years, and it helps Greenhaven because my forecasts would come with the risk view the traders need.",
              why = "It answers the three things the guide says an interviewer probes about further study: why that field, how it serves the candidate's goals, and how it serves the company.",
              advice = {
                ["misaligned-goals"] = "Show how the study serves your path at this company, not a different career.",
                ["cliche-answer"] = "Say what the study teaches and where you would use it on the job.",
              },
            },
          },
        },
      },
    },

    -- 4. Reflection: one of two.
    {
      pool = "reflection",
      pick = 1,
      questions = {
        {
          id = "proud-accomplishment",
          text = "What accomplishment are you most proud of? Why?",
          example = "My thesis. I built a demand forecast from three years of smart-meter data, and it was about 15% more accurate than the method the local grid operator used, so they asked for a copy. I'm proud because I taught myself the methods along the way. Here I'd like to bring that persistence to my first rotation, and in the long term grow into a forecasting specialist.",
          why = "It tells a specific, measured result from university, says why it matters, and links it to the role and a long-term goal.",
          advice = {
            ["cliche-answer"] = "Tell one specific accomplishment from university, a job or a project: what you did and what came of it.",
            ["lack-of-aspiration"] = "A graduate's accomplishment can be small: choose one you achieved on purpose and say what it makes you want to do next.",
          },
          followups = {
            {
              id = "proud-role",
              when = { missing = { "here", "this role", "this programme", "the programme", "Greenhaven", "rotation", "your team", "your teams" } },
              text = "How would that experience help you on our programme?",
              example = "It taught me to work through a large, messy data set on my own and to explain the result to people outside university. On the programme I'd use that in my first rotation, for example on the demand reports, and keep building it towards becoming a specialist in forecasting here.",
              why = "It links the accomplishment to what the graduate would bring to the company, which the guide asks every answer to do.",
              advice = {
                ["misaligned-goals"] = "Link your accomplishment to this programme and company.",
                ["cliche-answer"] = "Name the skill the accomplishment shows and where you would use it here.",
              },
            },
          },
        },
        {
          id = "improved-past-year",
          text = "What have you done to improve yourself in the past year?",
          example = "I wanted to present my work better, so I joined the university debating society and presented my thesis at two student conferences. My feedback scores went from average to the top third. Next I want to present my analysis to a real team in my first rotation here, asking my mentor for feedback each month, and in the long term become an analyst whose reports the teams trust.",
          why = "It shows continuous development with an action and a measured result, and names the next goal in this role.",
          advice = {
            ["lack-of-aspiration"] = "Name one thing you did on purpose to get better this year, at university or outside it.",
            ["cliche-answer"] = "\"I always try to improve\" needs an example: what you did and what changed.",
          },
        },
      },
    },

    -- 5. What the graduate looks for, and how the position fits: one of two.
    {
      pool = "fit",
      pick = 1,
      questions = {
        {
          id = "next-job",
          text = "What are you looking for in your first position after graduating?",
          example = "A place where I can learn the business quickly and be useful early. Greenhaven's rotations would let me contribute analysis to a different team every six months while I find my area, and the mentorship programme gives me someone to learn from. In return I bring solid forecasting skills and the habit of finishing what I start.",
          why = "It describes what the graduate wants in terms the company offers, and balances it with what they bring, as the guide advises (\"what you can do for the company – not the other way around\").",
          advice = {
            ["misaligned-goals"] = "Describe a first position that this programme is, and a future in the company; a wish list that fits another kind of job tells the interviewer you may leave.",
            ["cliche-answer"] = "Name what you want to do and learn, not only \"a good culture and a challenge\".",
          },
          followups = {
            {
              id = "next-job-give",
              when = { missing = CONTRIBUTION_WORDS },
              text = "That's what you would get. What would you bring to the team in return?",
              example = "I'd bring forecasting and data skills from my thesis, which I could use on the teams' reports from my first rotation, and a fresh eye on how things are done. In my first year I'd aim to take one recurring analysis off a team's hands, and over time I'd like to mentor the graduates who come after me.",
              why = "It turns the answer around to what the graduate can do for the company, which the guide says interviewers want to hear.",
              advice = {
                ["cliche-answer"] = "Name a skill you actually have and where you would use it, rather than \"enthusiasm\" alone.",
                ["lack-of-aspiration"] = "Even as a graduate you bring something: a skill from university, a project, a way of working.",
              },
            },
          },
        },
        {
          id = "position-fit",
          text = "How does this position fit into your career goals?",
          example = "My goal is to become a specialist in energy data and, in a few years, to lead a small analysis team. The graduate programme fits because it gives me two years to learn the business through the rotations, with a mentor, before I specialise. In my first year I want to finish two rotations and own one analysis a team uses.",
          why = "It places the programme on the graduate's path, says what the first year adds, and where it leads inside the company.",
          advice = {
            ["misaligned-goals"] = "Say how this position moves you towards your goal rather than past it.",
            ["unrealistic-or-unclear-goals"] = GRADUATE_UNCLEAR,
          },
          followups = {
            {
              id = "position-fit-stay",
              when = { flag = "misaligned-goals" },
              text = "Where would you like the programme to lead you inside Greenhaven?",
              example = "Into the markets team as an analyst by the end of the two years, and later to a specialist role in forecasting. I'd like to stay and grow here: the company is growing its renewables, so there will be more of that work, and I'd like to mentor graduates myself one day.",
              why = "It answers the worry behind the question: it shows the graduate sees a future at the company after the programme.",
              advice = {
                ["misaligned-goals"] = "The company invests two years in its graduates; show that you would like to build on that here.",
                ["unrealistic-or-unclear-goals"] = GRADUATE_UNCLEAR,
              },
            },
          },
        },
      },
    },

    -- 6. Closing: how the candidate works towards goals.
    {
      id = "achieve-goals",
      text = "Finally, what do you do to achieve your goals? Tell me about one from university or work.",
      example = "I break a goal into steps with dates and check them every week. For my thesis I set a date for each chapter, met my supervisor every two weeks and finished a month early. Here I'd do the same: in my first year, a goal for each rotation, reviewed with my mentor every month, towards becoming an analyst by the end of the programme.",
      why = "It shows the graduate's way of working towards goals with a real example, and applies it to the programme.",
      advice = {
        ["cliche-answer"] = "\"I work hard\" is not a method: describe how you set, plan and check a goal, with an example.",
        ["lack-of-aspiration"] = "Choose one goal you set yourself, at university or work, and how you reached it.",
        ["unrealistic-or-unclear-goals"] = GRADUATE_UNCLEAR,
      },
      followups = {
        {
          id = "achieve-goals-example",
          when = weak_plan,
          text = "Can you walk me through that goal step by step?",
          example = "The goal was to finish my thesis by June. Step one was a plan with a date for each chapter. Step two was a meeting with my supervisor every two weeks to check it. Step three was keeping the last month free for corrections, which is why I finished in May. In my first year here I'd plan each rotation the same way, with goals I review with my mentor every month, as a first step towards my long-term goal of becoming an analyst in the markets team.",
          why = "It backs up the method with concrete steps and dates, which shows the graduate can plan.",
          advice = {
            ["unrealistic-or-unclear-goals"] = "Give the steps dates so the goal can be tracked.",
            ["cliche-answer"] = "Walk through real steps you took, not a general method.",
          },
        },
      },
    },
  },

  -- Overall feedback: what worked, the red flags with their advice, the weakest criteria's tips.
  feedback = coaching.feedback {
    criteria = CRITERIA,
    clean = "No red flags: your goals came across as aligned with the programme, aspirational, concrete and realistic.",
    keep = "Keep preparing the same way: what you want to learn on the programme, where you would like to grow at the company, and what you bring.",
    also = function(counts)
      if counts["unrealistic-or-unclear-goals"] or counts["lack-of-aspiration"] then
        return "Remember: as a graduate you are not expected to have your whole career planned. One goal for your first year and one direction for the next five are enough."
      end
    end,
  },
}
