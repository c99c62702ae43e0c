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
--- measurable, with an action plan).

local red_flags = require("red_flags")

--- Words that show a long-term goal was given (for the follow-up asking for one).
local LONG_TERM_WORDS = {
  "long term", "long-term", "longer term", "eventually", "five years", "ten years", "in the future",
  "one day", "someday", "later on", "down the line", "ultimately", "over the next years",
  "team leader", "lead a team", "leading a team", "my own team", "senior", "specialist", "coach",
}

--- The criteria's names in plain words, and what to work on when one is low.
local CRITERIA_TIPS = {
  alignment = "Tie each goal to this role and to Brightwater Home: where you start, where you want to grow (senior representative, team leader, quality and training coach) and how that helps customers.",
  specificity = "Make your goals specific and measurable: a time frame (\"within my first year\"), a number you can track, the skills you will build.",
  ambition = "Tell a short-term goal for this role apart from a long-term one, and show that you want to keep developing.",
  ["action-plan"] = "Say how you will reach each goal: training, a course or certification, the mentoring on offer, taking on harder cases, asking for feedback.",
  delivery = "Keep answers to the point: a few clear sentences, without filler or hedging.",
}
local CRITERIA_ORDER = { "alignment", "specificity", "ambition", "action-plan", "delivery" }
--- A criterion whose average is below this gets its tip in the feedback.
local TIP_BELOW = 65

