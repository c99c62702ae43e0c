-- Playtests of project-coordinator.lua (run through the real engine by the Swift tests).
-- Strong answers of one candidate, written apart from the scenario's examples, reused to
-- reach the pooled questions and their follow-ups.
local strong = {
  goals_plain = "In the short term I want to coordinate two cross-department projects on my own within my first year here and earn the CAPM certification. In five years I'd like to be a project manager at Tessera Group. I'll get there by asking for more complex projects each year and by taking the internal project-management training.",
  leadership = "Chairing the weekly meeting of one workstream, say the supplier part of a roll-out, with three colleagues from purchasing and finance. I'd learn to run meetings and give feedback by shadowing a project manager in my first six months.",
  aligned = "Yes. My short-term goal is to get better at planning and stakeholder communication, which is the daily work of this role. My long-term goal is to manage projects and later a team, and Tessera promotes its project managers from the coordinator role. In my first year I'd aim to deliver two projects on their milestones and finish my certification.",
  right_time = "For two years I've organised training events at a hospital, with four departments involved each time. Last spring I finished a course in project management. Now I want to make coordination my job: here I'd coordinate projects across departments from the start, and within three to four years I'd like to grow into a project manager at Tessera.",
  position_fit = "It's the step between the event planning I do now and managing projects. Here I'd coordinate projects across engineering, finance and sales, which builds my planning and communication skills. In my first year I want to run two projects' schedules on my own; in the long term I'd like to be a project manager at Tessera.",
  motivates = "Getting people from different teams to agree on a plan. For example, last year I brought four hospital departments together for a training week, and seeing it run on schedule was the best part of my year. Here I want to do that on every project in my first year, and grow into a project manager over the next few years.",
  why_company = "Because your roll-outs bring engineering, operations, finance and support together, and coordinating that is the work I want to do. I also know your project managers often start as coordinators. In my first year I'd learn your process and deliver two projects, and in a few years I'd like to manage projects here.",
  learn_more = "Planning under uncertainty: estimating, tracking risks and re-planning when something slips. In my first year I want to take a course in risk management and keep the risk log on my projects, reviewing it with my project manager every two weeks.",
  education_plain = "Yes. I want to earn the CAPM certification within my first year here, studying two evenings a week. It supports my goal of becoming a project manager at Tessera, and I'd use the methods on the projects I coordinate from my first month.",
  education_why = "Because it teaches the planning and risk methods our projects use. It helps my goal of managing projects in a few years, and it helps the company because I'd use those methods on the projects I coordinate in my first year.",
  career_path = "Coordinator to project manager, then a team lead in the project office. In my first year I'd coordinate two projects on my own and earn my certification; within three years I'd like to manage smaller projects myself, and I'd prepare by taking the internal leadership course.",
  progressed = "Mostly, yes. I planned to move from administration into project work within three years and did it in two, by taking on our events. I expected to have my certification by now and I'm halfway through. This role is the step I planned, and in the long term I want to manage projects and a team here.",
  proud = "Organising a training week for four hospital departments last year: I built the plan, ran weekly check-ins and kept a shared list of open issues, and all twelve sessions ran on schedule. I'm proud of it because different teams worked as one. Here I'd like to do the same on larger projects in my first year, and grow into a project manager in the long term.",
  achieve = "I write each goal down with a date and split it into steps. This year my goals are to finish my certification and deliver my projects on their milestones; in the long term I want to manage a team. I check my progress every month with my manager and adjust the plan when I fall behind.",
}

