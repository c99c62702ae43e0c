--- Scenario: project coordinator at Tessera Group, a company whose projects cut across
--- departments — the setting of the domain guide's Example 2
--- (career-goals-interview-guide.txt, "Example 2 – short-term career goal": a role that
--- builds communication and project-management skills towards managing a team).
---
--- The interview opens with the short-term goals question, answered in the example by
--- the guide's Example 2 and its "Why this answer works", and asks six more of the
--- guide's fifteen "Frequently asked job interview questions about career goals" (seven
--- in all), some drawn from pools with the session's seed. Follow-ups probe where a real
--- interviewer would ("They will probably ask you more in-depth follow-up questions"):
--- a red flag raised, no long-term goal, a leadership ambition to make concrete, a vague
--- plan, a field of study, a missed goal without a lesson. Each question carries advice
--- for the red flags it most invites, drawn from the guide's "Red flags for the
--- interviewer when discussing career goals".

--- Words that show a long-term goal was given.
local coaching = require("coaching")
local LONG_TERM_WORDS = {
  "long term", "long-term", "longer term", "eventually", "five years", "ten years", "in the future",
  "one day", "later on", "down the line", "ultimately", "over the next years", "in a few years",
  "project manager", "programme manager", "program manager", "my own team", "lead a team", "leading a team",
  "manage a team", "managing a team", "team lead", "team leader",
}