--- A follow-up asking how, for an answer whose action plan scored low.
---@param id string
---@param question string
---@param example string
---@return table followup
local function probe_plan(id, question, example)
  return {
    id = id,
    when = function(answer, evaluation)
      local plan = evaluation.scores["action-plan"]
      return plan ~= nil and plan < 50
    end,
    text = question,
    example = example,
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
    followups = {
      {
        id = id .. "-stay",
        when = { flag = "misaligned-goals" },
        text = "What would make you want to build your career with us for the next few years?",
        example = "Room to grow and to learn. If I can take on harder cases in my first year, join the mentoring programme and work towards a team leader role, I'd want to stay and grow with Brightwater Home for the long term.",
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
  plugins = { "red_flags", "goal_quality" },
  max_followup_depth = 2,

  questions = {
    -- 1. The opening question, answered by the guide's Example 1.
    {
      id = "goals",
      text = "Let's start with your plans. What are your short- and long-term career goals?",
      example = "In the short term, I hope to work as a customer service representative for a company like yours. I’m excited to work for a company that is known for its excellent customer care and service in general. Starting as a customer service representative will give me the needed knowledge of the service, support, and solutions that the company offers. My primary goal is to eventually work my way from a customer service representative to a team leader. I feel that what your company offers is a strong path towards my goals and I’m very excited about what this position has to offer.",
      followups = {
        probe_misaligned("goals-fit"),
        {
          id = "goals-aspiration",
          when = { flag = "lack-of-aspiration" },
          text = "Let's make it concrete. A year from now, what would you like to have learned or achieved in this role?",
          example = "A year from now I'd like to know our product range well enough to solve most questions on the first contact, to have finished the complaint-handling training, and to be trusted with escalations. That would set me up for my longer-term goal of becoming a team leader.",
        },
        {
          id = "goals-realistic",
          when = { flag = "unrealistic-or-unclear-goals" },
          text = "What would a realistic but challenging first year look like for you here, and how would you measure it?",
          example = "In my first three months I'd learn the systems and products; by the end of the first year I'd like my customer satisfaction score to be above the team target and my first-contact resolution up by a few points. I'd measure it with the monthly quality reviews and ask my team leader where to improve.",
        },
        {
          id = "goals-concrete",
          when = { flag = "cliche-answer" },
          text = "Can you give me a concrete example: a goal you would set yourself in this role, and how you'd know you reached it?",
          example = "One goal would be to cut my average handling time by about 10% in my first year without lowering my satisfaction scores. I'd get there by building my own notes on the most common questions and reviewing two of my calls with my team leader every month.",
        },
        {
          id = "goals-long-term",
          when = { missing = LONG_TERM_WORDS },
          text = "And in the long term? Where would you like to be in five years?",
          example = "In five years I'd like to be a team leader at Brightwater Home, coaching a team to give the kind of service the company is known for. To get there I'd first become a senior representative who handles escalations, and take the leadership training the company offers.",
        },
        probe_plan("goals-how", "How do you plan to get there?",
          "Step by step: first I'll learn the products and systems and ask for feedback on my calls every week. Then I'll volunteer for the harder cases and escalations, and in my second year I'd apply for the mentoring programme and the team leader training."),
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
          followups = {
            probe_misaligned("why-company-fit"),
            {
              id = "why-company-research",
              when = { score_below = 55 },
              text = "What do you know about the way we look after our customers?",
              example = "I know you put the customer first and trust representatives to solve a problem without passing it on, and that many of your team leaders started on the phones. That's how I like to work. In my first three months I'd learn your way of doing it by shadowing senior colleagues, and over time I'd like to help the team keep its satisfaction scores high and grow into a senior role.",
            },
          },
        },
        {
          id = "what-motivates",
          text = "What motivates you?",
          example = "Solving a customer's problem so well that they leave the call happier than they started. It motivates me to get better every week: in this role I want to improve my first-contact resolution in my first year, and in the long term I'd like to become a quality coach who helps the whole team do that.",
          followups = { probe_misaligned("what-motivates-fit") },
        },
        {
          id = "right-time",
          text = "Why is this job the right one at this time in your career?",
          example = "I've spent two years in retail, and I know I'm at my best when I'm helping customers. This job is the right next step because it lets me build real customer service skills at a company known for them. In the short term I want to master your products and tools; in the long term I'd like to grow into a team leader here.",
          followups = { probe_misaligned("right-time-fit") },
        },
        {
          id = "next-job",
          text = "What are you looking for in your next job position?",
          example = "A role where I can learn and grow with the company. Here I'd get to handle customers every day, build my communication and de-escalation skills, and have a path forward: the mentoring programme, and later on a senior representative or team leader role. I'm looking for a place to build my career for the next several years.",
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
          followups = { probe_misaligned("position-fit-stay") },
        },
        {
          id = "goals-aligned",
          text = "Do you think this position aligns with your professional goals? In which way?",
          example = "Yes. My short-term goal is to become a strong, reliable representative, and this role is built for that. My long-term goal is to coach others, and Brightwater Home grows its people from within, with a mentoring programme and a path to quality and training coach. Both goals fit what you need from this role.",
          followups = { probe_misaligned("goals-aligned-fit") },
        },
        {
          id = "career-path",
          text = "What career path interests you most in this company?",
          example = "The path towards quality and training coach interests me most. I'd start as a representative, aim to be a senior representative handling escalations within two years, and then help train new colleagues. I'd prepare by joining the mentoring programme and taking a coaching course.",
          followups = {
            probe_plan("career-path-how", "What would you do in your first year to move along that path?",
              "I'd learn every product line in my first three months, ask for feedback on my calls each month, volunteer for escalations, and apply for the mentoring programme before the end of the year."),
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
          followups = {
            probe_plan("learn-more-how", "What concrete step would you take first?",
              "I'd ask to shadow a senior representative on escalation calls in my first month, and sign up for the complaint-handling course in the first quarter."),
          },
        },
        {
          id = "education",
          text = "Are you planning to pursue additional education or training? If so, what do you have in mind?",
          example = "Yes. Within my first year I'd like to complete a customer service certification, and I'm already taking an online course in communication skills. Later on I'd like to join the company's leadership training, because my long-term goal is to become a team leader here.",
          followups = {
            {
              id = "education-why",
              when = { contains = { "degree", "university", "college", "school" } },
              text = "Why that field of study, and how will it contribute to your goals here?",
              example = "It builds the communication and problem-solving skills this role uses every day, and it prepares me for coaching others later on. I'd study part-time, so it supports my work here rather than taking me away from it.",
            },
          },
        },
        {
          id = "improved-past-year",
          text = "What have you done to improve yourself in the past year?",
          example = "I took an online course in customer communication and practised it at my current job: I started asking more questions before offering a solution, and my customer ratings went up from 4.2 to 4.6 in six months. Next I want to learn de-escalation through your training, and keep growing towards a senior role.",
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
        },
        {
          id = "progressed-as-expected",
          text = "Have you progressed in your career as you have expected?",
          example = "Mostly, yes. I planned to get two years of customer-facing experience, and I did. I expected to move into a service role sooner, but the extra time in retail taught me a lot about patience and product knowledge. This role is the next step I planned, and in the long term I want to grow into a team leader.",
        },
        {
          id = "goal-not-reached",
          text = "Tell me about a career-related goal that you set and did not reach.",
          example = "Last year I set a goal to be promoted to shift supervisor within twelve months and I did not reach it, because I hadn't built my scheduling skills. I learned to break a goal into steps: I took a course in planning and asked my manager for feedback each month. Now I set goals with a clear plan, like becoming a senior representative here within two years.",
          followups = {
            {
              id = "goal-not-reached-lesson",
              when = { missing = { "learned", "learnt", "lesson", "changed", "differently", "now i", "since then" } },
              text = "What did you learn from it, and what do you do differently now?",
              example = "I learned that a goal needs a plan with steps and dates. Now I write down what I need to learn, by when, and who can help me, and I check it every month with my manager. I'd use the same habit here: for example, a plan to handle escalations on my own within my first year, and to become a senior representative after two years.",
            },
          },
        },
      },
    },

    -- 6. Closing: how the candidate works towards goals.
    {
      id = "achieve-goals",
      text = "Finally, what do you do to achieve your professional goals?",
      example = "I split every goal into a short-term step and a long-term one, and give each a date. For example, this year I want to complete a customer service certification and keep my satisfaction scores above 90%; in the long term I want to lead a team. I track my progress every month and ask for feedback, so I can adjust early.",
      followups = {
        {
          id = "achieve-goals-example",
          when = { score_below = 60 },
          text = "Can you walk me through a goal you're working on right now, step by step?",
          example = "Right now I'm working on my de-escalation skills. Step one was an online course, which I finished last month. Step two is practising the techniques on every difficult call and noting what worked. Step three is asking for feedback from a senior colleague, with the aim of handling escalations on my own within six months.",
        },
      },
    },
  },

  --- Overall feedback: the red flags raised (with the guide's advice) and a tip for
  --- each criterion that stayed low.
  ---@param session table `{ score, criteria, flags, turns, … }` from the host
  ---@return table feedback `{ summary = "…", advice = { "…" } }`
  feedback = function(session)
    local answered = 0
    for _, turn in ipairs(session.turns) do
      if turn.score then answered = answered + 1 end
    end
    local counts, order = {}, {}
    for _, flag in ipairs(session.flags) do
      if not counts[flag.id] then order[#order + 1] = flag.id end
      counts[flag.id] = (counts[flag.id] or 0) + 1
    end

    local parts = { string.format("Average score %d/100 over %d answers.", session.score, answered) }
    if #order > 0 then
      local names = {}
      for _, id in ipairs(order) do names[#names + 1] = string.format("%s (%d)", id, counts[id]) end
      parts[#parts + 1] = "Red flags raised: " .. table.concat(names, ", ") .. "."
    elseif answered > 0 then
      parts[#parts + 1] = "No red flags: your goals came across as aligned, aspirational, concrete and realistic."
    end

    local advice = {}
    for _, id in ipairs(order) do advice[#advice + 1] = red_flags.advice(id) end
    for _, criterion in ipairs(CRITERIA_ORDER) do
      local value = session.criteria[criterion]
      if value and value < TIP_BELOW then advice[#advice + 1] = CRITERIA_TIPS[criterion] end
    end
    if #advice == 0 then
      advice[1] = "Keep preparing the same way: a short-term goal for this role, a long-term goal inside the company, and the steps that lead from one to the other."
    end
    return { summary = table.concat(parts, " "), advice = advice }
  end,
}
