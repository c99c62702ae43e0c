-- Playtests of career-goals.lua (run through the real engine by the Swift tests).
-- The six of fifteen frequent questions depend on the seed; the seeds below draw each of
-- the fifteen first (right after the opening question):
--   1 proud-accomplishment   2 goals-aligned   3 why-company   4 goal-not-reached
--   5 right-time   6 future-goals   7 progressed-as-expected   8 career-path   10 education
--   15 improved-past-year   17 next-job   19 position-fit   26 what-motivates
--   31 learn-more   34 achieve-goals
-- The strong answers are one candidate's, a quality engineer, written apart from the
-- scenario's examples (a supply planner's).
local strong = {
  goals = "In the short term I want to bring down defect rates on the lines I look after: within my first year here, cut returns for my product family by about 10% and earn my Six Sigma Green Belt. In the long term I'd like to lead the quality team at Calder & Lowe, and I'd use the mentoring programme and the learning budget to prepare for it over the next five years.",
  proud = "Leading a root-cause study on cracked oven doors in my current job. I tested three suppliers' glass, changed the spec with engineering, and door returns fell by 40% in six months. I'm proud because it fixed the cause, not the symptom. Here I'd bring the same method to my product family in my first year, and in the long term lead studies like it as a team lead.",
  right_time = "I've spent five years in quality at a components supplier, and I know the factory side well. Now I want to work where the whole product is made, close to the customer. This job gives me that, and over the next few years it prepares me to lead a quality team here. I can bring my root-cause experience from the first month.",
  why_company = "Because Calder & Lowe builds appliances to last, and quality is what makes that promise true. I also like that you invest in people: the learning budget, the mentoring programme and internal moves. In my first year I'd help cut returns on my product family, and over five years I'd like to grow into a quality team lead here.",
  achieve = "I give each goal a date and split it into steps I can check. This year my goals are to finish my Green Belt project and cut returns on my product family by about 10%; in the long term I want to lead a team. I review my progress every month with my manager and adjust early.",
  improved = "I took an online course in statistical process control and applied it on one of our lines: I set up control charts for the three critical dimensions, and scrap on that line fell from 3% to 1.8% in four months. Next I want to build on it here with the Green Belt in my first year.",
  goal_not_reached = "Last year I aimed to cut warranty claims on our hinges by half within six months and didn't reach it, because the fix needed a supplier change that took longer. I learned to plan goals around what I control, with steps and dates. Claims are down by a fifth now, and I'd plan my first year here the same way.",
  education = "Yes. Within my first year I want to earn a Six Sigma Green Belt, studying one evening a week, and use the project for it on one of my product lines. Later on I'd like the Black Belt. Both serve my goal of leading the quality team here, and I'd use the learning budget for the exams.",
  education_why = "Because most of my work is finding why defects happen, and Six Sigma gives me a proven method for it. It makes my root-cause studies faster and easier for others to follow, and it's a step towards my long-term goal of leading a quality team at Calder & Lowe.",
  position_fit = "My goal is to lead a quality team. This position fits because it puts me on a finished product with many parts, where I learn the whole chain, and Calder & Lowe grows its leads through the mentoring programme. In my first year I want to cut returns on my product family by about 10% and earn my Green Belt.",
  learn_more = "Design for reliability: how to test an appliance so that problems show up in the lab, not at the customer's home. In my first year I'd take a reliability engineering course and join the test lab's reviews every month, and within two years I'd like to run reliability tests for my product family.",
  future_goals = "My goal is to lead a quality team within five years. My plan: in my first year, master the quality system for my product family and earn my Green Belt; in my second and third year, lead root-cause projects across departments; then apply for a team lead role, with the mentoring programme's help along the way.",
  career_path = "Quality engineer to senior specialist, then quality team lead. In my first year I'd learn the product family and earn my Green Belt; within three years I'd like to be the senior specialist on reliability, and I'd prepare for leading the team through the mentoring programme.",
  next_job = "A role on a finished product where I can own quality for a product family and see the results at the customer. I'm looking for a place to grow for several years, and the mentoring programme here gives me that. In return I bring five years of root-cause experience, and in my first year I'd aim to cut returns on my family by about 10%.",
}

