-- goal_types: the guide's four goal types named as strengths; more distinct types score higher.
-- Each case: answer, and what must hold when this plugin alone evaluates it (PluginSpecTests).
return {
  { answer = "In my first year I want to complete the complaint-handling course and cut my average handling time by 10% by building templates for common questions. In the long term I'd like to become a team leader here and coach new representatives.", flags = {  }, strengths_include = { "an education goal", "an efficiency goal", "a personal development goal" }, scores = { ["goal-types"] = { 90, 100 } } },
  { answer = "My target for the first quarter is to book ten demos a month, and by the end of the year to hit my quota consistently.", flags = {  }, strengths_include = { "a productivity goal" }, scores = { ["goal-types"] = { 75, 100 } } },
  { answer = "This year I want to finish my AAT level 3 and get better at communicating with suppliers.", flags = {  }, strengths_include = { "an education goal", "a personal development goal" }, scores = { ["goal-types"] = { 75, 95 } } },
  -- a leading role is personal development by the leadership it calls for, not a skill in itself;
  -- a skill said with it is the one quoted
  { answer = "I want to become a team leader.", flags = {  }, strengths_include = { "a personal development goal, about the leadership you want to grow into" }, scores = { ["goal-types"] = { 50, 75 } } },
  { answer = "In three years I'd like to move into a leadership role.", flags = {  }, strengths_include = { "about the leadership you want to grow into" } },
  { answer = "By next year I'd like to be a team leader, and to get there I want to build my confidence in handling escalations.", flags = {  }, strengths_include = { "a personal development goal, about the skills you want to build: “build my confidence" } },
  -- lack of aspiration caps it
  { answer = "I don't really have goals. I just want a job.", flags = {  }, scores = { ["goal-types"] = { 0, 30 } } },
  { answer = "One of the reasons I want to work for this company is because I find the opportunities that you offer to develop myself exciting. The mentorship program within the company sounds very attractive to me in order to progress my career and knowledge-levels. In five years, I want to be an expert in my field and add value to the company by leading my own team in some capacity. Also, I want to become a person that others can go to, to discuss ideas and strategies. Furthermore, I would like to develop myself as a professional that can help and mentor co-workers and be a part of the mentorship program myself.", flags = {  }, strengths_include = { "an education goal" }, scores = { ["goal-types"] = { 75, 100 } } },
}
