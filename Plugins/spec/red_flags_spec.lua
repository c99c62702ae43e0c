-- red_flags: each of the guide's four red flags raised on its own and together, with negation and
-- contrast that must raise nothing, and the guide's three example answers (no flag).
-- Each case: answer (and the role it is read for, when not a customer service representative),
-- and what must hold when this plugin alone evaluates it (PluginSpecTests): `flags` with the flag
-- model, `flags_include` among the flags raised with it, `rules_flags` with the rules alone (the
-- model switched off, whatever its weights), `model_false_alarms` the flags a good answer may still
-- raise with the model, a known false alarm of the fitted weights (the test says when one is gone;
-- beside `flags_include`, the right flag and the false alarm a flagged answer may raise with it).
return {
  -- the role's own line, named by the first letters of a role word: an assistant who wants to
  -- qualify in the profession stays; the same goal from an accounts clerk points elsewhere
  { role = "Physiotherapy assistant", answer = "In two years I'd like to be a physiotherapist.", flags = {  } },
  { role = "Accounts payable clerk", answer = "In two years I'd like to be a physiotherapist.", flags = { "misaligned-goals" } },
  { role = "Physiotherapy assistant", answer = "In two years I'd like to be a paramedic.", flags = { "misaligned-goals" } },
  -- the line is read from stems, not first letters: a physician is not a physiotherapist, and the
  -- programme a graduate joins names no line of work
  { role = "Physiotherapy assistant", answer = "In two years I'd like to be a physician.", flags = { "misaligned-goals" } },
  { role = "graduate analyst on the graduate programme", answer = "In two years I'd like to be a software programmer at a games studio.", flags = { "misaligned-goals" } },
  -- a job further along the role's own career ladder (career_ladders) is the role's line; the
  -- same job from a role on no such ladder is another career, and so is the ladder's job at
  -- another firm, or a job the candidate turns down
  { role = "Healthcare assistant", answer = "In five years I'd like to be a registered nurse, through the trust's nursing degree apprenticeship.", flags = {  } },
  { role = "Receptionist", answer = "In five years I'd like to be a registered nurse, so I'm applying for the nursing degree next year.", flags = { "misaligned-goals" } },
  { role = "HR administrator", answer = "I want to do the CIPD Level 5 diploma so I can move into an HR advisor role in two or three years.", flags = {  } },
  { role = "Paralegal", answer = "I'd like to qualify as a solicitor and then move to a bigger firm.", flags = { "misaligned-goals" } },
  { role = "Paralegal", answer = "Rather than become a solicitor, I'd like to become a police officer in a couple of years.", flags = { "misaligned-goals" } },
  -- a ladder's job with another noun before it is another job: a taxi driver is no train driver
  -- (the rules' reading; the model, which cannot see the role, finds nothing misaligned in the
  -- words of so short an answer and vetoes it: docs/heuristics.md, "What to expect")
  { role = "Train conductor", answer = "In two years I'd like to become a taxi driver.", rules_flags = { "misaligned-goals" } },
  { role = "Train conductor", answer = "In two years I'd like to become a taxi driver. I'm saving for the licence.", flags = { "misaligned-goals" } },
  { role = "Train conductor", answer = "In two years I'd like to become a driver.", rules_flags = {  } },
  { role = "Receptionist", answer = "In two years I'd like to become a driver.", rules_flags = { "misaligned-goals" } },
  -- what other people think, and a belief of the past, are not the candidate's goals now; a
  -- goal believed "by now" and not reached may still stand
  { role = "Bank teller", answer = "Some people see teller work as a temporary thing. For me it's the start of a lending career: I want to learn the products at the counter for a year, then move into a personal banker role.", rules_flags = {  } },
  { role = "Bank teller", answer = "I see teller work as a temporary thing.", rules_flags = { "misaligned-goals" } },
  { role = "Warehouse operative", answer = "Honestly, I like routine. Some people would be bored doing the same pick route every day, but I'm not. I want to get my accuracy to 99.8% and then train new starters on it.", rules_flags = {  } },
  { role = "Retail store manager", answer = "Three years ago I told my area manager I'd be running the whole region within two years. Looking back, that was silly from one store. What I did get was a struggling store turned around, with shrinkage down by half.", rules_flags = {  } },
  { role = "Account manager", answer = "I make my goals public. This year I've told my manager I'll get churn to zero across every account.", rules_flags = { "unrealistic-or-unclear-goals" } },
  -- looking for a job of a kind is applying for this one; looking for a new job later is leaving
  { role = "Accounts payable clerk", answer = "I'm looking for a role with more reconciliations and month-end work, so I can move towards an assistant accountant job in a year or two.", rules_flags = {  } },
  { role = "Accounts payable clerk", answer = "After a year I'm looking for a new job elsewhere.", rules_flags = { "misaligned-goals" } },
  { role = "Staff nurse", answer = "Once I qualify, I'm looking for a new job.", rules_flags = { "misaligned-goals" } },
  { role = "Staff nurse", answer = "Last week I told my manager I'll be leaving once I qualify.", rules_flags = { "misaligned-goals" } },
  -- leaving the line of work, said outright, stands beside an over-the-top claim
  { role = "Trainee solicitor", answer = "In five years I'll have left law and be running a tech company worth a hundred million. A training contract just looks good on the CV.", flags = { "misaligned-goals", "unrealistic-or-unclear-goals" } },
  { role = "Junior accountant", answer = "I want to sit the remaining three ACCA papers over the next eighteen months, and then take on a small portfolio of audit clients of my own in this firm.", rules_flags = {  } },
  -- a business of one's own at a size out of reach in its time
  { role = "HGV driver", answer = "My big plan is my own haulage firm with fifty lorries inside three years. I'll drive for you for a bit to get the contacts, then go it alone.", flags = { "misaligned-goals", "unrealistic-or-unclear-goals" } },
  -- another department of the company, named by a field outside the role's line and its ladders, is
  -- another career; the role's own department, or a ladder's, is not
  { role = "Community pharmacist", answer = "Eventually I'd like to move into your marketing department.", rules_flags = { "misaligned-goals" } },
  { role = "Accounts payable assistant", answer = "I'd like to transfer into your IT department as soon as I can.", rules_flags = { "misaligned-goals" } },
  { role = "Marketing assistant", answer = "I'd like to move into your marketing department's digital team.", rules_flags = {  } },
  { role = "Accounts payable assistant", answer = "I'd like to move into the finance team's planning side in a couple of years.", rules_flags = {  } },
  { role = "Staff nurse", answer = "In two years I'd like to move into the clinical education team.", rules_flags = {  } },
  { role = "Staff nurse", answer = "I want to get better at building a business case for new equipment on the ward by March.", rules_flags = {  } },
  -- "the X course" trains for another occupation; "the X everyone trusts" is the role here
  { role = "Healthcare assistant", answer = "Getting a place on the physician associate course. I start next September.", rules_flags = { "misaligned-goals" } },
  { role = "Healthcare assistant", answer = "I'd like to become the nurse everyone on the ward trusts.", rules_flags = {  } },
  -- a stepping stone to things elsewhere points away, whatever words stand between
  { role = "Business analyst", answer = "This is a great stepping stone for me, a launchpad to a senior role elsewhere.", rules_flags = { "misaligned-goals" } },
  { role = "Business analyst", answer = "I see this as a stepping stone to a senior analyst role here.", rules_flags = {  } },
  { role = "Team member", answer = "I see this as a stepping stone to a team leader role here rather than looking elsewhere.", rules_flags = {  } },
  -- applying now for a role to develop in; a statement of intent stands unless long gone; a title
  -- someone else gives a time, or one the candidate denies, is no claim
  { role = "Shift supervisor", answer = "I'm currently looking for a new role where I can develop my supervisory skills, ideally running a larger team within two years.", rules_flags = {  } },
  { role = "Shift supervisor", answer = "I'm currently looking for a new role where I can develop my supervisory skills.", rules_flags = {  } },
  { role = "Staff nurse", answer = "I told my manager I would be leaving once I qualify.", rules_flags = { "misaligned-goals" } },
  { role = "Sales assistant", answer = "Store manager within a year, my area manager says, but I'd rather take two and do it properly.", rules_flags = {  } },
  { role = "Sales assistant", answer = "Team leader — that's not something I'm chasing yet; for the next six months I just want to learn the systems.", rules_flags = {  } },
  { role = "Chef de partie", answer = "I want to build a business of my own in five years.", rules_flags = { "misaligned-goals" } },
  -- making the jump into another field
  { role = "Lab technician", answer = "I'm hoping to make the jump into software in a year or two.", rules_flags = { "misaligned-goals" } },
  -- a competitor is elsewhere, "your" competitors too
  { answer = "I see myself working for one of your competitors in a senior role, since they pay more.", rules_flags = { "misaligned-goals" } },
  -- a place of one's own, with a partner, is a business of one's own
  { role = "Sous chef", answer = "My partner and I are planning to open our own place in about two years, and I need this kind of leadership experience before we do.", rules_flags = { "misaligned-goals" } },
  -- the size of a business against its time is read precisely enough to stand against the model
  { role = "Apprentice plumber", answer = "By this time next year I want my own plumbing company with ten vans on the road. So I'd get through the apprenticeship here as fast as I can and then set up on my own.", flags = { "misaligned-goals", "unrealistic-or-unclear-goals" } },
  -- no plan on principle is a goal too vague to act on
  { role = "Software engineer", answer = "I go with my gut, honestly. I don't believe in planning too much, because plans always change. I find things tend to work out if you're good at what you do.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Construction project director", answer = "Honestly, I go by gut. If it feels like we're winning, we're winning. I don't want to box myself in with targets at this stage of my career.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Finance manager", answer = "I've sort of drifted into each job. I'd like to be higher up eventually, but I've not really thought about how.", rules_flags = { "unrealistic-or-unclear-goals" } },
  -- "self-employed" describing the work is no business of one's own
  { role = "Mortgage underwriter", answer = "I'd like to specialise in self-employed lending, where the income checks are tougher. I've done CeMAP and I'm planning CeRER next year.", rules_flags = {  } },
  { role = "Mortgage underwriter", answer = "Within two years I'd like to be self-employed.", rules_flags = { "misaligned-goals" } },
  { role = "Mortgage underwriter", answer = "In three years I want to go self-employed and set my own hours.", rules_flags = { "misaligned-goals" } },
  -- on a ladder, passing through is the plan: "while I build up" and "in the meantime" are no
  -- hints of leaving (from reception, the same two hints point elsewhere)
  { role = "Paralegal", answer = "I want to qualify as a solicitor here, through your training contract. I'll sit SQE1 next year while I build up my qualifying work experience, and in the meantime I want to be the paralegal the fee earners trust with first drafts.", flags = {  } },
  { role = "Receptionist", answer = "I want to qualify as a solicitor here, through your training contract. I'll sit SQE1 next year while I build up my qualifying work experience, and in the meantime I want to be the paralegal the fee earners trust with first drafts.", flags = { "misaligned-goals" } },
  -- what the review found: leaving said with "bigger" or "senior", a previous job, a partner's buy-in, how much one enjoys
  { role = "Accountant", answer = "After a couple of years here I'd like to move on to more senior roles at a bigger firm.", rules_flags = { "misaligned-goals" } },
  { role = "Customer service advisor", answer = "In one of my last jobs I learned to handle complaints, and in my first year here I want to finish the complaint-handling course.", rules_flags = {  } },
  { role = "Associate dentist", answer = "In five years I'd like to buy into a practice here.", rules_flags = {  } },
  { role = "Retail assistant", answer = "In five years I'd like to have my own vintage clothing store.", rules_flags = { "misaligned-goals" } },
  { role = "Financial controller", answer = "I haven't really thought about it. I've been a controller for a while now and the next thing will come along when it comes along. I don't like to box myself in.", rules_flags = { "lack-of-aspiration", "unrealistic-or-unclear-goals" } },
  -- business jargon in place of a goal
  { role = "Payroll manager", answer = "My plans are to drive payroll transformation across the organisation and deliver a best-in-class people experience. From there I want to unlock efficiencies and embed a culture of continuous improvement.", rules_flags = { "unrealistic-or-unclear-goals" } },
  -- a plan left to the universe, or worked out as one goes
  { role = "Marketing executive", answer = "I visualise it. I believe if you put it out there, the universe makes it happen.", flags = { "unrealistic-or-unclear-goals" } },
  -- sayings in place of a goal not reached
  { role = "Sales executive", answer = "Probably just that I always rise to the occasion. Whenever things get tough, I'm the one who steps up and gets it sorted. I'm really proud of my resilience.", flags = { "cliche-answer" } },
  { role = "Barista", answer = "I don't really set goals, I'm just a positive person who takes each day as it comes. I always say a smile costs nothing. Happy customers, good vibes, that's about it for me.", flags = { "lack-of-aspiration", "cliche-answer" } },
  -- moving on to the next step of one's own work, and looking for a role doing this work, are no exits
  { role = "Apprentice bricklayer", answer = "I photograph every wall I build and compare it against my instructor's. I want to finish my NVQ Level 2 and move on to Level 3.", rules_flags = {  } },
  { role = "Data engineer", answer = "I'm looking for a role working on streaming pipelines, not just batch, which your team does with Kafka. In my first six months I'd like to be on the on-call rota.", rules_flags = {  } },
  { role = "Bricklayer", answer = "After a year I'll move on to another company.", rules_flags = { "misaligned-goals" } },
  -- two vague phrases and nothing concrete, and nothing else wrong: unclear whatever the model says
  { role = "Sales assistant", answer = "I'd like my career to go somewhere good and to feel happy in what I do.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Police constable", answer = "I want to serve and protect my community. Giving back is in my DNA.", rules_flags = { "cliche-answer" } },
  -- "my own store" alone is a store to manage; opened, it is a business
  { role = "Deputy store manager", answer = "I check in with my area manager every month on where I'm at. My goal is my own store in two years, so I'm doing the rota and stock counts now to get the experience.", rules_flags = {  } },
  { role = "Retail assistant", answer = "In a couple of years I want to open my own store selling vintage clothes.", rules_flags = { "misaligned-goals" } },
  -- three stock phrases with nothing behind them are a cliché whatever the model says
  { role = "Events manager", answer = "I'm not someone who gives up on goals. When I set myself a target I go after it with everything I've got, because I don't believe in failure, only feedback.", flags = { "cliche-answer" } },
  { role = "Museum curator", answer = "When things get tough I dig deep and keep going. Where there's a will, there's a way.", rules_flags = { "cliche-answer" } },
  -- sayings about aiming and falling (session 18)
  { role = "Hotel front desk agent", answer = "I don't think I've ever truly failed a goal. If I fall short I see it as a lesson, dust myself off and come back stronger.", rules_flags = { "cliche-answer" } },
  { role = "Country manager", answer = "I set big goals on purpose. Aim for the moon and you land among the stars, right?", rules_flags = { "cliche-answer" } },
  -- another field one is "getting really into"; a vineyard bought into; one of one's last roles
  { role = "Building surveyor", answer = "Honestly, I've been getting really into interior design lately. I know it's not quite surveying, but I'd like to learn more about that side, maybe do a course, and see where it goes.", flags = { "misaligned-goals" } },
  { role = "Chief marketing officer", answer = "Pretty much, yes. To be truthful, I see this as one of my last corporate roles. In three or four years I'd like to step back, buy into a small vineyard with my partner and run that.", flags = { "misaligned-goals" } },
  { role = "Chief marketing officer", answer = "In three or four years I'd like to buy into a small vineyard with my partner and run that.", rules_flags = { "misaligned-goals" } },
  -- and in the role's own line of work too (a driver mentor for a bus driver)
  { role = "Bus driver", answer = "I'd like to be a driver for a couple of years, learn all the routes, and then apply to be a driver mentor - I know you fund the trainer qualification. Eventually I'd like to be a depot supervisor.", rules_flags = {  } },
  -- a title is weighed against the climb from the role's level: a manager's job within the
  -- year is over the top from reception or for a newly qualified nurse, not in three years
  { role = "Hotel receptionist", answer = "I'd like to be front office manager once my probation's finished.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Staff nurse", answer = "I'd like to be a ward manager within a year.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Staff nurse", answer = "I'd like to be a ward manager in about three years, after a couple of years as a band 6.", flags = {  } },
  -- guide example 1
  { answer = "In the short term, I hope to work as a customer service representative for a company like yours. I’m excited to work for a company that is known for its excellent customer care and service in general. Starting as a customer service representative will give me the needed knowledge of the service, support, and solutions that the company offers. My primary goal is to eventually work my way from a customer service representative to a team leader. I feel that what your company offers is a strong path towards my goals and I’m very excited about what this position has to offer.", flags = {  } },
  -- guide example 2
  { answer = "My short-term goals are fairly simple. I want to further develop and use my communication and project management skills in this job. I’m focused on gaining as much experience as I can over the next years to eventually grow into a position that will allow me to continue to use these skills while also managing my own team. I want to achieve these goals by working on different projects and on different teams. To be able to manage a team effectively, communication is key, and I look forward to taking on small leadership roles, eventually working my way up. This opportunity is the right one for me since it’s the next step in my career that allows me to continue to grow as a professional. Furthermore, one of my key motivators is the ability to work with different coworkers from different departments, so this is especially exciting about this opportunity for me.", flags = {  } },
  -- guide example 3
  { answer = "One of the reasons I want to work for this company is because I find the opportunities that you offer to develop myself exciting. The mentorship program within the company sounds very attractive to me in order to progress my career and knowledge-levels. In five years, I want to be an expert in my field and add value to the company by leading my own team in some capacity. Also, I want to become a person that others can go to, to discuss ideas and strategies. Furthermore, I would like to develop myself as a professional that can help and mentor co-workers and be a part of the mentorship program myself.", flags = {  } },
  -- the guide's over-the-top example
  { answer = "I want to grow the client portfolio by 50% in my first month.", flags = { "unrealistic-or-unclear-goals" } },
  { answer = "Honestly this job is just a stepping stone until I can start my career in graphic design.", flags = { "misaligned-goals" } },
  -- another occupation
  { answer = "My long-term dream is to become a nurse, and this role would help me cover my tuition.", flags = { "misaligned-goals" } },
  -- a business of one's own
  -- (session 21's fit adds an unrealistic flag beside the right one: a known false alarm)
  -- (session 25's refit also reads an unrealistic goal in the next two: the misaligned flag is what they test)
  { answer = "In five years I'd like to have my own landscaping company.", rules_flags = { "misaligned-goals" }, flags_include = { "misaligned-goals" } },
  -- away from customers
  { answer = "Long term I don't want to be dealing with the public at all.", flags_include = { "misaligned-goals" }, rules_flags = { "misaligned-goals" } },
  -- contrast: rather than a stepping stone
  { answer = "Rather than treating this role as a stepping stone, I see it as the start of a long career with you: within a year I want to handle complex billing questions, and within three years lead a small team.", flags = {  } },
  -- a stepping stone inside the company
  { answer = "I see this role as a stepping stone to a team lead position here. I want to master the job in my first year and mentor new starters in the second.", flags = {  } },
  { answer = "I don't really have goals. I just want a job.", flags = { "lack-of-aspiration" } },
  -- status quo
  { answer = "Five years? Probably doing the same thing I'm doing now, I'd imagine.", flags = { "lack-of-aspiration" } },
  -- negated after the aspiration word
  { answer = "Learning new stuff isn't for me; I like knowing exactly what I'll do every day.", flags = { "lack-of-aspiration" } },
  -- a non-answer
  { answer = "Not sure.", flags = { "lack-of-aspiration" } },
  -- negation: not just a job
  { answer = "I don't just want a job; I want a career here. In my first year I'd like to learn every product line and, within three years, become a senior representative.", flags = {  } },
  { answer = "I'm a team player and a hard worker who always gives 110%.", flags = { "cliche-answer" } },
  -- self-description without stock phrases
  { answer = "I'm highly organised, very flexible and I pick things up quickly.", flags = { "cliche-answer" } },
  -- a recited list
  { answer = "I want to inspire, empower and elevate everyone I work with.", flags = { "cliche-answer" } },
  -- negation of a cliché, backed by detail
  { answer = "I'm not someone who just wants to be a team player without results. In my first year I want to cut my average handling time by 10% and complete your de-escalation training, so that within three years I can step up to team leader.", flags = {  } },
  -- a top job in a short time
  { answer = "I want to be the CEO of this company in two years.", flags = { "unrealistic-or-unclear-goals" } },
  -- a count too big for its time
  { answer = "In my first six weeks I want to sign up a hundred new corporate accounts.", flags = { "unrealistic-or-unclear-goals" } },
  -- level and time frame
  { answer = "As a new graduate, I expect to be a partner at the firm within three years.", flags = { "unrealistic-or-unclear-goals" } },
  -- vague
  { answer = "I want to be successful and go far.", flags = { "unrealistic-or-unclear-goals" } },
  -- a wish with nothing concrete
  { answer = "I just want to be comfortable and have a nice life.", flags = { "unrealistic-or-unclear-goals" } },
  -- realistic targets
  { answer = "By the end of next year I'd like to keep my quality score above 90% and be promoted to senior representative, and in five years lead a team here.", flags = {  } },
  -- two flags
  { answer = "I'm a hard worker, and honestly this is just to tide me over until I get into the police.", flags = { "misaligned-goals", "cliche-answer" } },
  { answer = "In my first year I want to complete the complaint-handling course and cut my average handling time by 10% by building templates for common questions. In the long term I'd like to become a team leader here and coach new representatives.", flags = {  } },
  -- a title said on its own is a destination, and its time may follow in the next sentence
  { answer = "Customer service director. I'm starting on the phones, but give me eighteen months.", flags = { "unrealistic-or-unclear-goals" } },
  { answer = "Head of the PMO within a year, then COO. I move fast.", flags = { "unrealistic-or-unclear-goals" } },
  { answer = "Team leader, ideally within three years of joining. I'm doing the ILM Level 3 course now.", flags = {  } },
  -- the flag model's second opinion: wording no rule lists (flag_model.lua)
  { answer = "What I'm really after is the wine trade. I'm working through my WSET qualifications, so the lab keeps a steady income coming in.", flags = { "misaligned-goals" } },
  { answer = "I want three Michelin stars for this kitchen inside a year. I'll get there by working longer hours than anyone.", flags = { "unrealistic-or-unclear-goals" } },
  -- achievements beyond any plan, said with no time or a short one (an age as the deadline)
  { answer = "Winning a Pulitzer before I'm thirty. That's what gets me out of bed.", flags = { "unrealistic-or-unclear-goals" } },
  { answer = "One million in personal commission before I'm thirty. I'm twenty-six now, so I'd better get cracking.", flags = { "unrealistic-or-unclear-goals" } },
  { answer = "Chef de partie in a year or two, then sous. Eventually I'd love to run a kitchen that's in the Michelin guide, but that's a fifteen-year kind of goal, not a next-year one.", flags = {  } },
  -- not ages, not deadlines: "by 30 points" is a size; a title "eventually" has no deadline
  { answer = "In my first year I want to lift my customer satisfaction scores by 30 points, and in three years become a team leader here.", flags = {  } },
  { answer = "Area manager, eventually. Within six months I want to pass the level 3 customer service course here.", flags = {  } },
  { answer = "Store manager one day. This year I want to finish the retail management course and run the Saturday shift.", flags = {  } },
  { answer = "Short term, senior engineer by the end of my first year. Long term, CTO, probably within three years.", flags = { "unrealistic-or-unclear-goals" } },
  { answer = "I'm twenty-nine now, and I want to double my sales before I'm thirty.", flags = { "unrealistic-or-unclear-goals" } },
  -- perfection for good, at any time; but not keeping one's own standard, a habit, or an idiom
  -- (session 19's fit also reads "leaves with a smile, guaranteed" as a cliché, at 0.66: a stock promise)
  { answer = "My aim is simple. Not one unhappy customer, ever. Every single table leaves with a smile, guaranteed.", flags_include = { "unrealistic-or-unclear-goals" }, rules_flags = { "unrealistic-or-unclear-goals" } },
  { answer = "I don't accept slippage. Every project I touch will come in on time and on budget, without exception.", role = "project manager", flags = { "unrealistic-or-unclear-goals" } },
  { answer = "My goal this year is twenty live clients by month nine. I block two hours every morning for business development calls, no exceptions.", role = "recruitment consultant", rules_flags = {  },
    -- (session 24's weights called "twenty live clients by month nine" unrealistic; session 25's do not)
    flags = {  } },
  -- (session 20's fit reads its "in the meantime" as passing through, at 0.67 against 0.65: a known false alarm)
  { answer = "Long term I want to lead a team here. The training takes forever, so in the meantime I want every shift I can get and to learn the desk properly.", rules_flags = {  }, model_false_alarms = { "misaligned-goals" } },
  -- qualifications stacked in a short time; one qualification with its start date is not a stack
  { answer = "I'd like to do CCNA, Security Plus, AWS Solutions Architect, Azure Admin and the ITIL foundation in the next two months.", role = "IT support analyst", flags = { "unrealistic-or-unclear-goals" } },
  { answer = "My goal is to become fluent in four new languages, Japanese, Arabic, Russian and Korean, by the end of next year.", role = "translator", flags = { "unrealistic-or-unclear-goals" } },
  { answer = "Short term, I want to finish AAT Level 4 by the summer and start ACCA in the autumn with your study support.", role = "accounts assistant", flags = {  } },
  { answer = "This year I want to pass my CIPD Level 5 so I can take on the employee relations cases by next spring.", role = "HR advisor", flags = {  } },
  -- a claim against everyone who came before
  { answer = "In five years I see myself as the best salesperson this company has ever had, probably by the end of my first month actually.", role = "sales executive", flags = { "unrealistic-or-unclear-goals" } },
  -- growth hedged ("by about"), said as "per cent" in words
  { answer = "I want to increase your web traffic by a thousand per cent in the first quarter.", role = "digital marketing executive", flags = { "unrealistic-or-unclear-goals" } },
  { answer = "In my first month I want to cut the backlog by about 40% by triaging every morning.", role = "claims handler", flags = { "unrealistic-or-unclear-goals" } },
  -- undecided, or vague in words the lists did not know; concrete detail keeps it clear
  { answer = "Success, I think. I'm really driven, I just haven't nailed down the specifics yet.", flags = { "unrealistic-or-unclear-goals" } },
  { answer = "Maybe team leader, maybe quality, maybe training. I'm not sure what suits me yet.", flags = { "unrealistic-or-unclear-goals" } },
  -- (a false alarm of the weights fitted in session 32; the rules alone raise nothing)
  { answer = "I'm not sure exactly what the team leader course covers, but I want to do it in my first year and lead the Saturday shift by next spring.", rules_flags = {  }, model_false_alarms = { "unrealistic-or-unclear-goals" } },
  -- phrases whose slots once read them wrongly ("know exactly what i" flagged any plan as indifference)
  { answer = "I know exactly what I want: to lead the Saturday shift by next spring and pass the team leader course.", flags = {  } },
  { answer = "It's not about my career, it's about the customers. I want to get our first-call resolution to 80% this year.", flags = {  } },
  { answer = "I'll be looking for another job in a year or so.", rules_flags = { "misaligned-goals" }, flags_include = { "misaligned-goals" } },
  { answer = "Honestly, I just need a wage.", flags = { "lack-of-aspiration" } },
  { answer = "I'll clear the backlog in my first week.", role = "claims handler", flags = { "unrealistic-or-unclear-goals" } },
  -- "not one for …" is a manner of speaking, and languages worked in are not learnt
  -- (the models fitted from session 18 to 24 read this as over the top, and session 33's again: a known false alarm of the model)
  { answer = "I'm not one for big speeches, but I want every new starter on my shift trained on the tills within their first month.", role = "retail supervisor", rules_flags = {  }, model_false_alarms = { "unrealistic-or-unclear-goals" } },
  -- (the model fitted on twice the sets in session 16 read this as over the top at 0.81; the fit of session 18 no longer does)
  { answer = "Right now I localise about ten releases a month into six languages. Here I'd like to run the full thirty-language release within my first year.", role = "localisation coordinator", rules_flags = {  },
    -- (session 23: the words said with a time frame within a year weigh on their own; the refit reads this as over the top)
    model_false_alarms = { "unrealistic-or-unclear-goals" } },
  -- a step along the role's own line: the word after the title is the noun naming the role (not a generic one)
  { answer = "In four or five years I'd like to apply for detective constable, once I've done my PIP level 1.", role = "police constable", flags = {  } },
  { answer = "In two years I'd like to train as a nurse advisor for the NHS helpline.", role = "customer service advisor", flags = { "misaligned-goals" } },
  { answer = "I'll do this for a couple of years and then move into marketing.", flags = { "misaligned-goals" } },
  -- a C-suite title by its letters; a full qualification
  -- claimed by someone who has not started; a division of one's own; premises of one's own counted
  -- after "of my own"; a stack of qualifications timed in the next sentence; a cut from A down to B
  -- (not when the numbers measure time); the best in the world and an empire at any time; a
  -- number before "-minute" counts no modules
  { role = "Cybersecurity analyst", answer = "In five years I want to be the CISO here.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Cybersecurity analyst", answer = "In ten years I'd like to be a CISO.", rules_flags = {  } },
  { role = "Electrical engineer", answer = "I want to become chartered in the next six months. I haven't actually started the application yet.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Electrical engineer", answer = "I've started my chartership application with a mentor, and I hope to be chartered in about two years.", flags = {  } },
  { role = "Electrical engineer", answer = "I'd like to have my own engineering division here by the end of year two.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Electrical engineer", answer = "In ten years I'd like to have my own engineering division here.", flags = {  } },
  { role = "Physiotherapist", answer = "I plan to open five of my own physio clinics across the region by next summer.", flags_include = { "unrealistic-or-unclear-goals" } },
  { role = "Finance manager", answer = "I'm planning to do ACCA, CIMA and an MBA, all at the same time. I'd like all three done in about eighteen months.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Finance manager", answer = "I'm planning to do ACCA, then CIMA and an MBA. I'd like all three done in about six years.", flags = {  } },
  { role = "Kitchen manager", answer = "I'll cut your food cost from 34 to 18 percent in my first month.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Kitchen manager", answer = "I'd like to cut food cost from 34 to 31 percent in my first year.", flags = {  } },
  { role = "DevOps engineer", answer = "I'd want to get the pipeline from the forty minutes you mentioned down to under fifteen within my first six months.", rules_flags = {  } },
  { role = "Junior content writer", answer = "My goal is to be the best writer in the world.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Trainee lettings negotiator", answer = "In five years I'll have my own property empire.", flags = { "misaligned-goals", "unrealistic-or-unclear-goals" } },
  { role = "Learning and development manager", answer = "Last year I missed my completion goal, so this year I broke the programme into ninety-minute modules and we're at 79 percent halfway through.", flags = {  } },
  -- no plan to stay in the field; leaving to do something else; a saying about failure is a
  -- cliché, no stepping stone; no more responsibility wanted; the team joined, said as a
  -- condition, is the job applied for (another one still is another career)
  { role = "Marketing intern", answer = "I need an internship on my CV for my master's applications. I don't really plan to stay in marketing afterwards.", rules_flags = { "misaligned-goals" } },
  { role = "Army recruit", answer = "Do my four years, get my HGV licences paid for, then leave and drive for a haulage firm.", flags = { "misaligned-goals" } },
  { role = "Sales executive", answer = "I don't plan to stay in the same role forever: in two years I'd like to lead the inside sales team.", flags = {  } },
  { role = "Project engineer", answer = "If I miss a goal I learn from it. Failure is just a stepping stone to success.", flags = { "cliche-answer" } },
  { role = "Secondary geography teacher", answer = "I've been teaching fourteen years. I don't want a TLR or any extra responsibility, I just want to teach my timetable.", rules_flags = { "lack-of-aspiration" } },
  { role = "Senior paralegal", answer = "If I join your commercial property team I'd like to qualify into it through the SQE and then apply for an NQ role here.", flags = {  } },
  { role = "Senior paralegal", answer = "After a year I'd love to move into your marketing team.", flags = { "misaligned-goals" } },
  -- a share of a whole market in a year; funding raised, or users expected, by a business of one's
  -- own too soon; a division of one's own run (a store of one's own is the store manager's job)
  { role = "Estate agent negotiator", answer = "I want to open my own agency in the same town. I reckon I could take a third of the local market in the first year.", flags = { "misaligned-goals", "unrealistic-or-unclear-goals" } },
  { role = "Estate agent negotiator", answer = "My aim is to win a third of the local lettings market for your branch over the next ten years.", flags = {  } },
  { role = "Junior software engineer", answer = "I'm planning to launch my own AI startup and raise about ten million in the next year.", flags = { "misaligned-goals", "unrealistic-or-unclear-goals" } },
  { role = "Junior web developer", answer = "I'm launching my own SaaS startup next year, and I'm expecting a million users in the first six months.", rules_flags = { "misaligned-goals", "unrealistic-or-unclear-goals" } },
  { role = "Project engineer", answer = "In five years I'll be running my own division here, with a team of fifty people.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Assistant store manager", answer = "I'd like to be running my own store in the next two to three years, through your store manager development programme.", flags = {  } },
  -- a job of another career the ladders know, said as what the candidate will become, stands against
  -- the model's veto when the role is on ladders of its own (not a word many careers share, nor a
  -- job named without becoming it)
  { role = "Train conductor", answer = "In two years I'd like to become a hairdresser.", flags = { "misaligned-goals" } },
  { role = "Forklift operator", answer = "I'd like reach truck as well, and then in two years I'd like to become one of the trainers for new drivers.", flags = {  } },
  { role = "Community nurse", answer = "In the next twelve months I'd like to complete the V150 nurse prescribing course, because at the moment a lot of my time is spent waiting for GP prescriptions.", flags = {  } },
  -- no plan at all from an experienced professional is the guide's unclear goals as well as a lack of
  -- aspiration; from someone starting out, or said as contentment, a lack of aspiration only; a plan
  -- not to leave is a plan
  { role = "Operations coordinator", answer = "Honestly, I haven't got goals. I've been in ops for nine years and I've never really planned any of it. Whatever happens, happens.", flags = { "lack-of-aspiration", "unrealistic-or-unclear-goals" } },
  { role = "Junior administrator", answer = "Honestly, I haven't got goals. I've never really planned any of it. Whatever happens, happens.", flags = { "lack-of-aspiration" } },
  { role = "Staff nurse", answer = "I don't really set goals. I've been a staff nurse for twelve years and I'm happy where I am.", flags = { "lack-of-aspiration" } },
  { role = "Admin officer", answer = "I've been in admin twenty years. Plans? I don't have any, never have. I'm not bothered either way.", flags = { "lack-of-aspiration", "unrealistic-or-unclear-goals" } },
  { role = "Operations manager", answer = "I don't plan to leave. In five years I'd like to run the north region, after leading the site improvement programme here.", flags = {  } },
  -- an expectation of the past from a career said to have started recently is weighed like a
  -- claim; after a longer career, or with a new plan, it is told, not claimed
  { role = "Trainee solicitor", answer = "Not yet, no. I honestly thought I'd be making partner by now, and I only started my training contract last spring.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Teacher", answer = "Not quite. I thought I'd be a deputy head by now, and I'm not. I found I'm happier leading a subject than a building, so I'd like to lead the science department here within five years.", flags = {  } },
  -- (the model fitted in session 16 read this as unclear at 0.81; the fit of session 18 no longer does)
  -- (a known false alarm of session 25's refit on 168 sets, gone with session 26's on 176, back with session 28's
  -- on 180)
  { role = "Credit controller", answer = "Not entirely. I thought I'd be a credit manager by now, but I stayed at the same firm for seven years and there was no opening. Here I'd like to step up within two years.", rules_flags = {  },
    model_false_alarms = { "unrealistic-or-unclear-goals" } },
  -- a claim over the top by far (a growth three times what its time allows, an absolute in a quarter
  -- of its time), aimed at rather than told, stands against the model's veto; an absolute told of
  -- the past is no claim
  { role = "Account manager", answer = "At my last firm I kept 95% of my accounts year on year. Here, I'd like to grow every one of your mid-market accounts by 500% this year.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Account manager", answer = "At my last firm I kept 95% of my accounts year on year. Here, I'd like to grow the mid-market accounts by about 10% this year.", flags = {  } },
  { role = "Customer success manager", answer = "You mentioned churn is around 12%, and I'd like to bring it down to zero across the whole customer base in the first month.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Payroll specialist", answer = "Cleaning up a payroll where nearly 10% of staff had the wrong tax code. It took about four months working with HMRC, but we had zero errors on the year-end submission.", flags = {  } },
  -- two phrases of business jargon in place of a goal are unclear whatever else the answer recites
  -- (and whatever the model says); one with concrete backing is a goal
  { role = "Operations manager", answer = "My future career goal is to deliver world-class operational excellence and be recognised as an industry leader. I'm a passionate, results-driven leader who always goes above and beyond.", flags = { "cliche-answer", "unrealistic-or-unclear-goals" } },
  { role = "Operations manager", answer = "In my first year I'd like to drive continuous improvement on the pick line: cut mis-picks from 0.8% to 0.5% by running weekly kaizen sessions with the shift leads.", flags = {  } },
  -- a record kept is no status quo when the answer wants more; asking to move on is moving within
  { role = "HGV driver", answer = "Honestly, I like doing the job right, clean tacho, no damage, on time. I had zero incidents last year and I'd like to keep it that way. I'm also looking at doing my ADR so I can do the fuel runs.", flags = {  } },
  { role = "Warehouse operative", answer = "I'm happy doing what I do. I'd like to keep it that way.", flags = { "lack-of-aspiration" } },
  { role = "Kitchen porter", answer = "I'd start on veg prep, get quick and clean, then ask to move on to larder. In a year I'd want to be a commis chef.", flags = {  } },
  -- an expectation held years ago is told, not weighed; a financial controller heads a function
  { role = "Affiliate manager", answer = "Not quite. Two years ago I expected to be managing a team by now, and I'm still an individual contributor. So last year I started mentoring our two affiliate executives. Your role has one direct report, which I see as the right next step.", flags = {  } },
  { role = "Financial controller", answer = "In five years I'd hope to be your finance director, or at least ready to be. In the next two I want to get the close down from ten working days to five, since you said that's the board's priority.", flags = {  } },
  -- from the review of session 9's rules: quick is not over the top (a few people trained, a safety
  -- plan's zero incidents); a move within the same employer is no other profession; an age is no
  -- career; only "all three" points back to qualifications; an expectation given up for a new plan;
  -- the best one can be; someone else's empire; a rate is no total; a cut may be hard; a rep's own
  -- region; a credential route under way; a move after joining; an assistant's level; a goal made
  -- is no past; responsibility not yet wanted
  { role = "Retail systems trainer", answer = "In my first week I'd like to train all eight staff at the Leeds store on the new self-checkout, since it's a two-hour session, and then roll the same session out to the other stores.", flags = {  } },
  { role = "Health and safety advisor", answer = "I'd aim for zero incidents on the new racking project this quarter, by walking the site every morning with the supervisors.", rules_flags = {  }, model_false_alarms = { "unrealistic-or-unclear-goals" } },
  { role = "Customer service advisor", answer = "In two years I'd like to become a mortgage adviser, starting my CeMAP modules next year.", flags = {  } },
  { role = "Junior administrator", answer = "I'm 19 years old and this would be my first proper job. Honestly, I haven't really planned anything, I just see what happens.", rules_flags = { "lack-of-aspiration" } },
  { role = "Admin officer", answer = "I started in admin twenty years ago. Plans? I don't have any, never have. I'm not bothered either way.", flags = { "lack-of-aspiration", "unrealistic-or-unclear-goals" } },
  { role = "Project coordinator", answer = "Longer term I'd like to get ITIL, PRINCE2 and Six Sigma, one at a time. In my first three months I want to learn all of your project tools.", flags = {  } },
  { role = "Graduate analyst", answer = "I thought I'd be a manager by now, and I only started last September. I've learned it takes longer, so my plan is to step up to senior analyst within two years.", flags = {  } },
  { role = "Financial planner", answer = "I want to be the best I can in the world of financial planning, starting with my Level 4 diploma next year.", flags = {  } },
  { role = "Buyer", answer = "My grandad built a small retail empire from one market stall, which is why I want to learn buying properly.", flags = {  } },
  { role = "SDR", answer = "In my first two weeks I'd like to be hitting 30 qualified leads a week, which your team lead said is the standard target.", flags = {  } },
  { role = "AP supervisor", answer = "In the first year I'd like to cut late supplier payments from 120 a month to 30 by moving everyone onto the e-invoicing portal.", flags = {  } },
  -- (session 20's fit reads "my own region" within two years as over the top, at 0.62 against 0.6: a known false alarm)
  { role = "Area sales representative", answer = "Within two years I'd like to have my own region, looking after the accounts I've been building.", rules_flags = {  }, model_false_alarms = { "unrealistic-or-unclear-goals" } },
  { role = "Apprentice electrician", answer = "I'm in the third year of my apprenticeship, so within eighteen months I want to be a fully qualified electrician. I haven't started my AM2 revision yet, but I will this spring.", rules_flags = {  } },
  { role = "Customer service advisor", answer = "Once I join I'd like to move into your marketing team within a year.", rules_flags = { "misaligned-goals" } },
  { role = "Assistant financial controller", answer = "Within six months I'd like to be your head of finance.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Customer success manager", answer = "I've made it my goal to get churn down to zero in the first month.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Finance assistant", answer = "I don't want more responsibility straight away. First I want to master this role and then step up in two years.", rules_flags = {  }, model_false_alarms = { "unrealistic-or-unclear-goals" } },
  { role = "Estate agent", answer = "I want to open my own agency and take most of the local market in the first year.", flags = { "misaligned-goals", "unrealistic-or-unclear-goals" } },
  -- an answer that only tells the past and looks nowhere ahead has no goal the model may call
  -- unrealistic; a goal said in a fragment still has one
  { role = "Supply chain analyst", answer = "Cutting our safety stock without hurting service. We were carrying about nine weeks' cover on C-class items, so I built a segmentation model that set cover by demand variability instead of one rule for everything. It freed up around three hundred thousand pounds of working capital and service stayed above ninety-seven percent. I'm proud of it because I had to convince a nervous sales director, and I did it with a three-month trial on one category first.", flags = {  } },
  { role = "Warehouse operative", answer = "Operations director. Reckon I can do it in two years if I really push.", flags = { "unrealistic-or-unclear-goals" } },
  -- leading a department within three years is ambitious but no longer over the top for a teacher
  { role = "Teacher", answer = "I'd like to lead the science department here within three years, after running the Key Stage 3 curriculum.", flags = {  } },
  { role = "Teacher", answer = "I'd like to lead the science department here within a year.", flags = { "unrealistic-or-unclear-goals" } },
  -- a rise said as now and then, weighed as one from A to B (and "a hundred and twenty million" is
  -- one number); a modest one, or a different unit, is no claim
  { role = "Sales director", answer = "My plan's simple. You're at forty million; I want us at a hundred and twenty million by the end of year one.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Sales director", answer = "You're at forty million now. I'd want us at fifty million by the end of year two.", rules_flags = {  } },
  { role = "Team leader", answer = "I currently manage 6 people, and within two years I'd like to lead a team of 15.", flags = {  } },
  { role = "Contact centre advisor", answer = "At the moment I handle about 40 calls a day and I'd like to get to 45 calls a day within three months.", flags = {  } },
  -- the next step left open on purpose by an experienced professional, nowhere named: unclear (the
  -- guide: "for more experienced professionals, this is definitely a red flag"), against the model's
  -- veto; the same words from a graduate, or beside a named goal, are not
  { role = "Head of strategy", answer = "What I'm after at this stage is breadth, being closer to the decisions. I've deliberately not pinned down what comes after this; at my level you let the opportunities find you.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Bid manager", answer = "It just feels right. I've been in bids nine years and I can't really put it more precisely than that.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Graduate trainee", answer = "I've just finished my degree, and I don't want to pin it down too much yet; I'd rather stay open and let it evolve while I learn the business.", rules_flags = {  } },
  { role = "Finance manager", answer = "After twelve years in finance I'd like to run the group's month-end close and get my CIMA strategic level next year, though I don't want to box myself in on which division.", flags = {  } },
  { role = "Senior nurse", answer = "I've been nursing for fifteen years and I trust my instincts on the ward. Next I'd like to do my non-medical prescribing course this year.", flags = {  } },
  -- the company's top table said without a title is a top job; a charity's board or a leaderboard is not
  { role = "Branch network manager", answer = "Within two years I'd expect to be running the retail bank and sitting on the executive committee.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Branch network manager", answer = "In ten years I'd like to be sitting on the executive committee, after running a region and then the branch network.", rules_flags = {  } },
  { role = "Finance director", answer = "Within two years I'd like to sit on the board of a local charity as its treasurer.", rules_flags = {  } },
  { role = "Sales executive", answer = "Within two years I'd like to see my name on the board for top sales.", rules_flags = {  } },
  -- drifting, or leaving the next step to be figured out, from someone with years of their own career
  -- is unclear against the veto too; from a graduate with a first step, nothing
  { role = "HR manager", answer = "Honestly, I don't really do goals in a formal way. I've been in HR twelve years and I've sort of drifted from role to role. I imagine I'll figure the next bit out when I get there.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Graduate HR assistant", answer = "I've just graduated, so I'll figure the next bit out once I've seen how the team works. First I want to get my CIPD Level 3 this year.", rules_flags = {  }, model_false_alarms = { "unrealistic-or-unclear-goals" } },
  -- every one of a thing changed in a short time is a whole changed; a few of them, or over years, is not;
  -- contracts renewed "as they come up" are no things taken as they come
  { role = "Commercial manager", answer = "If I get the job, I'd renegotiate every subcontract in the first month.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Project coordinator", answer = "I'll transform every process in the department inside a month.", flags = { "unrealistic-or-unclear-goals" } },
  -- (and a plan said with its time and what it acts on is an answer, with or without a goal word)
  { role = "Commercial manager", answer = "In my first six months I'd renegotiate the five biggest subcontracts, starting with the groundworks packages.", rules_flags = {  },
    model_false_alarms = { "unrealistic-or-unclear-goals" } },  -- (session 23's refit, as above)
  { role = "Commercial manager", answer = "Over the next two years I'd like to retender every cleaning and waste contract as they come up for renewal.", rules_flags = {  } },
  -- a head of a function may run the company in five years; a manager not in two
  { role = "Head of operations", answer = "In five years I'd like to be your chief operating officer, after delivering the warehouse consolidation in year one.", rules_flags = {  } },
  { role = "Operations manager", answer = "Within two years I'd like to be your chief operating officer.", flags = { "unrealistic-or-unclear-goals" } },
  -- the review of session 10's rules: work idioms, negated phrases and a career restarted are no
  -- plan left open; patterns that could not match; rises of other things; boards and committees of
  -- others; a charter started or one paper; a question asked back; hedged and opening times; a
  -- partner made quickly
  { role = "Head chef", answer = "Twenty years in kitchens has taught me to trust my instincts. What I'm after now is a kitchen I can put my name to, with a brigade I've trained myself.", rules_flags = {  } },
  { role = "Warehouse manager", answer = "I've run warehouses for ten years. Here, the first job is pinning down why pick rates dropped last year, then building a team that owns the fix.", rules_flags = {  } },
  { role = "Finance manager", answer = "I've been in accounts for ten years, and I've never been one to let things come to me. I went after this role because I'm ready to lead a team and own the month-end close.", flags = {  } },
  { role = "Junior developer", answer = "I spent six years as a chef before retraining, so I don't want to box myself in too early: I'd like to get solid on the backend first.", rules_flags = {  } },
  { role = "Head of strategy", answer = "After twelve years in consulting, at my level you let the opportunities find you.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Bid manager", answer = "I've been in bids nine years. I can't really put it into words, it's more a feeling than a plan.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Business development manager", answer = "Right now the region brings in two and a half million a year. I'd want to get that to three million by the end of my first year.", rules_flags = {  } },
  { role = "Account manager", answer = "I look after 40 accounts at the moment. In this role I'd want to be confidently handling the 120 accounts in the portfolio by the end of my first year.", rules_flags = {  } },
  { role = "Social worker", answer = "I'm 23 now, and within two years I'd like to be confidently holding a full caseload of around 60.", rules_flags = {  } },
  { role = "Bid manager", answer = "In my first year I'd like to help win 2 million-pound contracts for the team.", rules_flags = {  } },
  { role = "Chef de partie", answer = "By next summer I'd love to get one of my own dishes on the board as a regular special.", rules_flags = {  } },
  { role = "HR advisor", answer = "Over the next year I'd like to get onto the executive committee of our regional CIPD branch.", rules_flags = {  } },
  { role = "Head of finance", answer = "Over the next four years I'd like to become finance director and sit on the board.", rules_flags = {  } },
  { role = "Accounts assistant", answer = "This year I want to finish my AAT, get my PRINCE2 Foundation and start my ACCA in September.", rules_flags = {  } },
  { role = "Investment analyst", answer = "This year I'd like to sit CFA Level 1 and get my PRINCE2 Foundation and ITIL.", rules_flags = {  } },
  { role = "Cashier", answer = "Five years from now? Tills, 30 hours a week, same as today.", rules_flags = { "lack-of-aspiration" } },
  { role = "Graduate analyst", answer = "By about year two I want to be head of analytics.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Trainee solicitor", answer = "I want to make partner fairly quickly, within three years.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Project manager", answer = "I'd like to take on bigger projects as they come up, starting with the depot refit next spring.", rules_flags = {  } },
  -- leaving the field said in other words: out of the trade, a completely different space, off to do
  -- a season after a date
  { role = "Electrician", answer = "In five years? Honestly I'd like to be out of the trade and doing property.", rules_flags = { "misaligned-goals" } },
  { role = "Audit manager", answer = "Long term, though, I see myself in a completely different space, probably wellness coaching.", flags = { "misaligned-goals" } },
  { role = "Seasonal warehouse operative", answer = "It's just till January, then I'm off to do a ski season.", rules_flags = { "misaligned-goals" } },
  -- riches named as the goal, in a fragment, are a wish too vague to act on
  { role = "Apprentice plumber", answer = "Five years? Don't know, mate. Haven't thought about it. Rich, hopefully, ha.", rules_flags = { "lack-of-aspiration", "unrealistic-or-unclear-goals" } },
  -- (and fame, and the top said as where one sees oneself)
  { role = "Kitchen assistant", answer = "Where will I be? No clue. Famous, maybe, ha.", rules_flags = { "lack-of-aspiration", "unrealistic-or-unclear-goals" } },
  { role = "Payroll clerk", answer = "I picture myself at the very top one day, and I know it'll happen.", rules_flags = { "unrealistic-or-unclear-goals" } },
  -- a title gone for ("go for", "apply for") is claimed; the role's own title is no step up
  { role = "Branch team leader", answer = "I'd hit the ground running as team leader and go for the general manager job by next summer.", flags = { "unrealistic-or-unclear-goals" } },
  -- (the model fitted in session 16 reads this as over the top at 0.88: a known false alarm)
  { role = "Branch team leader", answer = "As team leader, in my first month I'd sit with each of my six advisers and set one goal each for the quarter.", rules_flags = {  }, model_false_alarms = { "unrealistic-or-unclear-goals" } },
  -- perfection said with the negation in the verb
  { role = "Maintenance engineer", answer = "Give me two months and there won't be a single breakdown on the line, guaranteed.", rules_flags = { "unrealistic-or-unclear-goals" } },
  -- a rise far beyond what its time allows, aimed at, stands against the model's veto, as a percentage's does
  { role = "Warehouse supervisor", answer = "Right now the team picks about nine thousand units a shift. I want us at twenty thousand within six weeks.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Account manager", answer = "The patch is around £2 million today. I'd want to have it at £5 million by the end of my first year.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Account manager", answer = "The patch is around £2 million today. I'd want to have it at £2.3 million by the end of my first year, mostly through renewals.", flags = {  } },
  -- a profession's full qualification claimed from its start is firm against the model's veto
  { role = "Fire safety inspector", answer = "I've just started my Level 4 Diploma and I plan to become a chartered fire engineer within the next twelve months.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Site engineer", answer = "Next I'd like to start my ICE chartership with you and step up to section engineer within two years.", flags = {  }, rules_flags = {  } },
  -- leaving the employer to work through an agency or for oneself; the job's own work of no lasting interest;
  -- (but not a wish of the past that did not work out)
  { role = "Social worker", answer = "Do my ASYE here, then probably go agency. The rates are much better.", flags = { "misaligned-goals" } },
  { role = "Account director", answer = "Long term I'm quite drawn to going independent and consulting.", rules_flags = { "misaligned-goals" } },
  { role = "Healthcare assistant", answer = "Long term I'd like to go into aesthetics privately. I'm not really that interested in staying on a ward.", rules_flags = { "misaligned-goals" } },
  { role = "Graphic designer", answer = "I wanted to go freelance last year and it didn't work out. I missed working with a team, so now I'd like to be a mid-weight designer here in two years.", rules_flags = {  } },
  -- a side business one will go full time with; a level multiplied, said as sure ("I'm confident I can")
  { role = "Retail area manager", answer = "My heart's in wedding photography, which I do at weekends, and I'm aiming to go full time with it in about eighteen months.", flags = { "misaligned-goals" } },
  { role = "Sales assistant", answer = "I'd like to work full time here next year, once my youngest starts school.", rules_flags = {  } },
  { role = "E-commerce manager", answer = "Your site converts around two percent right now, and I want to get that to ten percent before the end of the quarter.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "E-commerce manager", answer = "Your site converts around two percent right now, and I want to get that to three percent by the end of next year.", rules_flags = {  } },
  { role = "Library assistant", answer = "I started here as a Saturday assistant and loved it, so I want to go full time with it and then study for my library qualification.", rules_flags = {  } },
  { role = "Radio producer", answer = "I'll leave the minute detail to the assistants and focus on editorial direction as I grow into a senior producer here.", rules_flags = {  } },
  -- less of the job's own work wished for, or leaving the moment something else calls (not less of a burden)
  { role = "Estate agent", answer = "Something with less selling, ideally. I don't love the pushy side of it.", rules_flags = { "misaligned-goals" } },
  { role = "Junior reporter", answer = "I'll take the local beat, but I'm still pitching to the nationals, and if one bites I'm gone.", flags = { "misaligned-goals" } },
  { role = "Radio producer", answer = "Honestly, if one of the nationals rang tomorrow I'd be out the door.", rules_flags = { "misaligned-goals" } },
  { role = "Paramedic", answer = "If the air ambulance offers me a place, I'll hand in my notice that same day.", rules_flags = { "misaligned-goals" } },
  { role = "Occupational therapist", answer = "I handed in my notice at my last job to care for my dad. Now I'd like two years on the rotations here, then go for band 6 in neuro.", rules_flags = {  } },
  { role = "Administrator", answer = "Something with less pressure than my last place, really. I just want to do my hours.", rules_flags = { "lack-of-aspiration" } },
  -- leaving a whole field said as being out of it for good
  { role = "Lettings negotiator", answer = "Long term I'd like to be out of property altogether, maybe in events.", rules_flags = { "misaligned-goals" } },
  -- false alarms of the rules found held out in session 12: a liking of the present, a job's travel
  -- perks, a professional body joined as a member
  { role = "Carpenter", answer = "Longer term I'd like to run jobs as a site supervisor. I like working for a firm that keeps the work steady.", rules_flags = {  } },
  { role = "Carpenter", answer = "Longer term I'd like to run jobs as a site supervisor, but I'd like working for a bank eventually.", rules_flags = { "misaligned-goals" } },
  { role = "Train conductor", answer = "The pension and the travel perks matter to me, I'll say that. But it also fits my goal of becoming a driver; you've got a conductor-to-driver route and I'd apply for it in two years.", rules_flags = {  } },
  { role = "Trainee solicitor", answer = "I'm hoping to qualify into your property team, so I'd like to join the Property Litigation Association's trainee events.", rules_flags = {  } },
  { role = "Trainee solicitor", answer = "I want to work for the Society of Authors.", rules_flags = { "misaligned-goals" } },
  -- a field's word as a verb with its object after "start", study alongside the job, others' work
  -- described (held out, session 12)
  { role = "Cybersecurity analyst", answer = "I'd like to get better at detection engineering. I want to start writing my own detections and sit the GCIH next year.", rules_flags = {  } },
  { role = "Junior auditor", answer = "Passing my first three ACA exams first time while working full-time. Next, I'd like to get through the professional level by the end of next year.", rules_flags = {  } },
  { role = "Library assistant", answer = "Your branches do a lot of community work, the job club and the reading groups. I'd like to help run those.", rules_flags = {  } },
  { role = "Operations manager", answer = "I never really had a direction, and I've just stayed where I landed.", rules_flags = { "lack-of-aspiration", "unrealistic-or-unclear-goals" } },
  -- what the session's review found these readings must not do: a field after "go into" is still a
  -- field, "I'd … love working as" still a wish, a building society an employer
  { role = "Retail assistant", answer = "I'd like to go into teaching some day.", rules_flags = { "misaligned-goals" } },
  { role = "Barista", answer = "One day I'd also love working as a graphic designer.", rules_flags = { "misaligned-goals" } },
  { role = "Bank cashier", answer = "Long term I'd like to join Nationwide Building Society.", rules_flags = { "misaligned-goals" } },
  -- exits said so plainly that they stand against the model's veto (unseen-44, session 13): a
  -- professional school applied for, waiting for something else, a gap year; not nursing school for
  -- a care role, nor a gap year denied
  { role = "Patient transporter", answer = "Get in, then be a doctor. Like, I'm gonna apply to med school, I just need to figure out the classes first.", flags_include = { "misaligned-goals" } },
  { role = "Hotel front desk agent", answer = "Maybe like six months? I'm not really into hotels, I'm just doing it 'til something else comes up. I don't really need to learn the system past check-in.", flags = { "misaligned-goals", "lack-of-aspiration" } },
  { role = "Department store sales associate", answer = "It's right because I've got nothing else on, I'm just filling time till my gap year starts. I don't need it to lead to anything.", flags = { "misaligned-goals", "lack-of-aspiration" } },
  { role = "Healthcare assistant", answer = "In two years I'd like to apply to nursing school, with your trust's sponsorship.", rules_flags = {  } },
  { role = "Cabin crew", answer = "I've been in hotels for five years and I want cabin crew to be my long-term career, not a gap year thing.", rules_flags = {  } },
  -- the line not seen as the candidate's for long, the same work elsewhere for more money, a field
  -- of design (unseen-21, 27, 36); not the line seen as the only one
  { role = "Commis chef", answer = "I'd be more interested in your events and marketing side than cooking, to be honest. I don't really see myself in a kitchen long term, it was just the job that was going.", flags = { "misaligned-goals" } },
  { role = "Chef de partie", answer = "I can't see myself doing anything else long term. I'd like to be sous chef here in two years.", rules_flags = {  } },
  { role = "Finance officer", answer = "Long term, though, I'd be looking to move into private sector corporate finance, where the salaries are much better.", flags = { "misaligned-goals" } },
  { role = "Research technician", answer = "I've been doing a lot of UX design courses this year. I think I want to move into UX, so that's been my focus more than the lab stuff.", rules_flags = { "misaligned-goals" } },
  -- the next step of a legal secretary's and a kitchen porter's own ladders (session 13); cooking is
  -- still another career for an accounts assistant
  { role = "Legal secretary", answer = "I'd like to become a paralegal in the private client team. I'm doing the CILEx Level 3 in the evenings.", rules_flags = {  } },
  { role = "Kitchen porter", answer = "To be fair, I'd really like to get into cooking. I'd like to help with prep when it's quiet and learn knife skills.", rules_flags = {  } },
  { role = "Accounts assistant", answer = "To be fair, I'd really like to get into cooking.", rules_flags = { "misaligned-goals" } },
  -- a business of one's own planned at the end of a long, sound answer stands against the veto
  -- (unseen-46, session 14)
  { role = "Dental nurse", answer = "I've been qualified for two years and I'd like to do my radiography certificate with you in the first year, then oral health education. Your practice sees a lot of nervous patients, which is where I'm strongest, and I'd like to help set up a calm-clinic session on Thursdays. Long term, though, the plan is to go self-employed as a lash technician, and I've already got the course booked for next spring.", flags = { "misaligned-goals" } },
  { role = "Junior estate agent", answer = "In my first six months I want to be doing my own valuations and hit the branch's target of eight instructions a month. I'm also going to sit the NAEA Propertymark Level 3 this year. After that, honestly, I'd like to open my own lettings agency back home in about three years, so this is a good place to learn the ropes.", flags = { "misaligned-goals" } },
  -- a senior post kept as it is (unseen-47, session 14), a weak hint: not a first month spent listening
  { role = "Director of estates", answer = "The plan's already written, so really it's about keeping the programme on track and not rocking the boat.", flags = { "lack-of-aspiration" } },
  { role = "Head of department", answer = "I'm not bringing a big agenda on day one. I'll spend half a term listening, then bring in a new KS3 scheme of work by Easter.", rules_flags = {  } },
  { role = "Store manager", answer = "I'd like to shake things up here rather than not rock the boat: new rotas in my first month.", rules_flags = {  } },
  -- two stock phrases and nothing concrete stand beside the vague goal the model reads (session 13)
  { role = "Sales director", answer = "Short term, I want to hit the ground running and make an impact. Long term, I want to be successful and leave a legacy. I've done this long enough to know the details sort themselves out once you're in the seat.", flags = { "cliche-answer", "unrealistic-or-unclear-goals" } },
  -- a review of the session's readings (session 13): borrowed times only for claims with no horizon
  -- of their own, staying first is no climb to it, a rise said with "I'd" only as the candidate's act,
  -- a rise to 100% weighed when over the top, an inspection's grade only in an answer about one, a
  -- plain exit standing against the veto only when untied and when what is left is a line of work
  -- (it is still raised, for the model to weigh), the line seen as the only one, titles and times
  { role = "Commis chef", answer = "In my first six months I want to learn every section and get my level 2 food hygiene. At the same time, long term I'd love to be a head chef.", rules_flags = {  } },
  { role = "Sales assistant", answer = "Long term, I'd like to be a store manager. For the first few months I'll just be there to learn the tills and the stock.", rules_flags = {  } },
  { role = "Sales assistant", answer = "In my first three months I want to learn the tills and the stock system. Around the same time, I'd like to take over as store manager.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Sales assistant", answer = "I'd like to be running the store. I reckon after three months I'd be ready to take that on.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Account manager", answer = "Over the next year I want to help us stay number one in the market by keeping client retention above ninety percent.", rules_flags = {  } },
  { role = "Store manager", answer = "The company will go from 12 to 40 stores over the next year, and I'd love to grow with it as an area manager.", rules_flags = {  } },
  { role = "Events coordinator", answer = "I'd be running events from 50 to 500 guests in my first six months, and after that I'd like to take on the weddings side.", rules_flags = {  } },
  { role = "Social media manager", answer = "By the time I left my last job I'd taken the account from 5,000 to 50,000 followers in six months, and I'd like to do something similar here over a couple of years.", rules_flags = {  } },
  { role = "Operations manager", answer = "First ninety days, I'd get on-time delivery from 70% to 100%.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Nursery manager", answer = "We got our outstanding rating last spring, and over the next year I want to keep our outstanding rating at the next inspection.", rules_flags = {  } },
  { role = "Restaurant supervisor", answer = "In my first six months I'd look at how we greet guests and make it outstanding.", rules_flags = { "lack-of-aspiration" } },
  { role = "Nursery manager", answer = "Our last Ofsted was good. I want us to be outstanding by next September.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Pharmacy technician", answer = "In a couple of years I'd like to apply to pharmacy school through your tuition scheme and come back as a pharmacist in one of your stores.", rules_flags = {  } },
  { role = "Site manager", answer = "I'd like to get us out of agency completely within a year by building our own bank of casual staff.", rules_flags = { "misaligned-goals" } },
  { role = "Apprentice electrician", answer = "I decided against a gap year because I wanted to get started. In four years I'd like to be fully qualified with my NVQ Level 3 and my 18th Edition.", rules_flags = {  } },
  { role = "Junior analyst", answer = "I don't see myself being a junior long term. I'd like to be a senior analyst here within three years, and I'm starting my CIMA this autumn.", rules_flags = {  } },
  { role = "Chef de partie", answer = "I honestly can't see myself in any other career long term. I'd like to be a sous chef here in two years.", rules_flags = {  } },
  { role = "Commis chef", answer = "To be honest, I can't see myself in a kitchen for the long term. It's just what was going.", rules_flags = { "misaligned-goals" } },
  { role = "Digital marketing executive", answer = "In my first year I want to get more into user experience on our own website and lift the conversion rate by a fifth.", rules_flags = {  } },
  { role = "Associate manager", answer = "In the next year I'd like to be promoted to manager, and in four years I'd like to be a senior manager.", rules_flags = {  } },
  { role = "Intelligence analyst", answer = "In two years I'd like to be a section chief at the Bureau.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Staff nurse", answer = "In the months after my preceptorship I'd like to be the ward manager.", rules_flags = { "unrealistic-or-unclear-goals" } },
  -- waiting to leave the country stands; going on within the job is no exit (session 13)
  { role = "Checkout operator", answer = "On the beach in Alicante, hopefully! Seriously though, I just want a few easy shifts until we go.", flags = { "misaligned-goals" } },
  { role = "Full-stack developer", answer = "Honestly? The equity. If you exit in three or four years, that's my ticket out, and I'd like to retire early and grow olives.", rules_flags = { "misaligned-goals" } },
  { role = "Retail assistant", answer = "I'll keep learning the role until I go on to the supervisor course next year.", rules_flags = {  } },
  { role = "Retail assistant", answer = "I'll do this job until my course starts in September.", rules_flags = { "misaligned-goals" } },
  -- who the candidate really is, another occupation (session 13); not a job on the role's ladder
  { role = "Waiter", answer = "Career path here? I mean, I'm a musician, really, so it's not about a path. I need shifts I can swap when we're gigging.", rules_flags = { "misaligned-goals" } },
  { role = "Healthcare assistant", answer = "I'm a nurse at heart, and I'd like to start the nursing associate apprenticeship next year.", rules_flags = {  } },
  { role = "Barista", answer = "I'm actually a trained barista, so I'd like to lead the morning shift within a year.", rules_flags = {  } },
  -- a multiple of a figure just said, a cut by half, every one of a count migrated (session 15)
  { role = "Passport examiner", answer = "Whatever the team average is, I'd want to be doing five times that by the end of my first month.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Passport examiner", answer = "The team average was about forty a day last year, and the best examiners clear about twice that. I'd like to be at the average by the end of my first six months.", rules_flags = {  } },
  { role = "Emergency department staff nurse", answer = "I think I can reduce the waiting time by half before next winter.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Emergency department staff nurse", answer = "Last winter our unit cut handover delays by half, and I'd like to bring what we learned to your department over the next couple of years.", rules_flags = {  } },
  { role = "Network engineer", answer = "I'd aim to have every one of the 600 branches migrated onto SD-WAN by the end of my first quarter.", flags = { "unrealistic-or-unclear-goals" } },
  -- the same job for good, or nothing left to learn
  { role = "Chat support agent", answer = "Honestly I'm okay being an agent forever. I just want to log in, take my chats, log out.", rules_flags = { "lack-of-aspiration" } },
  { role = "Staff nurse", answer = "I'd be happy being a nurse forever, honestly, but within two years I want my tissue viability course done and to be the ward's link nurse.", rules_flags = {  } },
  { role = "IT support analyst", answer = "Each morning I log in, check the queue and plan the day. In a year I'd like to be a second-line engineer.", rules_flags = {  } },
  { role = "Dental nurse", answer = "I've been a dental nurse twelve years, I know everything already.", rules_flags = { "lack-of-aspiration" } },
  -- the day job a passion takes over from, a cut to part time (session 15); a level not stayed at for good
  { role = "Sales executive", answer = "I don't plan to stay in sales forever: in three years I'd like to be leading the sales team here as its manager.", rules_flags = {  } },
  { role = "Water engineer", answer = "The plan is to drop to part-time engineering next year and build up a client base.", flags = { "misaligned-goals" } },
  -- (session 21's fit adds a cliché beside the right flag: a known false alarm)
  { role = "CAD technician", answer = "That's where my heart is, honestly, and I'd love it to take over from the day job.", rules_flags = { "misaligned-goals" }, flags_include = { "misaligned-goals" }, model_false_alarms = { "misaligned-goals", "cliche-answer" } },
  { role = "Customer service advisor", answer = "If a customer has a problem I won't come back to them with excuses; I want to be the advisor who fixes it, and a team leader within two years.", rules_flags = {  } },
  -- an insider's words (unseen-55, session 15): the company's slogan recited, the sector's stock
  -- phrases; a side passion made the career (not the job made one here), the line left behind; the
  -- step all the same, nothing thought beyond it (unless a plan comes before)
  { role = "Inbound team leader", answer = "Safe, Simple, Sorted - that's what we say at the start of every shift and it's what I stand for.", rules_flags = { "cliche-answer" } },
  { role = "Care assistant", answer = "Dignity, respect and compassion. Those words are on the wall in the staff room and I live them.", rules_flags = { "cliche-answer" } },
  { role = "Wedding coordinator", answer = "Making magic happen. I want every couple to have the day of their dreams.", flags = { "cliche-answer" } },
  { role = "Management accountant", answer = "In my first year I want to cut the month-end close from eight days to five by automating the accruals, which adds value the business can see, and sit my final CIMA case study in November.", rules_flags = {  } },
  { role = "Team leader, residential care", answer = "Our home's values are on the wall in the staff room, and the one I hold myself to is dignity: I've cut our missed continence checks on nights from about six a week to one since March by changing the handover sheet.", rules_flags = {  } },
  { role = "Assistant buyer", answer = "I've grown my styling Instagram to 14,000 followers and I'd like to turn that into my career.", rules_flags = { "misaligned-goals" } },
  { role = "Data analyst", answer = "I'd like to turn this into a career in analytics here: the SQL course in my first three months, then owning the weekly sales dashboard by the end of the year.", rules_flags = {  } },
  { role = "Payroll administrator", answer = "I've been covering payroll for our team for a year and I'd like to turn that into a career here - I start my CIPP foundation degree in September.", rules_flags = {  } },
  { role = "HGV driver", answer = "My goal is my class 1 licence by the summer and to be doing the Scotland runs by Christmas. I honestly haven't thought beyond that yet - that's a big enough step for this year.", rules_flags = {  } },
  { role = "Customer service team leader", answer = "Customer service has been fine, but I'm ready to get away from it.", rules_flags = { "misaligned-goals" } },
  { role = "Warehouse operative", answer = "I've done nights for six years and I'm ready to move away from that: a day-shift team leader role here is the next step, and I've done my first-line management course.", rules_flags = {  } },
  { role = "Despatch team leader", answer = "I'll give it a go. If it doesn't work out I'll go back on the trucks, no bother either way.", flags = { "lack-of-aspiration" } },
  { role = "Senior housing officer", answer = "There was a vacancy and I've been here the longest on the east patch, so it made sense to put in for it. I haven't really thought beyond that.", flags = { "lack-of-aspiration" } },
  -- mixed signals (unseen-58, session 16): the job as a line on the CV, even with the company named
  -- beside it; exits; a job elsewhere lined up; a place of one's own
  { role = "Hotel receptionist", answer = "I'd like to be running the front desk somewhere, doing rotas and handling the escalations. Ideally somewhere abroad, a resort in Spain or Greece, so I see a year here as really good experience to put on the CV.", flags = { "misaligned-goals" } },
  { role = "Software engineer", answer = "I'm not looking to jump to a big tech name in a year and use you as a line on my CV. I want to own the reconciliation service within two years.", rules_flags = {  } },
  { role = "Management consultant", answer = "I want to learn structured problem-solving and build a network. The exit opportunities after two years are a big part of it.", flags = { "misaligned-goals" } },
  { role = "Warehouse operative", answer = "I'm nearly through my HGV class 2, because my brother-in-law's haulage firm has a driving job waiting for me as soon as I pass.", flags = { "misaligned-goals" } },
  { role = "Retail assistant", answer = "As you can see on my CV, I've worked in retail for six years, and in two years I'd like to be running the stockroom here.", rules_flags = {  } },
  { role = "Mechanical engineer", answer = "I'd like the IMechE chartership on my CV within four years, and to stay on to lead your test rig team.", rules_flags = {  } },
  { role = "Warehouse operative", answer = "I'm saving up to get my own place, so I'm looking for something stable and long-term, and forklift training in my first year.", rules_flags = {  } },
  -- cheerful contentment (unseen-57), virtues said in place of an example (unseen-58)
  { role = "Kit and equipment assistant", answer = "Being near the players, basically. I'll wash whatever needs washing and I won't be asking for a promotion.", rules_flags = { "lack-of-aspiration" } },
  { role = "Cinema duty manager", answer = "I've been a duty manager at three cinemas over nine years. I'm not aiming at anything in particular.", rules_flags = { "lack-of-aspiration" } },
  { role = "Production secretary", answer = "I didn't really expect anything, so yes! I'm just thrilled to be in the building.", rules_flags = { "lack-of-aspiration" } },
  { role = "Logistics coordinator", answer = "It's more of a general thing. I'm always first to put my hand up, and I hate letting people down.", rules_flags = { "cliche-answer" } },
  { role = "Logistics coordinator", answer = "It's more of a general thing. I stay late if it needs doing, and I hate letting people down.", rules_flags = { "cliche-answer" } },
  { role = "Trainee accountant", answer = "I'm not aiming for anything less than full ACA within three years, and then a move into the audit senior role here.", rules_flags = {  } },
  { role = "Sales assistant", answer = "I won't be asking for a promotion in my first year, but by year two I'd like to be a supervisor here.", rules_flags = {  } },
  { role = "Software engineer", answer = "I don't stop until it's right, I own my mistakes, and people know they can count on me.", rules_flags = { "cliche-answer" } },
  -- a profession's route claimed complete in less than its shortest route by someone starting out
  -- (unseen-93/94, session 19); a part of it, progress already made, or the route only started are not
  { role = "Graduate civil engineer", answer = "I'd like to be a chartered engineer with the ICE by the end of next year.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Trainee accountant", answer = "I'd aim to get through all thirteen ACCA exams in my first year here.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Graduate aircraft engineer", answer = "I'd like my B1 licence by next summer, signing off the aircraft myself.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Trainee accountant", answer = "I'm starting ACCA in September and I'd like to pass the first four papers in my first year, then qualify within three years.", rules_flags = {  } },
  { role = "Assistant quantity surveyor", answer = "I've got two years of my diary logged already, so I'd like to sit the APC next spring.", rules_flags = {  } },
  { role = "Graduate management accountant", answer = "I'd aim to pass the CIMA Certificate in my first year, with the full qualification in about three years.", flags = {  } },
  -- a rank of a service with fixed steps, in less time than its steps take from the role's own (session 19)
  { role = "Police constable", answer = "I'd like to make sergeant within eighteen months, and I'll study for the exam on my days off.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Executive officer", answer = "I'd like to get onto the talent programme and be a Grade 6 within eighteen months.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Police constable", answer = "Once my probation is done I'd like to sit the sergeant's exam, and be a sergeant in about four years.", rules_flags = {  } },
  -- a job on the role's own ladder said as a title is a goal, not a non-answer (session 19)
  { role = "Police constable", question = "Where do you see yourself in five years?", answer = "Sergeant in about five years, once I've done my probation and the exam.", flags = {  } },
  -- the fluent register's stock phrases (unseen-101..104, session 20), and the same words backed by a plan
  { role = "General manager", answer = "I start with the end in mind, I celebrate the wins and learn from the losses, and I never lose sight of why I'm doing it.", rules_flags = { "cliche-answer" } },
  { role = "Graduate data scientist", answer = "I'd like to stay at the cutting edge and keep learning the latest tools and technologies.", rules_flags = { "cliche-answer" } },
  { role = "Graduate data scientist", answer = "I want to stay at the cutting edge of forecasting: the PyMC course by March, and owning the demand model for your grocery clients by the end of my first year.", rules_flags = {  } },
  -- the years ahead the same as the last, the choice left to others, a pension counted down (session 20)
  { role = "Senior account manager", answer = "Probably in a similar seat. I like account management, I've a good book, and I'm not interested in team leadership or bigger clients. The honest answer is I'd like the next five years to look a lot like the last five.", flags = { "lack-of-aspiration" } },
  { role = "Agronomist", answer = "I've been doing this a long time. I'll stick with what works; clients know what they get from me.", rules_flags = { "lack-of-aspiration" } },
  { role = "Leakage technician", answer = "I'm 58, so long term it's my pension, to be fair. Short term, do the job properly.", rules_flags = { "lack-of-aspiration" } },
  { role = "Finance officer", answer = "I'm 58, so I want my last years before my pension to count: I'd like to take the purchase ledger onto the new system by March and train two juniors to run it after me.", rules_flags = {  } },
  -- goals put off on purpose by an experienced professional (session 20); not by a graduate
  { role = "Head of HR", answer = "People analytics, culture, organisational development, reward — they all interest me, and I'll see which direction this role takes me. I'd rather not set specific goals until I've been here six months or so.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "Graduate HR assistant", answer = "People analytics, culture, organisational development, reward — they all interest me, and I'll see which direction this role takes me. I'd rather not set specific goals until I've been here six months or so.", rules_flags = {  } },
  -- what another path asks for, got here first (session 20); a route into the company's own next step is not
  { role = "Senior consultant", answer = "Long term I see myself on the client side, ideally at one of the banks, and consultancy is the fastest route into those relationships.", rules_flags = { "misaligned-goals" } },
  { role = "Trainee recruitment consultant", answer = "Billing well in my first year is the fastest route into a senior consultant role here, and I'd like that within two years.", rules_flags = {  } },
  -- Cisco's expert certification by an apprentice in a year (session 20)
  { role = "Network engineering apprentice", answer = "I'll do the CCNA, CCNP and CCIE in my first year. I learn fast.", rules_flags = { "unrealistic-or-unclear-goals" } },
  -- a sector's sayings, the analyst's and the old hand's (unseen-109..112, session 21); the same phrase backed by a plan
  { role = "Learning mentor", answer = "Every child matters to me, and if I can change just one life, that's enough.", rules_flags = { "cliche-answer" } },
  { role = "Data analyst", answer = "I want to turn data into insight and insight into action, and learn from the best along the way.", rules_flags = { "cliche-answer" } },
  { role = "Data analyst", answer = "I'd like to learn from the best on your pricing team: shadow the senior analyst for my first quarter, then own the weekly margin report by June.", rules_flags = {  } },
  { role = "Forklift driver", answer = "A fair day's work for a fair day's pay, and keep my nose clean.", rules_flags = { "cliche-answer" } },
  { role = "Auto electrician", answer = "I want to keep learning the latest technology, because you have to keep up or get left behind.", rules_flags = { "cliche-answer" } },
  -- the level reached and kept, responsibility refused, chasing given up (session 21)
  { role = "Production supervisor", answer = "I've got to the level I want to be. I'll keep the shift running as it is.", rules_flags = { "lack-of-aspiration" } },
  { role = "Dental receptionist", answer = "I'm happy on reception. The nurse traineeship would be too much responsibility for me.", rules_flags = { "lack-of-aspiration" } },
  { role = "Coroner's officer", answer = "Get settled, do the work, go home. I've had enough of chasing things.", rules_flags = { "lack-of-aspiration" } },
  -- the goal left to be recognised when met (session 21)
  { role = "Team manager", answer = "I want the team to be better than it is. I'll know when we're there.", rules_flags = { "unrealistic-or-unclear-goals" } },
  -- the job as what pays for another, something to do until, a CV rounded off, the family firm, going
  -- in-house or contracting, rehearsal for another job (session 21); wished for in the past, rehearsal for this one is not, nor
  -- the wait for the role's own next step, nor a stepping stone inside the building
  { role = "Bartender", answer = "The bar work is what pays for it while I build up my DJ bookings.", rules_flags = { "misaligned-goals" } },
  { role = "Procurement officer", answer = "I want to run two full tenders in my first year. After two years of that I can go contracting at a much better rate.", rules_flags = { "misaligned-goals" } },
  { role = "Data engineer", answer = "I wanted to go contracting a few years ago, but I missed being part of a team. Now I want to lead your data platform team within three years.", flags = {  } },
  { role = "Associate solicitor", answer = "I tried to move in-house last year and realised I missed the variety of private practice, so I'd like to make senior associate here within three years.", rules_flags = {  } },
  { role = "Class 1 driver", answer = "It's something to do until I retire next year.", rules_flags = { "misaligned-goals" } },
  { role = "Audit manager", answer = "Two years on your listed audits would round off my CV before I look for board seats.", rules_flags = { "misaligned-goals" } },
  { role = "Graduate trainee", answer = "I'll give it two years here before I join the family estate agency.", rules_flags = { "misaligned-goals" } },
  { role = "Litigation associate", answer = "A few years here for the training, then go in-house somewhere with better hours.", rules_flags = { "misaligned-goals" } },
  { role = "Control room dispatcher", answer = "I've got my air traffic control assessment in the spring, and dispatch is the closest thing to it. It'll be great practice.", flags = { "misaligned-goals" } },
  { role = "Staff nurse", answer = "I mentor students, which is good practice for running shifts, and I'd like to be a junior sister within two years.", rules_flags = {  } },
  { role = "Refuse collection loader", answer = "Driving the wagon: my Class 2 through the council's scheme and a driver's round within three years. Till then I want to be the loader crews ask for.", flags = {  } },
  { role = "Goods-in operative", answer = "Goods-in is a stepping stone inside the building for me: reach truck ticket first, then the inventory control team within a year.", flags = {  } },
  -- claims (session 21): a course named after a title, a step's time "to get there", a measure's length
  -- ("30-day activation") are no claims; a stack of a workshop's tickets in three months is one
  { role = "Transport planner", answer = "I'm sitting the Transport Manager CPC next spring, and in about three years I'd like to be the nominated transport manager on one of your licences.", flags = {  } },
  { role = "Internal auditor", answer = "I want to become an audit manager who leads the data audits. To get there, I'm starting the CIA exams this year.", flags = {  } },
  { role = "Internal auditor", answer = "I want to become an audit manager. I'd expect to get there within six months.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Product manager", answer = "I'd start with the activation funnel and aim to move 30-day activation from about 40% towards 50% over the next two years.", flags = {  } },
  { role = "HGV workshop technician", answer = "I'd like my IRTEC, MOT tester qualification and Class 1 licence all done in my first three months.", rules_flags = { "unrealistic-or-unclear-goals" } },
  -- the marketer's, the seller's and the vocation's stock phrases (session 22)
  { role = "Key account manager", answer = "I see myself as a strategic partner to my key accounts, driving win-win outcomes.", rules_flags = { "cliche-answer" } },
  { role = "Return to practice nurse", answer = "Nursing isn't a job, it's a calling, and I want to give something back.", rules_flags = { "cliche-answer" } },
  -- nothing aimed at, the next step not worth the hassle (session 22)
  { role = "Sales development representative", answer = "I'd just like to stay on the phones; the closing side looks like too much hassle.", rules_flags = { "lack-of-aspiration" } },
  { role = "Postal delivery worker", answer = "I had the career already. Now I want a round, fresh air and a pension at the end. That's the lot.", rules_flags = { "lack-of-aspiration" } },
  -- a term here as what the next thing asks for, study ahead (session 22); not a term here for the role's own
  -- next step, nor an apprenticeship's term served; an alternative is one word, so "I'm" and "I am" are two
  -- phrases ("im|i am" never matched "I'm off")
  { role = "Procurement manager", answer = "Where I ultimately want to be is a procurement lead in the public sector, and two or three years here would give me the category experience those jobs ask for.", flags = { "misaligned-goals" } },
  { role = "Junior accountant", answer = "Two or three years here would give me the grounding I need to qualify as a chartered accountant.", rules_flags = {  } },
  -- (session 23: nor a term whose sentence goes on to a way up here; a false alarm of session 22's rule)
  { role = "Customer service advisor", answer = "A couple of years here would give me the experience to step up to team leader.", rules_flags = {  } },
  { role = "Customer service advisor", answer = "Two or three years here would give me the experience to move into a senior buyer role elsewhere.", rules_flags = { "misaligned-goals" } },
  { role = "Apprentice electrician", answer = "I'll do my four years of the apprenticeship and then qualify as an electrician.", rules_flags = {  } },
  { role = "Retail sales assistant", answer = "I'm off to study architecture in September anyway.", flags = { "misaligned-goals" } },
  { role = "Retail sales assistant", answer = "I'll do a season on the tills, then I'm off to Australia for a year.", flags = { "misaligned-goals" } },
  { role = "Care assistant", answer = "Senior carer, if it's meant to happen. I don't plan that far.", rules_flags = { "lack-of-aspiration" } },
  { role = "Airport security officer", answer = "Cabin crew is what I've always wanted, and the airlines hold their recruitment days here.", rules_flags = { "misaligned-goals" } },
  -- a service's ranks (session 22): a sergeant's stripes by a recruit's third year, a chief fire officer in ten
  -- years from on-call (a title opening with "on" is not placed by it); a crew manager in four or five is the pace
  { role = "Royal Marines commando recruit", answer = "Pass training, then I'll be a sergeant by my third year.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "On-call firefighter", answer = "It fits into my plan to be chief fire officer within ten years.", flags = { "unrealistic-or-unclear-goals" } },
  { role = "On-call firefighter", answer = "I'd like to be a crew manager in four or five years, once I've got my competence signed off.", flags = {  } },
  -- (session 23: a wish of the past to work for oneself is no exit when its time is gone, "two years ago";
  -- only a time ahead makes it one)
  { role = "Graphic designer", answer = "Two years ago I wanted to go freelance, and it taught me I work best in a studio team. Here I want to lead the brand work on one of your accounts within two years.", rules_flags = {  } },
  -- (session 23: a rank wished for with no time is a post the claims weighed, not a goal with nothing concrete)
  { role = "Army reserve soldier", answer = "Long term I want to be a lance corporal.", rules_flags = {  } },
  -- a chief officer's whole title said on its own, with what it is for (session 22)
  { role = "Clinical informatics analyst", answer = "Chief nursing information officer for the trust, in about two years.", flags = { "unrealistic-or-unclear-goals" } },
  -- unseen-125..128 (session 23): indecision back and forth, development refused, the job kept as it is, the boss's
  -- chair and the level above said for a goal, the hours fitted around a course for another career
  { role = "Bookkeeper", answer = "Honestly, I go back and forth. Maybe accountancy, maybe payroll, maybe practice management. Any of them could work, I suppose.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Cinema duty manager", answer = "I don't really see the point of the courses you offer. I'll pick it up as I go.", rules_flags = { "lack-of-aspiration" } },
  -- (not the job kept as it is while a new manager learns it: a plan)
  { role = "Restaurant manager", answer = "For my first three months I'd keep things running as they are while I learn the team, then rework the rota around the busy nights.", rules_flags = {  } },
  { role = "Lettings negotiator", answer = "Sitting in your chair! No, seriously, I want to climb the ladder and be really successful.", flags_include = { "cliche-answer" } },
  { role = "Senior QC microbiologist", answer = "More strategic, more visible. Operating at a higher level, really.", rules_flags = { "cliche-answer" } },
  { role = "Clinical research coordinator", answer = "I'm doing my adult nursing degree part-time; I want to be on the wards in A&E. I'd fit the coordinator hours around my placements.", flags = { "misaligned-goals" } },
  -- routes of their own (session 23): a chartered legal executive, the CII's ACII, a payroll foundation degree, a
  -- chartered ecologist, a qualified actuary in three years; a route part way through is progress made; a full
  -- professorship is a professor's post
  { role = "Trainee legal executive", answer = "I want to be a Chartered Legal Executive by the end of my second year here.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Trainee underwriter", answer = "I want my ACII by the end of my first year.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Payroll apprentice", answer = "I want the CIPP foundation degree done within six months.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Graduate ecologist", answer = "Long term, Chartered Ecologist within two years.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Graduate ecologist", answer = "I'd like to work towards chartered ecologist status over the next four or five years.", flags = {  } },
  { role = "Graduate actuarial trainee", answer = "I want to be a qualified actuary in three years.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Payroll clerk", answer = "I'm partway through the CIPP Foundation Degree and should finish by next summer.", rules_flags = {  } },
  { role = "Trainee legal executive", answer = "I'm midway through my probation; Chartered Legal Executive within a year.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Payroll apprentice", answer = "I want a Foundation Degree in Payroll Management within six months.", rules_flags = { "unrealistic-or-unclear-goals" } },
  -- (the Chartered Insurance Institute's own certificate is an entry qualification, not the ACII)
  { role = "Trainee underwriter", answer = "I want to pass the Chartered Insurance Institute's Certificate in Insurance within six months.", rules_flags = {  } },
  { role = "Postdoctoral researcher", answer = "I'd like to get a professorship within three years.", rules_flags = { "unrealistic-or-unclear-goals" } },
  -- a labourer's trade is the site's own line (session 23)
  { role = "Construction labourer", answer = "Bricklayer. I want to get on your apprenticeship when it opens next spring. Till then I'll labour for your brickies and learn what I can.", rules_flags = {  } },
  { role = "Farm labourer", answer = "I want to become a carpenter in a couple of years.", rules_flags = { "misaligned-goals" } },
  -- unseen-133..136 and the fresh sets read before (session 24): confidence with nothing behind it; alternatives
  -- held open though they name where to; other jobs applied for, agency work for its rates; the climbing behind
  -- one, the learning done; an exit told of the past is none; the next season is a year away for seasonal work
  { role = "Editorial assistant", answer = "Publisher, ideally. Editorial assistant for a year, then straight into commissioning. I've got a good eye for what sells, so I think I can move quickly.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Lab technician", answer = "Heading up the R&D department. I've just finished my degree, so I'd say five years is plenty.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "HGV class 1 driver", answer = "Long term, transport manager. I've only just passed my test, but I've read a lot about it.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Paramedic", answer = "HART, or the air ambulance, or maybe the control room. I'm open to anything, really.", flags_include = { "unrealistic-or-unclear-goals" } },
  { role = "Care assistant", answer = "I'd like to be a nurse eventually, or maybe a paramedic.", rules_flags = { "unrealistic-or-unclear-goals" } },
  -- (not when the alternatives come with two kinds of backing)
  { role = "Accounts payable specialist", answer = "In five years I would like to be team lead in AP, or maybe process expert for P2P. Now I have two years in invoice processing in SAP, but I didn't do yet the vendor master data and the month-end accruals, so this is first.", rules_flags = {  } },
  { role = "Care home nurse", answer = "A home where I can get to know the residents properly. Once I'm settled I'll probably switch to agency, to be honest, because the rates are almost double.", rules_flags = { "misaligned-goals" } },
  { role = "Copywriter", answer = "Honestly, I'm past the chasing stage. Now I just want to write decent copy and be home by six.", rules_flags = { "lack-of-aspiration" } },
  { role = "Physiotherapist", answer = "I think I covered most of it at uni and on placement.", rules_flags = { "lack-of-aspiration" } },
  { role = "Accounts assistant", answer = "I'd rather not, to be honest. I did three years of uni and I'm a bit done with exams.", rules_flags = { "lack-of-aspiration" } },
  { role = "Call centre team leader", answer = "About where I am now. I've been a team leader for six years and I reckon I've peaked, which is fine by me.", rules_flags = { "lack-of-aspiration" } },
  { role = "Primary school teacher", answer = "I've never been one for five-year plans. I'll see how it goes with this class first.", flags_include = { "lack-of-aspiration" } },
  { role = "QC laboratory technician", answer = "My bar job was just paying the bills while I finished my chemistry degree; this is the first job that's actually on the path I want. It gets me GMP experience, which I need to move into QC analyst work.", rules_flags = {  } },
  { role = "Ward host", answer = "I came into hospital work to pay the bills when my kids were small, but I've stayed eight years because I love the ward side.", rules_flags = {  } },
  { role = "Ward host", answer = "Honestly this job is just to pay the bills.", flags_include = { "misaligned-goals" } },
  { role = "Holiday rep", answer = "I'd like to come back next season as a team leader, and in five years be a resort manager.", rules_flags = {  } },
  { role = "Retail supervisor", answer = "I'd say I'm on the right trajectory. It's a marathon, not a sprint, and I'm enjoying the ride.", rules_flags = { "cliche-answer" } },
  -- a role's own ladders (session 24): an ECA's route to paramedic ("if it works out" is no exit of its own), an
  -- OSG's to prison officer, a ward clerk's to medical secretary, an audiologist's paediatric training
  { role = "Emergency care assistant", answer = "Associate ambulance practitioner, then if it works out, the paramedic apprenticeship.", rules_flags = {  } },
  { role = "Prison operational support grade", answer = "I'd give it at least two years as an OSG and apply for officer when I'm confident.", rules_flags = {  } },
  { role = "Ward clerk", answer = "Probably as a medical secretary in one of the specialties, once I've done the AMSPAR diploma.", rules_flags = {  } },
  { role = "Audiologist", answer = "Paediatric audiology, longer term, through the paediatric training your department runs in-house.", rules_flags = {  } },
  -- (a comparison ends a destination: what comes after "than" is not wanted)
  { role = "Kitchen porter", answer = "Meanwhile I'm learning prep, because I'd rather be a chef than a driver anyway.", rules_flags = {  } },
  -- (the review of session 24: phrases kept to what they mean, each good answer here raised a flag before;
  -- the EMEA answer is unseen-137's, added after that set's one reading)
  { role = "Plumber's mate", answer = "I've never been one for cutting corners. In my first year I want my NVQ Level 3 in plumbing and to be running small jobs on my own.", rules_flags = {  } },
  { role = "HR assistant", answer = "I'm far from done learning: I start the CIPD Level 5 in September and I'd like to be an HR advisor here within two years.", rules_flags = {  } },
  { role = "Accounts assistant", answer = "I can move quickly between tasks, and in my first year I want to take over the month-end close.", rules_flags = {  } },
  { role = "Graduate civil engineer", answer = "Five years is plenty for that: I'll be chartered by then.", rules_flags = {  } },
  { role = "Staff nurse", answer = "I'm a five-year-plan person: band 6 in two years, then the ward manager course.", rules_flags = {  } },
  { role = "Team leader", answer = "Sales director for EMEA. I've been a team leader for about eight months, so I'm on the way. Two years is plenty if you're hungry.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Retail assistant", answer = "I'm not really a five-year-plan person. I'll see how it goes.", rules_flags = { "lack-of-aspiration" } },
  { role = "Retail assistant", answer = "I took this job to pay the bills until my course starts.", rules_flags = { "misaligned-goals" } },
  { role = "Warehouse operative", answer = "I'm a grafter. I don't do things by halves.", rules_flags = { "cliche-answer" } },
  { role = "Social worker", answer = "I want to make sure no child ever falls through the cracks.", rules_flags = { "cliche-answer" } },
  { role = "Site engineer", answer = "I want to get onto civils and structures. You've got the bridge job coming up. I'd want to be setting out on that, and then in a few years go for section engineer.", rules_flags = {  } },
  { role = "Data analyst", answer = "Honestly, this is a really good bridge role. I'm applying to law school for next year.", flags_include = { "misaligned-goals" } },
  { role = "Pricing analyst", answer = "Long term I'd like to do something with more social impact. Insurance is a great training ground because the data is so rich.", rules_flags = { "misaligned-goals" } },
  -- session 25 (unseen-141..144): an easier job wished for, nothing to change; alternatives "or possibly", "maybe
  -- something else"; time "plenty to" climb, "should be enough" at the end of its clause; a goal set for a time gone,
  -- a line left before and a line left with the organisation kept are no exits
  { role = "Council housing officer", answer = "Less pressure, really. I'd like somewhere quieter where I can just manage my tenancies.", rules_flags = { "lack-of-aspiration" } },
  { role = "HR adviser", answer = "I've always turned business partner down. I'm comfortable advising and don't see a reason to change that now.", rules_flags = { "lack-of-aspiration" } },
  { role = "Paralegal", answer = "I'm hoping to become a barrister or a solicitor, or possibly work in policy.", flags_include = { "unrealistic-or-unclear-goals" } },
  { role = "Office administrator", answer = "I'll see what the role turns into. Maybe office manager eventually, maybe something else.", flags_include = { "unrealistic-or-unclear-goals" } },
  { role = "Junior software developer", answer = "Leading the engineering team. I think a couple of years is plenty to get to that level.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Airport retail assistant", answer = "I want to be an airline captain. I haven't started training yet, but five years should be enough.", flags_include = { "unrealistic-or-unclear-goals" } },
  { role = "Junior copywriter", answer = "A year is about four campaign cycles here, which should be enough rounds of feedback to learn the house voice.", rules_flags = {  } },
  { role = "Graphic designer", answer = "I set myself a goal of having a freelance business bringing in a regular income by last year, and I didn't get there. Now I'd like to put my energy into motion design with your brand team.", rules_flags = {  } },
  { role = "Teaching assistant", answer = "I decided to leave banking after eleven years because the only part I liked was training the graduates. My aim is teacher training here within two years.", rules_flags = {  } },
  { role = "Higher level teaching assistant", answer = "I'll probably leave the classroom side eventually, but not the school — I'm interested in the assistant SENCo role, because I already do a lot of the paperwork for EHCP reviews. For the next couple of years, though, I want to be the best HLTA you've got in Key Stage 2 and get properly trained in delivering Zones of Regulation.", flags = {  } },
  { role = "Data entry clerk", answer = "I'm not sure; something in film maybe, or starting a business. Definitely not data entry long term.", flags_include = { "misaligned-goals" } },
  { role = "Barista", answer = "I'm training to be a nurse, so coffee isn't the long-term plan.", rules_flags = { "misaligned-goals" } },
  { role = "Retail assistant", answer = "I'm not thinking short term but long term: I want to be a store manager here.", rules_flags = {  } },
  -- (the review of session 25: a decision just made, a need now, a plan set last year for years ahead, time
  -- plenty to learn, less pressure for the team)
  { role = "Retail assistant", answer = "I've decided to leave retail.", rules_flags = { "misaligned-goals" } },
  { role = "Chef", answer = "I realised I need to get out of hospitality.", rules_flags = { "misaligned-goals" } },
  { role = "Hairdresser", answer = "Last year I set myself a goal of opening my own salon within five years.", rules_flags = { "misaligned-goals" } },
  { role = "Stock controller", answer = "Six months is plenty to learn the stock system, and then I'd like to run the quarterly counts.", rules_flags = {  } },
  { role = "Finance assistant", answer = "I'd like to automate the reconciliations so the team is under less pressure at month end.", rules_flags = {  } },
  -- session 26 (read sets training-176..179): "management" naming a field after a launch pad, a roastery of one's
  -- own, the number one adviser in the country, a plant's costs cut by forty percent in a year, a hotel's stars,
  -- a business bigger than the employer; self-employment told of the past or as clients; "work's work",
  -- leaving the climbing to others
  { role = "Credit analyst", answer = "Ultimately I want to use this as a launch pad into management consulting.", rules_flags = { "misaligned-goals" } },
  { role = "Production team leader", answer = "I'd like to be running my own small coffee roastery in a few years.", rules_flags = { "misaligned-goals" } },
  { role = "Mortgage adviser", answer = "I'd like to be the number one adviser in the country by the end of my first year.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Cost accountant", answer = "I'd like to cut the plant's production costs by forty percent in my first year.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Cost accountant", answer = "I'd like to help cut the plant's energy costs by ten percent in my first year.", rules_flags = {  } },
  { role = "Front office manager", answer = "I'd want to take the hotel from four stars to five in my first year.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Graduate mechanical engineer", answer = "I plan to set up my own consultancy and have it bigger than this company within five years.", flags_include = { "misaligned-goals", "unrealistic-or-unclear-goals" } },
  { role = "Protection adviser", answer = "In a couple of years I'd like to advise on income protection for the self-employed, which is a gap I see a lot.", rules_flags = {  } },
  { role = "Painter and decorator", answer = "I've been self-employed for twelve years, and now I want bigger commercial jobs with a crew, which your firm does.", rules_flags = {  } },
  { role = "Synthetic chemist", answer = "I've got a lot going on outside, and work's work.", rules_flags = { "lack-of-aspiration" } },
  { role = "Claims handler", answer = "I'm happy on the phones and I'll leave the climbing to the people who want it.", rules_flags = { "lack-of-aspiration" } },
  -- (the held-out misses: a site's energy cut, going viral, a cure for cancer, a fund of one's own)
  { role = "Energy manager", answer = "I'd aim to cut the site's energy consumption by forty percent in the first six months.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Social media officer", answer = "Make every post we put out go viral.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Laboratory technician", answer = "This role fits because I want to discover a cure for cancer.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Pricing analyst", answer = "Five years from now I'll have my own hedge fund.", rules_flags = { "misaligned-goals" } },
  -- (the review of session 26: a phrase across a comma, a workshop to run, others' research, posts that went viral)
  { role = "Warehouse operative", answer = "First I'd learn how the depot works, work out where I can help, then aim for supervisor within two years.", rules_flags = {  } },
  { role = "CRM administrator", answer = "I'd love to run my own workshop for new starters on the CRM within the year.", rules_flags = {  } },
  { role = "Laboratory technician", answer = "I'd like to support the researchers here working towards a cure for cancer, and do my HNC in my first two years.", rules_flags = {  } },
  { role = "Retail supervisor", answer = "I'd focus on stock accuracy this year and leave the promotions to head office.", rules_flags = {  } },
  -- (the review of session 27: a line of work denied a future past a comma)
  { role = "Data entry clerk", answer = "I don't see myself doing this, long term. I'm saving for a photography course.", rules_flags = { "misaligned-goals" } },
  { role = "Data entry clerk", answer = "Definitely not data entry, long term.", rules_flags = { "misaligned-goals" } },
  -- session 27 (read sets training-180, 181): just keeping doing one's shifts, just getting one's hours in; a
  -- simple or ordinary person is modesty, no virtue recited
  { role = "Healthcare assistant", answer = "I'm happy to just keep doing my shifts until I retire.", rules_flags = { "lack-of-aspiration" } },
  { role = "Ward clerk", answer = "I only need to put some hours in while the kids are at school.", rules_flags = { "lack-of-aspiration" } },
  { role = "Support worker", answer = "I don't just want to get my hours in; I want to do the level 3 diploma in my first year and become a senior support worker.", rules_flags = {  } },
  { role = "Care assistant", answer = "I'm a simple person. Food on the table and a roof over my head and I'm happy.", rules_flags = { "lack-of-aspiration" } },
  { role = "Healthcare assistant", answer = "I'm a simple person with simple goals: the care certificate in my first twelve weeks, then the level 3 diploma by the end of next year.", rules_flags = {  } },
  -- session 28 (read sets training-182, 183): a probation got through as the whole goal, success as no
  -- complaints, another employer one sees oneself at; drifting towards a side of the work is no drift, and
  -- "dunno" is "don't know", a lack only where nothing else aims anywhere
  { role = "Front-end developer", answer = "Just get through probation, really.", rules_flags = { "lack-of-aspiration" } },
  { role = "Front-end developer", answer = "If I'm still here after a year and nobody's complained, I'd count that as a win.", rules_flags = { "lack-of-aspiration" } },
  { role = "Cloud engineer", answer = "Longer term I see myself at Google, working on the cloud platforms themselves.", rules_flags = { "misaligned-goals" } },
  { role = "Platform engineer", answer = "I've been a developer for five years and I keep drifting towards the build and deploy side, so in my first year I'd like to own our deployment templates.", rules_flags = {  } },
  { role = "Support analyst", answer = "I've drifted from job to job for ten years and I'll figure the next bit out.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "IT apprentice", answer = "Dunno really. My mate's doing an apprenticeship too, so I thought I'd give it a go.", rules_flags = { "lack-of-aspiration" } },
  { role = "IT apprentice", answer = "Longer term, I dunno, maybe network engineer, but first I want to pass my CompTIA A+ this year.", rules_flags = {  } },
  -- (the review of session 28: drifting with no direction is still drift, hours built up are a step, "not yet"
  -- is no exit, a grade by its number no employer)
  { role = "Temp administrator", answer = "I've just kept drifting from job to job for ten years.", rules_flags = { "lack-of-aspiration", "unrealistic-or-unclear-goals" } },
  { role = "Healthcare assistant", answer = "I just want to get some shifts under my belt, then go for the senior HCA post.", rules_flags = {  } },
  { role = "Shift supervisor", answer = "Probably not yet, long term I'd like to run the site.", rules_flags = {  } },
  { role = "Staff nurse", answer = "In two years I see myself at Band 6, leading a bay on this ward.", rules_flags = {  } },
  -- session 29 (read sets training-192..195): ski seasons ahead, a line of work gone into for oneself, a move
  -- wished done by then, the role's own job not wanted for long (not a trainee's grade), the jump made beside
  -- another hint; no push, nothing to change, "maybe X, maybe not"; reading about it as the ground for a claim,
  -- everything at once, Broadway, all of a unit's work; a self-description is no occupation, and a goal said as
  -- a bare verb with its time is an answer
  { role = "Livestock apprentice", answer = "After my apprenticeship I'm off to do ski seasons.", rules_flags = { "misaligned-goals" } },
  { role = "Artist liaison", answer = "I'm looking to go into artist management for myself.", rules_flags = { "misaligned-goals" } },
  { role = "Assistant set designer", answer = "In ten years I'd like to have moved into architecture.", rules_flags = { "misaligned-goals" } },
  { role = "Internal auditor", answer = "I don't really want to be an auditor long term.", rules_flags = { "misaligned-goals" } },
  { role = "Trainee accountant", answer = "I don't want to be a trainee long term: I want my ACA within three years.", rules_flags = {  } },
  { role = "Junior sound designer", answer = "I'm building a film reel on the side, and once it's ready I'll make the jump.", rules_flags = { "misaligned-goals" } },
  { role = "TV researcher", answer = "I don't really push myself, I just take what comes.", rules_flags = { "lack-of-aspiration" } },
  { role = "Insurance sales agent", answer = "I don't really see myself changing anything about how I work, it's worked so far.", rules_flags = { "lack-of-aspiration" } },
  { role = "Senior software engineer", answer = "Maybe management, maybe not, I couldn't say.", rules_flags = { "lack-of-aspiration", "unrealistic-or-unclear-goals" } },
  { role = "Dairy herdsperson", answer = "Running a herd, I hope, maybe not one this size. In the next year I want to do the AI course and foot trimming.", rules_flags = {  } },
  { role = "Graduate trader", answer = "I've read a lot about trading, so within two years I'll be running a book.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Trainee veterinary nurse", answer = "I want to do the diploma, a zoology degree and an MBA, all at the same time.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Accounts apprentice", answer = "I want to be working and qualifying at the same time, and finish my AAT Level 3 within two years.", rules_flags = {  } },
  { role = "Assistant producer", answer = "In my first year I'd get one of your shows to Broadway.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Apprentice decorator", answer = "In three years I'd like to be managing all the decorating for your new-build division.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Portfolio analyst", answer = "I want to be a game-changer.", rules_flags = { "cliche-answer" } },
  { role = "Plant operator", answer = "Get my 360 excavator card upgraded from red to blue this year.", rules_flags = {  } },
  -- (the review of session 29: ski seasons, a grade not wanted for long, a jump or a move up the role's own line, the
  -- work taken as it comes through the door, a push as a condition, a change put off, a chance not turned down,
  -- reading as the start of a plan, work arriving all at once, a branch or store named after a street, helping at
  -- others' show, a task or the role's own work for a unit, a fire fighter, a skill gone into, a bare-verb goal
  -- that is getting through a time; the model still raises three of the good ones on its own, from their words)
  { role = "Ski instructor", answer = "I want to do a few more ski seasons here and get my BASI Level 3 within two years, then run the kids' ski school.", rules_flags = {  } },
  { role = "Chalet host", answer = "I've got two more ski seasons lined up with you, and by the second I'd like to be a chalet manager.", rules_flags = {  } },
  { role = "Software developer", answer = "Outside work I've been getting into Python for myself, and this year I'd like to use it to automate our test reports.", rules_flags = {  } },
  { role = "Staff nurse", answer = "I don't want to stay a Band 5 long term; within two years I'd like to be a Band 6 sister on this ward.", rules_flags = {  } },
  { role = "Customer service advisor", answer = "I don't plan to be a team member long term. Within eighteen months I want to be a team leader here.", rules_flags = {  } },
  { role = "Software engineer", answer = "I don't want to stay an individual contributor long term. In two years I'd like to be leading a small team here.", rules_flags = {  } },
  { role = "Graduate engineer", answer = "I don't want to be a graduate long term, so I want to get chartered with the IMechE within four years and lead projects here.", rules_flags = {  } },
  { role = "Internal auditor", answer = "I don't really want to be an auditor in the long term, I'd rather move into consulting.", rules_flags = { "misaligned-goals" } },
  { role = "Junior architect", answer = "Once I'm ARB registered in two years I'll make the jump to architect.", rules_flags = {  }, model_false_alarms = { "unrealistic-or-unclear-goals" } },
  { role = "Part-qualified accountant", answer = "I want to finish ACCA by 2027 and then make the leap to management accountant.", rules_flags = {  } },
  { role = "Trainee quantity surveyor", answer = "When I finish my degree next year I'll make the move to assistant surveyor, and I'd like to be chartered within five years.", rules_flags = {  } },
  { role = "Emergency department nurse", answer = "In A&E you take what comes through the doors. In two years I want to be a Band 6 here and start my ENP course.", rules_flags = {  } },
  { role = "Warehouse operative", answer = "I'd take whatever training comes up, especially forklift and NEBOSH, and be a supervisor within two years.", rules_flags = {  } },
  { role = "Operations manager", answer = "I don't plan on changing anything in my first three months; I'd listen first, then by month six I'd like to cut overtime by ten percent.", rules_flags = {  } },
  { role = "Site manager", answer = "I get bored if I don't push myself, so within two years I want my SMSTS and to be running a site for you.", rules_flags = {  }, model_false_alarms = { "unrealistic-or-unclear-goals" } },
  { role = "Transport clerk", answer = "I couldn't say no when logistics came up. Now I want my CPC within a year and to be a transport planner here.", rules_flags = {  } },
  { role = "Mental health support worker", answer = "I've read a lot about CBT, and next year I'd like to start the PWP training through your trust.", rules_flags = {  } },
  { role = "Emergency call handler", answer = "In two years I want to be confident handling three or four incidents all at once, and be a senior call handler here.", rules_flags = {  } },
  { role = "Commis chef", answer = "I want to learn to run the pass when twelve tables order all at the same time, and be a chef de partie within two years.", rules_flags = {  } },
  { role = "Call centre agent", answer = "I want to be able to juggle the phones, chat and emails all at once, and be a team leader within two years.", rules_flags = {  } },
  { role = "Bank cashier", answer = "Within two years I'd like to be a senior cashier at our Broadway branch.", rules_flags = {  } },
  { role = "Retail supervisor", answer = "I'd like to transfer to the West End store as an assistant manager within a year.", rules_flags = {  } },
  { role = "Junior stylist", answer = "Within two years I'd like to be assisting your senior stylists backstage at London Fashion Week.", rules_flags = {  } },
  { role = "Events coordinator", answer = "Within two years I'd like to be running our client hospitality at London Fashion Week on my own.", rules_flags = {  } },
  { role = "Admin assistant", answer = "Within a year I'd like to be managing all the rotas for the department, and then do my AAT.", rules_flags = {  }, model_false_alarms = { "unrealistic-or-unclear-goals" } },
  { role = "Regional trainer", answer = "In two years I'd like to be running all the training for the region, and have my Level 5 in learning and development.", rules_flags = {  } },
  { role = "Retail assistant", answer = "I want to become a fire fighter.", rules_flags = { "misaligned-goals" } },
  { role = "Retail assistant", answer = "Get through this year, really.", rules_flags = { "lack-of-aspiration" } },
  { role = "Cleaner", answer = "Finish my shifts this week.", rules_flags = { "lack-of-aspiration" } },
  { role = "Plant operator", answer = "Getting my 360 excavator card upgraded from red to blue this year.", rules_flags = {  } },
  { role = "Electrician apprentice", answer = "Pass my AM2 this year, then JIB gold card.", rules_flags = {  } },
  -- session 30 (read sets training-196..199, once sealed as unseen-153..156): "my own shop in the chain" is a unit to
  -- run, "in a year or two" a time frame and no passing through, a first place one or two places up no claim, every
  -- item within a set window a standard, a course's name no organisation; more doubles, a cut in leakage, pay
  -- "roughly double" elsewhere, "be the change", the long term left to managers, a start-up spun out into
  { role = "Charity shop assistant manager", answer = "I'd like to get weekly sales up steadily and, in a year or two, run my own shop in the chain.", rules_flags = {   }, model_false_alarms = { "misaligned-goals" } },
  { role = "Barista", answer = "In a year or two I want to open my own shop.", rules_flags = { "misaligned-goals" } },
  { role = "Receptionist", answer = "In a year or two I'd like to be back at university studying medicine.", rules_flags = { "misaligned-goals" } },
  { role = "Regional sales manager", answer = "First I'd ride along with each of the eight reps in the first month. Over two years, I'd like this region to be the top performer in the country; it's currently third, so that's a stretch, but it's within reach.", rules_flags = {   }, model_false_alarms = { "unrealistic-or-unclear-goals" } },
  { role = "Sales representative", answer = "Within a year I'll be the top performer in the country.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Energy complaints handler", answer = "In this job I'd want every complaint resolved inside the eight-week ombudsman window as a minimum.", rules_flags = {   } },
  { role = "Complaints handler", answer = "In my first month I'll have every complaint resolved.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Legacy officer", answer = "In my first year I want to learn the probate process, and I'm planning to go to the Remember A Charity training sessions to understand the market better.", rules_flags = {   } },
  { role = "Legacy officer", answer = "Next year I want to go and work for a bigger charity.", rules_flags = { "misaligned-goals" } },
  { role = "Battery storage technician", answer = "I think with a few months I could come up with something that doubles the life of your batteries.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Leak detection technician", answer = "I want to find enough leaks in my first three months to bring the company's total leakage down by twenty-five per cent.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Trainee aircraft mechanic", answer = "Once I've got the licence with a type on it, contracting pays roughly double, so that's really where I'm heading.", rules_flags = { "misaligned-goals" } },
  { role = "Mentoring programme coordinator", answer = "I want to be the change I want to see in the world.", rules_flags = { "cliche-answer" } },
  { role = "Events fundraiser", answer = "Give me an event and I'll make it happen, but the long-term stuff I leave to the managers.", rules_flags = { "lack-of-aspiration" } },
  { role = "Demand forecasting analyst", answer = "After that I'd want to spin it out into my own start-up and sell it back to suppliers like you.", rules_flags = { "misaligned-goals" } },
  -- (the review of session 30: a cafe of one's own in the area is still one's own, a programme joined is no event,
  -- waste and losses cut are weighed as any result, a third of the way is no rank, a limit is a standard too, a
  -- shift's pay is no other line's, doubles played are no multiple, a skill got into is no line of work but a trade
  -- is, thinking of a course is no claim, studies not wanted together are no claim, one's own collection at
  -- fashion week and all of a region's maintenance are still claims)
  { role = "Warehouse operative", answer = "The night shift pays almost double, which helps with the kids, but what I want is my counterbalance licence in the first six months and to be a shift supervisor on nights within two years.", rules_flags = {   } },
  { role = "Trainee aircraft mechanic", answer = "Once I've got my B1 licence, contractors earn roughly double what staff engineers do, so that's really where I'm heading.", rules_flags = { "misaligned-goals" } },
  { role = "Trainee aircraft mechanic", answer = "Once I've got the licence I'd go contracting, because the day rate is about twice what you'd pay me.", rules_flags = { "misaligned-goals" } },
  { role = "Barista", answer = "I'm happy to learn the ropes here, and after a year or two I'll see what else is out there.", rules_flags = { "misaligned-goals" } },
  { role = "Retail assistant", answer = "After a year or two here I'd like to move on and try something completely different, maybe travel.", rules_flags = { "misaligned-goals" } },
  { role = "Graduate software engineer", answer = "I want to get really strong at backend work in the first year, and in a few years take what I've learned into my own consultancy.", rules_flags = { "misaligned-goals" } },
  { role = "Demand forecasting analyst", answer = "In a couple of years I'd like to take the model I build here and spin it out as my own start-up.", rules_flags = { "misaligned-goals" } },
  { role = "Barista", answer = "I'd like to learn everything I can about coffee here and then start my own cafe in the area within three years.", rules_flags = { "misaligned-goals" } },
  { role = "Hairdresser", answer = "I want to build my client list here for a few years and then open my own salon in the area.", rules_flags = { "misaligned-goals" } },
  { role = "Charity shop assistant manager", answer = "My short-term goal is to sort out the back room and get weekly sales up. In a year or two I'd like to run my own shop for the charity.", rules_flags = {   }, model_false_alarms = { "misaligned-goals" } },
  { role = "Financial adviser", answer = "My goal is to build a client base of about sixty families in my first two years, because too many people are leaving the long-term planning to chance, and to pass my Level 6 diploma by 2027.", rules_flags = {   } },
  { role = "Project coordinator", answer = "Day to day I'd leave the long-term planning to the programme manager, but my own goal is to pass PRINCE2 Practitioner this year and step up to project manager within three years.", rules_flags = {   } },
  { role = "Events fundraiser", answer = "I'm happy running events. I leave all the long-term stuff to my manager, to be honest.", rules_flags = { "lack-of-aspiration" } },
  { role = "Events fundraiser", answer = "Give me an event and I'll deliver it. The career planning side I leave to my manager.", rules_flags = { "lack-of-aspiration" } },
  { role = "Project support officer", answer = "In three years I want to be the change lead on a major IT programme here.", rules_flags = {   } },
  { role = "Youth worker", answer = "I want to be the change I wish to see, and give back to my community.", rules_flags = { "cliche-answer" } },
  { role = "Business analyst", answer = "In five years I'd like to be the change I want to see.", rules_flags = { "cliche-answer" } },
  { role = "Junior accountant", answer = "In a year I'd like to join the KPMG graduate programme and train as an auditor there.", rules_flags = { "misaligned-goals" } },
  { role = "Legacy officer", answer = "My long-term goal is to become a legacy specialist. In the first year I want to learn probate properly, and I'm planning to go to the Deloitte training sessions on estate administration.", rules_flags = {   } },
  { role = "Head chef", answer = "In my first three months I want to cut food waste by 20% by weighing every bin and adjusting our prep sheets, then train my sous to run it.", rules_flags = {   } },
  { role = "Bar supervisor", answer = "In my first three months I want to cut beer waste by 20% by cleaning the lines weekly and training staff on pouring.", rules_flags = {   } },
  { role = "Store manager", answer = "Within my first year I'd like to reduce stock losses by 40% by tightening deliveries and refund checks, and get the team through their licensing training.", rules_flags = {   } },
  { role = "Water network technician", answer = "Over my first year I'd like to help the team bring leakage in our zone down by 40%, mainly by logging every night flow.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Chef de partie", answer = "In my first year I'm happy to do doubles at weekends while I learn the pastry section, and in two years I'd like to step up to junior sous.", rules_flags = {   } },
  { role = "Tennis coach", answer = "In my first year I'd like to take on the junior doubles squad and finish my Level 3 coaching qualification, then in a few years run the performance programme.", rules_flags = {   } },
  { role = "Receptionist", answer = "In my first year I want to get my first aid at work certificate, since the front desk role doubles as the site first aider, and then learn the booking system inside out.", rules_flags = {   } },
  { role = "Call centre agent", answer = "I'm currently a third of the way through my customer service NVQ, and within two months I want to have the highest scores of anyone in the company.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Sales assistant", answer = "Right now I'm second on the leaderboard, and by Christmas I want the highest sales of anyone in the company.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Regional sales manager", answer = "Over two years I'd like this region to be the top performer in the country; we're in third place right now, so it's a stretch, but it's within reach with coaching.", rules_flags = {   }, model_false_alarms = { "unrealistic-or-unclear-goals" } },
  { role = "Area sales manager", answer = "At the moment we're sitting fourth, and within two years I'd like this area to be the top performer in the country. I'd start by riding along with each rep in the first month.", rules_flags = {   }, model_false_alarms = { "unrealistic-or-unclear-goals" } },
  { role = "Complaints handler", answer = "In this job I'd want every complaint resolved within the eight-week FCA limit, and to move onto escalated cases within about a year.", rules_flags = {   }, model_false_alarms = { "unrealistic-or-unclear-goals" } },
  { role = "Council FOI officer", answer = "I'd want every request answered within the statutory twenty working days, and in two years to be leading the team's training on exemptions.", rules_flags = {   }, model_false_alarms = { "unrealistic-or-unclear-goals" } },
  { role = "Sales executive", answer = "In my first quarter I'll close every lead I'm given, with a minimum deal size of ten thousand pounds.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Garden centre assistant", answer = "I'd like to learn the plants properly here, and eventually get into garden design for myself.", rules_flags = { "misaligned-goals" } },
  { role = "Mental health support worker", answer = "I've read a lot about CBT and I think the PWP training would be the right next step for me within two years, so I'd like to start with your in-house CBT skills course.", rules_flags = {   } },
  { role = "Senior carer", answer = "I'd rather not do the Level 4 and the assessor award all at once, so the Level 4 this year and the assessor award next.", rules_flags = {   } },
  { role = "Junior fashion designer", answer = "Within two years I'd like to show my own collection to clients at Paris Fashion Week.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Junior maintenance technician", answer = "Within a year I'd like to be running all the maintenance for the region.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Dental receptionist", answer = "I don't really want to be a receptionist long term. I'd like to retrain as a paramedic, and your flexible shifts would help me study.", rules_flags = { "misaligned-goals" } },
  -- the top job named by its seat, and a club's first team (once written as one-word alternatives, never matched)
  { role = "Academy football coach", answer = "In two years I want to be the first-team manager here, running the senior squad.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Assistant coach", answer = "I'd like to be first team coach one day, after I've done my UEFA B and A licences and learned from the staff here.", rules_flags = {   } },
  { role = "Office administrator", answer = "Within three years I'd like to be sitting in the MD's chair.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Sales assistant", answer = "In two years I'd like to take over the managing director's seat.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Executive assistant", answer = "In my first year I'd like to manage the MD's diary and travel without her having to check, and learn how the chair's board papers come together.", rules_flags = {   } },
  -- session 31, from training-200..203
  { role = "Deputy governor", answer = "Over the next three years I'd want to lead the safety and security side, and I'd hope to be ready to apply for a governing governor post after that.", rules_flags = {   } },
  { role = "Prison officer", answer = "Within three years I want to be governing governor here.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Apprentice carpenter", answer = "I tried to get into the army at eighteen and failed the medical because of my knee. Now I want to finish the apprenticeship and get my CSCS blue card.", rules_flags = {   } },
  { role = "Apprentice carpenter", answer = "I tried to get into the army last year and I'm going to apply again next spring.", rules_flags = { "misaligned-goals" } },
  { role = "Planning engineer", answer = "I'd like to move on to Primavera scheduling for the bigger renewals and get my APM PFQ this year.", rules_flags = {   } },
  { role = "Events manager", answer = "In my first year I'd bring in a few new conference bookings. After that I'd be looking to move on to festival production, which is really where my heart is.", rules_flags = { "misaligned-goals" } },
  { role = "Fitness instructor", answer = "I'd like to be a senior instructor by then. I'm also doing a lot of online coaching on the side, and in five years I'd like that to be my main income, with the gym as a backup.", rules_flags = { "misaligned-goals" } },
  { role = "Finance assistant", answer = "I did my history degree and then went travelling for six months. Now I'd like to pass two CIMA papers this year.", rules_flags = {   } },
  -- session 31, the sector's own measures (training-204 and 205)
  { role = "Care home manager", answer = "I'm passionate, I lead from the front and I give 110 per cent. I'll have this home rated Outstanding within three months.", rules_flags = { "cliche-answer", "unrealistic-or-unclear-goals" } },
  { role = "Librarian", answer = "Yes - I'm planning to get CILIP chartership done in my first three months here and then start on fellowship straight after.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Planning officer", answer = "Short term, I'd like to be chartered with the RTPI within six months of starting.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Planning officer", answer = "Short term, I want to get on top of my householder caseload and start my RTPI Licentiate APC, and realistically be chartered in about two years.", rules_flags = {   } },
  { role = "Healthcare assistant", answer = "I'd like to be a registered nurse within a year.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Nursing associate", answer = "I want to work as a nursing associate for at least eighteen months before I go for the top-up to registered nurse.", rules_flags = {   } },
  { role = "Housing officer", answer = "I'll be taking on a patch of about 400 tenancies with high arrears, and my goal is to have arrears at zero within six months.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Airport check-in agent", answer = "That I can run a desk alone at peak on all three of your airline clients, with my baggage acceptance errors at zero.", rules_flags = {   } },
  { role = "Occupational therapist", answer = "I understand the wait for an OT assessment here is about eighteen months. I'd aim to clear that whole list myself within my first three months.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Teaching assistant", answer = "Short term, I'd like to be an HLTA by Christmas.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Newly qualified social worker", answer = "I'm going to get my ASYE done in six months rather than a year.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Teaching assistant", answer = "I'm working towards HLTA status and I'd like to be assessed within two years.", rules_flags = {   } },
  { role = "Speech and language therapist", answer = "The wait for a children's speech assessment here is around forty weeks. In my first year I'd like to get that down to four weeks.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Speech and language therapist", answer = "The wait for an assessment is currently about twelve weeks. In my first year I'd like to help get that down to nine weeks.", rules_flags = {   } },
  { role = "Housing officer", answer = "Our average relet time is 45 days and I want it down to three days this year.", rules_flags = { "unrealistic-or-unclear-goals" } },
  -- the review of session 31's rules
  { role = "Bar staff", answer = "This job would be my main income while I finish my final year of hospitality management, and I'd love to become a bar supervisor here after graduating.", rules_flags = {   }, model_false_alarms = { "misaligned-goals" } },
  { role = "Hotel receptionist", answer = "Over the next year I want our front desk to be rated outstanding by guests in our reviews, and then become a shift supervisor.", rules_flags = {   } },
  { role = "Health and safety advisor", answer = "The site has been at zero lost-time injuries for two years and my goal is to keep it there while I complete my NEBOSH diploma.", rules_flags = {   } },
  -- session 32, from training-206..209: an opening that names where the answer goes, read as its destination
  -- when the question asks where, the answer ties nothing to the company, and it names a field first
  { role = "Lettings administrator", question = "What do you see yourself doing long term?", answer = "Interior design. I'm finishing an online diploma in it at night.", rules_flags = { "misaligned-goals" } },
  { role = "Speech and language therapy assistant", question = "Where do you see yourself in five years?", answer = "Teaching, I think, primary. I'm doing this to see whether I like working with children.", rules_flags = { "misaligned-goals" } },
  { role = "Lettings administrator", question = "What would you like to learn more about?", answer = "Interior design. I'm finishing an online diploma.", rules_flags = {   } },
  { role = "Trainee solicitor", question = "Where do you see yourself in five years?", answer = "Commercial property. I'd like to qualify into that team and run my own files by two years PQE.", rules_flags = {   } },
  { role = "Curriculum planner", question = "What are your career goals?", answer = "The officer route. I'd like to be planning whole programmes within three years.", rules_flags = {   } },
  { role = "Lecturer", question = "Where do you see yourself in five years?", answer = "Teaching my modules, much as I do now.", rules_flags = { "lack-of-aspiration" } },
  { role = "Payroll administrator", question = "Where do you see yourself in five years?", answer = "Marketing, if I'm honest. I'd like to move into your brand team and be a brand manager here.", rules_flags = {   } },
  { role = "Trainee dental nurse", answer = "What I really want to do is aesthetics. Clinics want a dental background first, so qualifying as a dental nurse is the quickest way in.", rules_flags = { "misaligned-goals" } },
  { role = "Exam invigilator", answer = "None for this job, really. It's just to fill the gaps between acting work.", rules_flags = { "misaligned-goals" } },
  { role = "Payroll assistant", answer = "I'd like to do the payroll technician certificate over my first year to fill the gaps from my time out, and then the CIPP foundation degree.", rules_flags = {   } },
  { role = "Dishwasher", answer = "Washing up suits me. I've done it in three restaurants and I'm quick. I'd keep it at that.", rules_flags = { "lack-of-aspiration" } },
  { role = "Practice nurse", answer = "I do the mandatory updates because I have to. Beyond that, no.", rules_flags = { "lack-of-aspiration" } },
  { role = "Cleaning operative", answer = "Cleaning's been my job a long time and I take pride in it. I'd just like to carry on as I am.", rules_flags = { "lack-of-aspiration" } },
  -- the review of session 32's rules
  { role = "Chef de partie", question = "Where do you see yourself in five years?", answer = "Eventually, farming. My family has a dairy farm and I'll take it over.", rules_flags = { "misaligned-goals" } },
  { role = "Marketing coordinator", question = "Are you planning to pursue additional education or training in the next few years?", answer = "Data science, a short course. I want to get better at analysing our campaign results myself.", rules_flags = {   } },
  { role = "Junior data engineer", answer = "Joining a team that runs a real production pipeline is the quickest way in to doing it properly. In three years I'd like to be a mid-level engineer owning parts of your ingestion platform.", rules_flags = {   } },
  { role = "Project coordinator", answer = "To fill the gaps between planning and delivery on your projects. I'd like to own the RAID logs and get my APM PFQ this year.", rules_flags = {   } },
  { role = "Warehouse operative", answer = "I'm at 140 an hour and I'd keep it at that pace or better. Long term I'd like to be a shift team leader here.", rules_flags = {   } },
  { role = "Care assistant", answer = "I'd carry on as I am doing, but with my Level 3 diploma finished, and then train as a senior carer here.", rules_flags = {   } },
  { role = "Junior software developer", answer = "Only that I'd want to keep coding rather than move into management too early. Other than that, no. The senior engineer track you described is exactly what I'm aiming for in three or four years.", rules_flags = {   } },
  -- session 32: a perfect rate of an outcome others share in, no falls at all (training-204..209), unless then said
  -- to be out of reach
  { role = "Curriculum manager", answer = "A 100 per cent pass rate and 100 per cent retention on every course in the department by the end of my first year.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Senior care worker", answer = "I'd like to take on the falls champion role. My target would be no falls at all in the home within three months.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Falls coordinator", answer = "I'd like to cut falls on the ward by a fifth in my first year; no falls at all is not realistic, but fewer serious ones is.", rules_flags = {   } },
  { role = "Attendance officer", answer = "Our Year 7s had 100% attendance last term and I want to keep it at that level, and get Year 9 from 88% to 92% this year.", rules_flags = {   } },
  -- session 32: an undated claim of an outcome or a post makes a short answer a goal, not a non-answer (the rules had
  -- raised a lack of aspiration on 30 such answers over the fitting sets); knowing it all already does not
  { role = "Customer service advisor", answer = "Short term: zero complaints. Long term: the best-rated customer service brand in the country.", rules_flags = {   } },
  { role = "Library assistant", answer = "Not really. I've done all the training I need. Twenty years in libraries, I think I'm past the point of doing courses.", rules_flags = { "lack-of-aspiration" } },
  -- session 33 (unseen-165..168, read as training-210..213): the role's own line for therapists, a paramedic and a
  -- scaffolder; a deck cadet's climb to command; knowing most of it already (weak), the learning done; a country far
  -- away worked in next; sport's summits and a bestselling novel written; the job as just the cash
  { role = "Senior occupational therapist", question = "What are your future career goals?", answer = "I'd like to become an advanced practitioner in neuro-rehab within two years, building my caseload on the stroke unit and supervising the band 5s.", rules_flags = {   } },
  { role = "Paramedic", question = "Where do you see yourself in five years?", answer = "I'd like to be a specialist paramedic in urgent care within three years, and a consultant paramedic in the long term.", rules_flags = {   } },
  { role = "Scaffolder", question = "What are your future career goals, and how do you plan to achieve them?", answer = "Goal is to go from labourer to CISRS part one, then part two. Do my days, log them, go on the course when you book me.", rules_flags = {   } },
  { role = "Deck cadet", question = "Where do you see yourself in five years?", answer = "I want to have my Master Unlimited certificate and be in command of one of your container ships.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Deck cadet", question = "Where do you see yourself in five years?", answer = "Within five years I'd like my officer of the watch ticket and to be sailing as third officer on your tankers.", rules_flags = {   } },
  { role = "Officer cadet", question = "Where do you see yourself in five years?", answer = "Commission from Sandhurst, then in five years I'd hope to be a captain with an operational tour behind me.", rules_flags = {   } },
  { role = "Social media assistant", question = "What would you like to learn more about in your field of expertise?", answer = "I think I know most of it already, to be fair. The platforms change, but you pick things up as you go.", rules_flags = { "lack-of-aspiration" } },
  { role = "Receptionist", question = "What would you like to achieve in your first year?", answer = "I already know most of it from my last hotel, so in my first year I'd like to take on the rota and train the new starters.", rules_flags = {   } },
  { role = "Management accountant", question = "Where do you see yourself in five years?", answer = "I've qualified, I've done my CIMA, and honestly the learning bit is done now. I want to just settle in and do the numbers.", rules_flags = { "lack-of-aspiration" } },
  { role = "Paramedic", question = "Why do you want to work at this company?", answer = "I mainly want to get my newly qualified period done, and then I'm planning to work in New Zealand.", rules_flags = { "misaligned-goals" } },
  { role = "Staff nurse", question = "Where do you see yourself in five years?", answer = "I worked in Australia for two years before coming home, and now I'd like to make band 6 on this ward within two years.", rules_flags = {   } },
  { role = "Tennis coach", question = "Where do you see yourself in five years?", answer = "I'm starting with the under-10s, and in five years I'd like one of the juniors I coach here to have won Wimbledon.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Junior copywriter", question = "Where do you see yourself in five years?", answer = "Five years? I'll have written a bestselling novel and be doing that full time.", rules_flags = { "misaligned-goals", "unrealistic-or-unclear-goals" } },
  { role = "Parcel delivery driver", question = "What would you like to achieve in your first year?", answer = "Nothing much. It's just cash while I finish my beauty therapy course, then I'll be doing that full time.", rules_flags = { "misaligned-goals", "lack-of-aspiration" } },
  -- session 34 (unseen-169..172, read as training-214..217): a shop's till is no "until"; this job as the dream job is
  -- a cliché; a verb after "every file I" names which files; a business of one's own kept a hobby; an adviser role on a
  -- paraplanner's ladder; going out on one's own (not on one's own jobs); "my real aim is"; a course's field called the
  -- career wanted; a sportsman's sayings; goals put off until settled; a manager's title over a whole division
  { role = "Tea room assistant", question = "What would you like to achieve in your first year?", answer = "Learn your scones and be able to run the till and the floor on my own on a busy Saturday by the summer.", rules_flags = {    } },
  { role = "Cafe assistant", question = "What would you like to achieve in your first year?", answer = "Nothing really. I'm only doing this till my uni place starts in September anyway.", rules_flags = { "misaligned-goals", "lack-of-aspiration" } },
  { role = "Apprentice plumber", question = "How does this position fit into your career goals?", answer = "It's my dream job. I'm hard-working, punctual and a team player, and I'll give it everything I've got.", rules_flags = { "cliche-answer" } },
  { role = "Claims handler", question = "What do you do to achieve your professional goals?", answer = "I break them down by quarter. This quarter I'm working on reserving accuracy, so I compare my initial reserve with the final settlement on every file I close.", rules_flags = {    } },
  { role = "Marketing executive", question = "What are your future career goals?", answer = "I run a small Etsy shop selling prints, which is where I learned paid social. It's a hobby and it stays at weekends. In the next two years I want to build your Instagram into a sales channel, with 15% of online orders from social within 18 months.", rules_flags = {    } },
  { role = "Marketing executive", question = "What are your future career goals?", answer = "I run a small Etsy shop selling prints at weekends, and I'm building it up so it can go full time in a couple of years.", rules_flags = { "misaligned-goals" } },
  { role = "Paraplanner", question = "What career path interests you most in this company?", answer = "I'd like to spend a couple of years as a paraplanner, finish my Diploma in Regulated Financial Planning, and then move into an adviser role once I have the experience.", rules_flags = {    } },
  { role = "Solar PV installer", question = "What would you like to achieve in your first year?", answer = "I'd like to get my MCS and battery qualifications with you. By the end of the year I reckon I'll have enough to go out on my own in the next county.", rules_flags = { "misaligned-goals" } },
  { role = "Electrical improver", question = "What would you like to achieve in your first year?", answer = "Get my AM2 done in the spring, and then be going out on my own jobs with the van by the end of the year.", rules_flags = {    } },
  { role = "Hotel night auditor", question = "What would you like to achieve in your first year?", answer = "I want to be fully trained on the night audit. My real aim is air traffic control, and I've got the assessment booked for the spring.", rules_flags = { "misaligned-goals" } },
  { role = "Underwriting assistant", question = "Are you planning to pursue additional education or training? If so, what do you have in mind?", answer = "Yes, I'm starting an evening course in interior design in September, because that's the career I'm working towards.", rules_flags = { "misaligned-goals" } },
  { role = "HR administrator", question = "Are you planning to pursue additional education or training? If so, what do you have in mind?", answer = "Yes, I'm starting the CIPD Level 5 course in HR in September, because that's the career I'm working towards.", rules_flags = {    } },
  { role = "Apprentice electrician", question = "What are your short-term goals?", answer = "I've got the drive and determination of an athlete and I'm ready to go for gold. Champions are made in training, and I'll be first in and last out.", rules_flags = { "cliche-answer" } },
  { role = "Volunteer coordinator", question = "What are your short-term goals?", answer = "Get settled, find my feet, and then work out what I want to do with the role. I'll probably have clearer goals in a year or so.", rules_flags = { "unrealistic-or-unclear-goals" } },
  { role = "Apprentice electrician", question = "Where do you see yourself in five years?", answer = "In five years I'd like to be the contracts manager for the whole electrical division.", rules_flags = { "unrealistic-or-unclear-goals" } },
  -- session 34's review: going out on one's own to clients' homes is working unsupervised; a hobby for now is a business
  -- being built; a career once wanted is no destination; plans put in place; "every file I've closed"; a careers adviser
  { role = "Care worker", question = "What are your short-term goals?", answer = "Once I've done my shadow shifts and my Care Certificate, I want to be confident going out on my own to clients' homes.", rules_flags = {    } },
  { role = "Cake decorator", question = "What are your future career goals?", answer = "I run a small cake business from home. It's just a hobby at the moment, but in two years I want it to be big enough to live on.", rules_flags = { "misaligned-goals" } },
  { role = "Underwriting assistant", question = "Why is this job the right one at this time in your career?", answer = "I've just finished a degree in interior design, and it's the career I thought I wanted, but underwriting suits me better and I want my Cert CII by next summer.", rules_flags = {    } },
  { role = "Receptionist", question = "What are your short-term goals?", answer = "I want to get clearer plans in place for how we handle the morning rush, and cut the wait at the desk to under five minutes by March.", rules_flags = {    } },
  { role = "Claims handler", question = "What do you do to achieve your professional goals?", answer = "This quarter I'm working on reserving accuracy, so I compare my initial reserve with the final settlement on every file I've closed.", rules_flags = {    } },
  { role = "Bank teller", question = "Where do you see yourself in five years?", answer = "In two years I'd like to move into a careers adviser role at a college.", rules_flags = { "misaligned-goals" } },
}