return {
  { name = "a strong candidate takes the plain path", seed = 1,
    answers = { strong.goals, strong.proud, strong.right_time, strong.why_company, strong.achieve, strong.improved, strong.goal_not_reached },
    expect = {
      asked = { "goals", "proud-accomplishment", "right-time", "why-company", "achieve-goals", "improved-past-year", "goal-not-reached" },
      no_flags = true,
      score = { min = 70, max = 100 },
    } },

  { name = "a strong candidate with another draw: further study is probed the guide's way", seed = 23,
    answers = { strong.goals, strong.education, strong.education_why, strong.position_fit, strong.learn_more, strong.future_goals,
                strong.career_path, strong.next_job },
    expect = {
      asked = { "goals", "education", "education-why", "position-fit", "learn-more", "future-goals", "career-path", "next-job" },
      no_flags = true,
      score = { min = 70, max = 100 },
    } },

  -- The opening question's follow-ups.
  { name = "goals that point elsewhere are probed for fit", seed = 1,
    answers = { "Short term, pay the bills. Long term, I want to switch careers and become a lawyer.", "It's a job, I suppose." },
    expect = { asked = { "goals", "goals-fit" }, flags = { "misaligned-goals" } } },

  { name = "no goals are asked for a first-year goal", seed = 1,
    answers = { "I don't really have goals. I just do my job and go home.", "Maybe learn the quality system." },
    expect = { asked = { "goals", "goals-aspiration" }, flags = { "lack-of-aspiration" } } },

  { name = "over-the-top goals are asked for a realistic version", seed = 1,
    answers = { "I want to cut defects by 90% in my first month and be the CEO of Calder & Lowe within two years.", "Returns down by about 10% in my first year." },
    expect = { asked = { "goals", "goals-realistic" }, flags = { "unrealistic-or-unclear-goals" } } },

  { name = "recited goals are asked what they mean concretely", seed = 1,
    answers = { "I'm a hard-working team player and a fast learner, and I always give 110%.", "Returns down by about 10% on my product family in my first year." },
    expect = { asked = { "goals", "goals-concrete" }, flags = { "cliche-answer" } } },

  { name = "a long-term goal alone is asked for the short term", seed = 1,
    answers = { "In five years I'd like to lead the quality team at Calder & Lowe, after earning my Six Sigma Black Belt through the learning budget.",
                "In my first year I'd cut returns on my product family and earn my Green Belt." },
    expect = { asked = { "goals", "goals-short-term" } } },

  { name = "a short-term goal alone is asked for the long term", seed = 1,
    answers = { "In my first year I want to cut returns on my product family by about 10% and earn my Six Sigma Green Belt by studying one evening a week.",
                "In five years I'd like to lead the quality team here." },
    expect = { asked = { "goals", "goals-long-term" } } },

  { name = "goals without a plan are asked how", seed = 1,
    answers = { "In the short term I want to cut returns on my product family, and in the long term I'd like to be the quality manager here.",
                "First the quality system and my Green Belt in my first year, then root-cause projects, then a team lead role." },
    expect = { asked = { "goals", "goals-how" } } },

  -- The fifteen questions' follow-ups.
  { name = "1. a subject without a plan is asked how and by when", seed = 31,
    answers = { strong.goals, "Reliability testing, I guess.", "A reliability course in my first year, and the lab reviews every month." },
    expect = { asked = { "goals", "learn-more", "learn-more-how" } } },

  { name = "2. no wish to study is asked for a skill to build", seed = 10,
    answers = { strong.goals, "No. I'm not interested in learning anything new, I don't really care about training.", "Statistics, maybe, through a short course." },
    expect = { asked = { "goals", "education", "education-none" }, flags = { "lack-of-aspiration" } } },

  { name = "2. further study is asked why, then how it helps the goals and the company", seed = 10,
    answers = { strong.goals, "Yes, I'd like to do an MBA part-time in a few years.",
                "Because I'm interested in how businesses are run, and I'd like to understand finance better.",
                "It would help me lead a quality team here, because a lead has to weigh quality against cost." },
    expect = { asked = { "goals", "education", "education-why", "education-contribute" } } },

  { name = "3. future goals without a plan are asked for the first step", seed = 6,
    answers = { strong.goals, "I'd like to be a manager one day.", "Book the Green Belt course for the spring." },
    expect = { asked = { "goals", "future-goals", "future-goals-first-step" } } },

  { name = "4. a reason that fits any employer is asked what they know", seed = 3,
    answers = { strong.goals, "It seems like a stable place with good benefits.", "You build appliances to last and give everyone a learning budget." },
    expect = { asked = { "goals", "why-company", "why-company-research" } } },

  { name = "5. a motivation without an example is asked for one", seed = 26,
    answers = { strong.goals, "Solving problems and getting things right.", "Last year I traced cracked oven doors to one supplier's glass." },
    expect = { asked = { "goals", "what-motivates", "what-motivates-example" } } },

  { name = "6. an accomplishment not linked to the position is asked how it helps", seed = 1,
    answers = { strong.goals, "Running a marathon last year after training for six months.", "It taught me to plan for a long goal, like the Green Belt here." },
    expect = { asked = { "goals", "proud-accomplishment", "proud-role" } } },

  { name = "7. a position that does not fit is asked where it leads", seed = 19,
    answers = { strong.goals, "It doesn't really. It's a stepping stone until I can move to a bigger company.", "Maybe a team lead role." },
    expect = { asked = { "goals", "position-fit", "position-fit-stay" }, flags = { "misaligned-goals" } } },

  { name = "8. a career path without a time frame is asked for the first year", seed = 8,
    answers = { strong.goals, "Quality team lead would interest me most.", "The quality system and my Green Belt." },
    expect = { asked = { "goals", "career-path", "career-path-first-year" } } },

  { name = "9. timing without facts is asked what has happened", seed = 5,
    answers = { strong.goals, "It's a good match for my skills and I'm ready for something new.", "Five years at a supplier, and a course finished last spring." },
    expect = { asked = { "goals", "right-time", "right-time-why-now" } } },

  { name = "10. a wish list is asked what the candidate brings", seed = 17,
    answers = { strong.goals, "Good pay, flexible hours and a friendly team.", "Root-cause experience, and returns down on my product family in my first year." },
    expect = { asked = { "goals", "next-job", "next-job-give" } } },

  { name = "11. goals that do not align are asked where they differ", seed = 2,
    answers = { strong.goals, "Not really. My real goal is to become a data scientist at a tech company.", "I'd look for data projects here." },
    expect = { asked = { "goals", "goals-aligned", "goals-aligned-gap" }, flags = { "misaligned-goals" } } },

  { name = "12. an improvement without a result is asked what changed", seed = 15,
    answers = { strong.goals, "I read a few books on leadership and tried to apply them at work.", "My team's scrap rate fell from 3% to 2% in four months." },
    expect = { asked = { "goals", "improved-past-year", "improved-result" } } },

  { name = "13. progress behind plan is asked what held them back", seed = 7,
    answers = { strong.goals, "Not really, I thought I'd be further along by now.", "Too long in one role; I started a course last year." },
    expect = { asked = { "goals", "progressed-as-expected", "progressed-why" } } },

  { name = "14. a missed goal without a lesson is asked what changed", seed = 4,
    answers = { strong.goals, "I wanted a promotion last year, but someone else got it.", "I learned to plan goals in steps and check them monthly." },
    expect = { asked = { "goals", "goal-not-reached", "goal-not-reached-lesson" } } },

  { name = "15. a method without steps is asked for a goal in progress", seed = 34,
    answers = { strong.goals, "I stay positive and focused.", "My Green Belt: course done, project started, exam in June." },
    expect = { asked = { "goals", "achieve-goals", "achieve-goals-example" } } },
}
