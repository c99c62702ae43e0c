-- Playtests of graduate-program.lua (run through the real engine by the Swift tests).
-- The guide's Example 3 opens the first strong case; the other strong answers are one
-- graduate's, written apart from the scenario's examples, and reused to reach the pooled
-- questions and their follow-ups.
local example3 = "One of the reasons I want to work for this company is because I find the opportunities that you offer to develop myself exciting. The mentorship program within the company sounds very attractive to me in order to progress my career and knowledge-levels. In five years, I want to be an expert in my field and add value to the company by leading my own team in some capacity. Also, I want to become a person that others can go to, to discuss ideas and strategies. Furthermore, I would like to develop myself as a professional that can help and mentor co-workers and be a part of the mentorship program myself."

local strong = {
  five_years = "In my first year on the programme I want to complete two rotations and find the area I'm best at, probably grid planning. In five years I'd like to be a specialist in grid planning at Greenhaven Energy, the person colleagues ask about connecting new wind parks, and to lead small projects. I'll get there through the rotations, a course in power systems and regular feedback.",
  mentor = "I'd like to learn how an experienced engineer weighs cost against risk when planning a grid connection. I'd bring the power-flow modelling I learned at university and my questions from each rotation, and in a few years I'd like to be a mentor myself.",
  motivates = "Seeing a plan I worked on become something real. For example, in my final-year project my team designed a solar carport for the campus, and the university is building it next year. In my first year here I want to contribute to one grid connection from study to build, and in the long term plan projects like that myself.",
  why_company = "Greenhaven builds wind and solar parks, and grid planning is the area I want to grow in. Your graduate programme lets me see planning, operations and trading before I choose, with a mentor from another team. In my first year I'd bring my modelling skills to the planning team, and in five years I'd like to be a grid specialist here.",
  learn_more = "How grid connections are negotiated with network operators. At university I learned the technical side, not the process. In my first year I'd learn it in the planning rotation, take the company's grid connection course in my first six months and ask my mentor to review my work each month.",
  education = "In my first year I want to take the company's power systems course, and within three years earn a chartered engineer status, which the planning team values. Both help my goal of becoming a grid specialist here.",
  education_why = "Because grid planning is where the company needs engineers most as it builds more parks. The course and the chartered status would make me a specialist within a few years, and Greenhaven would gain an engineer who can sign off connection studies.",
  proud = "My final-year project: my team of four designed a solar carport for the campus, I did the electrical design, and the university approved it for building next year. I'm proud because I learned to turn a model into something real. Here I'd bring that to the planning rotation in my first year, and grow into a grid specialist in the long term.",
  improved = "I wanted to get better at explaining technical work, so I tutored first-year students in electrical engineering every week during my final year. My tutoring feedback went up from 3.8 to 4.6 out of 5. Next I want to present connection studies to the planning team in my first rotation, and ask my mentor for feedback each month.",
  position_fit = "My goal is to become a grid planning specialist and, in a few years, to lead small connection projects. This position fits because the programme gives me two years to learn the business in rotations, with a mentor, before I specialise. In my first year I want to finish two rotations and contribute to one connection study.",
  next_job = "A place where I can learn from experienced engineers and be useful early. Here the rotations let me contribute to a different team every six months, and I'd bring power-flow modelling skills from my degree. In my first year I'd aim to take one study off a team's hands, and over time grow into a grid specialist here.",
  achieve = "I set a date for each step and check it weekly. For my final-year project I planned each design stage with my team, met our supervisor every two weeks and delivered a week early. Here I'd set a goal for each rotation in my first year and review it with my mentor every month, towards becoming a grid specialist.",
}

