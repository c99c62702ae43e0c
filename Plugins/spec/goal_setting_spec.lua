-- goal_setting: specific, measurable, realistic goals with an action plan.
-- Each case: answer (and the question asked, when not the goals question), and what must hold
-- when this plugin alone evaluates it (PluginSpecTests); `unscored` lists criteria left out.
return {
  { answer = "In my first year I want to complete the complaint-handling course and cut my average handling time by 10% by building templates for common questions. In the long term I'd like to become a team leader here and coach new representatives.", flags = {  }, strengths_include = { "measurable", "how you plan to reach" }, scores = { specific = { 75, 100 }, measurable = { 75, 100 }, realistic = { 85, 100 }, ["action-plan"] = { 60, 100 } } },
  -- vague
  { answer = "I want to be successful and go far.", flags = {  }, scores = { specific = { 0, 45 }, measurable = { 0, 50 }, realistic = { 0, 50 } } },
  -- over the top
  { answer = "I want to grow the client portfolio by 50% in my first month.", flags = {  }, scores = { realistic = { 0, 25 } } },
  -- the guide's measurable example
  { answer = "I want to complete a specialization course within one year.", flags = {  }, scores = { measurable = { 60, 100 }, realistic = { 85, 100 } } },
  -- no time frame, no plan
  { answer = "I'd like to become a team leader one day.", flags = {  }, scores = { measurable = { 20, 65 }, ["action-plan"] = { 0, 50 } } },
  { answer = "My plan has three steps: get my forklift licence in the first two months, become a trainer for new drivers within a year, and in three years apply for the shift manager role here. I'll get there by shadowing the trainers and asking for feedback every month.", flags = {  }, scores = { ["action-plan"] = { 75, 100 }, measurable = { 75, 100 } } },
  { answer = "I don't really have goals. I just want a job.", flags = {  }, scores = { specific = { 0, 20 }, measurable = { 0, 20 }, ["action-plan"] = { 0, 20 } } },
  -- "What motivates you?" asks for no plan: action-plan is not scored
  { question = "What motivates you?", answer = "Hitting my numbers. I like seeing my pick rate go up week by week.", flags = {  }, unscored = { "action-plan" }, scores = { specific = { 0, 100 } } },
}
