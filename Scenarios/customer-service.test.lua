-- Playtests of customer-service.lua (run through the real engine by the Swift tests).
-- The guide's Example 1 opens the strong cases; the other strong answers are one
-- candidate's, written apart from the scenario's examples, and reused to reach the
-- pooled questions and their follow-ups.
local example1 = "In the short term, I hope to work as a customer service representative for a company like yours. I’m excited to work for a company that is known for its excellent customer care and service in general. Starting as a customer service representative will give me the needed knowledge of the service, support, and solutions that the company offers. My primary goal is to eventually work my way from a customer service representative to a team leader. I feel that what your company offers is a strong path towards my goals and I’m very excited about what this position has to offer."

local strong = {
  motivates = "Turning a frustrated customer into a satisfied one on the first call. In my first year here I want to raise my first-contact resolution by a few points by learning the product range well, and in the long term I'd like to coach new representatives as a quality coach at Brightwater Home.",
  right_time = "I've worked three years in a hardware store, and helping customers with their problems was the part I was best at. Now I want to make customer care my profession. This role lets me build product knowledge and de-escalation skills in my first year, and in three to four years I'd like to grow into a team leader here.",
  why_company = "Brightwater Home is known for its customer care, and I've read that representatives can solve a problem without passing it on, which is how I like to work. Many of your team leaders started on the phones. In my first year I want to learn your products and processes, and over the next few years grow into a senior representative here.",
  next_job = "A role where I help customers every day and keep learning. Here I'd build my product knowledge and complaint-handling skills in my first year, and then work towards a senior representative role through the mentoring programme. I want a company I can grow with for the next several years, and Brightwater Home offers that path.",
  position_fit = "My goal is to lead a customer care team in the long term. This position is where that starts: in my first year I'll learn the products, the tools and how the team handles difficult cases, and I'll take the complaint-handling training. That is the experience a team leader needs, and I can help customers while I learn.",
  goals_aligned = "Yes. In the short term I want to become a strong, reliable representative, and this role is built for that. In the long term I want to coach others, and Brightwater Home grows its people from within with a mentoring programme and a quality and training coach path. I'd aim for the complaint-handling training in my first year.",
  career_path = "The path to quality and training coach. I'd start as a representative, aim to handle escalations as a senior representative within two years, and prepare by joining the mentoring programme and taking a coaching course in my second year.",
  learn_more = "Written replies to complaints. I'm calm on the phone, but I want my emails to solve the problem in one reply. In my first six months I'd study our best replies, take a business writing course and ask a senior colleague to review ten of my replies each month.",
  education = "Yes. Within my first year I'd like to complete a customer service certification, studying one evening a week, and later join the leadership training, because my long-term goal is to become a team leader here.",
  improved = "I took an online course in customer communication and practised it at the store: I started asking more questions before offering a solution, and my customer ratings went from 4.1 to 4.5 in six months. Next I want to learn de-escalation through your training and grow towards a senior role.",
  proud = "At the store I noticed most returns came from customers choosing the wrong size of fittings, so I made a simple sizing card and showed my colleagues how to use it. Returns of fittings fell by about a quarter in three months. Here I'd bring the same habit of fixing causes, and in the long term grow into a quality coach.",
  progressed = "Mostly, yes. I planned to spend two or three years in retail learning to handle customers and then move into customer service, and I'm doing that now. It took a year longer than I expected, but it taught me patience. In the long term I want to lead a team here.",
  goal_not_reached = "Last year I aimed to become assistant store manager within twelve months and didn't reach it, because I hadn't learned to plan rotas. I learned to break a goal into steps with dates: I took a scheduling course and asked my manager for monthly feedback. Now I set goals with a plan, like handling escalations here within my first year.",
  achieve = "I write each goal down with a date and split it into steps. This year I want to complete a customer service certification and keep my satisfaction score above the team target; in the long term I want to lead a team. Every month I check my progress with my manager and adjust.",
}

-- An opening answer that raises nothing and asks for no follow-up, for the cases that
-- test later questions (so that they do not depend on how the opening is scored).
local opening = "In the short term I want to learn Brightwater Home's products and systems and, within my first year, solve most questions on the first contact and finish the complaint-handling training. In the long term I'd like to grow into a team leader here, by taking on escalations in my second year and joining the mentoring programme."

local misaligned = "Honestly, it's a stepping stone until I can start my career in graphic design."
local still_misaligned = "I'd stay a year or so, and then move on to something better at another company."

