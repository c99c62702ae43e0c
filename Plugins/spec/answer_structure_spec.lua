-- answer_structure: short- and long-term goals told apart, tied to the role and company, about
-- what the candidate brings.
-- Each case: answer (and the question asked, when not the goals question), and what must hold
-- when this plugin alone evaluates it (PluginSpecTests); `unscored` lists criteria left out.
return {
  { answer = "In the short term, I hope to work as a customer service representative for a company like yours. I’m excited to work for a company that is known for its excellent customer care and service in general. Starting as a customer service representative will give me the needed knowledge of the service, support, and solutions that the company offers. My primary goal is to eventually work my way from a customer service representative to a team leader. I feel that what your company offers is a strong path towards my goals and I’m very excited about what this position has to offer.", flags = {  }, strengths_include = { "separated your short-term goal", "tied your goals" }, scores = { ["short-and-long-term"] = { 90, 100 }, alignment = { 80, 100 } } },
  { answer = "In my first year I want to complete the complaint-handling course and cut my average handling time by 10% by building templates for common questions. In the long term I'd like to become a team leader here and coach new representatives.", flags = {  }, scores = { ["short-and-long-term"] = { 90, 100 }, alignment = { 60, 100 }, contribution = { 60, 100 } } },
  -- only a long-term goal
  { answer = "I'd like to become a team leader here in five years.", flags = {  }, scores = { ["short-and-long-term"] = { 40, 70 } } },
  -- misaligned caps alignment
  { answer = "Honestly, I see this job as a stepping stone. What I really want is to work in marketing, so I'd stay here a year or so and then move over.", flags = {  }, scores = { alignment = { 0, 20 }, contribution = { 0, 40 } } },
  { answer = "I want to help the team cut repeat calls by improving my notes, and train new starters on the billing system in my first year.", flags = {  }, strengths_include = { "what you can bring" }, scores = { contribution = { 70, 100 } } },
  -- what the company gives, not what the candidate brings
  { answer = "I want a company that will invest in me, give me training and offer me a good salary and benefits.", flags = {  }, scores = { contribution = { 0, 45 } } },
  -- what the question does not ask for is not scored: "What motivates you?" wants no
  -- short- and long-term goals, no tie to the company and no contribution
  { question = "What motivates you?", answer = "Seeing a customer leave happier than they arrived. Last month I turned a refund complaint into a five-star review by calling back the same day.", flags = {  }, unscored = { "short-and-long-term", "alignment", "contribution" } },
  -- a question about fit is scored on alignment and contribution, not on the horizons
  { question = "Why do you want to work at this company?", answer = "Your customers rate your service the best in the sector, and I want to learn how your team handles complaints so well. I'd bring three years of call-centre experience.", flags = {  }, unscored = { "short-and-long-term" }, scores = { alignment = { 40, 100 } } },
}