return {
  { name = "a strong graduate opens with the guide's example 3 and is asked about the mentorship", seed = 1,
    answers = { example3, strong.mentor, strong.motivates, strong.education, strong.education_why, strong.proud,
                strong.position_fit, strong.achieve },
    expect = {
      asked = { "five-years", "five-years-mentorship", "what-motivates", "education", "education-why",
                "proud-accomplishment", "position-fit", "achieve-goals" },
      no_flags = true,
      score = { min = 70, max = 100 },
    } },

  { name = "a strong graduate with another draw of the pools", seed = 2,
    answers = { strong.five_years, strong.why_company, strong.learn_more, strong.improved, strong.next_job, strong.achieve },
    expect = {
      asked = { "five-years", "why-company", "learn-more", "improved-past-year", "next-job", "achieve-goals" },
      no_flags = true,
      score = { min = 70, max = 100 },
    } },

  { name = "five years that lead away from the company are probed for fit", seed = 1,
    answers = {
      "In five years I hope to have switched careers and be running my own design studio. This job is a way to pay off my student loan first.",
      "It would give me some experience, I suppose.",
    },
    expect = { asked = { "five-years", "five-years-fit" }, flags = { "misaligned-goals" } } },

  { name = "no plans at all get a gentle, smaller question", seed = 1,
    answers = {
      "Honestly, I haven't really thought about it. I don't have any plans, I'll just see what happens.",
      "By the end of my first year I'd like to have done two rotations and know which area suits me.",
    },
    expect = { asked = { "five-years", "five-years-start" }, flags = { "lack-of-aspiration" } } },

  { name = "an over-the-top five years is brought closer", seed = 1,
    answers = {
      "Within a year I want to be head of trading, and in five years I'll be the CEO of Greenhaven.",
      "In my first year I'd like to finish two rotations and own one analysis a team uses.",
    },
    expect = { asked = { "five-years", "five-years-realistic" }, flags = { "unrealistic-or-unclear-goals" } } },

  { name = "a recited five years is asked for something concrete", seed = 1,
    answers = {
      "I see myself as a hard-working team player and a fast learner who always gives 110%.",
      "Concretely, a grid planning specialist here, after the power systems course in my first year.",
    },
    expect = { asked = { "five-years", "five-years-concrete" }, flags = { "cliche-answer" } } },

  { name = "a five-year goal without a first step is asked about the programme", seed = 1,
    answers = {
      "In five years I'd like to be a specialist in energy forecasting at Greenhaven Energy, leading a small analysis team.",
      "During the programme I'd like to do the trading rotation and take the data analysis course.",
    },
    expect = { asked = { "five-years", "five-years-first-year" } } },

  { name = "a reason that fits any employer is asked what they know", seed = 2,
    answers = {
      strong.five_years,
      "It seems like a good place to start my career, and the office is nice.",
      "You build wind and solar parks, and every graduate has a mentor from another team.",
    },
    expect = { asked = { "five-years", "why-company", "why-company-research" } } },

  { name = "a motivation without an example is asked for one", seed = 1,
    answers = {
      strong.five_years,
      "Solving problems with data and seeing my work used. In my first year I'd like to own one analysis a team relies on.",
      "During my internship I automated a weekly report the team then used every week.",
    },
    expect = { asked = { "five-years", "what-motivates", "what-motivates-example" } } },

  { name = "a subject without a plan is asked how and by when", seed = 2,
    answers = { strong.five_years, strong.why_company, "Energy markets, I guess.", "In the trading rotation, in my first year." },
    expect = { asked = { "five-years", "why-company", "learn-more", "learn-more-how" } } },

  { name = "an accomplishment not linked to the programme is asked how it helps", seed = 1,
    answers = {
      strong.five_years, strong.motivates, strong.education, strong.education_why,
      "My thesis on smart-meter data, which got a distinction.",
      "It taught me to handle large data sets, which I'd use in my first rotation here.",
    },
    expect = { asked_includes = { "proud-accomplishment", "proud-role" } } },

  { name = "a wish list is asked what the graduate brings", seed = 2,
    answers = {
      strong.five_years, strong.why_company, strong.learn_more, strong.improved,
      "Good training, a friendly team and a mentor who helps me grow.",
      "My modelling skills from university, which I'd use on the planning team's studies.",
    },
    expect = { asked_includes = { "next-job", "next-job-give" } } },

  { name = "a position that does not fit is asked where it leads", seed = 1,
    answers = {
      strong.five_years, strong.motivates, strong.education, strong.education_why, strong.proud,
      "It doesn't really. It's a stepping stone until I can start my career in journalism.",
      "Maybe into the communications team.",
    },
    expect = { asked_includes = { "position-fit", "position-fit-stay" }, flags = { "misaligned-goals" } } },

  { name = "a method without steps is asked for a walk-through", seed = 2,
    answers = {
      strong.five_years, strong.why_company, strong.learn_more, strong.improved, strong.next_job,
      "I stay motivated and keep my goals in mind.",
      "For my thesis I set a date for each chapter and met my supervisor every two weeks.",
    },
    expect = { asked_includes = { "achieve-goals", "achieve-goals-example" } } },
}