return {
  { name = "a strong candidate opens with the guide's example 1 and takes the plain path", seed = 1,
    answers = { example1, strong.motivates, strong.right_time, strong.position_fit, strong.improved, strong.proud, strong.achieve },
    expect = {
      asked = { "goals", "what-motivates", "right-time", "position-fit", "improved-past-year", "proud-accomplishment", "achieve-goals" },
      no_flags = true,
      score = { min = 70, max = 100 },
    } },

  { name = "a strong candidate with another draw of the pools", seed = 8,
    answers = { example1, strong.right_time, strong.next_job, strong.goals_aligned, strong.education, strong.progressed, strong.achieve },
    expect = {
      asked = { "goals", "right-time", "next-job", "goals-aligned", "education", "progressed-as-expected", "achieve-goals" },
      no_flags = true,
      score = { min = 70, max = 100 },
    } },

  { name = "a stepping stone is probed for fit, twice", seed = 1,
    answers = { misaligned, still_misaligned, "If I could grow into a team leader, maybe." },
    expect = { asked = { "goals", "goals-fit", "goals-fit-stay" }, flags = { "misaligned-goals" } } },

  { name = "no goals at all is probed for aspiration", seed = 1,
    answers = { "I don't really have goals. I just want a job.", "A year from now I'd like to know the products well and handle escalations." },
    expect = { asked = { "goals", "goals-aspiration" }, flags = { "lack-of-aspiration" } } },

  { name = "the guide's over-the-top goal is probed for realism", seed = 1,
    answers = { "I want to grow the client portfolio by 50% in my first month.", "In my first year I'd like my satisfaction score above the team target." },
    expect = { asked = { "goals", "goals-realistic" }, flags = { "unrealistic-or-unclear-goals" } } },

  { name = "a recited answer is asked for a concrete goal", seed = 1,
    answers = { "I'm a team player and a hard worker who always gives 110%.", "Cutting my handling time by 10% in my first year." },
    expect = { asked = { "goals", "goals-concrete" }, flags = { "cliche-answer" } } },

  { name = "a short-term goal alone is asked for the long term", seed = 1,
    answers = {
      "In my first year I want to learn your products and reach a customer satisfaction score above 90% by asking for feedback on my calls every week.",
      "In five years I'd like to lead a team here, after taking your leadership training.",
    },
    expect = { asked = { "goals", "goals-long-term" } } },

  { name = "a long-term goal without a plan is asked how", seed = 1,
    answers = { "In five years I'd like to be a team leader at Brightwater Home.", "By learning the products first, then taking the leadership training." },
    expect = { asked = { "goals", "goals-how" } } },

  { name = "motivation and company answers that point elsewhere are probed twice each", seed = 3,
    answers = {
      opening,
      "Honestly, the money. It's a stepping stone until I can start my career in graphic design.", still_misaligned, "Growth, I suppose.",
      "It's close to home and it's a stepping stone until I find a design job.", still_misaligned, "A promotion, maybe.",
    },
    expect = {
      asked = { "goals", "what-motivates", "what-motivates-fit", "what-motivates-fit-stay",
                "why-company", "why-company-fit", "why-company-fit-stay" },
      flags = { "misaligned-goals" },
    } },

  { name = "timing and next-job answers that point elsewhere are probed twice each", seed = 2,
    answers = {
      opening,
      "It's a stepping stone until I can start my career in graphic design.", still_misaligned, "A better job title.",
      "Something temporary to pay the bills while I study photography.", still_misaligned, "If the pay went up.",
    },
    expect = {
      asked = { "goals", "right-time", "right-time-fit", "right-time-fit-stay", "next-job", "next-job-fit", "next-job-fit-stay" },
      flags = { "misaligned-goals" },
    } },

  { name = "a position that does not fit is probed twice", seed = 1,
    answers = { opening, strong.motivates, strong.right_time, misaligned, still_misaligned, "More pay, probably." },
    expect = { asked_includes = { "position-fit-stay", "position-fit-stay-stay" }, flags = { "misaligned-goals" } } },

  { name = "goals that do not align are probed twice", seed = 8,
    answers = { opening, strong.right_time, strong.next_job, misaligned, still_misaligned, "A design role, to be honest." },
    expect = { asked_includes = { "goals-aligned-fit", "goals-aligned-fit-stay" }, flags = { "misaligned-goals" } } },

  { name = "a thin reason for the company is asked what they know", seed = 6,
    answers = { opening, "I like the products.", "You let representatives solve problems themselves, and your team leaders started on the phones." },
    expect = { asked = { "goals", "why-company", "why-company-research" } } },

  { name = "a career path without a plan is asked for the first year", seed = 5,
    answers = { opening, strong.right_time, strong.why_company, "Team leader.", "Learn the products, then ask for escalations." },
    expect = { asked = { "goals", "right-time", "why-company", "career-path", "career-path-how" } } },

  { name = "a wish to learn without a plan is asked for a first step", seed = 2,
    answers = { opening, strong.right_time, strong.next_job, strong.position_fit, "Product knowledge.", "Shadowing a senior colleague in my first month." },
    expect = { asked_includes = { "learn-more", "learn-more-how" } } },

  { name = "a degree mentioned is probed: why, and how it helps", seed = 8,
    answers = {
      opening, strong.right_time, strong.next_job, strong.goals_aligned,
      "Yes, I'd like to start a part-time degree in business communication at the local college next year.",
      "It teaches the writing and problem-solving I use with customers every day, and it prepares me to coach others later on.",
    },
    expect = { asked_includes = { "education", "education-why" } } },

  { name = "a missed goal without a lesson is asked what changed", seed = 9,
    answers = {
      opening, strong.why_company, strong.right_time, strong.position_fit, strong.learn_more,
      "I wanted a promotion at the store last year, but someone else got it.",
      "I learned to plan a goal in steps, and now I check them with my manager each month.",
    },
    expect = { asked_includes = { "goal-not-reached", "goal-not-reached-lesson" } } },

  { name = "a vague method is asked for a goal in progress", seed = 1,
    answers = { opening, strong.motivates, strong.right_time, strong.position_fit, strong.improved, strong.proud,
                "I just try my best.", "I'm taking a communication course: two modules done, the last one in June." },
    expect = { asked_includes = { "achieve-goals-example" } } },
}
