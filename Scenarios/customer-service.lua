--- Scenario: customer service representative at Brightwater Home, a company known
--- for its excellent customer care — the setting of the domain guide's Example 1
--- (career-goals-interview-guide.txt, "Example 1 – short-term career goal").
---
--- The interview opens with the short- and long-term career goals question and then
--- asks six more of the guide's fifteen frequent questions (seven in all), some drawn
--- from pools with the session's seed. Follow-ups probe where a real interviewer
--- would ("they will ask you more in-depth follow-up questions"): a red flag raised,
--- no long-term goal given, a vague plan. Every question carries an example of a
--- strong answer: the guide's Example 1 for the opening one, the others written in
--- the same spirit (short and long term told apart, tied to this role and company,
--- measurable, with an action plan) and a `why` in the guide's "Why this answer works"
--- manner (the opening one is the guide's own). Questions give their own advice for the
--- red flags they most invite, drawn from the guide's "Red flags for the interviewer when
--- discussing career goals", in place of the plugins' general advice.

--- Words that show a long-term goal was given (for the follow-up asking for one).
local coaching = require("coaching")
local LONG_TERM_WORDS = {
  "long term", "long-term", "longer term", "eventually", "five years", "ten years", "in the future",
  "one day", "someday", "later on", "down the line", "ultimately", "over the next years",
  "team leader", "lead a team", "leading a team", "my own team", "senior", "specialist", "coach",
}

--- The criteria the plugins score, in plain words: praise when high, a tip when low.
local CRITERIA = {
  { id = "alignment", worked = "you tied your goals to this role and to Brightwater Home",
    tip = "Tie each goal to this role and to Brightwater Home: where you start, where you want to grow (senior representative, team leader, quality and training coach) and how that helps customers." },
  { id = "short-and-long-term", worked = "you told your short-term goals apart from your long-term ones",
    tip = "Start by separating a short-term goal for this role from a long-term one, such as team leader." },
  { id = "specific", worked = "your goals were specific",
    tip = "Make your goals specific: the skills you will build, the cases you will handle, the role you are aiming for." },
  { id = "measurable", worked = "you made your goals measurable",
    tip = "Make your goals measurable: a time frame (\"within my first year\") or a number you can track, such as a satisfaction score." },
  { id = "realistic", worked = "your goals were challenging but realistic",
    tip = "Keep goals challenging but achievable: representatives grow into team leaders over a few years, not months." },
  { id = "action-plan", worked = "you explained how you would reach your goals",
    tip = "Say how you will reach each goal: training, a course or certification, the mentoring on offer, taking on harder cases, asking for feedback." },
  { id = "contribution", worked = "you said what you would bring to the company and its customers",
    tip = "Say what you bring: customers helped on the first contact, problems owned to the end, colleagues you help." },
  { id = "goal-types", worked = "you named different kinds of goals",
    tip = "Mix the kinds of goals the guide names: productivity, efficiency, education and personal development." },
  { id = "delivery", worked = "your answers were to the point",
    tip = "Keep answers to the point: a few clear sentences, without filler or hedging." },
}

--- Advice for the follow-ups that ask for a plan.
local PLAN_ADVICE = {
  ["unrealistic-or-unclear-goals"] = "Give your plan concrete steps with a believable time frame for each: learn the products, take the training, handle escalations, then apply for the next role.",
  ["lack-of-aspiration"] = "Show that you will act on your goal: the training you will take, the cases you will ask for, the feedback you will seek.",
}

--- Advice for the follow-ups that check whether the candidate would stay.
local STAY_ADVICE = {
  ["misaligned-goals"] = "The interviewer is checking whether you would stay, because replacing you means hiring all over again. Show how this role is part of your path and where you could grow inside Brightwater Home.",
  ["cliche-answer"] = "Saying the role is a great opportunity is not enough: name what you would learn here and the next step you see in the company.",
}

--- A follow-up asking how, for an answer whose action plan scored low.
---@param id string
---@param question string
---@param example string
---@param why string why the example works
---@return table followup
local function probe_plan(id, question, example, why)
  return {
    id = id,
    when = function(answer, evaluation)
      local plan = evaluation.scores["action-plan"]
      return plan ~= nil and plan < 50
    end,
    text = question,
    example = example,
    why = why,
    advice = PLAN_ADVICE,
  }
end

--- The follow-up a red flag calls for, shared by several questions.
---@param id string
---@return table followup
local function probe_misaligned(id)
  return {
    id = id,
    when = { flag = "misaligned-goals" },
    text = "How does this role fit into that?",
    example = "It fits because it's where I want my career to grow. Taking customer calls at Brightwater Home teaches me the products and what customers really need, which is the base for the next steps I want: a senior representative within two years and a team leader role after that. I'd like to build that career here rather than somewhere else.",
    why = "It answers the worry behind the question: the role is a step on the candidate's own path, and the path continues inside this company, with a time frame for each step.",
    advice = STAY_ADVICE,
    followups = {
      {
        id = id .. "-stay",
        when = { flag = "misaligned-goals" },
        text = "What would make you want to build your career with us for the next few years?",
        example = "Room to grow and to learn. If I can take on harder cases in my first year, join the mentoring programme and work towards a team leader role, I'd want to stay and grow with Brightwater Home for the long term.",
        why = "It names what would keep the candidate (growth, learning, a path to team leader) in terms the company offers, which shows commitment for the long term.",
        advice = STAY_ADVICE,
      },
    },
  }
end

return {
  id = "customer-service",
  title = "Customer service representative: career goals interview",
  role = "customer service representative",
  company = {
    name = "Brightwater Home",
    known_for = "excellent customer care and service",
    values = {
      "Put the customer first",
      "Own every problem to the end",
      "Keep learning",
      "Grow our people from within",
    },
    growth_paths = {
      "senior customer service representative",
      "team leader",
      "quality and training coach",
      "customer experience specialist",
    },
  },
  description = "An interview for a customer service representative at Brightwater Home, a home-goods retailer known for excellent customer care. The interviewer asks about your career goals: where you want to start, where you want to go, how you will get there, and how that fits this role and company.",
  plugins = { "red_flags", "goal_types", "goal_setting", "answer_structure", "delivery" },
  max_followup_depth = 2,

  questions = {
    -- 1. The opening question, answered by the guide's Example 1.
    {
      id = "goals",
      text = "Let's start with your plans. What are your short- and long-term career goals?",
      example = "In the short term, I hope to work as a customer service representative for a company like yours. I’m excited to work for a company that is known for its excellent customer care and service in general. Starting as a customer service representative will give me the needed knowledge of the service, support, and solutions that the company offers. My primary goal is to eventually work my way from a customer service representative to a team leader. I feel that what your company offers is a strong path towards my goals and I’m very excited about what this position has to offer.",
      why = "The answer demonstrates that your short-term goal can be achieved by working for the company that you’re interviewing for. Furthermore, it’s a to-the-point answer that concisely answers where you’re starting, where you want to go, and how you want to do this.",
      advice = {
        ["misaligned-goals"] = "Your goals pointed away from this role. Show how starting as a customer service representative at Brightwater Home builds the knowledge you want, and where it leads inside the company (senior representative, team leader, quality coach).",
        ["lack-of-aspiration"] = "Name a short-term goal for this role (what you want to learn about the products and customers) and a long-term one (such as team leader), and let the interviewer hear that you look forward to them.",
        ["cliche-answer"] = "Instead of \"I'm a people person\", say what you want to get better at with customers, by when, and where it leads at Brightwater Home.",
        ["unrealistic-or-unclear-goals"] = "An over-the-top goal (\"50% in my first month\", team leader within weeks) or one too vague to act on tells the interviewer you don't yet know the role. Aim for goals that are challenging but achievable, with a time frame: in your first year, your own satisfaction scores and first-contact resolution; team leader over a few years.",
      },
      followups = {
        probe_misaligned("goals-fit"),
        {
          id = "goals-aspiration",
          when = { flag = "lack-of-aspiration" },
          text = "Let's make it concrete. A year from now, what would you like to have learned or achieved in this role?",
          example = "A year from now I'd like to know our product range well enough to solve most questions on the first contact, to have finished the complaint-handling training, and to be trusted with escalations. That would set me up for my longer-term goal of becoming a team leader.",
          why = "It turns a missing goal into a short-term one that can be checked in a year (product knowledge, a training finished, escalations handled) and links it to a long-term goal, which is the wish to develop the interviewer looks for.",
          advice = {
            ["lack-of-aspiration"] = "Even a modest goal is better than none: one thing you want to learn and one thing you want to achieve with customers in your first year.",
            ["unrealistic-or-unclear-goals"] = "Say what you would achieve and by when, so the goal can be checked.",
          },
        },
        {
          id = "goals-realistic",
          when = { flag = "unrealistic-or-unclear-goals" },
          text = "What would a realistic but challenging first year look like for you here, and how would you measure it?",
          example = "In my first three months I'd learn the systems and products; by the end of the first year I'd like my customer satisfaction score to be above the team target and my first-contact resolution up by a few points. I'd measure it with the monthly quality reviews and ask my team leader where to improve.",
          why = "It keeps the first year challenging but achievable, and makes it measurable with the scores and reviews the job already has.",
          advice = {
            ["unrealistic-or-unclear-goals"] = "An over-the-top target suggests you don't know the job yet. Set a first-year goal you could really reach, and say how you would measure it.",
            ["lack-of-aspiration"] = "A realistic goal still has to stretch you: name what you want to reach by the end of the year.",
          },
        },
        {
          id = "goals-concrete",
          when = { flag = "cliche-answer" },
          text = "Can you give me a concrete example: a goal you would set yourself in this role, and how you'd know you reached it?",
          example = "One goal would be to cut my average handling time by about 10% in my first year without lowering my satisfaction scores. I'd get there by building my own notes on the most common questions and reviewing two of my calls with my team leader every month.",
          why = "It backs up the first answer with one original, measurable goal that helps customers and the team, which is what a seasoned interviewer probes for.",
          advice = {
            ["cliche-answer"] = "Replace the general phrases with one goal of your own: what you would improve for customers, by how much, by when, and how.",
            ["unrealistic-or-unclear-goals"] = "Give the goal a number and a time frame you could really reach.",
          },
        },
        {
          id = "goals-long-term",
          when = { missing = LONG_TERM_WORDS },
          text = "And in the long term? Where would you like to be in five years?",
          example = "In five years I'd like to be a team leader at Brightwater Home, coaching a team to give the kind of service the company is known for. To get there I'd first become a senior representative who handles escalations, and take the leadership training the company offers.",
          why = "It adds the long-term goal the first answer left out, keeps it inside the company, and names the steps in between.",
          advice = {
            ["lack-of-aspiration"] = "You don't need every step planned, but name a direction for the longer term, ideally one the company offers.",
            ["unrealistic-or-unclear-goals"] = "Five years is long enough for a real step, not for the top: team leader or quality coach is ambitious and believable.",
          },
        },
        probe_plan("goals-how", "How do you plan to get there?",
          "Step by step: first I'll learn the products and systems and ask for feedback on my calls every week. Then I'll volunteer for the harder cases and escalations, and in my second year I'd apply for the mentoring programme and the team leader training.",
          "It gives the goal an action plan: logical steps, from learning the products to the team leader training, each placed in time."),
      },
    },

    -- 2. Motivation: two of four, drawn with the session's seed.
    {
      pool = "motivation",
      pick = 2,
      questions = {
        {
          id = "why-company",
          text = "Why do you want to work at Brightwater Home?",
          example = "Because you're known for excellent customer care, and that's the standard I want to learn from. I've read about how your representatives own a problem to the end and how many of your team leaders started on the phones. I want to start as a representative, build my product knowledge in the first year, and grow here towards a team leader role.",
          why = "It shows the candidate did their research (how the company treats customers, how it grows its people) and ties it to their own short- and long-term goals.",
          advice = {
            ["misaligned-goals"] = "Tie your reasons to how Brightwater Home works and to your path here, not to what the job does for you elsewhere.",
            ["cliche-answer"] = "\"A great company\" fits any employer: name something about Brightwater Home's customer care that draws you.",
          },
          followups = {
            probe_misaligned("why-company-fit"),
            {
              id = "why-company-research",
              when = { score_below = 55 },
              text = "What do you know about the way we look after our customers?",
              example = "I know you put the customer first and trust representatives to solve a problem without passing it on, and that many of your team leaders started on the phones. That's how I like to work. In my first three months I'd learn your way of doing it by shadowing senior colleagues, and over time I'd like to help the team keep its satisfaction scores high and grow into a senior role.",
              why = "It shows the research the guide recommends and links what the candidate knows about the company to a plan for the first months and the longer term.",
              advice = {
                ["cliche-answer"] = "Name one specific thing you know about how Brightwater Home looks after customers, and why it matters to you.",
                ["misaligned-goals"] = "Show that what you know about the company is part of why you want to build your career here.",
              },
            },
          },
        },
        {
          id = "what-motivates",
          text = "What motivates you?",
          example = "Solving a customer's problem so well that they leave the call happier than they started. It motivates me to get better every week: in this role I want to improve my first-contact resolution in my first year, and in the long term I'd like to become a quality coach who helps the whole team do that.",
          why = "It gives an honest motivation that matches the role and turns it into a measurable short-term goal and a long-term one.",
          advice = {
            ["cliche-answer"] = "\"Helping people\" motivates many candidates: say which moment in customer service motivates you, and what it makes you want to achieve.",
            ["lack-of-aspiration"] = "If only the pay or the hours come to mind, think of the part of the work you enjoy most and where you want it to take you.",
          },
          followups = { probe_misaligned("what-motivates-fit") },
        },
        {
          id = "right-time",
          text = "Why is this job the right one at this time in your career?",
          example = "I've spent two years in retail, and I know I'm at my best when I'm helping customers. This job is the right next step because it lets me build real customer service skills at a company known for them. In the short term I want to master your products and tools; in the long term I'd like to grow into a team leader here.",
          why = "It explains the timing with the candidate's experience so far, shows the job is the logical next step, and says where they want to grow in the company.",
          advice = {
            ["misaligned-goals"] = "Explain why this job is the next step on your path, not a stop on the way somewhere else.",
            ["lack-of-aspiration"] = "Say what you have done so far and what you want to build next.",
          },
          followups = { probe_misaligned("right-time-fit") },
        },
        {
          id = "next-job",
          text = "What are you looking for in your next job position?",
          example = "A role where I can learn and grow with the company. Here I'd get to handle customers every day, build my communication and de-escalation skills, and have a path forward: the mentoring programme, and later on a senior representative or team leader role. I'm looking for a place to build my career for the next several years.",
          why = "It says what the candidate is looking for in terms of what they will do and learn for the company, with a path forward and a commitment to stay.",
          advice = {
            ["misaligned-goals"] = "Describe a next job that this role is, and a future in this company; a wish list that fits another kind of job tells the interviewer you may leave.",
            ["cliche-answer"] = "Name what you want to do every day and learn in the role, not only \"a good team and a challenge\".",
          },
          followups = { probe_misaligned("next-job-fit") },
        },
      },
    },

    -- 3. How the position fits the candidate's goals: one of three.
    {
      pool = "fit",
      pick = 1,
      questions = {
        {
          id = "position-fit",
          text = "How does this position fit into your career goals?",
          example = "My goal is a career in customer care, eventually as a team leader. This position is the right start: in my first year I'll learn the products, the tools and how your team handles difficult cases, and that experience is exactly what a team leader needs. It also lets me add value for your customers from day one while I develop.",
          why = "It places the role on the candidate's path to team leader, says what the first year adds, and shows the value the candidate brings while developing.",
          advice = {
            ["misaligned-goals"] = "Say how this position moves you towards your goal rather than past it.",
            ["cliche-answer"] = "Name what in this position fits your goals: the customers, the skills, the path to senior roles.",
          },
          followups = { probe_misaligned("position-fit-stay") },
        },
        {
          id = "goals-aligned",
          text = "Do you think this position aligns with your professional goals? In which way?",
          example = "Yes. My short-term goal is to become a strong, reliable representative, and this role is built for that. My long-term goal is to coach others, and Brightwater Home grows its people from within, with a mentoring programme and a path to quality and training coach. Both goals fit what you need from this role.",
          why = "It answers \"in which way\" directly: the short-term goal matches the role, the long-term goal matches how the company grows its people.",
          advice = {
            ["misaligned-goals"] = "Show the overlap between your goals and this position; if part of your goals lies elsewhere, say how this role still moves you forward.",
            ["cliche-answer"] = "A plain \"yes, definitely\" does not answer \"in which way\": name the goal and the part of the role that serves it.",
          },
          followups = { probe_misaligned("goals-aligned-fit") },
        },
        {
          id = "career-path",
          text = "What career path interests you most in this company?",
          example = "The path towards quality and training coach interests me most. I'd start as a representative, aim to be a senior representative handling escalations within two years, and then help train new colleagues. I'd prepare by joining the mentoring programme and taking a coaching course.",
          why = "It names a path the company offers, with steps, a time frame and a way to prepare, which shows the candidate plans to grow here.",
          advice = {
            ["misaligned-goals"] = "Choose a path inside this company; a path that leads out of it tells the interviewer you may not stay.",
            ["unrealistic-or-unclear-goals"] = "Give the path believable steps and time frames: representative, senior representative, then coach or team leader.",
          },
          followups = {
            probe_plan("career-path-how", "What would you do in your first year to move along that path?",
              "I'd learn every product line in my first three months, ask for feedback on my calls each month, volunteer for escalations, and apply for the mentoring programme before the end of the year.",
              "It turns the path into first-year actions with dates, each one a step towards the senior role."),
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
          example = "De-escalation and complaint handling. I'm good at staying calm, but I want to get better at turning an angry customer into a loyal one. In my first year I'd like to take your complaint-handling training and learn from senior colleagues by listening in on difficult calls, so that I can handle escalations on my own.",
          why = "It names a specific skill the role needs, says honestly where the candidate wants to grow, and how and when they will learn it.",
          advice = {
            ["lack-of-aspiration"] = "Interviewers look for people who keep developing whatever their level: name one skill of customer service you want to get better at.",
            ["cliche-answer"] = "\"Everything I can\" says nothing: pick one skill (de-escalation, product knowledge, written replies) and say how you will learn it.",
          },
          followups = {
            probe_plan("learn-more-how", "What concrete step would you take first?",
              "I'd ask to listen in on escalation calls with an experienced colleague in my first month, and sign up for the complaint-handling course in the first quarter. By the end of my first year I'd like to handle escalations on my own, which helps the team and our customers.",
              "It names a first step and a date for it, which makes the wish to learn believable."),
          },
        },
        {
          id = "education",
          text = "Are you planning to pursue additional education or training? If so, what do you have in mind?",
          example = "Yes. Within my first year I'd like to complete a customer service certification, and I'm already taking an online course in communication skills. Later on I'd like to join the company's leadership training, because my long-term goal is to become a team leader here.",
          why = "It names specific training with a time frame, shows it fits the job, and links it to the long-term goal in the company.",
          advice = {
            ["misaligned-goals"] = "Further study is welcome as long as it serves this career: say how it helps you in customer service here.",
            ["unrealistic-or-unclear-goals"] = "Name the course or certificate and when you plan to finish it.",
          },
          followups = {
            {
              id = "education-why",
              when = { contains = { "degree", "university", "college", "school" } },
              text = "Why that field of study, and how will it contribute to your goals here?",
              example = "It builds the communication and problem-solving skills this role uses every day, and it prepares me for coaching others later on. I'd study part-time, so it supports my work here rather than taking me away from it.",
              why = "It answers what the guide says an interviewer probes about further study: why that field, how it serves the candidate's goals and how it serves the company.",
              advice = {
                ["misaligned-goals"] = "Show how the study serves this role and company, not a different career.",
                ["cliche-answer"] = "Say what the study teaches and where you would use it on the job.",
              },
            },
          },
        },
        {
          id = "improved-past-year",
          text = "What have you done to improve yourself in the past year?",
          example = "I took an online course in customer communication and practised it at my current job: I started asking more questions before offering a solution, and my customer ratings went up from 4.2 to 4.6 in six months. Next I want to learn de-escalation through your training, and keep growing towards a senior role.",
          why = "It shows continuous development with a concrete action and a measured result, and names the next goal in this role.",
          advice = {
            ["lack-of-aspiration"] = "Name one thing you did on purpose to get better, even a small one, and what came of it.",
            ["cliche-answer"] = "\"I always try to improve\" needs an example: what you learned, how, and what changed.",
          },
        },
      },
    },

    -- 5. Reflection: one of three.
    {
      pool = "reflection",
      pick = 1,
      questions = {
        {
          id = "proud-accomplishment",
          text = "What accomplishment are you most proud of? Why?",
          example = "At my last job I noticed that most complaints about returns came from the same three mistakes, so I rewrote our returns checklist and trained my colleagues on it. Complaints about returns dropped by about a third in four months. I'm proud of it because I fixed the cause, not just the symptom. Here I'd like to bring the same problem-solving to your team in my first year, and in the long term grow into a quality coach role by taking the quality training you offer.",
          why = "It tells a specific, measured result, says why it matters, and links the same strength to a goal in this company.",
          advice = {
            ["cliche-answer"] = "Tell one specific accomplishment: what you did, and what came of it, with a number if you have one.",
            ["lack-of-aspiration"] = "Choose something you achieved on purpose and say what it makes you want to do next.",
          },
        },
        {
          id = "progressed-as-expected",
          text = "Have you progressed in your career as you have expected?",
          example = "Mostly, yes. I planned to get two years of customer-facing experience, and I did. I expected to move into a service role sooner, but the extra time in retail taught me a lot about patience and product knowledge. This role is the next step I planned, and in the long term I want to grow into a team leader.",
          why = "It measures the career so far against earlier goals, honestly, and shows this role is the planned next step towards a long-term goal.",
          advice = {
            ["lack-of-aspiration"] = "Show that you had expectations and still set goals; \"I never really thought about it\" is a red flag for an experienced candidate.",
            ["misaligned-goals"] = "Show that the next step you expect is this role, not a different direction.",
          },
        },
        {
          id = "goal-not-reached",
          text = "Tell me about a career-related goal that you set and did not reach.",
          example = "Last year I set a goal to be promoted to shift supervisor within twelve months and I did not reach it, because I hadn't built my scheduling skills. I learned to break a goal into steps: I took a course in planning and asked my manager for feedback each month. Now I set goals with a clear plan, like becoming a senior representative here within two years.",
          why = "It admits a real missed goal, explains why, and shows what the candidate learned and how they set goals now.",
          advice = {
            ["lack-of-aspiration"] = "A missed goal is fine to tell: it shows you set goals. Say what you learned and what you aim for now.",
            ["cliche-answer"] = "\"I never give up\" is not a lesson: name what you do differently since.",
          },
          followups = {
            {
              id = "goal-not-reached-lesson",
              when = { missing = { "learned", "learnt", "lesson", "changed", "differently", "now i", "since then" } },
              text = "What did you learn from it, and what do you do differently now?",
              example = "I learned that a goal needs a plan with steps and dates. Now I write down what I need to learn, by when, and who can help me, and I check it every month with my manager. I'd use the same habit here: for example, a plan to handle escalations on my own within my first year, and to become a senior representative after two years.",
              why = "It turns a failure into a habit the candidate uses now and would bring to this role.",
              advice = {
                ["cliche-answer"] = "Name a concrete habit you changed, not a general lesson.",
                ["lack-of-aspiration"] = "Show that you set new goals after the missed one.",
              },
            },
          },
        },
      },
    },

    -- 6. Closing: how the candidate works towards goals.
    {
      id = "achieve-goals",
      text = "Finally, what do you do to achieve your professional goals?",
      example = "I break every goal into steps, some for this year and some for the long term, and give each a date. For example, this year I want to complete a customer service certification and keep my satisfaction scores above 90%; in the long term I want to lead a team. I track my progress every month and ask for feedback, so I can adjust early.",
      why = "It shows how the candidate works towards goals: short- and long-term steps with dates, tracked and adjusted with feedback.",
      advice = {
        ["cliche-answer"] = "\"I work hard\" is not a method: describe how you set, plan and check your goals.",
        ["lack-of-aspiration"] = "Show that you set goals and act on them, with one example.",
      },
      followups = {
        {
          id = "achieve-goals-example",
          when = { score_below = 60 },
          text = "Can you walk me through a goal you're working on right now, step by step?",
          example = "Right now I'm working on my de-escalation skills. Step one was an online course, which I finished last month. Step two is practising the techniques on every difficult call and noting what worked. Step three is asking for feedback from a senior colleague, with the aim of handling escalations on my own within six months.",
          why = "It backs up the method with a real goal in progress, broken into steps with a time frame.",
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
    clean = "No red flags: your goals came across as aligned, aspirational, concrete and realistic.",
    keep = "Keep preparing the same way: a short-term goal for this role, a long-term goal inside the company, and the steps that lead from one to the other.",
  },
}
