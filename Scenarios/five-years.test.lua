-- Playtests of five-years.lua (run through the real engine by the Swift tests).
-- Seeds draw the opening variant: 1 future-plans, 2 short-long, 3 five-years.
local strong = {
  five_years = "In five years I'd like to be a process improvement specialist at Brookline Logistics, running projects that make our routes faster and cheaper. In the short term I want to master our transport data: in my first year build a route delay report the planners use every week, and complete a Lean Six Sigma Green Belt. Then I'd take on improvement projects as a senior analyst.",
  short_long = "In the short term I want to be a reliable operations analyst for Brookline's planning team: in my first six months learn our transport and warehouse data, and by the end of the year deliver a weekly route delay report and finish my Green Belt. In the long term I want to lead improvement work, first as a senior analyst and within five years as a process improvement specialist here.",
  get_there = "Step one, in my first three months, is learning the systems and riding along with two drivers to see the routes. Step two, by the end of my first year, is the delay report and my Green Belt. Step three, in my second and third year, is leading two improvement projects as a senior analyst, and then applying for a specialist role.",
  first_year = "In my first quarter I'd learn our data and the planners' questions. By month six the weekly route delay report would be live. By the end of the year I'd like to have helped cut late deliveries on our two busiest routes by about 5%, and to have passed my Green Belt, checked with my manager every month.",
  fit = "Brookline competes on on-time delivery and believes in improving a little every day, which is the work I want to grow in. In this role my plan would bring fewer late deliveries for customers in my first year, and later improvement projects that reduce costs across the network. I'd like to spend those five years growing here.",
}

return {
  { name = "a strong candidate answers the five-year question and its follow-through", seed = 3,
    answers = { strong.five_years, strong.get_there, strong.first_year, strong.fit },
    expect = { asked = { "five-years", "get-there", "first-year", "fit" }, no_flags = true, score = { min = 65, max = 100 } } },

  { name = "a strong candidate with the short- and long-term wording", seed = 2,
    answers = { strong.short_long, strong.get_there, strong.first_year, strong.fit },
    expect = { asked = { "short-long", "get-there", "first-year", "fit" }, no_flags = true, score = { min = 65, max = 100 } } },

  { name = "five years somewhere else is probed for fit", seed = 3,
    answers = { "In five years I'll have moved on to a different industry. This is a stepping stone until I can become a pilot.", "It's experience, I suppose." },
    expect = { asked = { "five-years", "five-years-fit" }, flags = { "misaligned-goals" } } },

  { name = "no five-year goal is asked for one concrete goal", seed = 3,
    answers = { "I don't really have any goals. I just want a steady job, and we'll see what happens.", "Cutting late deliveries on one route within a year." },
    expect = { asked = { "five-years", "five-years-concrete" }, flags = { "lack-of-aspiration" } } },

  { name = "an over-the-top five years is asked for a realistic version", seed = 3,
    answers = { "Within two years I want to be CEO of Brookline, and I'll cut costs by 60% in my first month.", "Senior analyst in three years, after my Green Belt." },
    expect = { asked = { "five-years", "five-years-realistic" }, flags = { "unrealistic-or-unclear-goals" } } },

  { name = "short- and long-term goals elsewhere are probed for fit", seed = 2,
    answers = { "Short term, pay the bills. Long term, I want to switch careers and open my own restaurant.", "Some data skills, I guess." },
    expect = { asked = { "short-long", "short-long-fit" }, flags = { "misaligned-goals" } } },

  { name = "recited short- and long-term goals are asked for a concrete one", seed = 2,
    answers = { "I'm a team player and a hard worker who gives 110%, and I want to be the best version of myself.", "Fewer picking errors in one warehouse within a year." },
    expect = { asked = { "short-long", "short-long-concrete" }, flags = { "cliche-answer" } } },

  { name = "over-the-top short- and long-term goals are asked for a realistic version", seed = 2,
    answers = { "Short term, I want to double our on-time deliveries in my first month. Long term, I'll be running the whole company within two years.", "A dashboard in my first six months, senior analyst in three years." },
    expect = { asked = { "short-long", "short-long-realistic" }, flags = { "unrealistic-or-unclear-goals" } } },

  { name = "future plans elsewhere are probed for fit", seed = 1,
    answers = { "I'd do it for a year or two, then leave to start my own delivery business.", "I'd learn how routes work." },
    expect = { asked = { "future-plans", "future-plans-fit" }, flags = { "misaligned-goals" } } },

  { name = "no future plans are asked for one concrete goal", seed = 1,
    answers = { "I don't really have plans. I'll just do the job and see where things go.", "A weekly delay report within six months." },
    expect = { asked = { "future-plans", "future-plans-concrete" }, flags = { "lack-of-aspiration" } } },

  { name = "over-the-top future plans are asked for a realistic version", seed = 1,
    answers = { "I'll grow on-time deliveries by 50% in my first month and be operations manager within three months.", "In my first year, a delay report and my Green Belt." },
    expect = { asked = { "future-plans", "future-plans-realistic" }, flags = { "unrealistic-or-unclear-goals" } } },

  { name = "a plan without steps is asked for the first step", seed = 3,
    answers = { strong.five_years, "Hard work, mostly.", "In my first month I'd shadow the shift managers in our largest warehouse." },
    expect = { asked = { "five-years", "get-there", "get-there-first" } } },

  { name = "a first year without a measure is asked how it would be judged", seed = 3,
    answers = { strong.five_years, strong.get_there, "I'd learn the systems and get to know the planners and drivers.", "By the delay report being used weekly and late deliveries down by about 5%." },
    expect = { asked = { "five-years", "get-there", "first-year", "first-year-measure" } } },

  { name = "a fit that points elsewhere is asked what would make them stay", seed = 3,
    answers = { strong.five_years, strong.get_there, strong.first_year,
                "Honestly it's a stepping stone. I'm planning to move to a bigger company after a year or two.", "A clear path to a senior role, maybe." },
    expect = { asked = { "five-years", "get-there", "first-year", "fit", "fit-stay" }, flags = { "misaligned-goals" } } },

  { name = "a fit about what the company gives is asked what it gains", seed = 3,
    answers = { strong.five_years, strong.get_there, strong.first_year,
                "It fits because Brookline offers good training and a clear career path for analysts like me.",
                "Fewer late deliveries for customers in my first year, and lower costs later." },
    expect = { asked = { "five-years", "get-there", "first-year", "fit", "fit-contribution" } } },
}