return {
  { name = "a strong candidate opens with the guide's example 2 and takes the plain path", seed = 1,
    answers = {
      "My short-term goals are fairly simple. I want to further develop and use my communication and project management skills in this job. I’m focused on gaining as much experience as I can over the next years to eventually grow into a position that will allow me to continue to use these skills while also managing my own team. I want to achieve these goals by working on different projects and on different teams. To be able to manage a team effectively, communication is key, and I look forward to taking on small leadership roles, eventually working my way up. This opportunity is the right one for me since it’s the next step in my career that allows me to continue to grow as a professional. Furthermore, one of my key motivators is the ability to work with different coworkers from different departments, so this is especially exciting about this opportunity for me.",
      strong.leadership, strong.aligned, strong.motivates, strong.learn_more, strong.career_path, strong.progressed, strong.achieve,
    },
    expect = {
      asked = { "goals", "goals-leadership", "goals-aligned", "what-motivates", "learn-more", "career-path",
                "progressed-as-expected", "achieve-goals" },
      no_flags = true,
      score = { min = 70, max = 100 },
    } },

  { name = "a strong candidate with another draw of the pools", seed = 2,
    answers = { strong.goals_plain, strong.right_time, strong.why_company, strong.learn_more, strong.career_path,
                strong.proud, strong.achieve },
    expect = {
      asked = { "goals", "right-time", "why-company", "learn-more", "career-path", "proud-accomplishment", "achieve-goals" },
      no_flags = true,
      score = { min = 70, max = 100 },
    } },

  { name = "a stepping stone to another career is probed for fit", seed = 1,
    answers = {
      "Honestly this is a stepping stone for me. I'll do it for a year or two to pay the bills until I can switch careers and become a graphic designer.",
      "It would give me some office experience, I suppose.",
    },
    expect = { asked = { "goals", "goals-fit" }, flags = { "misaligned-goals" } } },

  { name = "no goals at all is probed for aspiration", seed = 1,
    answers = {
      "I don't really have any goals. I just want a steady job and a paycheck.",
      "A year from now I'd like to have coordinated two projects from start to finish and passed the CAPM exam.",
    },
    expect = { asked = { "goals", "goals-aspiration" }, flags = { "lack-of-aspiration" } } },

  { name = "an over-the-top goal is probed for realism", seed = 1,
    answers = {
      "Within three months I want to be running the whole project office, and I'd like to be CEO of Tessera within two years.",
      "By the end of my first year I'd like to coordinate two projects on my own and deliver them on their milestones.",
    },
    expect = { asked = { "goals", "goals-realistic" }, flags = { "unrealistic-or-unclear-goals" } } },

  { name = "a recited answer is asked for a concrete goal", seed = 1,
    answers = {
      "I'm a team player and a hard worker, a real people person, and I always give 110% in everything I do.",
      "One goal: within six months, a one-page weekly status update for each project I coordinate, read by every department lead.",
    },
    expect = { asked = { "goals", "goals-concrete" }, flags = { "cliche-answer" } } },

  { name = "a short-term goal alone is asked for the long term", seed = 1,
    answers = {
      "In my first year I want to coordinate two cross-department projects on my own and earn the CAPM certification by studying two evenings a week.",
      "In five years I'd like to be a project manager at Tessera, managing a small team of coordinators.",
    },
    expect = { asked = { "goals", "goals-long-term" }, not_asked = { "goals-how" } } },

  { name = "a goal without a plan is asked how", seed = 1,
    answers = {
      "In five years I'd like to be a project manager here at Tessera Group.",
      "First I'd coordinate projects with a senior manager, then earn my certification in my first year, then ask for projects of my own.",
    },
    expect = { asked = { "goals", "goals-how" } } },

  { name = "misaligned answer to how the position fits", seed = 3,
    answers = {
      strong.goals_plain,
      "It doesn't really, to be honest. I'm planning to leave once I've saved enough to open my own cafe.",
      "I suppose I could stay if the projects were interesting.",
    },
    expect = { asked = { "goals", "position-fit", "position-fit-stay" }, flags = { "misaligned-goals" } } },

  { name = "misaligned answer to why now", seed = 2,
    answers = {
      strong.goals_plain,
      "It's a stepping stone. I only need this job until something better comes along at a bigger company.",
      "Somewhere bigger, probably a competitor.",
    },
    expect = { asked = { "goals", "right-time", "right-time-fit" }, flags = { "misaligned-goals" } } },

  { name = "misaligned answer to whether the position aligns", seed = 1,
    answers = {
      strong.goals_plain,
      "Not really. My real passion is photography and I want to become a photographer, this is just a temporary job.",
      "It would pay the bills while I build my portfolio.",
    },
    expect = { asked = { "goals", "goals-aligned", "goals-aligned-fit" }, flags = { "misaligned-goals" } } },

  { name = "a reason that could fit any employer is asked about the company", seed = 2,
    answers = {
      strong.goals_plain, strong.right_time,
      "It seems like a good place to work, the office is close to where I live and the salary is fair.",
      "Your projects mix engineering, finance and support, and coordinators grow into project managers here, which is my goal within four years.",
    },
    expect = { asked_includes = { "why-company-research" } } },

  { name = "a motivation without an example is asked for one", seed = 1,
    answers = {
      strong.goals_plain, strong.aligned,
      "Finishing projects on schedule with people from different teams. In this role I want to deliver my projects on their milestones in my first year and grow into a project manager over the next few years.",
      "Last year I kept a training week for four departments on schedule when a trainer dropped out.",
    },
    expect = { asked = { "goals", "goals-aligned", "what-motivates", "what-motivates-example" } } },

  { name = "a course mentioned is probed: why, and how it helps", seed = 8,
    answers = {
      strong.goals_plain, strong.right_time, strong.motivates,
      "Yes, I'd like to take the PRINCE2 Foundation course within my first year.",
      strong.education_why,
    },
    expect = { asked = { "goals", "right-time", "what-motivates", "education", "education-why" }, no_flags = true } },

  { name = "a career path without steps is asked for the first year", seed = 1,
    answers = {
      strong.goals_plain, strong.aligned, strong.motivates, strong.learn_more,
      "Project management interests me most.",
      "I'd coordinate two projects and earn my certification in my first year.",
    },
    expect = { asked_includes = { "career-path-steps" } } },

  { name = "a missed goal without a lesson is asked what changed", seed = 8,
    answers = {
      strong.goals_plain, strong.right_time, strong.motivates, strong.education_plain, strong.education_why, strong.career_path,
      "Last year I wanted to be promoted to office manager, but the job went to a colleague with more experience.",
      "I learned to plan my goals in steps with dates, and now I review them with my manager each month.",
    },
    expect = { asked_includes = { "goal-not-reached", "goal-not-reached-lesson" } } },

  { name = "a method without steps is asked for a walk-through", seed = 2,
    answers = {
      strong.goals_plain, strong.right_time, strong.why_company, strong.learn_more, strong.career_path, strong.proud,
      "I write my goals down and keep them in mind.",
      "Right now I'm studying for the CAPM exam: the course is done, I practise questions weekly and I sit the exam in September.",
    },
    expect = { asked_includes = { "achieve-goals-example" } } },
}