--- Words that show the candidate wants to lead (the guide's "small leadership roles").
local LEADERSHIP_WORDS = {
  "leadership", "lead a team", "leading a team", "manage a team", "managing a team", "my own team",
  "team lead", "team leader", "managing people", "lead people",
}

--- Words that show a way of reaching a goal, for when no plugin scores the action plan.
local PLAN_WORDS = {
  "step", "steps", "course", "certification", "certificate", "training", "mentor", "mentoring", "shadow",
  "by working", "by taking", "by earning", "first year", "first six months", "plan to", "i will", "i'd start",
}

--- Whether the answer's plan to reach its goals is weak: the plugins' action-plan score
--- when there is one, else no word of a plan at all.
---@param answer string
---@param evaluation table the merged evaluation
---@return boolean
local function weak_plan(answer, evaluation)
  local plan = evaluation.scores["action-plan"]
  if plan ~= nil then return plan < 50 end
  return text.find_any(answer, PLAN_WORDS) == nil
end

--- Advice shared by the follow-ups that check whether the candidate would stay.
local STAY_ADVICE = {
  ["misaligned-goals"] = "The interviewer is checking whether you would stay, because replacing you means hiring all over again. Say what this role adds to your path (coordinating projects across departments, planning, communication) and the next step you see inside Tessera Group.",
  ["cliche-answer"] = "Saying the role is a great opportunity is not enough: name the projects, the departments and the skills that make it fit.",
}

--- A follow-up for a pooled question whose answer pointed away from the role.
---@param id string
---@param question string
---@return table followup
local function probe_fit(id, question)
  return {
    id = id,
    when = { flag = "misaligned-goals" },
    text = question,
    example = "From coordinator to project manager, and later to leading a small team in the project office. I'd like to take those steps here: a project-management certification in my first year, small workstreams in my second, and projects of my own to manage after that. Tessera's projects run across every department, so I'd learn more here than in a single team.",
    why = "It answers the worry behind the question: the role is a step on the candidate's path rather than a detour, and the path continues inside this company, with a time frame for each step.",
    advice = STAY_ADVICE,
  }
end

--- The criteria the plugins score, in plain words: praise when high, a tip when low.
local CRITERIA = {
  { id = "alignment", worked = "you tied your goals to this role and to Tessera Group",
    tip = "Tie each goal to this role and company: coordinating projects across departments now, managing projects and a team later." },
  { id = "short-and-long-term", worked = "you told your short-term goals apart from your long-term ones",
    tip = "Start by separating a short-term goal (the skills you build as a coordinator) from a long-term one (managing a team)." },
  { id = "specific", worked = "your goals were specific",
    tip = "Make each goal specific: which projects, which skills, which role you are aiming for." },
  { id = "measurable", worked = "you made your goals measurable",
    tip = "Make your goals measurable with a time frame or a number: \"two projects of my own within my first year\"." },
  { id = "realistic", worked = "your goals were challenging but realistic",
    tip = "Keep goals challenging but achievable: coordinators grow into project managers over a few years." },
  { id = "action-plan", worked = "you explained how you would reach your goals",
    tip = "Give each goal an action plan: the projects you will take on, a certification, small leadership roles, feedback you will ask for." },
  { id = "contribution", worked = "you said what you would bring to the company",
    tip = "Say what you bring: projects delivered on time, departments kept in step, clear communication." },
  { id = "goal-types", worked = "you named different kinds of goals",
    tip = "Mix the kinds of goals the guide names: productivity, efficiency, education and personal development (communication, leadership)." },
  { id = "delivery", worked = "your answers were to the point",
    tip = "Keep answers to the point: a few clear sentences, without filler or hedging." },
}

return {
  id = "project-coordinator",
  title = "Project coordinator: career goals interview",
  role = "project coordinator",
  company = {
    name = "Tessera Group",
    known_for = "projects that cut across departments: product launches and system roll-outs that bring engineering, operations, finance, sales and customer support together",
    values = {
      "Work across teams",
      "Communicate early and openly",
      "Deliver what we promise",
      "Grow leaders from within",
    },
    growth_paths = {
      "senior project coordinator",
      "project manager",
      "programme manager",
      "team lead in the project office",
    },
  },
  description = "An interview for a project coordinator at Tessera Group, where every project cuts across departments. The interviewer asks about your career goals: the communication and project-management skills you want to build, where they lead (managing a team one day), how you will get there, and how that fits this role and company.",
  plugins = { "red_flags", "goal_types", "goal_setting", "answer_structure", "delivery" },
  max_followup_depth = 2,

  questions = {
    -- 1. The opening question, answered by the guide's Example 2.
    {
      id = "goals",
      text = "Let's start with your plans. What are your short-term career goals, and where do you want them to lead?",
      example = "My short-term goals are fairly simple. I want to further develop and use my communication and project management skills in this job. I’m focused on gaining as much experience as I can over the next years to eventually grow into a position that will allow me to continue to use these skills while also managing my own team. I want to achieve these goals by working on different projects and on different teams. To be able to manage a team effectively, communication is key, and I look forward to taking on small leadership roles, eventually working my way up. This opportunity is the right one for me since it’s the next step in my career that allows me to continue to grow as a professional. Furthermore, one of my key motivators is the ability to work with different coworkers from different departments, so this is especially exciting about this opportunity for me.",
      why = "Besides including a short-term goal the answer also provides insights into your longer-term goal and how you can add value to the company. Furthermore, it’s a concise way of discussing why what the company is offering is the right fit for you at this moment.",
      advice = {
        ["misaligned-goals"] = "Your goals pointed away from this role. Show how coordinating projects across departments builds the communication and project-management skills you want, and where that leads inside Tessera Group (project manager, managing a team).",
        ["lack-of-aspiration"] = "Name a short-term goal for this job (the skills you want to build as a coordinator) and where you want it to lead (managing a team one day), and let the interviewer hear that you look forward to it.",
        ["cliche-answer"] = "Instead of general phrases, say which skills you want to build as a coordinator, on which kind of projects, and how you will know you have: a certification, a project delivered, a first small leadership role.",
        ["unrealistic-or-unclear-goals"] = "Managing a team is a goal for a few years from now, after coordinating projects and taking on small leadership roles. Give your goals steps and a time frame that are challenging but achievable.",
      },
      followups = {
        {
          id = "goals-fit",
          when = { flag = "misaligned-goals" },
          text = "How does a project coordinator role at Tessera fit into that?",
          example = "It fits because the skills I want to build are the ones this role uses every day. Coordinating projects across engineering, operations and finance will teach me to plan, communicate and keep people aligned. In my first year I want to run the schedule and status reporting of two projects; in three to four years I'd like to be a project manager here, leading a small project team.",
          why = "It shows that the role is part of the candidate's path, not a detour: it names the skills the job builds, a first-year goal and a longer-term goal inside the company.",
          advice = STAY_ADVICE,
        },
        {
          id = "goals-aspiration",
          when = { flag = "lack-of-aspiration" },
          text = "Let's make it concrete. A year from now, what would you like to have learned or delivered as a coordinator here?",
          example = "A year from now I'd like to have coordinated two cross-department projects from kick-off to close, kept their plans and risk logs up to date each week, and passed the CAPM certification. I'd also like to have chaired the weekly project meeting on one of them, as a first small leadership role on the way to managing a team.",
          why = "It turns a missing goal into a short-term one that can be checked in a year (projects delivered, a certification) and links it to a longer-term goal, which is the excitement to develop the interviewer is looking for.",
          advice = {
            ["lack-of-aspiration"] = "Even a modest goal is better than none: one thing you want to learn and one thing you want to deliver in your first year, and why you look forward to it.",
            ["unrealistic-or-unclear-goals"] = "Say what you would deliver and by when, so the goal can be checked.",
          },
        },
        {
          id = "goals-realistic",
          when = { flag = "unrealistic-or-unclear-goals" },
          text = "What would a realistic but challenging first year look like for you here, and how would you measure it?",
          example = "In my first three months I'd learn Tessera's project process and tools while supporting an experienced project manager. By the end of the year I'd like to coordinate two projects on my own, deliver them on their agreed milestones, and get good feedback from the department leads involved. I'd measure it with the project reviews and a check-in with my manager every quarter.",
          why = "It keeps the goal challenging but achievable for a first year, and makes it measurable: milestones met, feedback from the departments, quarterly check-ins.",
          advice = {
            ["unrealistic-or-unclear-goals"] = "Coordinators grow into project managers over a few years, not weeks. Set a first-year goal you could really reach, and say how you would measure it.",
            ["lack-of-aspiration"] = "A realistic goal still has to stretch you: name what you want to deliver by the end of the year.",
          },
        },
        {
          id = "goals-concrete",
          when = { flag = "cliche-answer" },
          text = "Can you give me a concrete example: a goal you would set yourself in this role, and how you'd know you reached it?",
          example = "One goal would be to make our status reporting faster and clearer. Within six months I'd like each project I coordinate to have a one-page weekly update that the department leads read, and to spend about a third less time preparing it than I do now. I'd know I reached it when the leads stop asking for extra status meetings. It's also a first step towards my long-term goal of managing projects, so I'd ask my project manager for feedback on the updates every month.",
          why = "It backs up the first answer with one original, measurable goal that matters to the company, which is what a seasoned interviewer probes for.",
          advice = {
            ["cliche-answer"] = "Replace the general phrases with one goal of your own: what you would improve on a project, by when, and how you would see that it worked.",
            ["unrealistic-or-unclear-goals"] = "Give the goal a time frame and a sign of success you could really check.",
          },
        },
        {
          id = "goals-long-term",
          when = { missing = LONG_TERM_WORDS },
          text = "And further ahead: where would you like to be in five years?",
          example = "In five years I'd like to be a project manager at Tessera, running cross-department projects and managing a small team of coordinators. To get there I'd first become the coordinator people trust with the complex projects, earn a project-management certification and take on small leadership roles along the way.",
          why = "It adds the long-term goal the first answer left out, keeps it inside the company and the same line of work, and names the steps between here and there.",
          advice = {
            ["lack-of-aspiration"] = "You don't need every step planned, but name a direction for the longer term, ideally one this company offers (project manager, managing a team).",
            ["unrealistic-or-unclear-goals"] = "Five years is long enough for a real step, not for the top: a project manager or team lead role is ambitious and believable.",
          },
        },
        {
          id = "goals-leadership",
          when = { contains = LEADERSHIP_WORDS },
          text = "You mentioned leadership. What would a first small leadership role look like for you here, and what would you need to learn for it?",
          example = "The first one would be leading a small workstream inside a bigger project, for example the training part of a system roll-out, with two or three colleagues from different departments. To do it well I need to get better at running meetings and giving feedback, so in my first year I'd ask to shadow a project manager and take Tessera's internal leadership course.",
          why = "It makes the long-term goal believable by naming a small, near first step, the skills it needs and how the candidate will build them.",
          advice = {
            ["unrealistic-or-unclear-goals"] = "A first leadership step should be small and near: a workstream, a meeting you chair, a new colleague you help. Managing a whole team comes later.",
            ["cliche-answer"] = "Rather than calling yourself a natural leader, say what the first leadership role would be and what you would learn for it.",
          },
        },
        {
          id = "goals-how",
          when = weak_plan,
          text = "How do you plan to get there?",
          example = "Step by step. In my first six months I'd learn the project process and coordinate one project with a senior project manager. By the end of my first year I'd earn the CAPM certification and take on a project of my own. In my second and third year I'd ask to lead small workstreams and join the internal leadership course, so that I'm ready to manage a team.",
          why = "It gives the goal an action plan: logical steps, each with a time frame, that lead from this role to the long-term goal.",
          advice = {
            ["unrealistic-or-unclear-goals"] = "Give each step a believable time frame, and keep the steps in a logical order from this role to your goal.",
            ["lack-of-aspiration"] = "Show that you will act on your goal: the projects you will ask for, the certification you will earn, the feedback you will seek.",
          },
        },
      },
    },

    -- 2. How the position fits the candidate's goals: one of three.
    {
      pool = "fit",
      pick = 1,
      questions = {
        {
          id = "position-fit",
          text = "How does this position fit into your career goals?",
          example = "It's the next step I planned. In my last job I coordinated small events between two teams; here I'd coordinate projects across engineering, operations, finance and sales, which builds the communication and planning skills I need. In my first year I want to run the plans and status updates of two projects on my own and earn my CAPM certification. In the long term I'd like to become a project manager at Tessera and manage a small team.",
          why = "It says where the role sits on the candidate's path, what it adds (projects across departments) and where it leads inside the company, with a time frame for each step.",
          advice = {
            ["misaligned-goals"] = "Say how this position moves you towards your goal rather than past it: what you will learn coordinating projects here, and the next step you see at Tessera.",
            ["cliche-answer"] = "Name what in this position fits your goals: the kind of projects, the departments you'd work with, the skills you'd build.",
          },
          followups = {
            probe_fit("position-fit-stay", "Where would you like that path to take you inside Tessera?"),
          },
        },
        {
          id = "right-time",
          text = "Why is this job the right one at this time in your career?",
          example = "I've spent three years as an administrator at an engineering firm, and the part I enjoyed most was keeping projects on track between teams. I finished a project-management course this spring, so now I want a role where that is the job itself. Here I'd coordinate projects across several departments from my first month, and over the next three to four years grow into a project manager.",
          why = "It explains the timing with facts (experience gained, a course finished), shows the job is the logical next step, and points to where the candidate wants to grow in the company.",
          advice = {
            ["misaligned-goals"] = "Explain why this job is the next step on your path, not a stop on the way somewhere else.",
            ["lack-of-aspiration"] = "Say what you have done so far and what you want to build next; \"I need a change\" is not yet a reason.",
          },
          followups = {
            probe_fit("right-time-fit", "And after this job, where would you want your career to go?"),
          },
        },
        {
          id = "goals-aligned",
          text = "Do you think this position aligns with your professional goals? In which way?",
          example = "Yes, in two ways. My short-term goal is to become a reliable coordinator who keeps cross-department projects on schedule, and this role is built for that. My long-term goal is to manage projects and a small team, and Tessera grows its project managers from within, with an internal leadership course. In my first year I'd aim to coordinate two projects on my own and earn my CAPM certification.",
          why = "It answers \"in which way\" directly: the short-term goal matches the role, the long-term goal matches how the company grows its people, and a first-year goal makes it measurable.",
          advice = {
            ["misaligned-goals"] = "Show the overlap between your goals and this position; if part of your goals lies elsewhere, say how this role still moves you forward.",
            ["cliche-answer"] = "A plain \"yes, definitely\" is not an answer to \"in which way\": name the goal and the part of the role that serves it.",
          },
          followups = {
            probe_fit("goals-aligned-fit", "How would this role move you towards those goals?"),
          },
        },
      },
    },

    -- 3. Motivation: one of two.
    {
      pool = "motivation",
      pick = 1,
      questions = {
        {
          id = "why-company",
          text = "Why do you want to work at Tessera Group?",
          example = "Because your projects bring departments together: a system roll-out here involves engineering, operations, finance and customer support at once, and coordinating that is the work I want to do. I also read that most of your project managers started as coordinators and that you run an internal leadership course. I'd like to grow the same way: coordinate well in my first two years, then manage projects here.",
          why = "It shows the candidate did their research (how the company runs projects, how it grows its people) and ties that to their own goals and to what they would do for the company.",
          advice = {
            ["misaligned-goals"] = "Tie your reasons to Tessera's work and to your path here, not to what the job does for you elsewhere.",
            ["cliche-answer"] = "\"A great company with great people\" could be said of any employer: name something about how Tessera works that draws you.",
          },
          followups = {
            {
              id = "why-company-research",
              when = { missing = { "Tessera", "your projects", "your company", "departments", "department", "roll-out", "roll-outs" } },
              text = "What do you know about the way we run projects here?",
              example = "I know your projects are run by small cross-department teams, with a coordinator keeping the plan and the communication together, and that your project managers often started in that role. That's how I like to work. In my first three months I'd learn your project process and tools, and over the next few years I'd like to grow into a project manager here.",
              why = "It shows the research the guide recommends and links what the candidate learned about the company to their own plan.",
              advice = {
                ["misaligned-goals"] = "Show that what you know about the company is part of why you want to build your career here.",
                ["cliche-answer"] = "Name one specific thing you learned about the company and why it matters to you.",
              },
            },
          },
        },
        {
          id = "what-motivates",
          text = "What motivates you?",
          example = "Seeing a project come together across teams that don't usually work together. When the plan, the people and the deadline line up, that motivates me more than anything. In this role I want to deliver my projects on their agreed milestones in my first year, and in three to four years lead a small team of coordinators who do the same.",
          why = "It gives an honest, specific motivation that matches the role (work across departments), then turns it into a short-term and a long-term goal.",
          advice = {
            ["cliche-answer"] = "\"Challenges\" and \"success\" motivate everyone: say which moment in your work motivates you, and what it makes you want to achieve.",
            ["lack-of-aspiration"] = "If only the salary or the hours come to mind, think of the part of your work you enjoy most and where you want it to take you.",
          },
          followups = {
            {
              id = "what-motivates-example",
              when = { missing = { "for example", "for instance", "when i", "last year", "last month", "once", "in my last", "at my last" } },
              text = "Can you give me an example of a time that motivated you at work?",
              example = "Last year I coordinated our office move between four teams. Halfway through, the furniture delivery slipped by a week, so I rebuilt the plan with the team leads in one afternoon and we still moved on the planned weekend. Making that work across teams is what I want to do every day here, on larger projects. In my first year I'd bring the same habit to each project I coordinate, and in the long term it's the skill I'd build on to become a project manager.",
              why = "It backs up the motivation with a real example, which shows the candidate is telling their own story rather than what the interviewer wants to hear.",
              advice = {
                ["cliche-answer"] = "Tell one real moment: what happened, what you did, and what came of it.",
                ["lack-of-aspiration"] = "Pick a moment you are glad about and say what it made you want to do more of.",
              },
            },
          },
        },
      },
    },

    -- 4. Development: one of three.
    {
      pool = "development",
      pick = 1,
      questions = {
        {
          id = "learn-more",
          text = "What would you like to learn more about in your field of expertise?",
          example = "Risk management and stakeholder communication. I'm good at keeping a schedule, but I want to get better at spotting risks early and explaining trade-offs to department heads. Within my first year I'd like to take a course in project risk management and practise it by keeping the risk log on the projects I coordinate, reviewing it with my project manager every two weeks.",
          why = "It names specific skills the role needs, admits where the candidate wants to grow, and gives a plan with a time frame to learn them on the job.",
          advice = {
            ["lack-of-aspiration"] = "Interviewers look for people who keep developing whatever their level: name one skill of project work you want to get better at.",
            ["cliche-answer"] = "\"Everything I can\" says nothing: pick one or two skills (planning, risk management, stakeholder communication) and say how you will learn them.",
          },
        },
        {
          id = "education",
          text = "Are you planning to pursue additional education or training? If so, what do you have in mind?",
          example = "Yes. Within my first year I'd like to earn the CAPM certification, and after two or three years of project experience the PMP. I'd study in the evenings and apply each part on the projects I coordinate here. It supports my goal of managing projects and a team at Tessera.",
          why = "It names a specific course of study with a time frame, shows it fits the job, and says how it serves both the candidate's goal and the company.",
          advice = {
            ["misaligned-goals"] = "Training is welcome as long as it serves this career: explain how it helps you coordinate and later manage projects here.",
            ["unrealistic-or-unclear-goals"] = "Name the course or certificate and when you plan to finish it.",
          },
          followups = {
            {
              id = "education-why",
              when = { contains = { "course", "certification", "certificate", "degree", "diploma", "master's", "masters", "training", "study", "studying", "capm", "pmp", "prince2" } },
              text = "Why that one in particular, and how will it contribute to your goals and to what we do here?",
              example = "Because it teaches the methods our projects rely on: planning, risk management and reporting to stakeholders. It supports my long-term goal of becoming a project manager at Tessera. It also helps the company from the start, because I'd use the same methods on the projects I coordinate in my first year and share them with the other coordinators.",
              why = "It answers the three things the guide says an interviewer probes about further study: why that field, how it serves the candidate's goals, and how it serves the company.",
              advice = {
                ["misaligned-goals"] = "Show how the study serves this role and company, not a different career.",
                ["cliche-answer"] = "Say what the course teaches and where you would use it on the job.",
              },
            },
          },
        },
        {
          id = "improved-past-year",
          text = "What have you done to improve yourself in the past year?",
          example = "I finished an online course in project management and used it at work: I set up a shared plan for our office move, with weekly check-ins between the four teams involved, and we moved on the planned weekend without losing a working day. Next I want to build on it here by earning the CAPM certification in my first year.",
          why = "It shows continuous development with a concrete action and a measurable result, and links it to the next goal in this role.",
          advice = {
            ["lack-of-aspiration"] = "Name one thing you did on purpose to get better, even a small one, and what came of it.",
            ["cliche-answer"] = "\"I always try to improve\" needs an example: what you learned, how, and what changed.",
          },
        },
      },
    },

    -- 5. The career path the candidate sees in the company.
    {
      id = "career-path",
      text = "What career path interests you most in this company?",
      example = "The path from coordinator to project manager, and later to leading a team in the project office. I'd start by coordinating projects across departments, aim to manage smaller projects on my own within two to three years, and prepare for it by earning my certification and taking your internal leadership course.",
      why = "It names a path the company offers, with steps and a time frame, which shows the candidate plans to grow here.",
      advice = {
        ["misaligned-goals"] = "Choose a path inside this company; a path that leads out of it tells the interviewer you may not stay.",
        ["unrealistic-or-unclear-goals"] = "Give the path believable steps: coordinator, then smaller projects of your own, then managing people.",
      },
      followups = {
        {
          id = "career-path-steps",
          when = weak_plan,
          text = "What would you do in your first year to move along that path?",
          example = "In my first three months I'd learn the project process and tools. By the end of the year I'd have coordinated two projects on my own, earned the CAPM certification and asked my manager for a small workstream to lead in my second year.",
          why = "It gives the path an action plan: first steps with dates, ending in a first leadership step.",
          advice = {
            ["unrealistic-or-unclear-goals"] = "Name what you would do in your first year, with dates, so the path becomes a plan.",
            ["lack-of-aspiration"] = "Show you'd act on the path: the projects, training and responsibility you'd ask for.",
          },
        },
      },
    },

    -- 6. Reflection: one of three.
    {
      pool = "reflection",
      pick = 1,
      questions = {
        {
          id = "proud-accomplishment",
          text = "What accomplishment are you most proud of? Why?",
          example = "Coordinating the move of our customer database to a new system last year. It involved IT, sales, finance and customer support, and I set up the plan, ran the weekly check-ins and kept a shared log of open issues. We went live two weeks early without losing any customer data. I'm proud of it because it showed I can keep different teams moving together. In my first year here I'd like to do the same on larger projects, and in the long term grow into a project manager by taking on more complex projects and earning my certification.",
          why = "It tells a specific, measurable result, says why it matters to the candidate, and links it to the role.",
          advice = {
            ["cliche-answer"] = "Tell one specific accomplishment: what you did, with whom, and what came of it.",
            ["lack-of-aspiration"] = "Choose something you achieved on purpose and say what it makes you want to do next.",
          },
        },
        {
          id = "goal-not-reached",
          text = "Tell me about a career-related goal that you set and did not reach.",
          example = "Two years ago I set a goal to run our team's projects on my own within a year, and I did not reach it, because I hadn't learned to plan for risks and one project slipped by a month. I took a course in project planning and now keep a risk log from day one. Since then my projects have met their milestones, and I set goals with steps and dates, like earning my CAPM certification within my first year here.",
          why = "It admits a real missed goal, explains why, and shows what the candidate learned and does differently now, which is what the interviewer wants to see.",
          advice = {
            ["lack-of-aspiration"] = "A missed goal is fine to tell: it shows you set goals. Say what you learned and what you aim for now.",
            ["cliche-answer"] = "\"I never give up\" is not a lesson: name what you do differently since.",
          },
          followups = {
            {
              id = "goal-not-reached-lesson",
              when = { missing = { "learned", "learnt", "lesson", "changed", "differently", "now i", "since then" } },
              text = "What did you learn from it, and what do you do differently now?",
              example = "I learned that a goal needs a plan with steps, dates and risks. Now I write down what I need to learn, by when and who can help me, and I review it with my manager every month. I'd use the same habit here, for example to coordinate two projects on my own within my first year.",
              why = "It turns a failure into a habit the candidate uses now and would bring to the role.",
              advice = {
                ["cliche-answer"] = "Name a concrete habit you changed, not a general lesson.",
                ["lack-of-aspiration"] = "Show you set new goals after the missed one.",
              },
            },
          },
        },
        {
          id = "progressed-as-expected",
          text = "Have you progressed in your career as you have expected?",
          example = "Mostly, yes. I planned to move from administration into project work within three years, and I did it in two and a half by taking on the coordination of our office projects. I expected to have a project-management certificate by now and I'm halfway through the CAPM course. This role is the next step I planned, and in the long term I want to manage projects and a team.",
          why = "It measures the career so far against earlier goals, honestly, and shows this role is the planned next step.",
          advice = {
            ["lack-of-aspiration"] = "Show that you had expectations and that you still set goals; \"I never really thought about it\" is a red flag for an experienced candidate.",
            ["misaligned-goals"] = "Show that the next step you expect is this role, not a different direction.",
          },
        },
      },
    },

    -- 7. Closing: how the candidate works towards goals.
    {
      id = "achieve-goals",
      text = "Finally, what do you do to achieve your professional goals?",
      example = "I break each goal into steps, some for this year and some for the long term, and give each a date. This year I want to finish my CAPM certification and deliver my projects on their agreed milestones; in the long term I want to manage a team. Every month I check my progress and ask my manager for feedback, so I can adjust early.",
      why = "It shows an action plan: goals split into steps with dates, checked regularly, with feedback.",
      advice = {
        ["cliche-answer"] = "\"I work hard\" is not a method: describe how you set, plan and check your goals.",
        ["lack-of-aspiration"] = "Show that you set goals and act on them, with one example.",
      },
      followups = {
        {
          id = "achieve-goals-example",
          when = weak_plan,
          text = "Can you walk me through a goal you're working on right now, step by step?",
          example = "Right now I'm working towards my CAPM certification. Step one was the online course, which I finished in March. Step two is practising the exam questions every week. Step three is booking the exam for September, and I track it all in a simple plan I review each month. It's my first step towards managing projects and a team at Tessera in the long term.",
          why = "It shows the action plan with concrete steps and dates, which backs up the candidate's first answer.",
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
    clean = "No red flags: your goals came across as aligned with the role, aspirational, concrete and realistic.",
    keep = "Keep preparing the same way: a short-term goal for this role, a long-term goal inside the company, and the steps that lead from one to the other.",
  },
}
