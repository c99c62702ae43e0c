--- claims: the claims an answer makes, each weighed against its time frame and the
--- candidate's level, for red_flags (an over-the-top claim is the guide's
--- "unrealistic" red flag: "I want to grow the client portfolio by 50% in my first
--- month").
---
--- A claim is, in the order they are read: a growth percentage (or a level), a level
--- of 100% of something, a multiplier, an absolute outcome ("zero complaints"),
--- perfection for good, a whole unit or a team taken over, a job title reached, a service's
--- rank reached (GRADES), qualifications stacked, a profession's route completed (ROUTES),
--- "every"/"all" with knowing, an outcome or teaching, a
--- whole thing rebuilt, beating everyone, a count of new business, a business of one's
--- own at a size ("fifty lorries"), or one run or built at a worth ("worth a hundred million"), a superlative
--- against a group, a sweeping claim, a share of a whole market, an inspectorate's grade or a hotel's
--- stars raised (RATING), or an achievement beyond any plan
--- (an expectation of the past from a recent start — "I thought I'd be making partner by now" — is
--- weighed like the claim it was). Each kind has a time
--- limit (or, for percentages, a size per time): reached within it, the claim is over
--- the top; said with a later time frame, or with a long horizon in words ("Area
--- manager, eventually."), it was weighed and found realistic. A junior or a
--- graduate ("as a new graduate") gets longer limits for jobs and teams.
---
--- Phrases use career_signals' pattern syntax (see red_flags). Limits are days.
---
--- Lua allows a chunk 200 locals ("too many local variables" when it loads) and this file's
--- main chunk holds many: word sets go in SET, and a new kind's constants in one table, as RISE does.

local signals = require("career_signals")

local M = {}

--- Growth claims: a percentage with a growth word next to it.
local GROWTH_WORDS = {
  "grow*", "increas*", "boost*", "rais*", "improv*", "doubl*", "tripl*", "cut*", "reduc*",
  "expand*", "lift*", "bring", "push", "drive", "driving", "takings", "more",
}
--- After these words a percentage is a level ("to 95%"), not a growth.
local LEVEL_BEFORE = { "to", "at", "of", "above", "over", "than", "reach", "hit", "keep", "maintain", "from", "towards", "toward" }
--- Words between "by" or "to" and a percentage that leave it what it is ("by about 10%", "by another 5%").
local HEDGES = { "about", "around", "roughly", "nearly", "almost", "approximately", "some", "maybe", "perhaps", "another", "a", "further", "extra" }
--- After these words a percentage is a growth ("by 50%").
local GROWTH_BEFORE = { "by", "up" }
local GROWTH_AFTER = { "increase", "growth", "more", "rise", "boost", "jump", "improvement", "higher", "bigger", "uplift", "gain", "reduction", "cut", "drop" }
--- A growth of more than `max_percent` within `max_days` is over the top.
local PERCENT_LIMITS = {
  { max_days = 31, max_percent = 15 },
  { max_days = 92, max_percent = 25 },
  { max_days = 366, max_percent = 50 },
  { max_days = 731, max_percent = 100 },
}
--- A cut in what the organisation spends or burns ("cut the plant's production costs by forty percent in my
--- first year", "the site's energy consumption") is weighed as a growth `factor` times its size, so that
--- 40% off in a year is over the top where a growth of 40% is not: in the sets so far fifteen such cuts of
--- 40% or more in a year, all over the top, and too few between 25% and 40% to say more (a third off an
--- agency bill may be a fair aim). The cost word and a verb of cutting stand at most `reach` words before
--- the percentage, in its clause.
local COST_CUT = { factor = 1.3, reach = 8,
  words = signals.set_of({ "cost", "costs", "spend", "spending", "bill", "bills", "overheads", "overhead", "expenditure",
    "energy", "consumption", "emissions", "leakage" }),
  -- the verb that makes it a cut ("lift average spend by 15%" is a rise, weighed as any)
  cuts = signals.set_of({ "cut", "cuts", "cutting", "reduce", "reduces", "reducing", "lower", "lowering", "trim",
    "trimming", "slash", "slashing", "save", "saving", "bring", "bringing", "drive", "driving" }) }
--- Without any time frame, a growth above this is over the top.
local PERCENT_LIMIT_NO_TIMEFRAME = 100
--- "100% of complaints": a level of 100% of anything but one's own target is over the top.
local TOTAL_PERCENT = 100
local OWN_TARGETS = { "quota", "target", "targets", "goal", "goals", "plan", "kpis", "objectives", "budget" }
--- Multiplying results ("double sales") within this many days is over the top.
local MULTIPLIERS = {
  "double|doubling|doubled|triple|tripling|tripled|quadruple|quadrupling",
  -- (session 30, training-197: "something that doubles the life of your batteries"; not "do doubles at weekends")
  "doubles|triples|quadruples the|our|its|my|your|their|his|her", "tenfold|fivefold|threefold|10x|5x|3x|2x",
  "twice as much|many", "three|five|ten times as much|many", "two|three|five|ten times more", "two|three|four|five|ten times the",
  "two|three|four|five|ten times target|targets|average", "double|triple target", "in half", "halve|halving",
  -- a multiple of a figure just said ("Whatever the team average is, I'd want five times that"), or a cut by half
  "two|three|four|five|ten times that|this|what", "by half",
  "more * than the ?whole|entire ?* team|department|company|office|branch|store", "more * than the rest of the team",
  "more than anyone|everyone ?else", "than the entire|whole team|department|company",
}
local MULTIPLIER_EXCEPT = { "double check|checking|checked|checks", "double booked|booking|bookings|shift|shifts",
  -- a sales pipeline is measured in multiples of the target ("a pipeline of three times quota")
  "pipeline|coverage ?* ?* ?* two|three|four|five|ten|2x|3x|4x|5x times|target|quota" }
--- How many days a claim of each kind may take before it is over the top (each set where its claim is
--- described below; one table so that the main chunk stays under Lua's limit of 200 locals).
local MAX_DAYS = {}
MAX_DAYS.multiplier = 366
--- Absolute outcomes with a change verb ("cut churn to zero", "eliminate every
--- complaint"); keeping one's own work at a standard ("keep my error rate at zero") is not one.
local ABSOLUTES = {
  -- (not "zero incidents": the usual aim of a safety plan)
  "zero complaints|mistakes|errors|churn|returns|escalations|defects|complaint|waiting|wait|delays|downtime|absences|sickness",
  "zero unplanned|unscheduled|avoidable downtime|breakdowns|stoppages|delays|absences",
  "no|zero ?negative|bad|poor reviews|review|complaints|complaint|errors|mistakes|returns at all", "not a single ?bad complaint|mistake|error|review|snag|defect|fault|breakdown", "not one ?bad complaint|mistake|error|review|snag|defect|fault|breakdown",
  "to zero", "down to zero", "to nothing|none", "down to nothing|none", "clear|clearing the|our ?* backlog", "clear|clearing the|our ?* waiting list", "eliminate|eliminating|end|ending all|every", "every single customer",
  -- (session 31, training-204 and 205: "clear that whole list myself within my first three months", "have it cleared by
  -- the end of my first six months"; in the sets so far 22 answers, each unrealistic)
  "clear|clearing that|the|this|our|your whole|entire ?* ?* list|backlog|queue|thing", "have|get|got it|that|them ?all cleared",
  "never make a|any mistake|mistakes", "perfect scores|score|satisfaction", "100 % customer|satisfaction",
  "100 percent customer|satisfaction", "all complaints|problems|issues",
  -- a perfect rate of an outcome others share in, and no falls or drop-outs at all (session 32, training-206..209: "A
  -- 100 per cent pass rate and 100 per cent retention on every course", "no falls at all in the home within three
  -- months"; in the sets so far 24 answers, each unrealistic; not "no fails on the supervisor's checks")
  "100|hundred %|percent pass|achievement|retention|attendance|success|completion|compliance|occupancy|accuracy",
  "100|hundred per cent pass|achievement|retention|attendance|success|completion|compliance|occupancy|accuracy",
  "100|hundred %|percent first call", "100|hundred per cent first call",
  "zero|no falls", "no drop outs|dropouts",
}
local ABSOLUTE_KEEP = { "keep", "keeps", "keeping", "maintain", "maintaining", "stay", "stays", "staying", "remain", "remains", "hold" }
--- A level held at nothing ("arrears at zero within six months", "agency spend at zero"; session 31, training-204
--- and 205): an absolute outcome too, unless it is the candidate's own work ("with my baggage acceptance errors at
--- zero"; in the sets so far 18 unrealistic answers and 9 good ones said "at zero", each good one of its own work).
--- Nor a level already held ("The site has been at zero lost-time injuries for two years").
local AT_ZERO = { phrases = { "at zero" }, own = { "my" }, own_reach = 5, held = { "been", "is", "are", "was", "its", "sits", "stayed" } }
MAX_DAYS.absolute = 731
--- An outcome the candidate then says cannot be had ("no falls at all is not realistic, but fewer serious ones is";
--- session 32): one of `words` after a negator, or one of `bare`, within `reach` words after it in its clause.
local DENIED_AFTER = { reach = 6, words = { "realistic", "possible", "achievable", "doable", "likely" },
  negators = { "not", "isnt", "wouldnt", "never", "arent", "cant", "wont" }, bare = { "unrealistic", "impossible" } }
--- Perfection for good: a universal ("every", "never", "not one", "zero", "100%")
--- with one of these in its sentence or the next ("Not one unhappy customer, ever.",
--- "every project on budget, without exception", "… forever") is over the top at any time.
local FOREVER = { "forever", "without exception", "no exceptions", "guaranteed", "guarantee", "not one", "not a single one" }
--- "I'm not one for climbing ladders": "not one" before these is a manner of speaking.
local NOT_ONE_IDIOM = { "for", "to", "who", "that" }
--- "every morning": a universal before one of these is a habit, not an outcome.
local HABITS = { "day", "morning", "evening", "night", "week", "weekend", "month", "quarter", "year", "shift", "time", "friday", "monday" }
local FOREVER_IDIOMS = { "take", "takes", "took", "taking", "wait", "waiting", "waited", "last", "lasts" }
--- "ever" after these is a comparison or a condition ("happier than ever", "as ever", "if ever").
local EVER_IDIOMS = { "if", "than", "as", "hardly", "barely" }
--- "ever" counts at the end of its clause only ("…, ever.", "no comebacks ever"), not in "ever since".
local UNIVERSALS = { "every", "each", "all", "never", "zero", "not one", "not a single", "no one", "nobody", "perfect", "perfectly", "100 %", "100 percent", "hundred percent",
  -- (said in two words: "A 100 per cent pass rate … on every course"; session 32, training-209)
  "100|hundred per cent",
  -- said with the negation in the verb ("you won't have a single breakdown")
  "wont|wouldnt|cant|never have|be|see|get|hear a single" }
--- A specialist's senior grades and an advanced practitioner's post, at a unit manager's level: as a
--- job claimed (JOB_CLAIMS) and as the role applied for (ROLE_LEVELS). A staff engineer is tech's senior
--- grade; a staff nurse or pharmacist is the grade joined at.
local SPECIALIST_GRADES = {
  "principal engineer|developer|scientist|architect|analyst|designer|pharmacist|physicist|consultant",
  "staff engineer|developer|scientist",
  "solution|solutions|enterprise|infrastructure|network|cloud|software|data|security|technical|systems architect",
  "advanced clinical|nurse practitioner", "acp|anp",
}
--- Top jobs: reaching these within `max_days` is over the top (a junior or a
--- graduate gets `junior_days` instead), and so is reaching them sooner than their
--- `level` can be reached from the candidate's (LEVEL_DAYS). A job only counts as a
--- claim after a verb of JOB_CLAIM_LEADS ("become CEO", not "meet the CEO").
local JOB_CLAIMS = {
  { kind = "top-job", level = 6, max_days = 1830, junior_days = 2920, phrases = { "ceo", "chief executive ?officer", "president", "managing director", "chief *",
    -- (a chief officer's whole title, read instead of "chief *" when said: a title said on its own must be whole,
    -- "Chief nursing information officer for the trust, in about two years.")
    "chief * officer", "chief * * officer",
    "head of the|this company|business|firm|organisation|hospital|school", "owner of the|this company|business",
    "board of directors", "chairman|chairwoman", "cfo|cto|coo|cmo|cio|ciso|chro", "permanent secretary",
    -- the top job named by its seat ("sitting in the MD's chair"; apostrophes are dropped)
    "mds|ceos|bosss|chairmans|owners chair|seat", "managing|chief directors|executives chair|seat" } },
  -- a firm's partner, a school's head, a professor, a judge: top jobs of their own line
  { kind = "top-job", level = 5, max_days = 1830, junior_days = 2920, phrases = { "partner",
    -- a club's first-team manager or coach, the top of a coach's line (an academy coach's is a first-team role)
    "first team manager|coach|boss",
    "headteacher|headmaster|headmistress", "head teacher", "headship", "professor", "professorship", "district|circuit judge", "crown|high court judge", "a|the judge",
    -- a prison's governor (a school's governors are volunteers: JOB_CLAIM_EXCEPT)
    "governor", "governing governor",
    -- the company's top table, said without a title: a director's seat ("sitting on the executive
    -- committee", "a seat on the board"; not a dish on the board, nor a branch's committee)
    "executive board", "executive|exec committee", "sit|sitting|seat on the ?main|plc board", "join|joining the ?main|plc|executive board",
    "on|onto the main|plc|executive board" } },
  { kind = "senior-job", level = 5, max_days = 1460, junior_days = 1830, phrases = { "director", "vice president", "vp" } },
  -- (a school's head of year or house leads a year group's pastoral team: a senior's step, below)
  { kind = "senior-job", level = 4, max_days = 1460, junior_days = 1830, except = { "head of year|house" }, phrases = { "head of *",
    "senior manager", "regional manager", "general manager", "deputy|assistant head|headteacher", "superintendent",
    "consultant nurse|physio|physiotherapist|midwife|pharmacist|radiographer|paramedic|surgeon|psychiatrist|anaesthetist",
    -- a consultant doctor or therapist of a specialty ("a consultant colorectal surgeon", "consultant occupational therapist")
    "consultant * surgeon|physician|therapist|psychologist|radiologist|anaesthetist|paediatrician|physio|physiotherapist|pharmacist",
    "consultant * * surgeon|physician|therapist|psychologist|radiologist|anaesthetist|paediatrician",
    -- an airline's or a ship's captain (not a team's, a club's or a school's: JOB_CLAIM_EXCEPT)
    "captain",
    "salaried partner",
    "nurse|midwife consultant", "executive chef|housekeeper",
    -- the company's leadership, said without a title
    "senior leadership role|roles|position|positions|level", "on|join|joining|into|onto the ?senior leadership|executive team" } },
  -- a specialist's senior grades and an advanced practitioner's post: a unit manager's level, reached
  -- by expertise ("principal engineer in two years" from a junior is over the top)
  { kind = "senior-job", level = 3, max_days = 730, junior_days = 1095, except = {
    -- a certification's name ("the AWS Solutions Architect Associate"), or the grade joined at
    "aws|azure|certified|google|salesforce ?* ?* architect", "architect associate|professional|expert|certification|certificate|exam",
    "start|starting|join|joining|come|coming ?in as ?a|an ?* ?* engineer|developer|scientist|architect|analyst|designer|pharmacist|physicist|consultant" },
    phrases = SPECIALIST_GRADES },
  { kind = "unit-manager", level = 3, max_days = 730, junior_days = 1095, phrases = {
    "head nurse|chef|cook|teacher|buyer|gardener|technician|engineer|designer|coach|trainer|accountant|pharmacist|baker",
    "store|branch|site|operations|station|depot|warehouse|hotel|restaurant manager", "matron" } },
  -- an area manager runs many units, a plant manager a whole factory: a head of function's level, with a
  -- unit manager's limit
  { kind = "unit-manager", level = 4, max_days = 730, junior_days = 1095, phrases = { "area manager", "plant|factory manager" } },
  { kind = "promotions", level = 3, max_days = 730, junior_days = 1095, phrases = { "promoted twice|again", "two promotions", "promoted two|three times" } },
  { kind = "next-job", level = 3, max_days = 120, junior_days = 240, phrases = { "manager", "management" } },
  { kind = "next-job", level = 2, max_days = 120, junior_days = 240, phrases = { "team leader|lead", "supervisor", "head of year|house",

    -- the senior one on the floor, not a unit's manager
    "head waiter|waitress|barista|teller" } },
  -- a step up with no title ("promoted", "a senior role"): never firm
  { kind = "next-job", level = 2, loose = true, max_days = 120, junior_days = 240, phrases = { "promoted", "promotion", "senior *", "lead *" } },
}
--- Partners who are no firm's partners ("a business partner", "a trusted partner to my clients").
local ADVISING_PARTNERS = "business|people|hr|finance|talent|learning|delivery|account|strategic|trusted|channel|client|sparring|thinking|retail partner"
--- The levels of a career, from any role's title: 0 starting out (a trainee, an
--- assistant, a receptionist, a customer service advisor), 1 qualified in a trade or
--- profession (a role with no level word: a nurse, a developer), 2 senior, leading a
--- team or running a shift, 3 managing a team or a unit (a store, a ward, a kitchen's
--- head chef), 4 heading a function or an area (head of …, area manager, a school's
--- deputy head), 5 directing (a director, a firm's partner, a headteacher), 6 running
--- the company. The role applied for is at the level of the first of ROLE_LEVELS its
--- title matches, read up to the words that only place it ("PA to the CEO" is a PA).
--- The heads of a unit's trade or team ("head chef", "head gardener"): a unit's manager; their
--- assistant or deputy, a senior's level.
local HEADS_OF_A_UNIT = "chef|cook|baker|nurse|housekeeper|gardener|groundsman|greenkeeper|technician|porter|receptionist|concierge|butler|brewer|coach|trainer|buyer|ranger|keeper"
local ROLE_LEVELS = {
  -- a GP trainee is a doctor in the last years of training, a registrar's level (below)
  { level = 3, phrases = { "gp trainee" } },
  { level = 0, phrases = { "trainee", "apprentice", "intern", "junior", "graduate", "student" } },
  -- (a prison's deputy governor runs it under the governing governor: session 31, training-202)
  { level = 4, phrases = { "assistant|deputy head|headteacher|principal|governor", "assistant|deputy head teacher" } },
  { level = 2, phrases = { "assistant|deputy ?* ?* manager", "assistant|deputy financial|finance controller" } },
  -- an associate product or project manager: a first professional role, managing no one
  { level = 1, phrases = { "associate product|project|programme|program|marketing|brand|account manager" } },
  { level = 5, phrases = { "vice president", "vp" } },
  { level = 6, phrases = { "chief executive|operating|financial|technology|marketing|information|people|commercial|product|data",
    "ceo|cto|cfo|coo|cmo|cio|ciso|chro", "managing director", "president" } },
  { level = 4, phrases = { "chief *" } },
  { level = 2, phrases = { ADVISING_PARTNERS } },
  { level = 4, phrases = { "art|creative|account|funeral|design|casting|musical|music|technical|associate|service|services director" } },
  { level = 5, phrases = { "director", "headteacher|headmaster|headmistress", "head teacher", "partner", "professor", "judge" } },
  { level = 4, phrases = { "head of", "area|regional|general|senior manager", "financial|finance controller" } },
  -- a specialist's senior grades, an advanced practitioner, a doctor at the end of specialty training
  { level = 3, phrases = SPECIALIST_GRADES },
  -- a nurse practitioner is an advanced practitioner already (as a role, not a claim: the title is
  -- also a newly qualified nurse's next step in some trusts); a senior first officer is the rank below
  -- captain
  { level = 3, phrases = { "nurse practitioner", "senior first officer" } },
  { level = 3, phrases = { "specialty|specialist|surgical|medical registrar", "registrar" } },
  { level = 2, phrases = { "head waiter|waitress|barista|teller" } },
  { level = 2, phrases = { "assistant|deputy head " .. HEADS_OF_A_UNIT } },
  { level = 3, phrases = { "head " .. HEADS_OF_A_UNIT } },
  { level = 2, phrases = { "duty|shift|floor|night|relief|account|accounts|case|key manager" } },
  { level = 3, phrases = { "manager" } },
  { level = 2, phrases = { "senior", "lead", "supervisor", "team leader", "sous", "sergeant", "charge nurse", "ward sister", "purser" } },
  { level = 1, phrases = { "newly qualified", "qualified" } },
  { level = 0, phrases = {
    "assistant", "receptionist", "clerk",
    "operative", "porter", "cashier", "teller", "crew", "representative", "rep", "agent", "handler", "attendant",
    "commis", "support worker", "customer service|services|care|support", "call|contact centre|center", "pa",
    "help|service desk", "helpdesk", "first|1st line", "barista", "waiter|waitress", "picker|packer",
  } },
}
--- The fewest days in which a job at each level can be reached from a start at level
--- 0 ("practice manager within the year" from reception is over the top; two years is
--- not); a claim from a role at level r to a job at level l is over the top within
--- LEVEL_DAYS[l] - LEVEL_DAYS[r] (a newly qualified nurse who will run the ward within
--- the year), and firm against the flag model, which reads words and cannot see the role.
local LEVEL_DAYS = { [0] = 0, [1] = 180, [2] = 300, [3] = 640, [4] = 1270, [5] = 2190, [6] = 3000 }
--- From a role at this level up, a title is weighed by the climb alone, not by its job's
--- own limit (which assumes nothing of the candidate).
local SENIOR_START = 2
local JOB_CLAIM_LEADS = {
  "become", "becoming", "be", "being", "get", "getting", "reach", "reaching", "make", "making",
  "promoted", "earn", "land", "run", "running", "lead", "leading", "head", "heading", "own", "over",
  "as", "myself", "aim", "aiming", "made", "sit", "sitting", "seat",
}
local JOB_CLAIM_WINDOW = 3
--- A move up said before "to" ("move up to head chef", "step up to supervisor"): a claim too.
local MOVE_UP = { "way", "move", "moving", "step", "stepping", "progress", "progressing", "rise", "rising",
  "climb", "climbing", "advance", "advancing", "work", "working" }
--- Titles with a top word that are no top job: a business partner advises a department;
--- a judge of character is no judge.
local JOB_CLAIM_EXCEPT = { ADVISING_PARTNERS, "judge of",
  -- the chief of a crew is its leader, no company's officer ("party chief on your cable route surveys");
  -- a chief of staff supports the executives
  "party|crew|watch|shift|pit chief", "chief of staff",
  -- a board of others' ("the board of a local charity", "on the board of governors"), or a leaderboard's
  "board of|for a|an|the|governors|trustees|our|my|local", "on the board with", "name|names|me|myself on the board",
  "school|parent|foundation|staff|community|authority|academy|trust|local governor",
  "governor at|of|for ?a|an|another|the|my|our|local ?* school|schools|academy|college|nursery|charity|trust",
  "executive|exec committee of|for",
  -- a captain of a team or a house
  "team|club|house|school|year|sports|football|cricket|rugby|netball|hockey|darts|quiz|bell|ward|fire|deck|army|group captain",
  "captain of the|our|my|a ?* ?* ?* team|club|house|side|school|year|squad|league|quiz" }
--- Titles that are not a top job even with a top word in them ("assistant store manager";
--- an associate director is a director, at a head of function's level: CRAFT_DIRECTORS).
local JUNIOR_TITLES = { "assistant", "deputy", "trainee", "junior", "associate", "apprentice", "graduate", "salaried" }
--- "My partner and I", "their director": a title after a possessive is a person, not a job
--- to reach (unless a verb claims it: "become our branch manager"; "be your CTO" is a claim).
local POSSESSIVES = { "my", "our", "his", "her", "their" }
--- Managers of a shift or of accounts rather than of a team: a claim to be one is at level 2.
local SHIFT_TITLES = { "duty", "shift", "floor", "night", "relief", "account", "accounts", "case", "key" }
--- Directors of a craft, of accounts or of one of the company's sites rather than of the company: a
--- claim to be one is at level 4.
local CRAFT_DIRECTORS = { "art", "creative", "account", "funeral", "design", "casting", "musical", "music", "technical", "associate",
  -- a cabin service director leads the crew of a flight; a client service director, an agency's accounts
  "service", "services",
  -- one site's director runs a unit of the company, as a general manager does (unseen-93..96, session 19)
  "site", "plant", "factory", "store", "branch", "hotel", "depot", "warehouse", "centre", "center" }
--- Leading people, with its own verb ("managing a team of twenty"), in less time than this.
local MANAGE_CLAIMS = { "manage|managing|lead|leading|run|running|supervise|supervising ?a|my|the|our ?own ?* ?* team|teams|people|staff|crew|crews|gang|gangs" }
MAX_DAYS.manage_claim = 120
--- The level (ROLE_LEVELS) whose job it is to lead a team: from it up, leading one is no claim.
local TEAM_LEVEL = 2
--- "Run the company", "take over the whole warehouse": a whole unit with its own verb.
local TAKEOVER = {
  "run|running|lead|leading|head|heading|manage|managing|own|owning|buy|buying|acquire the|this|your company|business|firm|organisation|organization",
  "take|taking over the|this|your ?whole|entire company|business|firm",
}
MAX_DAYS.takeover = 1830
local UNIT_TAKEOVER = {
  "in charge of ?the|this|your whole|entire *", "responsible for ?the|this|your whole|entire *",
  "train|training|teach|teaching|coach|coaching|lead|leading|manage|managing the rest of the team|department|office|staff",
  "run|running|lead|leading|head|heading|manage|managing ?the|this|your whole|entire *", "take|taking over ?the|this|your whole|entire *",
  "run|running|lead|leading|head|heading|manage|managing the|this|your ?* ?* department|division|unit|operation|operations|region|site|warehouse|store|branch|hospital|ward|office|restaurant|school|centre|center",
  "take|taking over ?as the|this|your ?* department|division|unit|operation|operations|region|site|warehouse|store|branch|kitchen|office",
  -- a function taken over ("then take over the security function within about a year"; not a
  -- restaurant's or an inbox's "service")
  "take|taking over the|this|your ?* ?* function|department|division",
  "run|running|lead|leading|head|heading|manage|managing one of the|your regions|divisions",
  -- one of the company's sites, a unit manager's ("running one of your distribution centres")
  "run|running|manage|managing one of the|your ?* sites|stores|branches|warehouses|depots|centres|centers|hotels|restaurants|clinics|wards",
  -- a unit or a function headed ("heading up global clinical operations for the whole company")
  "head|heading|lead|leading up ?the|this|your ?* ?* department|division|unit|operation|operations|region|function",
  -- a unit of one's own in the company ("have my own engineering division here by the end of year two")
  "have|having|get|getting|run|running|lead|leading|head|heading|manage|managing my own ?* ?* department|division|hospital|school",
  -- a manager's title over a whole unit (session 34, training-215: an apprentice electrician's "In five years I'd
  -- like to be the contracts manager for the whole electrical division")
  -- (held by the candidate: not "shadow the manager of the whole department"; session 34's review)
  "be|become|becoming|as ?the|a ?* manager|head|director|lead|boss for|of|over the|this|your whole|entire ?* ?* department|division|region|operation|operations",
}
--- All of one kind of work for a unit (session 29: "managing all the decorating for your new-build division"):
--- not a task (SET.UNIT_TASK: "managing all the rotas for the department"), nor the role's own work ("running all
--- the training for the region" from a regional trainer: unit_claims).
local UNIT_ALL_OF = "run|running|lead|leading|head|heading|manage|managing all ?of the * for|across the|this|your ?* ?* department|division|region|operation|operations"
UNIT_TAKEOVER[#UNIT_TAKEOVER + 1] = UNIT_ALL_OF
MAX_DAYS.unit_takeover = 1000
--- The level of running a unit (ROLE_LEVELS' scale), by its noun: a unit is also out of reach
--- sooner than the climb to its level from the role's (LEVEL_DAYS); others are a unit manager's (3).
local UNIT_LEVELS = { division = 5, divisions = 5, hospital = 5, school = 5, region = 4, regions = 4, department = 4,
  operation = 4, operations = 4 }
local UNIT_LEVEL = 3
--- Words that end the unit's noun phrase: a unit word followed by another noun is part of a
--- compound ("the school choir", "the hospital volunteer programme") and has no level of its own.
local UNIT_PHRASE_END = { "in", "within", "by", "at", "for", "of", "and", "or", "on", "after", "before", "when", "once",
  "next", "this", "over", "from", "with", "as", "to", "so", "but", "then", "eventually", "one", "some", "long", "myself",
  "here", "there", "globally", "worldwide", "nationally", "too", "which", "that", "where", "full", "under" }
--- Running a shift, a section or a line: like leading a team, over the top in less than MAX_DAYS.manage_claim.
local SMALL_UNIT_CLAIMS = {
  "run|running|lead|leading|head|heading|manage|managing|supervise|supervising the|this|your|a ?* ?* shift|shifts|section|line|desk|rota|floor|crew|gang",
  "take|taking over the|this|your|a ?* ?* shift|shifts|section|line|desk|rota|floor|crew",
  "in charge of the|this|your|a ?* ?* shift|shifts|section|line|desk|rota|floor|crew",
}
--- Sweeping claims that are over the top in a short time.
local SWEEPING = {
  "the best|highest|top|biggest|fastest ?* ?* ?* in|of|on the ?whole|entire company|team|department|region|floor|store|branch|site|office|hospital|ward|unit|shift|school|depot|warehouse|kitchen|restaurant|line|practice|trust|agency",
  "the most sales|deals|revenue|clients|customers|calls|reviews|sign|tickets ?* ?* in|of|on the ?whole|entire company|team|department|region|floor|store|branch|site|office",
  "top of the ?* ?* leaderboard|league|table|tables|rankings|charts",
  "number one|1 ?* in|on ?the ?company|team", "number one|1 agent|seller|rep|salesperson|performer",
  "top performer|seller|agent|rep|salesperson|biller|earner|closer|producer|recruiter|fundraiser|advisor|adviser",
  "the ?companys|teams|branchs|stores number one ?*", "the companys|teams|branchs|stores top|best|leading ?*", "top of the leaderboard",
  "know|learn|master everything", "fix|solve everything", "fix|solve|resolve every problem|issue|complaint",
}
--- First place in a whole sector or country is weighed as such (SWEEPING_WIDE), not as first in the company.
local NUMBER_ONE_WIDE = "number one|1 in|of|across the|our|its ?whole|entire country|world|industry|market|sector|uk|us|nation"
--- … and the candidate's own first place with a word between ("be the number one adviser in the country";
--- not "your firm is the number one name in the industry")
local NUMBER_ONE_SELF = "be|become|becoming the number one|1 * in|of|across the|our ?whole|entire country|world|industry|market|sector|uk|us|nation"
local SWEEPING_EXCEPT = { "everything i can|possible|we", "one of the", NUMBER_ONE_WIDE, NUMBER_ONE_SELF }
MAX_DAYS.sweeping = 183
--- A whole thing changed ("rebuild your whole website", "overhaul the entire process") in less than this.
local SCOPE_WORDS = { "whole", "entire", "everything", "all", "complete", "completely", "totally", "entirely", "every" }
local CHANGE_VERBS = {
  "rebuild", "rebuilt", "rebuilding", "redesign", "redesigned", "redesigning", "overhaul", "overhauled", "transform",
  "transformed", "transforming", "revamp", "revamped", "rewrite", "rewritten", "rewrote", "automate", "automated",
  "modernise", "modernize", "modernised", "replace", "replaced", "migrate", "migrated", "restructure", "restructured",
  "reorganise", "reorganize", "digitise", "digitize", "fix", "fixed", "revolutionise", "revolutionize", "turn", "turned",
  "renegotiate", "renegotiated", "retender", "retendered", "restore", "restored", "restoring", "renovate", "renovated",
  "refurbish", "refurbished",
}
MAX_DAYS.scope = 183
--- Achievements beyond any plan: over the top said with no time, or with less than
--- MAX_DAYS.grandiose ("a Pulitzer before I'm thirty"); a long horizon keeps them a
--- dream ("a kitchen in the Michelin guide, a fifteen-year goal").
local GRANDIOSE = {
  "nobel|pulitzer|oscar|oscars|grammy|grammys|bafta|baftas|emmy|emmys", "booker prize", "cannes lion|lions",
  "one|two|three|1|2|3 michelin stars|star", "win|earn|get|getting|winning|earning ?a|my|our|the ?own michelin star|stars",
  "the most decorated|awarded|famous|celebrated|followed", "a|the ?number ?one|biggest household name", "world famous|renowned",
  "make|making history", "change|changing the world", "a|the world record", "the company|national|industry record", "the all time record",
  "hold|set|break|beat|smash the record", "a millionaire|billionaire", "a|my|our billion dollar|pound|euro ?* company|business|startup|firm|brand|empire", "a unicorn", "be|become|becoming a thought leader|game changer",
  "revolutionise|revolutionize ?the ?whole|entire industry|sector|field", "known all over the world", "known worldwide",
  "company|team|firm|business|branch|store|school|hospital|department|club|brand|agency ?has|have ever had|seen|hired",
  "than anyone|anybody ?here|else ever",
  "my|our own ?* empire", "build|building an|a|my|our ?* ?* empire",
  -- fame as a goal of its own ("a bestselling author with my own fantasy series by next year", "release my
  -- own hit game within about a year")
  "be|become|becoming a|an bestselling author|novelist|writer", "be|become|becoming a|an best selling author|novelist|writer",
  "write|writing|publish|publishing a|my bestselling book|novel|series", "my|our own bestselling book|novel|series",
  -- (session 33, unseen-167: "Five years? I'll have written a bestselling novel")
  "written|wrote|published a|my bestselling book|novel|series", "written|wrote|published|write|writing|publish|publishing a|my best selling book|novel|series",
  -- sport's summits (session 33, unseen-166: "one of the juniors I coach here to have won Wimbledon")
  "win|won|winning wimbledon", "win|won|winning the olympics", "win|won|winning|an|a olympic gold|medal", "olympic champion|champions",
  "my|our own hit game|single|song|album|podcast|app|series|show",
  -- a world title won or a Michelin-starred place of one's own, as the candidate's goal ("be world
  -- barista champion in two years", "my own Michelin-starred restaurant"; not a finalist's, a past
  -- one's, competing, nor working in such a kitchen)
  "be|become|becoming|win|winning a|the world ?* ?* champion|championship|championships|title",
  "be|become|becoming world ?* ?* champion", "my|our own ?* michelin starred",
  "make|making|turn|turning it|this|us|the|your ?* ?* michelin starred",
  -- the best in the world, as the candidate's own goal ("be the best writer in the world")
  "be|become|becoming the best|greatest|top ?* in the world",
  -- a breakthrough as the goal ("discover a cure for cancer"; not others' research: "support the researchers
  -- working towards a cure for cancer")
  "cure cancer", "find|finding|discover|discovering|develop|developing a|the cure for cancer",
  -- the stage's and the catwalk's summits (session 29: "transfer two of your studio shows to the West End and get
  -- one to Broadway", "a show at Paris Fashion Week"; in the sets so far each over the top, or another career)
  "broadway", "to|into the west end", "fashion week|weeks",
  -- (not a place named after them, nor helping at others' show: GRANDIOSE_EXCEPT)
}
MAX_DAYS.grandiose = 1830
--- Taking the business abroad ("take your brand global", "open in America and Asia") within
--- MAX_DAYS.expansion: over the top for any one hire, however senior.
local EXPANSION = {
  "take|taking it global|international|worldwide",
  "take|taking the|your|our|this ?* brand|brands|business|company|product|products|firm|range|label|app global|international|worldwide",
  "go|going global|worldwide",
  "open|opening|launch|launching|expand|expanding in|into|across america|asia|europe|africa|australia|china|india|japan|usa",
  "open|opening|launch|launching|expand|expanding in|into|across the us|states|continent", "open|opening|launch|launching|expand|expanding in|into|across new countries|continents",
  "open|opening|launch|launching|expand|expanding overseas|abroad|internationally|worldwide",
}
MAX_DAYS.expansion = 365
--- Words before an expansion that make it someone else's ("I know you're expanding into Europe").
local EXPANSION_OTHERS = { "you", "youre", "your", "they", "theyre", "were", "company", "its", "firm", "business" }
--- Fame, or a business of one's own outgrowing the employer, as the goal: over the top as GRANDIOSE is, unless
--- its clause tells of the past with no wish before it (``tense``: "I've had a few campaigns go viral at my
--- last agency", "I've run a department larger than this business"). In the sets so far, going
--- viral and outgrowing the employer are thirty-nine answers over the top, and no good one.
local GRANDIOSE_AIMED = { "go|goes|going viral", "bigger|larger than this|your company|firm|business|agency|practice",
  "bigger|larger than you|yours" }
--- The company's own mission is no claim of the candidate's ("your mission to change the world").
local GRANDIOSE_EXCEPT = { "your|their|its|the|our mission|vision|ambition|aim|goal|purpose ?is to change|changing the world",
  -- ("the opportunity is bigger than you think")
  "bigger|larger than you think|thought|expect|imagine|realise|realize",
  -- another's standing, said as it is ("our competitor is the number one household name")
  "is|are|was|were ?already|currently|still the|a ?number ?one|biggest household name",
  "the best i can|possible", "in the world of",
  -- a place named after a street or district ("our Broadway branch", "transfer to the West End store")
  "broadway|end branch|branches|store|stores|shop|shops|office|offices|site|salon|restaurant|hotel|road|street|station|location",
  -- others' show, the candidate helping ("assisting your senior stylists backstage at London Fashion Week",
  -- "running our client hospitality at London Fashion Week")
  "assist|assisting|assistant|support|supporting|help|helping|hospitality ?* ?* ?* ?* ?* ?* ?* fashion week|weeks" }
--- "… than the rest of the office", "… than everyone": after "than", these words make a claim to beat everyone.
local EVERYONE = { "rest", "everyone", "everybody", "anyone", "anybody", "whole", "entire", "all", "combined" }
--- New business counted: a number of these, with one of the verbs, more than
--- `max(min, days * per_day)` in the time given, is over the top.
local ACQUISITION_OBJECTS = {
  "accounts", "clients", "customers", "deals", "contracts", "sales", "signups", "sign", "partners", "members", "demos",
  "meetings", "appointments",
  "subscribers", "policies", "leads", "stores", "branches", "locations", "projects", "apps", "products",
  "contractors", "candidates", "placements", "temps", "followers", "users",
}
local ACQUISITION_VERBS = {
  "sign", "signing", "win", "winning", "bring", "bringing", "brought", "close", "closing", "land", "landing", "add",
  "adding", "recruit", "recruiting", "onboard", "sell", "selling", "sold", "write", "writing", "onboarding", "secure", "securing", "launch", "launching", "open",
  "opening", "convert", "converting", "acquire", "acquiring", "get", "getting", "ship", "shipping", "deliver",
  "signed", "won", "closed", "landed", "added", "recruited", "onboarded", "secured", "launched", "opened", "converted",
  "acquired", "got", "shipped", "delivered", "have", "had", "expect", "expecting", "hit", "hitting", "reach", "reaching",
  "book", "booking", "booked",
}
local COUNT_RATE = { min = 10, per_day = 0.6,
  -- a rate of new business said per unit ("book ten demos a month"), in days per unit: one no faster
  -- than `per_day` is weighed realistic (a faster one is left to the model: what a day can hold
  -- depends on what is counted, leads or contracts)
  -- (also the units that make a count a rate: "12 policies a day")
  unit_days = { hour = 0.125, day = 1, shift = 1, week = 7, month = 30, quarter = 91, year = 365 },
  -- what is counted in such a rate: a salesperson's own work, not stores or apps ("60 new locations a year")
  objects = { demos = true, meetings = true, appointments = true, sales = true, deals = true, clients = true, customers = true,
    accounts = true, policies = true, placements = true, signups = true, members = true, leads = true },
  -- premises opened (PREMISES: "fifty new branches for the company within two years") from a role
  -- below a head of function's level: more than max(min, days / days_per) is over the top (an
  -- expansion director's counts are left to the rate above)
  premises = { min = 3, days_per = 60, below_level = 4,
    others = signals.set_of({ "the", "your", "those", "these", "all", "help", "helping", "you", "youre", "were", "theyre", "of" }),
    roles = signals.set_of({ "acquisition", "acquisitions", "expansion", "property", "estates", "development", "openings", "acquirer" }) } }
--- A business of one's own at a size no new business reaches in the time given ("my own
--- haulage firm with fifty lorries inside three years", "a boutique hotel chain in two
--- years", "a tech company worth a hundred million in five years"): in a sentence naming a
--- business (BUSINESS_WORDS) of one's own (BUSINESS_OWNERS), a count of BUSINESS_ASSETS
--- above max(BUSINESS_RATE.min, days / BUSINESS_RATE.days_per_asset) (of PREMISES, by
--- PREMISES_RATE) or a chain within MAX_DAYS.chain; in one naming a business of one's own or
--- one run or built (BUSINESS_RUNNERS), a worth too great for its time (BUSINESS_WORTH).
local BUSINESS_WORDS = { "business", "company", "firm", "startup", "chain", "empire", "franchise", "brand", "agency",
  "consultancy", "practice", "clinic", "salon", "restaurant", "hotel", "shop", "studio", "gym", "bakery", "cafe", "café",
  "pub", "garage" }
local BUSINESS_OWNERS = { "my|our own", "set|setting up", "start|starting|open|opening|launch|launching|found|founding|own|owning my|our|a|an" }
--- Running or building a company is one's own only for its worth ("running a tech company worth a
--- hundred million"): "running a restaurant in a chain like yours" may be the employer's.
local BUSINESS_RUNNERS = { "run|running|build|building a|an|my|our" }
local BUSINESS_ASSETS = { "lorries", "trucks", "vans", "vehicles", "staff", "employees", "workers",
  -- the people a tradesperson's own firm would employ ("ten lads working for me")
  "lads", "blokes", "guys", "people", "sparks", "sparkies", "electricians", "plumbers", "engineers", "fitters", "builders", "carers", "cleaners", "drivers" }
local BUSINESS_RATE = { min = 5, days_per_asset = 120 }
--- … premises take longer: more than max(PREMISES_RATE.min, days / PREMISES_RATE.days_per_asset).
local PREMISES = { "stores", "shops", "salons", "restaurants", "cafes", "cafés", "sites", "branches", "locations",
  "properties", "hotels", "outlets", "franchises", "clinics", "gyms", "studios", "offices", "homes", "nurseries", "bars",
  "pubs", "bakeries" }
local PREMISES_RATE = { min = 2, days_per_asset = 365 }
--- How far after "my own" or "open a" the business word may stand, unless a team stands first.
local BUSINESS_REACH = 4
local PERSONNEL = { "team", "teams", "department", "shift", "crew", "section", "clients", "caseload", "portfolio" }
MAX_DAYS.chain = 1095
--- Premises everywhere ("shops in every major city", "clinics all over the country"): a national
--- chain, out of reach of a new business within MAX_DAYS.nationwide.
local NATIONWIDE = { "in every ?major|big|large city|cities|town|towns|county|country", "nationwide",
  "across|around the country|uk|us|world", "all over|around the country|uk|us|world" }
MAX_DAYS.nationwide = 1830
--- Worth: at least `worth` within `days` is over the top.
local BUSINESS_WORTH = { { days = 731, worth = 1000000 }, { days = 1830, worth = 10000000 } }
local BUSINESS_WORTH_WORDS = { "worth", "turnover", "revenue", "valued", "valuation", "value", "making", "sales",
  "profit", "profits", "earning", "earnings", "income", "grossing", "billing", "sell", "selling", "sold",
  "raise", "raising", "funding", "investment" }
--- Verbs that speak of a worth with "over" after them ("turning over a million").
local TURNING_OVER = { turn = true, turns = true, turning = true }
local MONEY_SCALES = { million = 1000000, millions = 1000000, m = 1000000, billion = 1000000000, bn = 1000000000 }
--- Qualifications stacked in a short time ("CCNA, Security Plus, AWS and ITIL in the
--- next two months"; "a degree, a master's and a PhD over three years"): each named
--- qualification weighs one point, a degree three and so does a profession's charter (years of
--- exams: ACCA, CFA, `QUALIFICATION_RATE.charters`; and Cisco's expert CCIE, years of practice), a
--- language one, "N exams" N/3; more than QUALIFICATION_RATE.base + days /
--- QUALIFICATION_RATE.days_per_point points in a sentence's time frame is over the top. Only a
--- stack counts: at least `items` qualifications named, or a count worth as many points ("four
--- new languages"; it takes nine exams); one degree "in September" is when it starts, not a
--- claim, and a qualification already held ("with my degree done") is not counted.
local QUALIFICATIONS = {
  "aat", "cipd", "diploma", "cips", "ciwm", "lpc", "sqe", "sqe1", "sqe2", "bptc", "nvq", "nvqs", "hnc", "hnd",
  "ccna", "ccnp", "cissp", "comptia", "security plus", "aws", "azure", "itil", "prince2", "pmp", "six sigma", "nebosh", "iosh",
  "celta", "delta", "pgce", "qts", "black belt", "law conversion", "gdl", "ielts",
  "irtec", "mot tester", "class 1|2 licence|license",
}
local DEGREES = { "degree", "masters", "phd", "doctorate", "mba", "msc", "llm", "llb", "bsc", "fellowship" }
local QUALIFICATION_COUNTED = { "exams", "qualifications", "certifications", "certificates", "papers", "modules" }
--- Words that make "N languages" a thing to learn.
local LEARNING = { "learn", "learning", "fluent", "study", "studying", "master", "mastering", "pick", "new" }
--- A qualification already held is no claim: after these ("with my degree", "I have the
--- LPC") or before DONE ("the LPC done").
local HELD = { "with", "have", "has", "got", "hold", "holding", "already", "since", "after", "completed", "finished", "passed" }
local DONE = { "done", "completed", "finished", "behind", "under" }
local QUALIFICATION_RATE = { base = 1, days_per_point = 180, degree = 3, counted = 1 / 3, items = 3,
  charters = { "acca", "aca", "cima", "cfa", "cta", "ca", "cpa", "chartered status", "chartership", "ccie" } }
--- "Every" or "all" with a verb of knowing: "know every product by heart" in less than this.
local QUANTIFIERS = { "every", "all", "each", "everything", "everyone", "everybody", "entire", "whole" }
local MASTERY_VERBS = { "know", "knowing", "learn", "learning", "learnt", "learned", "master", "mastering", "memorise", "memorize", "heart", "inside", "top" }
MAX_DAYS.mastery = 14
--- … or within a month with a quantifier of the whole ("the entire catalogue").
local MASTERY_WHOLE = { "entire", "whole", "everything", "everyone" }
MAX_DAYS.mastery_whole = 31
--- … or with a verb of outcome: "every complaint resolved", "close every lead", in less than this.
local OUTCOME_VERBS = {
  "resolve", "resolved", "resolving", "fix", "fixed", "fixing", "solve", "solved", "solving", "close", "closed", "closing",
  "win", "won", "winning", "convert", "converted", "converting", "eliminate", "eliminated", "satisfied", "happy", "using", "switched",
  "migrate", "migrated", "migrating",
}
MAX_DAYS.outcome = 731
--- … or with a verb of teaching everyone ("train every member of staff") in less than this.
local TEACH_VERBS = { "train", "trained", "training", "teach", "taught", "teaching", "coach", "coached", "onboard", "onboarded" }
MAX_DAYS.teach = 92
local FEW = 20
--- A verb after the quantifier with one of these just before it is a relative clause naming which ones
--- ("on every file I close", "each customer we train"), not an outcome claimed (session 34, training-214: a
--- claims handler's "I compare my initial reserve with the final settlement on every file I close").
local RELATIVE_SUBJECTS = { "i", "we", "you", "they", "he", "she", "ive", "weve", "youve", "theyve", "ill", "id" }
--- A verb that keeps a standard ("keep every", "check all") is no claim; nor is "all of my own".
local QUANTIFIER_EXCEPT = { "keep", "keeping", "check", "checking", "double", "read", "follow", "attend", "answer", "respond" }
--- Superlatives ("the highest", "the best") measured against a group ("in the
--- company", "of anyone", "in the country"): over the top within the days given per group.
local SUPERLATIVES = { "best", "highest", "top", "biggest", "fastest", "strongest", "leading", "greatest", "most" }
--- "The most knowledgeable person in the team": a quality, over the top only in less than this (or with "whole").
MAX_DAYS.most = 14
local RANK_PREPOSITIONS = { "in", "of", "on", "across", "at", "than" }
--- A bracket rather than the top ("the top half of the region", "the top ten of forty stores",
--- "the top 10%"): a fraction after "top", a number of at least RANK_BRACKET.min, or a share of at
--- least RANK_BRACKET.min_percent; given a quarter of a year or more (or no time), a bracket is a claim
--- only against a whole country or more (RANK_BRACKET.scope_days: "the top ten in the country").
local RANK_BRACKET = { min = 5, min_percent = 10, min_days = 90, scope_days = 1830,
  fractions = { "half", "third", "thirds", "quarter", "quartile", "fifth", "tenth", "band" } }
--- A rank the candidate's unit already holds near the top ("it's currently third, so that's a stretch"; session
--- 30, training-196): first place is then a climb of a place or two, weighed as no claim over the top.
local RANK_HELD = { "its|were|theyre|is|are|sits|sitting ?currently|now|presently second|third|fourth|2nd|3rd|4th",
  "ranked|placed|sitting|lying ?currently|now second|third|fourth|2nd|3rd|4th", "in|at second|third|fourth|2nd|3rd|4th place|position" }
local RANK_SCOPE = {
  team = 183, shift = 183, branch = 183, store = 183, ward = 183, unit = 183, office = 183, site = 183, line = 183,
  department = 366, floor = 183, depot = 183, kitchen = 183, anyone = 366, everyone = 366, company = 366,
  business = 366, firm = 366, organisation = 366, organization = 366, region = 730, area = 730, country = 1830,
  world = 1830, industry = 1830, market = 1830, nation = 1830, city = 730,
}
--- A share of a whole market taken ("take a third of the local market in the first year"):
--- over the top within `max_days` for any one hire or new business.
local MARKET = {
  phrases = { "take|taking|win|winning|capture|capturing|grab|grabbing|own|owning|dominate|dominating a|the third|half|quarter|majority|bulk of the ?* ?* market",
    "take|taking|win|winning|capture|capturing|grab|grabbing|own|owning most|half of the ?* ?* market",
    "take|taking|win|winning|capture|capturing|grab|grabbing|own|owning half the ?* ?* market", "dominate|dominating the ?* ?* market" },
  max_days = 1095,
}
--- An inspectorate's top grade ("outstanding", Ofsted's or the CQC's) reached within an inspection
--- cycle: a setting climbs one grade at an inspection, from "requires improvement" to "good" in twelve
--- to eighteen months at best (unseen-41, read in session 13).
local RATING = {
  phrases = { "rated|rating|grade|graded|judged|judgement|judgment outstanding", "an|the|our|its outstanding rating|grade|judgement|judgment",
    "requires improvement to outstanding", "ri|good to outstanding", "an outstanding from",
    "get|getting|take|taking|bring|bringing|have|having|make|making us|it|them outstanding", "be|achieve|achieving outstanding",
    "become|becoming an outstanding school|nursery|home|practice|setting|provider|service|ward|unit",
    "get|getting|take|taking|bring|bringing|move|moving ?the|this|our|your ?* school|home|practice|nursery|ward|setting|service|unit|us|it to outstanding" },
  -- a hotel's stars raised ("take the hotel from four stars to five in my first year"): a grading, over the
  -- top within stars_max_days for any one hire, read in an answer about a hotel and no other rating
  stars = { "from one|1 star|stars to two|three|four|five|2|3|4|5", "from two|2 star|stars to three|four|five|3|4|5",
    "from three|3 star|stars to four|five|4|5", "from four|4 star|stars to five|5", "from three|3 to four|five|4|5 star|stars",
    "from four|4 to five|5 star|stars" },
  stars_context = { "hotel|hotels|resort|guesthouse" },
  stars_except = { "hygiene|app|tripadvisor|google|review|reviews" },
  stars_max_days = 731,
  -- read only in an answer about an inspection ("make the guest experience outstanding" is praise), or when the
  -- grade is said as one ("I'll have this home rated Outstanding within three months": session 31, training-204)
  context = { "ofsted", "cqc", "estyn", "inspection|inspections|inspector|inspectors|inspectorate", "requires improvement", "ri" },
  graded = { "rated|graded|judged ?as outstanding" },
  -- (not a rating by guests or reviewers: "rated outstanding by guests in our reviews")
  graded_except = { "guests|customers|clients|reviews|review|reviewers|tripadvisor|google|feedback|survey|surveys" },
  max_days = 365,
}
--- Claims to beat the whole country or world: over the top within this many days.
local SWEEPING_WIDE = { "the best|highest|top|biggest|most|fastest ?* ?* ?* in|of|on the ?whole|entire country|world|industry|market|city|sector",
  -- ("take this store to number one in the whole country", "made you number one in the sector")
  NUMBER_ONE_WIDE, NUMBER_ONE_SELF }
MAX_DAYS.sweeping_wide = 1830

local set_of = signals.set_of
local find, affirmed, without = signals.find, signals.affirmed, signals.without
local led_by = signals.led_by
--- Words a clause that only adds a time may hold besides the time itself.
local TIME_FILLER = {
  "which", "is", "so", "that", "thats", "in", "about", "around", "roughly", "within", "by", "i", "im", "ill", "be",
  "will", "or", "and", "then", "at", "the", "latest", "least", "hopefully", "ideally", "maybe", "probably", "s", "its",
  "say", "lets", "next", "year", "before", "after", "from", "now", "ish",
  "want", "to", "like", "hope", "aim", "get", "there", "would", "id",
}
--- The word lists above as sets, looked up by name (one local: the main chunk is near Lua's limit).
local SET = {
  LEVEL_BEFORE = set_of(LEVEL_BEFORE),
  HEDGE = set_of(HEDGES),
  GROWTH_BEFORE = set_of(GROWTH_BEFORE),
  GROWTH_AFTER = set_of(GROWTH_AFTER),
  JOB_CLAIM_LEAD = set_of(JOB_CLAIM_LEADS),
  OWN_TARGET = set_of(OWN_TARGETS),
  ABSOLUTE_KEEP = set_of(ABSOLUTE_KEEP),
  AT_ZERO_OWN = set_of(AT_ZERO.own),
  AT_ZERO_HELD = set_of(AT_ZERO.held),
  DENIED_WORDS = set_of(DENIED_AFTER.words), DENIED_NEGATORS = set_of(DENIED_AFTER.negators), DENIED_BARE = set_of(DENIED_AFTER.bare),
  JUNIOR_TITLE = set_of(JUNIOR_TITLES),
  SHIFT_TITLE = set_of(SHIFT_TITLES),
  CRAFT_DIRECTOR = set_of(CRAFT_DIRECTORS),
  POSSESSIVE = set_of(POSSESSIVES),
  QUANTIFIER = set_of(QUANTIFIERS),
  UNIT_TASK = set_of({ "rota", "rotas", "paperwork", "admin", "bookings", "booking", "diary", "diaries", "minutes",
    "filing", "ordering", "orders", "invoices", "invoicing", "scheduling", "timesheets", "post", "payroll", "expenses" }),
  -- an outcome for every item within a set window is a service standard, not a claim ("every complaint
  -- resolved inside the eight-week ombudsman window as a minimum"; session 30, training-197)
  STANDARD = set_of({ "window", "deadline", "deadlines", "sla", "slas", "timescale", "timescales", "minimum", "limit",
    "limits", "statutory", "timeframe", "timeframes", "turnaround" }),
  BUSINESS_WORD = set_of(BUSINESS_WORDS),
  BUSINESS_ASSET = set_of(BUSINESS_ASSETS),
  BUSINESS_WORTH_WORD = set_of(BUSINESS_WORTH_WORDS),
  PERSONNEL = set_of(PERSONNEL),
  PREMISES = set_of(PREMISES),
  SUPERLATIVE = set_of(SUPERLATIVES),
  RANK_PREP = set_of(RANK_PREPOSITIONS),
  RANK_FRACTION = set_of(RANK_BRACKET.fractions),
  MASTERY_WHOLE = set_of(MASTERY_WHOLE),
  TEACH_VERB = set_of(TEACH_VERBS),
  SCOPE = set_of(SCOPE_WORDS),
  CHANGE_VERB = set_of(CHANGE_VERBS),
  EVERYONE = set_of(EVERYONE),
  EXPANSION_OTHER = set_of(EXPANSION_OTHERS),
  UNIT_PHRASE_END = set_of(UNIT_PHRASE_END),
  CHARTER_PART = set_of({ "level", "paper", "papers", "exam", "exams", "part", "module", "modules", "unit", "units" }),
  WHOLE_OF = set_of({ "all", "whole", "full", "entire" }),
  -- words before a number that make it a name ("Part 66", "Level 3", "Band 7")
  NUMBER_LABEL = set_of({ "part", "level", "band", "grade", "stage", "tier", "key", "module", "unit", "paper", "section",
    "chapter", "article", "schedule", "class", "category", "step", "phase", "number", "no", "room", "floor" }),
  -- verbs of taking exams
  TAKING = set_of({ "pass", "passing", "sit", "sitting", "complete", "completing", "clear", "clearing", "get", "getting",
    "through", "finish", "finishing", "do", "doing", "take", "taking", "study", "studying", "done", "gain", "gaining",
    "achieve", "achieving", "earn", "earning", "qualify", "qualifying", "tackle", "tackling", "smash", "knock", "finished",
    "passed", "completed", "sat", "took", "got", "cleared" }),
  CHARTER_START = set_of({ "start", "starting", "begin", "beginning", "sit", "sitting", "two", "three", "first" }),
  -- "the management accounts", "a management qualification": management before a thing names no job
  MANAGEMENT_NOUN = set_of({ "accounts", "accountant", "accountants", "accounting", "information", "report", "reports",
    "reporting", "system", "systems", "software", "skills", "course", "courses", "qualification", "qualifications",
    "diploma", "certificate", "degree", "theory", "style", "styles", "consultant", "consultants", "consultancy" }),
  -- "a partner portfolio", "the partner channel": nouns a partner qualifies
  PARTNER_NOUN = set_of({ "portfolio", "portfolios", "channel", "channels", "programme", "programmes", "program", "network",
    "networks", "account", "accounts", "relationship", "relationships", "manager", "managers", "management", "ecosystem",
    "team", "teams", "marketing", "sales", "success", "integration", "integrations", "agencies", "organisations",
    "organizations", "brands", "schools", "firms", "businesses", "sites", "platform", "platforms" }),
  MOVE_UP = set_of(MOVE_UP),
  -- nouns after a title that make it a course's name, not a post (compound)
  TITLE_COURSE = set_of({ "cpc", "course", "courses", "qualification", "qualifications", "certificate", "certification",
    "diploma", "exam", "exams", "apprenticeship", "module", "modules" }),
  CREDENTIAL_BEGUN = set_of({ "start", "starting", "begin", "beginning", "enrol", "enrolling", "enroll", "register", "registering",
    "apply", "applying" }),
  -- a title gone for ("ready for headship", "I'd go for general manager", "apply for the head of unit job")
  FOR_TITLE = set_of({ "ready", "go", "going", "apply", "applying", "push", "pushing", "gunning", "aim", "aiming" }),
  ACQUISITION_OBJECT = set_of(ACQUISITION_OBJECTS),
  ACQUISITION_VERB = set_of(ACQUISITION_VERBS),
  QUANTIFIER_EXCEPT = set_of(QUANTIFIER_EXCEPT),
  MASTERY_VERB = set_of(MASTERY_VERBS),
  RELATIVE_SUBJECT = set_of(RELATIVE_SUBJECTS),
  OUTCOME_VERB = set_of(OUTCOME_VERBS),
  QUALIFICATION_COUNTED = set_of(QUALIFICATION_COUNTED),
  FOREVER_IDIOM = set_of(FOREVER_IDIOMS),
  HABIT = set_of(HABITS),
  NOT_ONE_IDIOM = set_of(NOT_ONE_IDIOM),
  LEARNING = set_of(LEARNING),
  EVER_IDIOM = set_of(EVER_IDIOMS),
  HELD = set_of(HELD),
  DONE = set_of(DONE),
  TIME_FILLER = set_of(TIME_FILLER),

  -- after "a", "per" or "each", what makes a count a rate ("30 qualified leads a week")
  -- words that start another conjunct of a sentence, with a time of its own
  CONJUNCT = set_of({ "and", "then", "but" }),
  -- after a number, a measure of something else ("ninety-minute modules")
  MEASURE = set_of({ "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year",
    "years", "second", "seconds", "credit", "credits", "page", "pages", "word", "words", "mile", "miles" }),
}
--- Verbs that claim a job after a possessive ("become our branch manager"; not "make my partner proud").
local BECOMING_SET = set_of({ "be", "become", "becoming", "being", "made" })
local DETERMINER_SET = set_of({ "a", "an", "the" })
--- Words before "management" that make it a level to reach ("move into management").
local MANAGEMENT_LEAD_SET = set_of({ "into", "to", "in", "for", "senior", "middle", "general", "of", "and", "or", "be", "reach",
  "join", "a", "an", "the", "line", "upper", "top", "towards", "toward" })
--- Words after "deputy head" or "assistant head" that make it another job ("assistant head
--- housekeeper", "deputy head of rooms"): otherwise it is a school's.
local HEAD_NOUNS = set_of({ "of", "housekeeper", "housekeepers", "housekeeping", "chef", "chefs", "gardener", "porter",
  "waiter", "waitress", "baker", "cook", "receptionist", "concierge", "groundsman", "greenkeeper", "butler", "barista",
  "bartender", "brewer", "technician", "coach", "trainer", "buyer", "groom", "keeper", "ranger" })
--- Words that cannot stand between a verb and a title ("make a case to management"):
--- a title read four words after its verb has two words of title before it.
local NOT_TITLE_WORDS = set_of({ "a", "an", "the", "to", "of", "for", "in", "on", "at", "with", "from", "by", "and", "or",
  "my", "our", "your", "their", "his", "her", "it", "i", "me", "we", "you", "they", "them", "us", "that", "this" })

--- A time frame within this many words of the start of its sentence is "fronted".
local FRONTED_WORDS = 4
--- The words a question's time said back may hold ("First year?", "In five years' time?").
local ECHO_FILLER = set_of({ "in", "within", "by", "the", "a", "an", "my", "first", "next", "about", "around", "so",
  "after", "over", "time", "from", "now", "um", "er", "well", "honestly", "hmm", "s" })
--- The nearest dated time frame in the same sentence as a claim (nil if none); a
--- time marker between them ("…, and long term …") gives the claim its own time.
local function nearest_timeframe(a, from, to)
  local sent = signals.sentence_of(a, from)
  local markers = {}
  for _, list in ipairs({ a.short_term, a.long_term }) do
    for _, m in ipairs(list) do
      if m.phrase ~= "timeframe" then markers[#markers + 1] = m end
    end
  end
  local best, bestd, best_beyond, best_same
  local toks = a.tokens
  local ci = signals.token_at(toks, from)
  for _, tf in ipairs(a.dated) do
    local ti = signals.token_at(toks, tf.from)
    -- the time frame must belong to the claim: the same clause, or fronted at the
    -- start of the sentence ("Within a year, I'll be running the company")
    local own = false
    if ti and ci then
      local start = ti
      while start > 1 and toks[start - 1].sentence == toks[ti].sentence do start = start - 1 end
      -- same clause; fronted ("Within a year, I'll …"); or a clause that only adds the
      -- time ("…, which is next year", "…, so in about four years")
      own = toks[ti].clause == toks[ci].clause or (ti < ci and ti - start < FRONTED_WORDS)
        -- a claim opening the next item of a list whose time came in the clause before ("in the first year
        -- I'll open two new surgeries, double the NHS contract and …")
        or (ti < ci and toks[ci - 1] ~= nil and toks[ci - 1].clause ~= toks[ci].clause and toks[ci - 1].clause == toks[ti].clause
          and toks[ci - 1].sentence == toks[ci].sentence)
      if not own and ti > ci then
        own = true
        for k, t in ipairs(toks) do
          if t.clause == toks[ti].clause and not (t.from >= tf.from and t.to <= tf.to) and not SET.TIME_FILLER[t.w] then own = false end
        end
      end
    end
    if own and signals.sentence_of(a, tf.from) == sent then
      local lo, hi = math.min(tf.to, to), math.max(tf.from, from)
      local blocked = false
      for _, m in ipairs(markers) do
        if m.from > lo and m.to < hi and (m.to < tf.from or m.from > tf.to) then blocked = true end
      end
      for _, other in ipairs(a.dated) do
        if other ~= tf and other.from > lo and other.to < hi then blocked = true end
      end
      local d = tf.from > to and tf.from - to or from - tf.to
      if d < 0 then d = 0 end
      -- a time after the next conjunct is that conjunct's ("… by 50% and be team leader by
      -- Christmas"): any other time of the claim's own comes first, whatever its distance
      local beyond = false
      if tf.from > to then
        for k = (ci or 1) + 1, ti - 1 do
          if toks[k].from > to and SET.CONJUNCT[toks[k].w] then beyond = true break end
        end
      end
      -- a time in the claim's own clause comes before one fronted in another ("Lead technician
      -- within six months, and site manager by year two": the manager's time is year two)
      local same = toks[ti].clause == toks[ci].clause
      local nearer = not best or (same and not best_same)
        or (same == best_same and ((beyond == best_beyond and d < bestd) or (not beyond and best_beyond)))
      if not blocked and nearer then best, bestd, best_beyond, best_same = tf, d, beyond, same end
    end
  end
  -- the question's time said back first, as a sentence of its own ("First year? I'd want to
  -- double the covers.")
  if not best and sent and sent > 1 then
    local echo, last
    for _, tf in ipairs(a.dated) do
      if signals.sentence_of(a, tf.from) == sent - 1 then echo = echo or tf end
    end
    for _, t in ipairs(toks) do
      if t.sentence == sent - 1 then
        last = t
        if echo and not signals.in_timeframe(a, t) and not ECHO_FILLER[t.w] then echo = nil end
      end
    end
    -- said back as a question ("…?"), and no time marker of the claim's own ("… and long term …")
    if echo and last and a.answer:sub(last.to + 1):match("^%s*%?") then
      for _, mk in ipairs(markers) do
        if signals.sentence_of(a, mk.from) == sent then echo = nil end
      end
      best = echo
    end
  end
  return best
end

--- The evidence of a claim (its sentence when short enough) with its core: the
--- claim and its time frame only (what a cliché check must not count as backing).
local function claim_span(a, from, to, tf)
  local f, t = from, to
  if tf then f, t = math.min(f, tf.from), math.max(t, tf.to) end
  local s = signals.sentence_span(a, f)
  local core = { from = f, to = t }
  if s.to - s.from <= 220 then return { from = s.from, to = math.max(t, s.to), core = core } end
  return { from = f, to = t, core = core }
end

--- Whether percentage p is a growth ("by 50%", "a 50% increase") rather than a level ("to 95%").
local function is_growth(a, p)
  local toks = a.tokens
  local i = p.i
  if not i then return false end
  local b = i - 1
  while toks[b] and toks[b].sentence == toks[i].sentence and SET.HEDGE[toks[b].w] do b = b - 1 end
  local before = toks[b]
  local j = i + 1
  while toks[j] and toks[j].to <= p.to do j = j + 1 end
  local after = toks[j]
  if before and SET.GROWTH_BEFORE[before.w] then return true end
  if after and SET.GROWTH_AFTER[after.w] then return true end
  if before and SET.LEVEL_BEFORE[before.w] then return false end
  local sent = toks[i].sentence
  for _, m in ipairs(find(toks, GROWTH_WORDS)) do
    if toks[m.i].sentence == sent then return true end
  end
  return false
end

--- Whether a growth of `value` percent is over the top in `days` (nil: no time frame).
local function percent_too_big(value, days)
  if not days then return value > PERCENT_LIMIT_NO_TIMEFRAME end
  for _, lim in ipairs(PERCENT_LIMITS) do
    if days <= lim.max_days then return value > lim.max_percent end
  end
  return false
end

--- A title said on its own ("Regional director.", "CTO, honestly."): at most this
--- many words in its sentence besides the title and FRAGMENT_FILLER.
local FRAGMENT_WORDS = 2
--- The most words of the organisation after a title said on its own ("CFO of a FTSE 100 company").
local FRAGMENT_OF_WORDS = 6
--- Words that open a clause pointing back to a title said first ("CTO — THAT'S where I'll be in five
--- years", "Ward manager, THAT'S the long-term goal").
local POINTING_BACK = set_of({ "thats" })
--- Words of a clause that a title in apposition names ("I see myself going right to the TOP, head of
--- customer experience in a year or two"; "My GOAL, store manager by Christmas").
local APPOSITION_AFTER = set_of({ "top", "up", "higher", "further", "ladder", "climb", "climbing", "rise", "rising",
  "aim", "goal", "target", "ambition", "dream" })
--- Words that open a later clause with a title said as what follows ("With passion and hard work
--- anything's possible, SO regional director in two years").
local CONSEQUENCE = set_of({ "so", "hence", "therefore" })
--- Someone else's estimate, not the candidate's claim ("Store manager within a year, my area manager SAYS").
local OTHERS_SAY = set_of({ "says", "said", "reckons", "thinks", "told", "reckoned", "thought" })
local FRAGMENT_FILLER = set_of({ "a", "an", "the", "honestly", "ideally", "probably", "maybe", "hopefully", "definitely", "realistically", "id", "say" })
--- A title "eventually" or "one day" has no deadline.
local FRAGMENT_SOMEDAY = set_of({ "eventually", "someday", "one", "day", "ultimately", "long", "term" })
--- Words a sentence that only gives the time may hold ("Give me eighteen months, tops.").
local FRAGMENT_TIME_WORDS = set_of({ "give", "me", "it", "tops", "max", "maximum", "thinking", "reckon", "think", "im", "ill", "i", "say", "or", "so",
  "myself", "mean", "even", "finished", "done", "over", "but", "and" })

--- Whether match m is a title said on its own as a sentence: the answer to "where do
--- you see yourself?" that needs no verb.
local function fragment(a, m)
  local toks = a.tokens
  local sent, others, clause_others = toks[m.i].sentence, 0, 0
  local k = m.i
  while k > 1 and toks[k - 1].sentence == sent do k = k - 1 end
  local first, clause = k, toks[m.i].clause
  local next_clause
  for x = m.j + 1, #toks do
    if toks[x].sentence ~= sent then break end
    if toks[x].clause ~= clause then next_clause = x break end
  end
  local pointing = next_clause and POINTING_BACK[toks[next_clause].w] and toks[next_clause].clause
  -- the clauses whose words are about the title: the whole sentence when it is short, else the
  -- title's own clause and the one pointing back to it
  local function near(t) return t.clause == clause or t.clause == pointing end
  local dated, dated_near, dated_any, someday, someday_any, denied, told_by = false, false, false, false, false, false, false
  -- the organisation the title is of or for, right after it, is part of the title ("CFO of a FTSE 100
  -- company before I'm twenty-eight", "Chief nursing information officer for the trust"): up to its
  -- time or the clause's end; a scope is a claim of its own ("Contracts manager for the whole region")
  local title_end = m.j
  local of = toks[m.j + 1]
  if of and of.clause == clause and (of.w == "of" or of.w == "at" or of.w == "for") then
    for x = m.j + 1, math.min(#toks, m.j + FRAGMENT_OF_WORDS) do
      if toks[x].clause ~= clause or signals.in_timeframe(a, toks[x]) then break end
      if SET.SCOPE[toks[x].w] then title_end = m.j break end
      title_end = x
    end
  end
  while toks[k] and toks[k].sentence == sent do
    local t = toks[k]
    local timed = signals.in_timeframe(a, t)
    if timed and t.clause == clause then dated = true end
    if timed and near(t) then dated_near = true end
    if timed then dated_any = true end
    -- a pointing clause with a negator denies the title ("that's not something I'm chasing yet")
    if t.clause == pointing and signals.is_negator(t.w) then denied = true end
    if t.clause ~= clause and OTHERS_SAY[t.w] then told_by = true end
    if (k < m.i or k > title_end) and not FRAGMENT_FILLER[t.w] and not timed then
      if FRAGMENT_SOMEDAY[t.w] then someday_any = true end
      if FRAGMENT_SOMEDAY[t.w] and near(t) then someday = true end
      others = others + 1
      if t.clause == clause then clause_others = clause_others + 1 end
    end
    k = k + 1
  end
  if others <= FRAGMENT_WORDS then
    -- "Area manager, eventually." has no deadline; "…, long term, in eight years" has one
    return not someday_any or dated_any
  end
  -- the title's clause opens the sentence on its own, with its time ("District judge within three
  -- or four years — I don't see why not"; not "…, my area manager says") or pointed back to ("CTO —
  -- that's where I'll be in five years"; "Ward manager — that's my goal in about eight years"; not
  -- "Team leader — that's not something I'm chasing yet"): its time is then read in those two
  -- clauses only
  -- (or opens a later clause in apposition to a climb or a goal)
  local opens = toks[first].clause == clause
  if not opens and toks[m.i - 1].clause ~= clause then
    for x = m.i - 1, first, -1 do
      if toks[x].clause ~= toks[m.i - 1].clause then break end
      if APPOSITION_AFTER[toks[x].w] then opens = true end
    end
  end
  -- (or opens a later clause after a word of consequence, the title's own words between: "so
  -- regional director")
  if not opens then
    local lead = m.i
    while lead > first and toks[lead - 1].clause == clause do lead = lead - 1 end
    opens = lead < m.i and m.i - lead <= FRAGMENT_WORDS and CONSEQUENCE[toks[lead].w] or false
  end
  if not opens or clause_others > FRAGMENT_WORDS or denied or told_by then return false end
  if someday and not dated_near then return false end
  if dated or pointing then return true, { [clause] = true, [pointing or clause] = true } end
  return false
end

--- Whether sentence s holds only a time frame and filler ("Give me eighteen months.").
local function only_time(a, s, clause)
  for _, t in ipairs(a.tokens) do
    if t.sentence == s and (not clause or t.clause == clause) and not signals.in_timeframe(a, t)
      and not FRAGMENT_FILLER[t.w] and not SET.TIME_FILLER[t.w] and not FRAGMENT_TIME_WORDS[t.w] then
      return false
    end
  end
  return true
end

--- The time frame of a title said on its own: the first in its own sentence (all of
--- which is about the title), else the next sentence's when that sentence only gives
--- the time ("Customer service director. Give me eighteen months."), or its last clause does
--- ("… I'm starting on the phones, but give me eighteen months."); or a later sentence's that only
--- gives the time, when the sentences between tell no other aim ("Plant manager. I've not been in
--- manufacturing before, but I've run a five-a-side team for years. Give me two or three years.";
--- not "Team leader, eventually. First I want my forklift licence. Give me six months.").
local function fragment_timeframe(a, m)
  local sentence = a.tokens[m.i].sentence
  for _, d in ipairs(a.dated) do
    local k = m.clauses and signals.token_at(a.tokens, d.from)
    if signals.sentence_of(a, d.from) == sentence and (not m.clauses or (k and m.clauses[a.tokens[k].clause])) then return d end
  end
  if m.clauses then return nil end
  -- (the clause must end its sentence: "Store manager. In the first year, I'd focus on learning
  -- every department." gives the store no time)
  local last_clause
  for _, t in ipairs(a.tokens) do if t.sentence == sentence + 1 then last_clause = t.clause end end
  for _, d in ipairs(a.dated) do
    if signals.sentence_of(a, d.from) == sentence + 1 then
      local k = signals.token_at(a.tokens, d.from)
      local clause = k and a.tokens[k].clause
      if only_time(a, sentence + 1) or (clause == last_clause and only_time(a, sentence + 1, clause)) then return d end
    end
  end
  for _, d in ipairs(a.dated) do
    local s = signals.sentence_of(a, d.from)
    if s > sentence + 1 and only_time(a, s) then
      -- (a wish, a time or a plan in a sentence between is another aim the time may be of)
      for _, list in ipairs({ a.wishes, a.dated, a.plan }) do
        for _, w in ipairs(list) do
          local x = signals.sentence_of(a, w.from)
          if x > sentence and x < s then return nil end
        end
      end
      return d
    end
  end
  return nil
end

--- Whether a claim's sentence gives it a long horizon in words and no date ("Area
--- manager, eventually.", "one day", "long term"): such a claim is weighed and found
--- realistic ("Long term, CTO, within three years" is dated, and weighed by its date).
local function long_horizon(a, m)
  local sent = signals.sentence_of(a, m.from)
  for _, d in ipairs(a.dated) do
    if signals.sentence_of(a, d.from) == sent then return false end
  end
  for _, l in ipairs(a.long_term) do
    if l.phrase ~= "timeframe" and signals.sentence_of(a, l.from) == sent then return true end
  end
  return false
end

--- Kinds read precisely enough to stand against the flag model's veto: the model
--- weighs words, and "four new languages by next year" reads like "one new language".
--- Measured on every training set held out in turn (docs/heuristics.md): these gain
--- recall and raise no false alarm on a good answer; titles, growth and the others do
--- (a title is firm only when over the top for the climb from the role's level: LEVEL_DAYS).
local FIRM_KINDS = { perfection = true, qualifications = true, grandiose = true, business = true, credential = true, grade = true }
--- A claim reached in a quarter of its limit or less, or a growth three times what its time
--- allows, is over the top by so much that it is firm whatever its kind ("the whole farm by next
--- week", "grow every account by 500% this year").
--- Only a claim aimed at counts so: its clause says a wish or a future (GROSS.future) and tells
--- nothing of the past (GROSS.past: "I was effectively running the site", "we had zero errors"; or
--- GROSS.perfect with no wish: "we've had zero errors").
--- (Of the kinds weighed by time, those in GROSS.kinds: a unit run, a result multiplied, an absolute
--- or teaching is as often a misreading or a sensible target — "running the store on the manager's
--- days off", "zero incidents on the racking project this quarter", "train all eight staff in my
--- first week" — as a claim.)
local GROSS = { time = 4, percent = 3,
  kinds = { scope = true, mastery = true, outcome = true, sweeping = true, expansion = true, market = true },
  future = set_of({ "ill", "id", "will", "would", "want", "wants", "like", "aim", "aiming", "plan", "planning", "hope",
    "hoping", "going", "intend", "expect", "expecting", "goal" }),
  past = set_of({ "was", "were", "had", "did", "took", "went", "grew", "ran", "led", "doubled", "tripled",
    "brought", "managed", "reached", "launched", "wanted", "hoped", "aimed", "planned", "thought", "expected" }),
  -- a perfect before the claim ("I've run a department larger than this business")
  perfect = set_of({ "ive", "weve" }),
  -- a wish word hedging what follows, no wish ("I'd say we've kept zero errors")
  hedges = set_of({ "say", "think", "guess", "reckon", "imagine" }),
}
--- Whether the clause of match m tells of the past (GROSS.past anywhere, or GROSS.perfect before m with
--- no wish before m but a hedge, GROSS.hedges), and whether it says a wish or a future before m (GROSS.future).
local function tense(a, m)
  local toks = a.tokens
  local k = m.i or signals.token_at(toks, m.from)
  if not k then return false, false end
  local past, wish, aimed, perfect = false, false, false, false
  for x = 1, #toks do
    if toks[x].clause == toks[k].clause then
      if GROSS.past[toks[x].w] then past = true end
      if GROSS.future[toks[x].w] and x < k then
        wish = true
        if not GROSS.hedges[toks[x + 1].w] then aimed = true end
      end
      -- (a perfect with a wish before the claim tells nothing: "I've told my manager I'll …", "my goal is
      -- that by March we've doubled it"; nor "I've got to", which is a must)
      if GROSS.perfect[toks[x].w] and x < k and not (toks[x + 1].w == "got" and toks[x + 2] and toks[x + 2].w == "to") then
        perfect = true
      end
    end
  end
  return past or (perfect and not aimed), wish
end
local function gross_aimed(a, m)
  local past, wish = tense(a, m)
  return wish and not past
end

--- Whether title match m is only part of a noun phrase: "management" after a noun
--- ("the weight management clinics", "get better at carrier management") or before a thing
--- ("doing the management accounts"), or a title
--- ending in "head" followed by another job's noun ("assistant head housekeeper"), or a course named
--- after a title ("the Transport Manager CPC").
local function compound(toks, m)
  local last, nx, prev = toks[m.j], toks[m.j + 1], toks[m.i - 1]
  if last.w == "management" and prev and not MANAGEMENT_LEAD_SET[prev.w] then return true end
  if last.w == "management" and nx and nx.clause == last.clause and SET.MANAGEMENT_NOUN[nx.w] then return true end
  -- "a partner portfolio", "the partner channel": a partner before a noun names no partner
  if last.w == "partner" and nx and nx.clause == last.clause and SET.PARTNER_NOUN[nx.w] then return true end
  -- a qualification or course named after the title ("the Transport Manager CPC", "a team leader course")
  if nx and nx.clause == last.clause and SET.TITLE_COURSE[nx.w] then return true end
  return last.w == "head" and nx ~= nil and nx.clause == last.clause and HEAD_NOUNS[nx.w] == true
end

local levels_of_role = signals.role_memo()
--- The level of the role applied for (ROLE_LEVELS), or nil when the scenario names
--- no role; a candidate who says they are starting out ("as a new graduate") is at 0
--- when the role's title has no level word of its own.
local function role_level(a)
  local role = a.context.role[1]
  local level
  if role then
    level = levels_of_role.get(role)
    if not level then
      local toks = signals.title_tokens(role)
      level = 1
      for _, entry in ipairs(ROLE_LEVELS) do
        local found = false
        for _, m in ipairs(find(toks, entry.phrases)) do
          -- "deputy head chef" is a kitchen's deputy, not a school's
          if not compound(toks, m) then found = true end
        end
        if found then level = entry.level break end
      end
      levels_of_role.put(role, level)
    end
  end
  if #a.junior > 0 and (level == nil or level == 1) then return 0 end
  return level
end


--- The level (ROLE_LEVELS) from which a career climbs at an average pace whatever its ladder: a
--- registrar near the end of training, at a unit manager's level, is no slower than anyone.
local PACED_BELOW = 3
--- How many times an average climb the role's career takes (career_ladders' `pace`; 1 with no role).
local function role_pace(a)
  local role = a.context.role[1]
  return role and select(4, signals.ladders_of(role)) or 1
end
--- How many days the climb from the role's level `start` to a job at `level` takes: LEVEL_DAYS apart,
--- times the role's pace from below PACED_BELOW when `paced` (a foundation doctor's, a senior carer's
--- or a graduate auditor's climb to a title takes longer than an average one; a step up with no title
--- is not paced); 0 with no role or no climb.
local function climb_days(a, start, level, paced)
  if not start or start >= level then return 0 end
  return (LEVEL_DAYS[level] - LEVEL_DAYS[start]) * (paced and start < PACED_BELOW and role_pace(a) or 1)
end

--- The level of the role applied for on ROLE_LEVELS' scale (0 starting out … 6 running the
--- company), 0 for a junior or a graduate whatever the title; nil with no role.
---@param a table the analysis
---@return integer|nil
M.role_level = role_level

--- Whether the word at k, before title match m, names what the title manages, between a determiner
--- and a post ("the ward manager post", "the finance manager role"; not "the new manager when she starts").
local POST_WORDS = set_of({ "post", "role", "job", "position", "vacancy" })
local function named_post(toks, m, k)
  local nx = toks[m.j + 1]
  return toks[k] ~= nil and toks[k - 1] ~= nil and DETERMINER_SET[toks[k - 1].w] and toks[k].clause == toks[m.i].clause
    and nx ~= nil and nx.clause == toks[m.j].clause and POST_WORDS[nx.w] == true
end

--- Whether title match m is moved up to with one word naming what it manages between ("move up to
--- driver manager within the year"): "up to" after a verb of MOVE_UP, in one clause.
local function moved_up_named(toks, m)
  local w, to, up, verb = toks[m.i - 1], toks[m.i - 2], toks[m.i - 3], toks[m.i - 4]
  return w ~= nil and to ~= nil and up ~= nil and verb ~= nil and to.w == "to" and up.w == "up" and SET.MOVE_UP[verb.w] == true
    and not DETERMINER_SET[w.w] and verb.clause == toks[m.i].clause
end

--- The token before title match m and its article, or its article and one word naming what it
--- manages before a post ("the ward manager post"): where the verb or preposition leading to it stands.
local function before_title(toks, m)
  local k = m.i - 1
  if toks[k] and DETERMINER_SET[toks[k].w] then return k - 1 end
  if named_post(toks, m, k) then return k - 2 end
  return k
end

--- Whether title match m is what one goes for: "for" after a verb of SET.FOR_TITLE just before it,
--- or before its article ("ready for headship", "go for the general manager job"; not "go for night
--- shift team leader" or "apply for assistant department manager", whose first words may make it a
--- junior's title); not a person asked for something ("push for the general manager to sign off"),
--- nor a thing of theirs ("apply for the head of unit's mentoring scheme").
local function gone_for(toks, m)
  local after = toks[m.j + 1]
  if (after and after.clause == toks[m.j].clause and after.w == "to") or toks[m.j].raw:match("['’]s$") then return false end
  local k = before_title(toks, m)
  return k > 1 and toks[k].w == "for" and toks[k].clause == toks[m.i].clause and SET.FOR_TITLE[toks[k - 1].w] or false
end

--- Whether title match m is moved into ("step straight into the head of service role", "move up into
--- a team leader post"): "into", past a determiner, after a verb of MOVE_UP, past "up", "straight" or
--- "right", in one clause.
local INTO_BETWEEN = set_of({ "up", "straight", "right", "directly" })
--- Words of a clause that make a title stepped into a stand-in's ("step into the supervisor role to
--- cover holidays"), not a claim.
local STAND_IN = set_of({ "cover", "covering", "acting", "temporarily", "holiday", "holidays", "absence", "leave" })
local function moved_into(toks, m)
  local k = before_title(toks, m)
  if not (toks[k] and toks[k].w == "into" and toks[k].clause == toks[m.i].clause) then return false end
  k = k - 1
  while toks[k] and INTO_BETWEEN[toks[k].w] do k = k - 1 end
  if not (toks[k] ~= nil and SET.MOVE_UP[toks[k].w] == true and toks[k].clause == toks[m.i].clause) then return false end
  for _, t in ipairs(toks) do
    if t.clause == toks[m.i].clause and STAND_IN[t.w] then return false end
  end
  return true
end

--- Whether the title at token i, after a time ending at token x, is a person described rather than a
--- next step ("I've not done a shift in two years and a chief nurse who can't work a shift …"): a
--- "who" or "that" after the title's words, or a time denied or of the past.
local PERSON_AFTER = set_of({ "who", "that", "whos" })
local function told_of(a, x, i)
  local toks = a.tokens
  for k = i + 1, math.min(#toks, i + 3) do
    if toks[k].clause ~= toks[i].clause then break end
    if PERSON_AFTER[toks[k].w] then return true end
  end
  for k = x, 1, -1 do
    if toks[k].clause ~= toks[x].clause then break end
    if signals.is_negator(toks[k].w) or GROSS.past[toks[k].w] then return true end
  end
  return false
end

--- Whether a verb of JOB_CLAIM_LEADS stands within JOB_CLAIM_WINDOW words before token i, in its
--- sentence ("own" after a possessive is no verb: "on my own when the senior engineer was off").
local function job_led(a, i)
  local toks = a.tokens
  for k = i - 1, math.max(1, i - JOB_CLAIM_WINDOW), -1 do
    if toks[k].sentence ~= toks[i].sentence then return false end
    local w = toks[k].w
    if SET.JOB_CLAIM_LEAD[w] and not (w == "own" and toks[k - 1] and SET.POSSESSIVE[toks[k - 1].w]) then return true end
    -- the next title of a sequence is claimed as the first was ("I'd like to be assistant manager
    -- for three months, then store manager, then regional manager by the end of next year"), and
    -- so is the next step of a timed sequence, after "then" or right after "and" ("from TA to class
    -- teacher within the year and then deputy head the year after"; "Lead technician within six
    -- months, and site manager by year two")
    -- (a time counts only when it ends just before the "and" or "then" right before the title: not
    -- "then support the site manager", nor "in my first month I'll report to the shift supervisor and
    -- operations manager", nor "the care certificate, and then senior carer is the next step")
    local next_to = k == i - 1 or (k == i - 2 and DETERMINER_SET[toks[i - 1].w])
    if w == "then" or (w == "and" and next_to) then
      if next_to then
        local x = k - 1
        if w == "then" and toks[x] and toks[x].w == "and" then x = x - 1 end
        local t = toks[x]
        if t and t.sentence == toks[i].sentence and signals.in_timeframe(a, t) and not told_of(a, x, i) then return true end
      end
      if w == "and" then return false end
      for x = k - 1, 1, -1 do
        if toks[x].sentence ~= toks[i].sentence then return false end
        if SET.JOB_CLAIM_LEAD[toks[x].w] and toks[x].w ~= "own" then return true end
      end
      return false
    end
  end
  return false
end

--- Whether title match m is claimed by a verb four words before it, with a determiner
--- and two words of title between, all in one clause ("be a cabin service director";
--- not "make a case to management").
local function led_by_four(toks, m)
  local verb, det = toks[m.i - 4], toks[m.i - 3]
  if not (verb and SET.JOB_CLAIM_LEAD[verb.w] and DETERMINER_SET[det.w]) or verb.clause ~= toks[m.j].clause then return false end
  return not NOT_TITLE_WORDS[toks[m.i - 2].w] and not NOT_TITLE_WORDS[toks[m.i - 1].w]
end

--- Adds a claim to `out`: `over` when reached within its limit (its evidence span
--- then set), `weighed` when said with a later time frame or a long horizon.
local function add(out, a, kind, m, tf, over, weighed)
  local claim = { kind = kind, days = tf and tf.days, timeframe = tf, over = over, weighed = weighed or false,
    firm = FIRM_KINDS[kind] or false }
  if over then
    claim.span = claim_span(a, m.from, m.to, tf)
    if m.fragment and tf and tf.to > claim.span.to then
      claim.span = { from = claim.span.from, to = tf.to, core = claim.span.core }
    end
  end
  out[#out + 1] = claim
end

--- An expectation of the past ("I thought I'd be making partner by now, and I only started my
--- training contract last spring") from a career said to have started recently: weighed as a
--- claim within BY_NOW.past_days. (A longer career told, "after seven years", is not weighed: what
--- was hoped then may have been realistic.) One table: this file is near Lua's limit of 200 locals.
local BY_NOW = {
  phrases = { "by now", "by this point|stage" },
  -- the start of a career said to be recent, with no time of its own
  recent = { "started|graduated|qualified|joined ?* ?* last year|spring|summer|autumn|winter|september|month",
    "graduated|qualified|started|joined recently", "only|just started|graduated|qualified", "a year since",
    "graduated|qualified|started a year ago" },
  past_days = 365,
  -- an expectation given up for a new plan ("I've learned it takes longer, so my plan is …")
  revised = { "learned|learnt|realised|realized|learn|realise|realize", "takes|took longer" },
}
local function by_now_timeframe(a, m)
  local toks = a.tokens
  local sent = toks[m.i] and toks[m.i].sentence
  local said
  for _, b in ipairs(find(toks, BY_NOW.phrases)) do
    if toks[b.i].sentence == sent then said = b end
  end
  if not said then return nil end
  if #affirmed(find(toks, BY_NOW.recent)) == 0 or #affirmed(find(toks, BY_NOW.revised)) > 0 then return nil end
  -- an expectation held years ago ("Two years ago I expected to be managing a team by now")
  for x = 1, #toks do
    if toks[x].sentence == sent and toks[x].w == "ago" and toks[x - 1] and (toks[x - 1].w == "years" or toks[x - 1].w == "months") then
      return nil
    end
  end
  return { from = said.from, to = said.to, days = BY_NOW.past_days }
end

--- Times a claim borrows when it has none of its own (one table: this file is near Lua's limit of
--- 200 locals). `same`: a claim said "at the same time" as a dated goal before it has that goal's
--- time ("UKAS accredited within my first six weeks, and at the same time halve turnaround times"):
--- the last time frame before the phrase, in the claim's sentence or the one before; the phrase may
--- close the claim's own clause ("… and restructure the whole reception team in that time").
--- `pointed`: the next sentence points back to the claim and gives its time ("I want to be a matron.
--- I reckon after a year or so on the ward I'd be ready to step into that.").
local BORROWED = {
  same = { "at|around|about the same time", "in parallel", "alongside that|this|it", "as well as that|this", "meanwhile",
    "in the meantime", "in|within that time", "in|within the same time" },
  pointed = { "step|stepping|move|moving into that|it", "step|stepping up to that|it", "ready for that|it", "ready to do that|it",
    "take|taking that|it on", "be|get there", "into that role|job|post|position" },
}
local function borrowed_timeframe(a, m)
  local toks = a.tokens
  local sent = toks[m.i] and toks[m.i].sentence
  if not sent then return nil end
  -- a claim given a long horizon in words keeps it ("At the same time, long term I'd love to be a head chef")
  if long_horizon(a, m) then return nil end
  local said
  for _, b in ipairs(find(toks, BORROWED.same)) do
    if toks[b.i].sentence == sent and (b.to <= m.from or toks[b.i].clause == toks[m.i].clause) then said = b end
  end
  if said then
    local best
    for _, tf in ipairs(a.dated) do
      local ti = signals.token_at(toks, tf.from)
      if ti and tf.to <= said.from and toks[ti].sentence >= sent - 1 and (not best or tf.from > best.from) then best = tf end
    end
    return best
  end
  for _, tf in ipairs(a.dated) do
    if signals.sentence_of(a, tf.from) == sent then return nil end
  end
  for _, b in ipairs(affirmed(find(toks, BORROWED.pointed))) do
    -- ("I'll just be there to learn the tills" is presence, not arrival)
    local purpose = toks[b.j].w == "there" and toks[b.j + 1] and toks[b.j + 1].w == "to"
    -- ("To get there, I'm starting the exams this year": the time of a step toward it, not of arrival)
    local to, lead = toks[b.i - 1], toks[b.i - 2]
    if to and to.w == "to" and (not lead or lead.sentence ~= to.sentence or lead.w == "order") then purpose = true end
    if toks[b.i].sentence == sent + 1 and not purpose then
      for _, tf in ipairs(a.dated) do
        if signals.sentence_of(a, tf.from) == sent + 1 then return tf end
      end
    end
  end
  return nil
end

--- The question's own time ("Where do you see yourself in a year?") for a claim in the answer's
--- first sentence, when the answer gives no time of its own ("Head of planning." asked where the
--- candidate will be in two years); not one given a long horizon in words, nor put off or denied
--- (ASKED_OFF). Only for a claim it finds over the top (`timed`).
--- Words that give an answer a time of its own, or put its title off: the question's time is not its.
local ASKED_OFF = { year = true, years = true, month = true, months = true, week = true, weeks = true, decade = true, decades = true,
  ["not"] = true, never = true, yet = true, eventually = true, someday = true, ultimately = true, dream = true, long = true, off = true,
  realistically = true, aim = true, goal = true }
local function asked_timeframe(a, m)
  local days, t = a.context.asked_days, a.tokens[m.i]
  if not days or not t or t.sentence ~= 1 or long_horizon(a, m) then return nil end
  -- the answer must give no time of its own anywhere: not a date ("Head chef. In a year I'd like …"),
  -- nor a time the reading does not date ("In ten-plus years I'd love to be …", "over the next
  -- decade"), nor the title put off or denied ("Store manager? Not yet.", "Partner is the dream.")
  if #a.dated > 0 then return nil end
  for _, x in ipairs(a.tokens) do
    if ASKED_OFF[x.w] then return nil end
  end
  return { from = m.from, to = m.to, days = days }
end

--- The question's own time for a rise of `growth` percent with none of its own, only when it finds
--- the rise over the top (as for the kinds `timed` weighs).
local RATE_UNITS = set_of({ "day", "week", "hour", "shift", "month" })
local function asked_over(a, m, growth)
  -- (not a rate ramped up: "from 20 calls a day to 60 calls a day" in a first ninety days)
  for k, t in ipairs(a.tokens) do
    if (t.w == "a" or t.w == "per") and a.tokens[k + 1] and RATE_UNITS[a.tokens[k + 1].w] then return nil end
  end
  local asked = asked_timeframe(a, m)
  if asked and percent_too_big(growth, asked.days) then return asked end
  return nil
end

--- Whether a unit match is the company's own ("running your whole commercial division"), not one that
--- may be the candidate's elsewhere ("Back in Nigeria, running my own school").
local function companys(a, m)
  local toks = a.tokens
  for k = m.i or 1, m.j or 0 do
    if toks[k] and (toks[k].w == "your" or toks[k].w == "this") then return true end
  end
  return false
end

--- Claims of a kind, each weighed against its time frame and `max_days`.
local function timed(out, a, kind, matches, max_days)
  for _, m in ipairs(matches) do
    local tf = m.fragment and fragment_timeframe(a, m) or nearest_timeframe(a, m.from, m.to) or borrowed_timeframe(a, m)
      or by_now_timeframe(a, m)
    -- (the question's time only ever finds a claim over the top: a claim it would find realistic is
    -- left undated, since the answer may mean a time of its own)
    -- (nor a unit, which may be one of the candidate's own elsewhere: "Back in Nigeria, running my own school")
    local asked = not tf and (kind ~= "unit" or companys(a, m)) and asked_timeframe(a, m)
    if asked and asked.days <= max_days then tf = asked end
    add(out, a, kind, m, tf, tf ~= nil and tf.days <= max_days, (tf and tf.days > max_days) or (not tf and long_horizon(a, m)))
    if GROSS.kinds[kind] and tf and tf.days * GROSS.time <= max_days and gross_aimed(a, m) then out[#out].firm = true end
  end
end

--- 3b. Perfection for good, at any time: a universal with a marker of "for good" in
--- its sentence or the next (FOREVER, UNIVERSALS).
local function perfection(out, a)
  local toks = a.tokens
  -- "not one" followed by "for", "to" … is an idiom ("I'm not one for climbing ladders")
  local function idiom(m)
    local nx = toks[m.j + 1]
    if toks[m.j].w ~= "one" or not nx or nx.clause ~= toks[m.j].clause then return false end
    local after = toks[m.j + 2]  -- "not one of those who …", but "not one of my customers" is a claim
    return SET.NOT_ONE_IDIOM[nx.w] or (nx.w == "of" and after ~= nil and (after.w == "those" or after.w == "these" or after.w == "them"))
  end
  local forever = {}
  for _, f in ipairs(affirmed(find(toks, FOREVER))) do
    -- "the application takes forever" is an idiom, not a claim
    if not led_by(toks, f.i, SET.FOREVER_IDIOM, 2) and not idiom(f) then forever[#forever + 1] = f end
  end
  for k, t in ipairs(toks) do
    local before = toks[k - 1] and toks[k - 1].w
    if t.w == "ever" and (not toks[k + 1] or toks[k + 1].clause ~= t.clause) and not SET.EVER_IDIOM[before] then
      forever[#forever + 1] = { from = t.from, to = t.to, i = k, j = k }
    end
  end
  local universals = {}
  for _, u in ipairs(affirmed(find(toks, UNIVERSALS))) do
    -- keeping one's own standard ("keep every record accurate, no matter what") is no claim
    -- nor is a habit ("two hours every morning, no exceptions")
    local nx = toks[u.j + 1]
    if nx and nx.w == "single" then nx = toks[u.j + 2] end
    local habit = nx and SET.HABIT[nx.w]
    if not habit and not idiom(u) and not led_by(toks, u.i, SET.ABSOLUTE_KEEP, 6) and not led_by(toks, u.i, SET.QUANTIFIER_EXCEPT, 3) then
      universals[#universals + 1] = u
    end
  end
  for _, f in ipairs(forever) do
    local sent = toks[f.i].sentence
    for _, u in ipairs(universals) do
      local us = toks[u.i].sentence
      if (us == sent and u.i ~= f.i) or us == sent - 1 then
        add(out, a, "perfection", { from = math.min(u.from, f.from), to = math.max(u.to, f.to) }, nil, true)
        break
      end
    end
  end
end

--- 4c. A profession's full qualification claimed within CREDENTIAL_MIN_DAYS by a candidate who
--- says they are only starting towards it ("I'm about to start my AAT Level 2 … a chartered
--- accountant by the end of next year"; "my Level 3 and the AM2 within the first twelve months of
--- the apprenticeship"): apprenticeships and chartered status take years.
local CREDENTIALS = { "fully qualified", "chartered ?status", "chartership", "qualified ?electrician|plumber|engineer|accountant|solicitor|teacher|nurse|technician|mechanic|surveyor|architect", "am2" }
local CREDENTIAL_STARTING = { "about to start|begin", "just started|starting|begun", "starting|start my", "first twelve|six months of",
  "havent|not ?actually|even|yet started|begun the|my|an ?* application|chartership|apprenticeship|course|degree|training|qualification",
  "first year of", "school leaver", "no qualifications" }
local CREDENTIAL_MIN_DAYS = 730
--- 4d. A profession's qualification with a fixed route, claimed complete in less than its
--- shortest route ("my APC done in six months", "pass all three CFA levels this year", "sit the
--- IStructE chartered exam next year") by a candidate starting out: the role is at level 0 (a
--- graduate, a trainee, an apprentice) or the answer says they are starting (CREDENTIAL_STARTING),
--- or the whole of it is claimed ("all three levels"). Not when the answer tells of progress
--- already made ("I've passed nine papers", "in my final year") or the qualification is started
--- or held within the time. Each route with the fewest days it takes (a claim within fewer is over the
--- top; "chartered engineer status within three years" is not) and why; a coach may add one.
local ROUTES = { routes = {
  { days = 730, why = "ACCA, ACA, CIMA, CTA: a dozen or so exams and a training agreement, three years for most",
    phrases = { "acca", "aca", "cima", "cta", "chartered accountant|accountancy", "chartered tax adviser|advisor" } },
  { days = 540, why = "CFA: three exams, each sat months after the last, and 4,000 hours of experience for the charter",
    phrases = { "cfa charter|charterholder", "all ?three ?of ?the cfa levels|exams", "all ?three ?of ?the levels ?of ?the cfa" } },
  { days = 540, why = "RICS APC: at least a year (two for most graduates) of structured training, then the assessment",
    phrases = { "apc", "mrics", "chartered surveyor" } },
  { days = 1095, why = "chartered engineer: four years or more of practice after the degree, then the review or exam",
    phrases = { "ceng", "chartered engineer", "chartered structural|civil|mechanical|electrical|chemical|building ?services engineer",
      "istructe|imeche|ice|iet|icheme|cibse chartered|chartership|chartering|exam|review|interview|membership" },
    -- the route's last step, not a part of it
    finals = set_of({ "exam", "review", "interview" }) },
  { days = 730, why = "an aircraft engineer's B1 or B2 licence: the modules and years of logged experience",
    phrases = { "b1|b2 licence|license|licensed|certifying|engineer", "licensed b1|b2", "part 66 licence|license" } },
  { days = 1460, why = "a qualified actuary: a dozen or so exams over six years for most, four at the fastest",
    phrases = { "fia", "qualified actuary", "fellow of the ifoa|institute" } },
  -- (unseen-125..128, session 23: "be a Chartered Legal Executive by the end of my second year here", "my ACII by
  -- the end of the first year", "Chartered Ecologist within two years" from a graduate, "the CIPP Foundation
  -- Degree in Payroll Management in about six months")
  { days = 1095, why = "a chartered legal executive: CILEx's levels 3 and 6 part-time and three years' qualifying work",
    phrases = { "chartered legal executive", "fcilex", "cilex fellow|fellowship" } },
  { days = 730, why = "the CII's advanced diploma (ACII): 290 credits, two years at the fastest and three or four for most",
    phrases = { "acii", "chartered insurer", "chartered insurance practitioner|broker", "advanced diploma in insurance" } },
  { days = 1095, why = "a chartered ecologist, environmentalist or scientist: four years or more of practice after the degree",
    phrases = { "cecol", "cenv", "csci", "chartered ecologist|environmentalist|scientist" } },
  { days = 540, why = "a foundation degree in payroll: two years part-time for most, eighteen months at the fastest",
    phrases = { "cipp foundation degree", "foundation degree in payroll ?management" } },
  { days = 1095, why = "Cisco's expert certification (CCIE): a written exam and an eight-hour lab, sat after years in networking",
    phrases = { "ccie" } },
  -- the public sector's and care's own routes (session 31, training-205: "CILIP chartership done in my first three
  -- months", "chartered with the RTPI within six months"; older sets: "an HLTA by Christmas", "my ASYE done in six months
  -- rather than a year")
  -- (any_level: the route starts at the role's own level, so it is weighed for anyone in the role, not only a beginner)
  { days = 270, any_level = true, why = "HLTA status: the standards met with evidence from a year or so of planned teaching, after Level 3",
    phrases = { "hlta ?status", "higher level teaching assistant status" } },
  { days = 300, any_level = true, why = "a social worker's ASYE: the assessed and supported first year in employment",
    phrases = { "asye" } },
  { days = 270, any_level = true, why = "CILIP chartership: a portfolio of a year or more of reflective practice, assessed",
    phrases = { "cilip chartership", "chartered librarian", "mcilip" } },
  { days = 540, any_level = true, why = "a chartered town planner (MRTPI): two years of practice after an accredited degree, then the APC",
    phrases = { "mrtpi", "chartered town planner", "chartered with|by|through the rtpi", "rtpi chartership|membership" } },
  { days = 730, why = "a registered nurse: a three-year degree, or a four-year apprenticeship (two years from a nursing associate)",
    phrases = { "registered nurse", "a qualified nurse", "qualified as|in nursing" } },
  },
  -- progress already made towards it: the route may be nearly done
  progress = { "already", "passed", "halfway", "half way", "part qualified", "partly qualified",
    "second|third|fourth|final|last year of", "nearly|almost|close to qualified|done|finished|there|chartered",
    "left|remaining|to go", "finish|finishing my|the", "completing my|the", "last two|three|few exams|papers|modules",
    "experience logged", "years of experience|practice", "my diary|logbook", "my log book",
    -- (a course part done, not a probation: "partway through the CIPP Foundation Degree")
    "partway|midway through my|the ?* ?* degree|course|diploma|qualification|exams|papers|levels|studies|training|apprenticeship",
    "part way through my|the ?* ?* degree|course|diploma|qualification|exams|papers|levels|studies|training|apprenticeship" },
  -- a route started or being finished within the time is no claim to complete it
  started = set_of({ "start", "starting", "begin", "beginning", "enrol", "enrolling", "enroll", "register",
    "registering", "apply", "applying", "towards", "toward", "study", "studying", "on", "finish", "finishing", "off" }),
  -- one of its parts is a step ("the CIMA Certificate", "two ACCA papers", "the first CIMA exams",
  -- "ACA certificate-level papers"), unless all of them are claimed
  part_after = set_of({ "level", "levels", "paper", "papers", "exam", "exams", "part", "parts", "module", "modules",
    "unit", "units", "certificate", "certificates", "operational", "management", "strategic", "foundation", "applied",
    "professional", "stage", "case", "diploma", "knowledge", "skills" }),
  part_before = set_of({ "first", "second", "one", "two", "three", "four", "five", "six", "remaining", "next", "some",
    "few", "couple", "of", "level", "paper", "papers",
    -- a nursing associate's top-up ("before I go for the top-up to registered nurse")
    "top" }),
  -- how the route goes, not the candidate's claim ("the APC usually comes a year or so after")
  general = set_of({ "usually", "typically", "normally", "generally", "takes", "comes", "tend", "tends" }),
}
--- Whether word w names one of a route's parts ("level", "papers"), not its last step (its `finals`:
--- "the IStructE chartered exam" is the route itself).
function ROUTES.is_part(route, w)
  return ROUTES.part_after[w] and not (route.finals and route.finals[w])
end
local function credentials(out, a)
  local toks = a.tokens
  local starting = #affirmed(find(toks, CREDENTIAL_STARTING)) > 0
  local routed = {}
  if #affirmed(find(toks, ROUTES.progress)) == 0 then
    local beginner = starting or role_level(a) == 0
    for _, route in ipairs(ROUTES.routes) do
      for _, m in ipairs(affirmed(find(toks, route.phrases))) do
        local whole = toks[m.i].w == "all" or led_by(toks, m.i, SET.WHOLE_OF, 2)
        local nx = toks[m.j + 1]
        local part = not whole and ((nx and nx.clause == toks[m.j].clause and ROUTES.is_part(route, nx.w))
          or led_by(toks, m.i, ROUTES.part_before, 3))
        local general = false
        for _, t in ipairs(toks) do
          if t.clause == toks[m.i].clause and ROUTES.general[t.w] then general = true end
        end
        if (beginner or whole or route.any_level) and not general and not part
          and not led_by(toks, m.i, ROUTES.started, 3)
          and not led_by(toks, m.i, SET.HELD, 3) then
          timed(out, a, "credential", { m }, route.days - 1)
          -- the time of its own clause only, and not one said of a part after it ("I want to do CIMA
          -- … and I'd aim to pass the operational level in my first year" times the level)
          local c = out[#out]
          local ti = c.timeframe and signals.token_at(toks, c.timeframe.from)
          local own = ti and toks[ti].clause == toks[m.i].clause
          for k = m.j + 1, (own and not whole) and ti - 1 or 0 do
            if ROUTES.is_part(route, toks[k].w) then own = false end
          end
          if not own then out[#out] = nil else for k = m.i, m.j do routed[k] = true end end
        end
      end
    end
  end
  if not starting then return end
  -- a credential said beside a route the answer names is that route's ("start my Licentiate APC, and … be chartered in
  -- about two years": the APC's two years, not any charter's; session 31, training-205)
  local min_days = CREDENTIAL_MIN_DAYS
  for _, route in ipairs(ROUTES.routes) do
    if #find(toks, route.phrases) > 0 then min_days = math.min(min_days, route.days) end
  end
  for _, m in ipairs(affirmed(find(toks, CREDENTIALS))) do
    -- the credential only started within the time ("start my ICE chartership … within two years") is no claim to hold it
    -- (nor one a route above weighed already)
    if not led_by(toks, m.i, SET.CREDENTIAL_BEGUN, 3) and not routed[m.i] then
      timed(out, a, "credential", { m }, min_days)
      -- firm only with a time of its own clause: one borrowed from the conjunct before ("start my
      -- chartership within two years and be chartered in about five") may not be its own
      local c = out[#out]
      local ti = c.timeframe and signals.token_at(toks, c.timeframe.from)
      if c.firm and not (ti and toks[ti].clause == toks[m.i].clause) then c.firm = false end
    end
  end
end

--- Words of the next sentence that point back to the qualifications ("all three", "both of them").
local QUALIFICATIONS_BACK = { "all two|three|four|five|six", "all of them|these|those", "both ?of ?them|these|those", "them all", "the lot" }
--- 4b. Qualifications stacked in a short time (QUALIFICATIONS, DEGREES, QUALIFICATION_RATE).
local function qualifications(out, a)
  local toks = a.tokens
  local points = {}  -- per sentence: named qualifications, and counted ones ("all fourteen exams")
  local function sentence_points(sent)
    points[sent] = points[sent] or { named = 0, items = 0, counted = 0, seen = {}, from = nil, to = nil }
    return points[sent]
  end
  for _, list in ipairs({ { QUALIFICATIONS, 1 }, { DEGREES, QUALIFICATION_RATE.degree },
    { QUALIFICATION_RATE.charters, QUALIFICATION_RATE.degree } }) do
    for _, m in ipairs(affirmed(find(toks, list[1]))) do
      local nx = toks[m.j + 1]
      local held = led_by(toks, m.i, SET.HELD, 3) or (nx and nx.clause == toks[m.j].clause and SET.DONE[nx.w])
      local p = not held and sentence_points(toks[m.i].sentence)
      -- a charter started, or one of its levels or papers, is one step of it ("start my ACCA",
      -- "CFA Level 1", "two ACCA papers")
      local weight = list[2]
      if list[1] == QUALIFICATION_RATE.charters and ((nx and SET.CHARTER_PART[nx.w]) or led_by(toks, m.i, SET.CHARTER_START, 2)) then
        weight = 1
      end
      if p and not p.seen[m.phrase] then
        p.seen[m.phrase], p.named, p.items = true, p.named + weight, p.items + 1
        p.from, p.to = math.min(p.from or m.from, m.from), math.max(p.to or m.to, m.to)
      end
    end
  end
  -- whether a word of `set` stands in k's clause, from six words before it to `after` words after:
  -- languages count when learnt ("fluent in four new languages"), not when worked in ("into thirty
  -- languages"); exams counted are taken ("all fourteen exams done"), not a catalogue of them replaced
  local function near(k, set, after)
    for x = math.max(1, k - 6), math.min(#toks, k + after) do
      if toks[x].clause == toks[k].clause and set[toks[x].w] then return true end
    end
    return false
  end
  for _, n in ipairs(a.numbers) do
    -- "the Part-66 module exams", "Level 3 units": a number that names, not one that counts
    local label = n.i and toks[n.i - 1] and SET.NUMBER_LABEL[toks[n.i - 1].w]
    for x = n.i and not label and n.i + 1 or 1, n.i and not label and math.min(#toks, n.i + 3) or 0 do
      local w = toks[x].w
      -- "ninety-minute modules": the number measures something else
      if SET.MEASURE[w] then break end
      local weight = (w == "languages" and near(n.i, SET.LEARNING, 4)) and 1
        or (SET.QUALIFICATION_COUNTED[w] and near(n.i, SET.TAKING, 6) and QUALIFICATION_RATE.counted)
      if weight and n.value and toks[x].clause == toks[n.i].clause then
        local p = sentence_points(toks[n.i].sentence)
        p.counted = math.max(p.counted, n.value * weight)
        p.from, p.to = math.min(p.from or n.from, n.from), math.max(p.to or toks[x].to, toks[x].to)
        break
      end
    end
  end
  local sentences = {}
  for sent in pairs(points) do sentences[#sentences + 1] = sent end
  table.sort(sentences)  -- in order, so the first claim over the top is always the same
  for _, sent in ipairs(sentences) do
    local p = points[sent]
    local total = math.max(p.named, p.counted)
    local tf
    for _, d in ipairs(a.dated) do
      if signals.sentence_of(a, d.from) == sent and (not tf or d.days < tf.days) then tf = d end
    end
    -- the time said in the next sentence, of them all ("ACCA, CIMA and an MBA. … all three done in
    -- about eighteen months")
    local back = false
    for _, m in ipairs(find(toks, QUALIFICATIONS_BACK)) do
      if toks[m.i].sentence == sent + 1 then back = true end
    end
    for _, d in ipairs(back and not tf and a.dated or {}) do
      if signals.sentence_of(a, d.from) == sent + 1 and (not tf or d.days < tf.days) then tf = d end
    end
    if tf and (p.items >= QUALIFICATION_RATE.items or p.counted >= QUALIFICATION_RATE.items) then
      local over = total > QUALIFICATION_RATE.base + tf.days / QUALIFICATION_RATE.days_per_point
      add(out, a, "qualifications", p, tf, over, not over)
    end
  end
end

--- 1. A growth percentage against its time frame (any percentage within the limits for
--- its time is weighed), and 1b. "100% of complaints" (but "100% of my quota" is meeting
--- one's own target).
local function percentage_claims(out, a)
  local toks = a.tokens
  for _, p in ipairs(a.percentages) do
    local tf = nearest_timeframe(a, p.from, p.to)
    local growth = is_growth(a, p)
    -- (a growth with no time of its own takes the question's, when that finds it over the top:
    -- "Cut the number of complaints coming in by 80%" asked about the first three months)
    -- (a cut in what is spent weighs COST_CUT.factor times its size: a cost word and a verb of cutting
    -- before the percentage, in its clause)
    local size, cost, cut = p.value, false, false
    if growth and p.i then
      for k = p.i - 1, math.max(1, p.i - COST_CUT.reach), -1 do
        if toks[k].clause ~= toks[p.i].clause then break end
        cost = cost or COST_CUT.words[toks[k].w] == true
        cut = cut or COST_CUT.cuts[toks[k].w] == true
      end
      if cost and cut then size = p.value * COST_CUT.factor end
    end
    if growth and not tf then tf = asked_over(a, { from = p.from, to = p.to, i = p.i }, size) end
    local over = growth and tf ~= nil and percent_too_big(size, tf.days) or growth and not tf and percent_too_big(p.value)
    local weighed = not over and tf ~= nil and not percent_too_big(size, tf.days)
    add(out, a, growth and "growth" or "level", p, tf, over, weighed)
    if growth and weighed then out[#out].precise = true end
    if over and tf and percent_too_big(p.value / GROSS.percent, tf.days) and gross_aimed(a, p) then out[#out].firm = true end
  end
  for _, p in ipairs(a.percentages) do
    local k = signals.token_at(toks, p.to + 1)
    local nx = k and toks[k]
    if p.value >= TOTAL_PERCENT and nx and nx.w == "of" then
      local obj = toks[k + 1]
      if obj and (obj.w == "my" or obj.w == "the" or obj.w == "our") then obj = toks[k + 2] end
      if not (obj and SET.OWN_TARGET[obj.w]) then
        local tf = nearest_timeframe(a, p.from, p.to)
        add(out, a, "total", { from = p.from, to = nx.to }, tf, true)
      end
    end
  end
end

--- 1b. A rise said as "from A to B" ("the weekly takings from £2,000 to £30,000 within a month",
--- "market share from four percent to forty within twelve months"), in a sentence that states a
--- goal and with a time frame: weighed as a growth of B/A - 1 (PERCENT_LIMITS); a cut from A
--- down to B by the share taken off, 1 - B/A, allowed RISE.cut_leeway times a growth's limit (a
--- backlog or a cost can be cut hard: "late payments from 120 a month to 30 in the first year").
--- Targets of RISE.min or less (a rating, a level, a grade) are scales, not amounts, and so are
--- starts of a cut, unless the target is RISE.multiple times the start or more ("conversion around
--- two percent right now … to ten percent": no scale's step). (One table, as this
--- file is near Lua's limit of 200 locals in a chunk.)
local RISE = {
  -- the most words between the first number and "to"; between two percentages, what they are of may
  -- come between ("from forty-five percent of students getting a grade 4 or above to about eighty percent")
  reach = 6,
  percent_reach = 10,
  min = 10,
  multiple = 3,
  cut_leeway = 1.5,
  -- what makes a time a wait to be cut, and the word that brings it down
  waits = set_of({ "wait", "waits", "waiting", "turnaround", "relet", "backlog", "delay", "delays", "queue", "response" }),
  down = set_of({ "down" }),
  -- verbs of the past that make a rise told, not aimed at ("I took our takings from …")
  past = set_of({ "took", "got", "grew", "went", "increased", "raised", "brought", "doubled", "tripled", "moved",
    "built", "was", "were", "had", "did", "managed", "helped", "pushed", "drove", "lifted", "boosted" }),
  -- words before "have" that make a participle a future perfect ("I'll have grown the team from ten to …")
  will_have = set_of({ "ill", "will", "id", "would", "should", "could", "shall" }),
  -- units after the second number that make it no amount ("from 20 hours a week to 37 hours")
  not_amount = set_of({ "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "minutes",
    "seconds", "am", "pm", "clients", "patients", "cases", "pupils", "students" }),
  -- a rise said as now and then ("You're at forty million; I want us at a hundred and twenty million by
  -- the end of year one"): words of the clause that make a number where things are now, or before
  -- "at" ("you're at", "it's at"); last year's figure is where things are now too ("Your community
  -- income was about £40,000 last year. My goal would be to take that to £500,000 in my first year")
  now = set_of({ "currently", "now", "today", "presently", "present", "moment", "last" }),
  -- ("last" only of a period: not "at my last company")
  last_of = set_of({ "year", "years", "month", "quarter", "week", "season", "term", "spring", "summer", "autumn", "winter" }),
  now_at = set_of({ "youre", "were", "theyre", "its", "is", "are", "sitting", "stands", "sits", "currently" }),
  -- or said to be, without "at" ("the book is around £1.2 million")
  now_is = set_of({ "is", "are", "stands", "sits", "worth" }),
  -- words after a number that are no unit of it ("forty thousand, BUT …", "a million BY Christmas")
  no_unit = set_of({ "a", "an", "the", "by", "in", "within", "at", "and", "or", "but", "to", "of", "on", "for", "per",
    "before", "over", "this", "next", "my", "your", "our", "from", "so", "which", "that", "now", "currently", "today",
    "inside", "after", "during" }),
  -- amounts this large are of one kind whatever their units ("four thousand followers … a million by Christmas")
  amount = 1000,
  -- what makes the second number a level aimed at: the word before it (past a hedge), or a verb of rising
  to = set_of({ "at", "to", "hit", "reach", "want", "like", "hitting", "reaching" }),
  hedge = set_of({ "about", "around", "roughly", "nearly", "over", "least", "approximately", "some" }),
  -- a conditional or a future said before the rise makes it aimed at too ("First ninety days, I'd get
  -- OEE from 55 to 90 per cent")
  intent = set_of({ "id", "ill", "wed" }),
  verbs = set_of({ "grow", "growing", "increase", "increasing", "raise", "raising", "boost", "boosting", "lift", "lifting",
    "double", "triple", "scale", "scaling", "build", "building", "push", "pushing", "take", "taking", "bring", "bringing" }),
}
local function rise_claims(out, a)
  local toks = a.tokens
  -- whether the clause of the word at k states a goal before it and tells nothing of the past (with
  -- `intent`, a conditional or a future before it counts as a goal: a rise "from A to B" is an act,
  -- while "I'd be coordinating up to thirty languages" may only describe the job)
  local function aimed(k, intent)
    local clause, goal = toks[k].clause, false
    for _, g in ipairs(a.goals) do
      if toks[g.i].clause == clause and g.i < k then goal = true end
    end
    -- (not "I'd be running events from 50 to 500 guests", the job described, nor "I'd taken the
    -- account from 5,000 to 50,000", a past)
    local x = k - 1
    while intent and x >= 1 and toks[x].clause == clause do
      local nx = toks[x + 1]
      local said = nx.w == "be" or nx.w == "been" or RISE.past[nx.w] or nx.w:match("en$")
      if RISE.intent[toks[x].w] and not said then goal = true end
      x = x - 1
    end
    -- a sentence that opens with a verb of rising is a goal said as a command ("Grow the user base from
    -- two hundred thousand to fifty million in year one.")
    local first = k
    while first > 1 and toks[first - 1].sentence == toks[k].sentence do first = first - 1 end
    -- (not a gerund: "Growing our newsletter from 3,000 to 11,000" tells an achievement)
    if toks[first].clause == clause and RISE.verbs[toks[first].w] and not toks[first].w:match("ing$") then goal = true end
    local told = false
    for x = 1, #toks do
      if toks[x].clause == clause then
        if RISE.past[toks[x].w] then told = true end
        -- "I'll have grown …", "I'll have increased …": aimed at, not told
        if toks[x].w == "have" and toks[x - 1] and RISE.will_have[toks[x - 1].w] then return goal end
      end
    end
    return goal and not told
  end
  -- the token just after a number (its unit, when it has one)
  local function token_after(n)
    return toks[(signals.token_at(toks, n.to) or 0) + 1]
  end
  -- a rise of `growth` percent (m its span), weighed against its time frame
  local function weigh(m, tf, growth)
    local over = percent_too_big(growth, tf.days)
    add(out, a, "growth", m, tf, over, not over)
    out[#out].precise = not over
    -- over the top by far, and aimed at: firm, as a percentage's growth is
    if percent_too_big(growth / GROSS.percent, tf.days) and gross_aimed(a, m) then out[#out].firm = true end
  end
  -- whether a number is a rise from another: above a scale's steps, or a multiple of a small start
  local function risen(from, to)
    return to.value > from.value and (to.value > RISE.min or to.value >= RISE.multiple * from.value)
  end
  local at = {}
  for _, n in ipairs(a.numbers) do if n.i and n.value then at[n.i] = n end end
  -- the first number within `reach` tokens after k, in its sentence
  local function number_after(k, reach)
    for x = k + 1, math.min(#toks, k + reach) do
      if toks[x].sentence ~= toks[k].sentence then return nil end
      if at[x] then return at[x], x end
    end
  end
  local function percentage(n)
    for _, p in ipairs(a.percentages) do
      if p.from <= n.from and p.to >= n.to then return true end
    end
    return false
  end
  for k, t in ipairs(toks) do
    if t.w == "from" and aimed(k, true) then
      local first, x = number_after(k, 3)
      local second
      if first then
        local e = signals.token_at(toks, first.to) or x
        local of_percent = percentage(first)
        for y = e + 1, math.min(#toks, e + (of_percent and RISE.percent_reach or RISE.reach)) do
          if toks[y].sentence ~= t.sentence then break end
          if toks[y].w == "to" then
            second = number_after(y, 3)
            if second and y > e + RISE.reach and not percentage(second) then second = nil end
            break
          end
        end
      end
      -- the unit after either number ("from forty minutes down to under fifteen")
      local unit = second and token_after(second)
      if unit and unit.sentence ~= t.sentence then unit = nil end
      local first_unit = first and token_after(first)
      if first_unit and RISE.not_amount[first_unit.w] then unit = first_unit end
      local rise = second and first.value > 0 and risen(first, second)
      -- a cut ("food cost from 34 to 18 percent in my first month"): weighed as a growth of A/B - 1
      local cut = second and second.value > 0 and first.value > RISE.min and second.value < first.value
      -- (a rise to a perfect score, "on-time delivery from about 91% to 100%", is weighed only when
      -- over the top even as a growth: found within, it says nothing of the perfection it reaches)
      local perfect = second and second.value >= TOTAL_PERCENT and percentage(second)
      if (rise or cut) and not (unit and RISE.not_amount[unit.w]) then
        local tf = nearest_timeframe(a, second.from, second.to)
        -- a cut as the share taken off, allowed half as much again as a rise: cuts stop at zero
        local growth = rise and (second.value / first.value - 1) * 100 or (1 - second.value / first.value) * 100 / RISE.cut_leeway
        tf = tf or asked_over(a, { from = t.from, to = second.to, i = k }, growth)
        if tf and perfect and not percent_too_big(growth, tf.days) then tf = nil end
        if tf then
          weigh({ from = t.from, to = second.to, i = k, j = signals.token_at(toks, second.to) or k }, tf, growth)
        end
      end
    end
  end
  -- now and then: a number where things are now, and a bigger one of the same unit aimed at in the
  -- same or the next sentence, with a time frame
  local function unit_of(n)
    local u = token_after(n)
    if u and u.sentence == toks[n.i].sentence and not RISE.no_unit[u.w] and u.w:match("^%a+$") then return u.w end
  end
  local function now(n)
    local prev, before = toks[n.i - 1], toks[n.i - 2]
    if prev and before and prev.w == "at" and RISE.now_at[before.w] then return true end
    -- "the book you'd hand me is around £1.2 million": a level said to be, past a hedge
    local x = n.i - 1
    while x > 0 and RISE.hedge[toks[x].w] do x = x - 1 end
    if toks[x] and toks[x].clause == toks[n.i].clause and RISE.now_is[toks[x].w] then return true end
    -- ("sits at around £2 million")
    if toks[x] and toks[x].w == "at" and toks[x - 1] and toks[x - 1].clause == toks[n.i].clause and RISE.now_at[toks[x - 1].w] then return true end
    for x = 1, #toks do
      if toks[x].clause == toks[n.i].clause and RISE.now[toks[x].w]
        and (toks[x].w ~= "last" or (toks[x + 1] and RISE.last_of[toks[x + 1].w])) then
        return toks[x].w ~= "moment" or (toks[x - 1] and toks[x - 1].w == "the")
      end
    end
    return false
  end
  -- the second is a level aimed at ("us AT a hundred and twenty million", "get it TO three million",
  -- "I'd WANT fifty thousand"), not a number handled ("handling the 120 accounts in the portfolio")
  local function raised_to(k)
    local x = k - 1
    while x > 0 and toks[x].clause == toks[k].clause and RISE.hedge[toks[x].w] do x = x - 1 end
    local before = toks[x]
    if before and before.clause == toks[k].clause and RISE.to[before.w] then return true end
    for y = 1, k - 1 do
      if toks[y].clause == toks[k].clause and RISE.verbs[toks[y].w] then return true end
    end
    return false
  end
  for _, first in ipairs(a.numbers) do
    local pv = first.i and toks[first.i - 1]
    -- an age is no amount ("I'm 23 now")
    local age = pv and (pv.w == "im" or pv.w == "am" or pv.w == "aged")
    if first.i and first.value and first.value > 0 and not age and now(first) and not aimed(first.i) then
      local unit = unit_of(first)
      for _, second in ipairs(a.numbers) do
        local si = second.i
        if si and second.value and risen(first, second)
          and toks[si].clause ~= toks[first.i].clause and math.abs(toks[si].sentence - toks[first.i].sentence) <= 1
          and ((unit and unit == unit_of(second)) or first.value >= RISE.amount) and aimed(si) and raised_to(si) then
          local growth = (second.value / first.value - 1) * 100
          local tf = nearest_timeframe(a, second.from, second.to) or asked_over(a, { from = second.from, to = second.to, i = si }, growth)
          if tf then
            weigh({ from = second.from, to = second.to, i = si, j = signals.token_at(toks, second.to) or si }, tf, growth)
          end
          break
        end
      end
    end
  end
  -- a wait cut, said as now and then ("The wait for a children's speech assessment here is around forty weeks. In my
  -- first year I'd like to get that down to four weeks"; session 31, training-204 and 205): a time where a wait is now,
  -- and a shorter one brought "down" to by a date, weighed as a cut is (times are time frames, not numbers)
  for _, first in ipairs(a.timeframes) do
    local fi = first.days and signals.token_at(toks, first.from)
    local waiting = false
    if fi and now({ i = fi }) then
      for x = 1, #toks do
        if toks[x].sentence == toks[fi].sentence and RISE.waits[toks[x].w] then waiting = true end
      end
    end
    for _, second in ipairs(waiting and a.timeframes or {}) do
      local si = second.days and signals.token_at(toks, second.from)
      if si and si > fi and second.days < first.days and toks[si].sentence - toks[fi].sentence <= 1
        and aimed(si) and led_by(toks, si, RISE.down, 3) then
        -- by when: the nearest other date in the sentence of the target or of the wait
        local by
        for _, tf in ipairs(a.dated) do
          local ti = signals.token_at(toks, tf.from)
          if ti and tf.from ~= first.from and tf.from ~= second.from and (toks[ti].sentence == toks[si].sentence
            or toks[ti].sentence == toks[fi].sentence) and (not by or tf.days < by.days) then
            by = tf
          end
        end
        local growth = (1 - second.days / first.days) * 100 / RISE.cut_leeway
        if by then weigh({ from = second.from, to = second.to, i = si, j = signals.token_at(toks, second.to) or si }, by, growth) end
        break
      end
    end
  end
end

--- 4a. Taking the business abroad (EXPANSION), the candidate's own, not the company's ("I know
--- you're expanding into Europe").
local function expansion_claims(out, a)
  local toks = a.tokens
  local own = {}
  for _, m in ipairs(affirmed(find(toks, EXPANSION))) do
    if not led_by(toks, m.i, SET.EXPANSION_OTHER, 2) then own[#own + 1] = m end
  end
  timed(out, a, "expansion", own, MAX_DAYS.expansion)
end

--- 4. A whole unit run (UNIT_TAKEOVER), weighed against its own limit and the climb from the
--- role's level to the unit's (UNIT_LEVELS, read only when the unit's noun ends its phrase).
local function unit_claims(out, a)
  local toks = a.tokens
  local start = role_level(a)
  -- whether an all-of-a-kind-of-work phrase (UNIT_ALL_OF) names a task, or the work of the role's own
  -- title from a role above the lowest level ("running all the training for the region" from a regional trainer)
  local function own_work(m)
    for k = m.i, m.j do
      if SET.UNIT_TASK[toks[k].w] then return true end
    end
    if not start or start < 1 then return false end
    for k = m.i + 2, m.j do
      if #toks[k].w > 3 and signals.in_title(a.context.role[1], toks[k].w) then return true end
    end
    return false
  end
  for _, m in ipairs(affirmed(find(toks, UNIT_TAKEOVER))) do
    local nx = toks[m.j + 1]
    local ends = not nx or nx.clause ~= toks[m.j].clause or SET.UNIT_PHRASE_END[nx.w]
    local level = ends and UNIT_LEVELS[toks[m.j].w] or UNIT_LEVEL
    -- a unit headed up is one only when its noun ends the phrase ("heading up the operations side of
    -- our peak planning" is a piece of work)
    local up = toks[m.i + 1] and toks[m.i + 1].w == "up"
    local climb = climb_days(a, start, level, true)
    -- running the unit the role runs is the job applied for ("As ward manager I'd want to be running
    -- the ward smoothly within three months")
    local own = m.phrase == UNIT_ALL_OF and own_work(m)
    if not (start and start >= level) and not (up and not ends) and not own then
      timed(out, a, "unit", { m }, math.max(MAX_DAYS.unit_takeover, climb))
    end
  end
end

--- 4. Job titles (JOB_CLAIMS), each weighed against its own limit and the climb from the
--- role's level.
--- Verbs of a job held in the past, before "as" and its title ("I worked as a supervisor").
local HELD_AS = { worked = true, served = true, acted = true, was = true, were = true, been = true, started = true,
  spent = true, covered = true, stood = true, stepped = true, joined = true }
--- 4e. A rank or grade of a service with fixed steps, claimed in less time than its steps take from the
--- role's own (a constable who will be a sergeant within eighteen months: two years' probation come
--- first; an executive officer at Grade 6 in eighteen months; a healthcare assistant at band 6 in two
--- years): weighed only when the role applied for is in that service, where the rank names a post of
--- its own (an inspector of police, not a quality inspector). Each service's `roles` give the role's
--- place and its `ranks` the place of each rank, in the fewest days from the service's entry grade
--- a climb usually takes (promotion boards, exams and time served); a coach may add one.
local GRADES = {
  { service = "police",
    roles = { { days = -365, phrases = { "pcso", "police community support officer", "special constable", "police staff" } },
      { days = 0, phrases = { "police constable", "constable", "student officer", "student police officer", "police officer", "probationer" } },
      { days = 730, phrases = { "police sergeant", "sergeant" } }, { days = 1460, phrases = { "police inspector", "inspector" } } },
    ranks = { { days = 730, phrases = { "sergeant", "sarge" } }, { days = 1460, phrases = { "inspector" } },
      { days = 2190, phrases = { "chief inspector" } }, { days = 2920, phrases = { "superintendent" } },
      { days = 3650, phrases = { "chief superintendent" } } } },
  { service = "fire and rescue",
    roles = { { days = 0, phrases = { "firefighter", "trainee firefighter", "on call firefighter", "retained|wholetime firefighter" } },
      { days = 1095, phrases = { "crew manager" } }, { days = 1825, phrases = { "watch manager" } } },
    ranks = { { days = 1095, phrases = { "crew manager|commander" } }, { days = 1825, phrases = { "watch manager|commander" } },
      { days = 2555, phrases = { "station manager|commander" } }, { days = 3285, phrases = { "group manager|commander" } },
      -- a service's chief: its brigade managers, twenty years from the watch or more
      { days = 5475, phrases = { "chief fire officer", "assistant|deputy chief fire officer", "brigade manager|commander" } } } },
  -- the armed forces' other ranks, from a recruit or a private soldier: a lance corporal's stripe in two or three
  -- years, a sergeant's in eight or so (promotion boards, courses and time served)
  { service = "armed forces",
    roles = { { days = 0, phrases = { "soldier", "recruit", "royal marine|marines", "commando", "sapper", "trooper", "rifleman",
      "aircraftman|aircraftwoman", "able seaman|rating" } } },
    ranks = { { days = 1095, phrases = { "lance corporal|bombardier" } }, { days = 1825, phrases = { "corporal|bombardier" } },
      { days = 2920, phrases = { "sergeant" } }, { days = 4015, phrases = { "staff|colour|flight sergeant" } },
      { days = 5110, phrases = { "warrant officer" } } } },
  { service = "civil service",
    roles = { { days = -365, phrases = { "administrative officer", "ao" } }, { days = 0, phrases = { "executive officer", "eo" } },
      { days = 730, phrases = { "higher executive officer", "heo" } }, { days = 1460, phrases = { "senior executive officer", "seo" } } },
    ranks = { { days = 730, phrases = { "higher executive officer", "heo" } }, { days = 1460, phrases = { "senior executive officer", "seo" } },
      { days = 2190, phrases = { "grade 7", "g7" } }, { days = 2920, phrases = { "grade 6", "g6" } },
      { days = 3650, phrases = { "deputy director", "senior civil service", "scs" } } } },
  { service = "prisons",
    roles = { { days = 0, phrases = { "prison officer", "prison custody officer", "custody officer", "operational support grade" } } },
    ranks = { { days = 730, phrases = { "supervising officer" } }, { days = 1460, phrases = { "custodial manager" } } } },
  -- the merchant navy's deck officers, from a cadet (session 33, unseen-165: "my Master Unlimited certificate and
  -- … in command of one of your container ships" from a deck cadet in five years): a cadetship of about three
  -- years to the officer of the watch's ticket, then sea time and a certificate for each seat up to the master's
  { service = "merchant navy",
    roles = { { days = 0, phrases = { "deck|navigation|navigating cadet", "merchant navy cadet", "deck officer cadet", "cadet deck officer", "trainee deck|navigation officer" } },
      { days = 1095, phrases = { "officer of the watch", "oow", "third officer|mate", "junior deck officer" } },
      { days = 1825, phrases = { "second officer|mate" } } },
    ranks = { { days = 1095, phrases = { "officer of the watch", "third officer|mate" } }, { days = 1825, phrases = { "second officer|mate" } },
      { days = 2920, phrases = { "chief officer|mate" } },
      { days = 4015, phrases = { "master|captain", "master unlimited|mariner", "in command" } } } },
  -- the NHS's Agenda for Change bands, from a registered professional's band 5: registering takes a
  -- degree (or an apprenticeship) of about three years from a support worker's band
  { service = "nhs bands",
    roles = { { days = -1095, phrases = { "healthcare|nursing|care assistant", "health care assistant", "hca", "clinical support worker", "band 2|3" } },
      { days = -540, phrases = { "nursing associate", "assistant practitioner", "band 4" } },
      -- (a registered professional's title alone may be at any band: only a band 5's is placed)
      { days = 0, phrases = { "staff nurse", "newly qualified", "band 5", "rotational physiotherapist|radiographer|therapist|dietitian",
        "junior|graduate physiotherapist|radiographer|paramedic|nurse|dietitian" } },
      { days = 540, phrases = { "senior staff nurse", "senior physiotherapist", "specialist nurse", "charge nurse", "band 6" } } },
    ranks = { { days = 0, phrases = { "band 5" } }, { days = 540, phrases = { "band 6" } }, { days = 1460, phrases = { "band 7" } },
      { days = 2555, phrases = { "band 8a|8" } }, { days = 3285, phrases = { "band 8b" } } } },
}
--- Words after a rank that make it something else than the post ("the sergeant's exam", "an
--- inspector's course", "the band 6 interview").
GRADES.not_post = set_of({ "exam", "exams", "course", "courses", "board", "boards", "process", "interview", "interviews",
  "assessment", "paper", "papers", "role", "roles" })
--- Each role's place in each service, by the service's index (read once per role).
GRADES.places = signals.role_memo()

--- Whether match m is held by another of `matches`: a longer one around it ("chief inspector" holds
--- "inspector", "chief operating officer" holds "chief operating"), or an earlier one with the same words
--- ("chief executive officer", by two phrases). A title is read as itself, and once.
local function held(matches, m)
  local earlier = true
  for _, o in ipairs(matches) do
    if o == m then
      earlier = false
    elseif o.i <= m.i and o.j >= m.j and ((o.j - o.i) > (m.j - m.i) or earlier) then
      return true
    end
  end
  return false
end

local function grade_claims(out, a)
  local toks = a.tokens
  local role = a.context.role[1]
  if not role then return end
  -- the role's place in each service (the last, highest, of its roles the title names), read once per role
  local places = GRADES.places.get(role)
  if not places then
    places = {}
    local rtoks = signals.title_tokens(role)
    for s, service in ipairs(GRADES) do
      for _, r in ipairs(service.roles) do
        if #find(rtoks, r.phrases) > 0 then places[s] = r.days end
      end
    end
    GRADES.places.put(role, places)
  end
  for s, service in ipairs(GRADES) do
    local place = places[s]
    if place then
      local named, matches = {}, {}
      for _, rank in ipairs(service.ranks) do
        for _, m in ipairs(affirmed(find(toks, rank.phrases))) do
          named[#named + 1] = { m = m, days = rank.days }
          matches[#matches + 1] = m
        end
      end
      for _, r in ipairs(named) do
        local m = r.m
        local nx = toks[m.j + 1]
        local post = not (nx and nx.clause == toks[m.j].clause and GRADES.not_post[nx.w])
        if not held(matches, m) and post and r.days > place and (job_led(a, m.i) or moved_up_named(toks, m) or gone_for(toks, m)
          or moved_into(toks, m) or fragment(a, m)) then
          timed(out, a, "grade", { m }, r.days - place - 1)
        end
      end
    end
  end
end

local function job_claims(out, a, junior)
  local toks = a.tokens
  local start = role_level(a)
  local shared_except = find(toks, JOB_CLAIM_EXCEPT)
  for _, level in ipairs(JOB_CLAIMS) do
    local claims = {}
    local except = shared_except
    if level.except then except = signals.append(signals.append({}, shared_except), find(toks, level.except)) end
    local matched = without(affirmed(find(toks, level.phrases)), except)
    for _, m in ipairs(matched) do
      -- a longer title that holds this one is read instead ("chief operating officer", not "chief operating")
      if held(matched, m) then goto next_match end
      local prev = toks[m.i - 1]
      local claim
      -- a person ("my partner and I"; but "become our branch manager" is a claim)
      local verb = toks[m.i - 2]
      local person = prev and SET.POSSESSIVE[prev.w]
        and not (verb and verb.clause == prev.clause and BECOMING_SET[verb.w])
      -- not a junior's title, or part of a noun phrase ("the weight management clinics")
      local junior_title = prev and SET.JUNIOR_TITLE[prev.w] and not (prev.w == "associate" and toks[m.j].w == "director")
      if not junior_title and not person and not compound(toks, m) then
        -- "move (up) to head chef", "ready for headship", "go for the general manager job"
        local p2, p3 = toks[m.i - 2], toks[m.i - 3]
        local moved_up = prev and ((prev.w == "to" and p2 and (SET.MOVE_UP[p2.w] or (p2.w == "up" and p3 and SET.MOVE_UP[p3.w])))
          or moved_up_named(toks, m) or gone_for(toks, m) or moved_into(toks, m))
        -- a phrase that says its own verb ("join the leadership team")
        local joined = toks[m.i].w == "join" or toks[m.i].w == "joining"
        if job_led(a, m.i) or led_by_four(toks, m) or moved_up or joined then
          claim = m
          -- a job held in the past ("I worked as a supervisor for three months at Tesco") is no claim
          local x = m.i - 1
          if toks[x] and DETERMINER_SET[toks[x].w] then x = x - 1 end
          if toks[x] and toks[x].w == "as" and toks[x - 1] and HELD_AS[toks[x - 1].w] then claim = nil end
        else
          local said, clauses = fragment(a, m)
          if said then claim = { from = m.from, to = m.to, i = m.i, j = m.j, fragment = true, clauses = clauses } end
        end
      end
      if claim then
        claims[#claims + 1] = claim
      elseif long_horizon(a, m) then
        -- a title named with a long horizon but not claimed ("Area manager, eventually.")
        add(out, a, level.kind, m, nil, false, true)
      end
      ::next_match::
    end
    local days = junior and level.junior_days or level.max_days
    for _, claim in ipairs(claims) do
      local prev = toks[claim.i - 1]
      -- a shift's manager is a supervisor's level, an art director a head of function's
      local reach = level.level
      if prev and SET.SHIFT_TITLE[prev.w] then reach = math.min(reach, 2) end
      if prev and SET.CRAFT_DIRECTOR[prev.w] then reach = math.min(reach, 4) end
      -- a title at the role's own level is the job applied for, no step to weigh ("As team
      -- leader I'd want us …" from a team leader)
      if start and reach <= start and not level.loose then goto next_claim end
      -- (a step up with no title is weighed at an average pace: "a senior support worker within a year")
      local climb = climb_days(a, start, reach, not level.loose)
      local before = #out
      -- from a senior role the climb alone weighs the claim (a deputy head who will be head
      -- within three years); below, the job's own limit still holds when the climb is shorter
      timed(out, a, level.kind, { claim }, (start and start >= SENIOR_START) and climb or math.max(days, climb))
      -- a named job over the top for the climb from the role's level: firm (the model cannot
      -- see the role); a step up with no title ("promoted within six months", "a senior role")
      -- is not: the climb cannot weigh it precisely
      local c = out[before + 1]
      if c.over and c.days and c.days <= climb and not level.loose then c.firm = true end
      ::next_claim::
    end
  end
end

--- 5. "Every"/"all" with knowing (a month), an outcome (two years) or teaching everyone:
--- "know every product by heart in my first week".
local function quantified_claims(out, a)
  local toks = a.tokens
  local mastery, outcome, teach = {}, {}, {}
  -- "all eight staff": a few people named by their number are no whole to teach
  local few = {}
  for _, n in ipairs(a.numbers) do
    if n.i and n.value and n.value <= FEW then few[n.i] = true end
  end
  for k, t in ipairs(toks) do
    if SET.QUANTIFIER[t.w] and not led_by(toks, k, SET.QUANTIFIER_EXCEPT, 3) then
      local m = { from = t.from, to = t.to, i = k, j = k }
      local kinds = {}  -- each quantifier once per kind, however many verbs it has
      for x = math.max(1, k - 4), math.min(#toks, k + 5) do
        local relative = x > k + 1 and SET.RELATIVE_SUBJECT[toks[x - 1].w]
        if toks[x].clause == t.clause and not relative then
          if SET.MASTERY_VERB[toks[x].w] then kinds[mastery] = true end
          if SET.OUTCOME_VERB[toks[x].w] then kinds[outcome] = true end
          if SET.TEACH_VERB[toks[x].w] then kinds[teach] = true end
        end
      end
      if few[k + 1] then kinds[teach] = nil end
      for x = k + 1, kinds[outcome] and math.min(#toks, k + 10) or k do
        if toks[x].clause == t.clause and SET.STANDARD[toks[x].w] then kinds[outcome] = nil end
      end
      for _, list in ipairs({ mastery, outcome, teach }) do
        if kinds[list] then list[#list + 1] = m end
      end
    end
  end
  local whole = {}
  for _, m in ipairs(mastery) do if SET.MASTERY_WHOLE[toks[m.i].w] then whole[#whole + 1] = m end end
  timed(out, a, "mastery", mastery, MAX_DAYS.mastery)
  timed(out, a, "mastery", whole, MAX_DAYS.mastery_whole)
  timed(out, a, "outcome", outcome, MAX_DAYS.outcome)
  timed(out, a, "teach", teach, MAX_DAYS.teach)
end

--- 6. A whole thing rebuilt or transformed ("rebuild your whole website within a month"),
--- and 7. outdoing everyone ("more clients than the rest of the office put together").
local function scope_claims(out, a)
  local toks = a.tokens
  local scope = {}
  for k, t in ipairs(toks) do
    if SET.SCOPE[t.w] then
      for x = math.max(1, k - 4), math.min(#toks, k + 3) do
        if toks[x].clause == t.clause and SET.CHANGE_VERB[toks[x].w] then scope[#scope + 1] = { from = t.from, to = t.to, i = k, j = k } break end
      end
    end
  end
  timed(out, a, "scope", scope, MAX_DAYS.scope)
  local beats = {}
  for k, t in ipairs(toks) do
    if t.w == "than" then
      for x = k + 1, math.min(#toks, k + 4) do
        if toks[x].sentence == t.sentence and SET.EVERYONE[toks[x].w] then beats[#beats + 1] = { from = t.from, to = toks[x].to, i = k, j = x } break end
      end
    end
  end
  timed(out, a, "beat", beats, MAX_DAYS.multiplier)
end

--- 8. A count of new business too big for its time ("a hundred new accounts in six weeks").
local function count_claims(out, a)
  local toks = a.tokens
  -- the clauses with a verb of acquiring, read once for all the numbers
  local verb_clause = {}
  for _, t in ipairs(toks) do
    if SET.ACQUISITION_VERB[t.w] then verb_clause[t.clause] = true end
  end
  for _, n in ipairs(a.numbers) do
    if n.i and n.value and verb_clause[toks[n.i].clause] then
      -- what is counted: new business (obj), and among it a salesperson's own (rate_obj)
      local obj, rate_obj, premises = false, false, false
      for x = n.i + 1, math.min(#toks, n.i + 4) do
        if toks[x].clause == toks[n.i].clause then
          obj = obj or SET.ACQUISITION_OBJECT[toks[x].w] or false
          rate_obj = rate_obj or COUNT_RATE.objects[toks[x].w] or false
          premises = premises or SET.PREMISES[toks[x].w] or false
        end
      end
      -- a rate ("30 qualified leads a week", "12 policies a day") is no total
      local unit
      for x = n.i + 1, math.min(#toks, n.i + 6) do
        local nx = toks[x + 1]
        if toks[x].clause == toks[n.i].clause and (toks[x].w == "a" or toks[x].w == "per" or toks[x].w == "each")
          and nx and COUNT_RATE.unit_days[nx.w] then unit = unit or nx.w end
      end
      if unit then
        if rate_obj and n.value / COUNT_RATE.unit_days[unit] <= COUNT_RATE.per_day then add(out, a, "rate", n, nil, false, true) end
      elseif obj then
        local tf = nearest_timeframe(a, n.from, n.to)
        local limit = tf and math.max(COUNT_RATE.min, tf.days * COUNT_RATE.per_day)
        local level, p = role_level(a), COUNT_RATE.premises
        -- (only the candidate's own aim: not "you have twelve new stores opening", "help open the twenty
        -- new stores planned", nor a role whose job is finding sites)
        local before = toks[n.i - 1]
        local theirs = (before and p.others[before.w]) or not gross_aimed(a, n)
        for x = n.i - 1, math.max(1, n.i - 4), -1 do
          if toks[x].clause == toks[n.i].clause and p.others[toks[x].w] then theirs = true end
        end
        for _, t in ipairs(a.context.role[1] and signals.title_tokens(a.context.role[1]) or {}) do
          if p.roles[t.w] then theirs = true end
        end
        if tf and premises and level and level < p.below_level and not theirs then limit = math.max(p.min, tf.days / p.days_per) end
        add(out, a, "count", n, tf, tf ~= nil and n.value > limit)
      end
    end
  end
end

--- 8b. A business of one's own at a size out of reach in the time given (BUSINESS_ASSETS).
local function business_claims(out, a)
  local toks = a.tokens
  -- the sentences naming a business: the business word within a few words after its owner
  -- ("my own haulage firm", "running a tech company"; not "run a team at a company")
  local function business_sentences(list)
    local sentences = {}
    for _, m in ipairs(affirmed(find(toks, list))) do
      for x = m.j + 1, math.min(#toks, m.j + BUSINESS_REACH) do
        if toks[x].clause ~= toks[m.j].clause then break end
        local startup = toks[x].w == "start" and toks[x + 1] and toks[x + 1].w == "up" -- "a start-up"
        local word = SET.BUSINESS_WORD[toks[x].w] or SET.PREMISES[toks[x].w] or startup
        if word and toks[x - 1].w ~= "supply" then sentences[toks[x].sentence] = true break end
        if SET.PERSONNEL[toks[x].w] then break end
      end
    end
    return sentences
  end
  local business, run = business_sentences(BUSINESS_OWNERS), business_sentences(BUSINESS_RUNNERS)
  -- the sentences that speak of a worth ("worth a hundred million", "a turnover of two million")
  local worth_said = {}
  for k, t in ipairs(toks) do
    if SET.BUSINESS_WORTH_WORD[t.w] or (TURNING_OVER[t.w] and toks[k + 1] and toks[k + 1].w == "over") then
      worth_said[t.sentence] = true
    end
  end
  for _, n in ipairs(a.numbers) do
    local sent = n.i and toks[n.i] and toks[n.i].sentence
    if sent and (business[sent] or run[sent]) and n.value then
      local e = signals.token_at(toks, n.to)
      e = e and e + 1
      local scale = e and toks[e] and toks[e].sentence == sent and MONEY_SCALES[toks[e].w]
      local worth = worth_said[sent]
      local rate
      -- "fifty lorries", "five of my own physio clinics"
      for x = n.i + 1, math.min(#toks, n.i + 5) do
        if toks[x].clause == toks[n.i].clause then
          rate = rate or (SET.BUSINESS_ASSET[toks[x].w] and BUSINESS_RATE) or (SET.PREMISES[toks[x].w] and PREMISES_RATE)
        end
      end
      local tf = nearest_timeframe(a, n.from, n.to)
      if worth and (scale or n.value >= BUSINESS_WORTH[1].worth) then
        local value, over = n.value * (scale or 1), false
        for _, limit in ipairs(BUSINESS_WORTH) do
          if tf and tf.days <= limit.days and value >= limit.worth then over = true end
        end
        add(out, a, "business", n, tf, over)
      elseif rate and business[sent] then
        add(out, a, "business", n, tf, tf ~= nil and n.value > math.max(rate.min, tf.days / rate.days_per_asset))
      end
    end
  end
  for _, m in ipairs(affirmed(find(toks, NATIONWIDE))) do
    local sent = toks[m.i].sentence
    -- premises, just before ("shops in every major city"; not "customers from all over the UK")
    local premises = false
    for x = m.i - 1, math.max(1, m.i - 2), -1 do
      if toks[x].sentence ~= sent then break end
      if SET.PREMISES[toks[x].w] then premises = true end
    end
    if premises and business[sent] then
      local tf = nearest_timeframe(a, m.from, m.to)
      add(out, a, "business", m, tf, tf ~= nil and tf.days <= MAX_DAYS.nationwide)
    end
  end
  for k, t in ipairs(toks) do
    if t.w == "chain" and business[t.sentence] and toks[k - 1] and toks[k - 1].w ~= "supply" then
      local tf = nearest_timeframe(a, t.from, t.to)
      add(out, a, "business", { from = t.from, to = t.to, i = k, j = k }, tf, tf ~= nil and tf.days <= MAX_DAYS.chain)
    end
  end
end

--- 9a. A superlative measured against a whole group ("the highest sales figures of anyone
--- in the company"), and 9. sweeping claims, in a short time.
local function rank_claims(out, a)
  local toks = a.tokens
  if #affirmed(find(toks, RANK_HELD)) > 0 then return end
  -- whether "top" at k opens a bracket ("top half", "top ten", "top 10%")
  local function bracket(k)
    local nx = toks[k + 1]
    if not nx or nx.clause ~= toks[k].clause then return false end
    local value
    for _, n in ipairs(a.numbers) do if n.i == k + 1 then value = n.value end end
    local share = toks[k + 2] ~= nil and (toks[k + 2].w == "%" or toks[k + 2].w == "percent")
    if value and share then return value >= RANK_BRACKET.min_percent end
    if SET.RANK_FRACTION[nx.w] then return true end
    return value ~= nil and value >= RANK_BRACKET.min
  end
  for k, t in ipairs(toks) do
    if SET.SUPERLATIVE[t.w] and not (toks[k - 1] and toks[k - 1].w == "of") then
      for x = k + 1, math.min(#toks, k + 7) do
        if toks[x].sentence ~= t.sentence then break end
        local days = RANK_SCOPE[toks[x].w]
        local prep = false
        for q = x - 1, math.max(k + 1, x - 3), -1 do if SET.RANK_PREP[toks[q].w] then prep = true end end
        if days and prep and t.w == "top" and bracket(k) and days < RANK_BRACKET.scope_days then
          local tf = nearest_timeframe(a, t.from, toks[x].to)
          if not tf or tf.days >= RANK_BRACKET.min_days then break end
        end
        if days and prep then
          if t.w == "most" and not (toks[x - 1].w == "whole" or toks[x - 1].w == "entire") then days = MAX_DAYS.most end
          timed(out, a, "rank", { { from = t.from, to = toks[x].to, i = k, j = x } }, days)
          break
        end
      end
    end
  end
  -- (a bracket of the group, "the top third of the team by Christmas", is over the top only within
  -- RANK_BRACKET.min_days, as a rank is)
  local tops, brackets = {}, {}
  for _, m in ipairs(without(affirmed(find(toks, SWEEPING)), find(toks, SWEEPING_EXCEPT))) do
    local top = toks[m.i + 1] and toks[m.i + 1].w == "top"
    if top and bracket(m.i + 1) then brackets[#brackets + 1] = m else tops[#tops + 1] = m end
  end
  timed(out, a, "sweeping", tops, MAX_DAYS.sweeping)
  timed(out, a, "sweeping", brackets, RANK_BRACKET.min_days)
  -- the affirmed matches of phrases not kept but reached: staying first, or keeping a grade, is no
  -- climb to it ("help keep us number one in the sector", "keep our outstanding rating")
  local function reached(phrases)
    local climbs = {}
    for _, m in ipairs(affirmed(find(toks, phrases))) do
      if not led_by(toks, m.i, SET.ABSOLUTE_KEEP, 4) then climbs[#climbs + 1] = m end
    end
    return climbs
  end
  timed(out, a, "sweeping", reached(SWEEPING_WIDE), MAX_DAYS.sweeping_wide)
  timed(out, a, "market", affirmed(find(toks, MARKET.phrases)), MARKET.max_days)
  -- an inspection's grade, read only in an answer about an inspection
  if #find(toks, RATING.context) > 0 or (#find(toks, RATING.graded) > 0 and #find(toks, RATING.graded_except) == 0) then
    timed(out, a, "rating", reached(RATING.phrases), RATING.max_days)
  end
  if #find(toks, RATING.stars_context) > 0 and #find(toks, RATING.stars_except) == 0 then
    timed(out, a, "rating", reached(RATING.stars), RATING.stars_max_days)
  end
end

--- 9b. Achievements beyond any plan, with no time or a short one (the next sentence may
--- give the time).
local function grandiose_claims(out, a)
  local toks = a.tokens
  local matches = without(affirmed(find(toks, GRANDIOSE)), find(toks, GRANDIOSE_EXCEPT))
  for _, m in ipairs(without(affirmed(find(toks, GRANDIOSE_AIMED)), find(toks, GRANDIOSE_EXCEPT))) do
    local past, wish = tense(a, m)
    if not past or wish then matches[#matches + 1] = m end
  end
  table.sort(matches, function(x, y) return x.from < y.from end)
  for _, m in ipairs(matches) do
    local sent = toks[m.i].sentence
    local tf = nearest_timeframe(a, m.from, m.to)
    if not tf then
      for _, d in ipairs(a.dated) do
        local ds = signals.sentence_of(a, d.from)
        if not tf and (ds == sent or ds == sent + 1) then tf = d end
      end
    end
    add(out, a, "grandiose", m, tf, not tf or tf.days <= MAX_DAYS.grandiose)
  end
end

--- Whether the outcome at match m is then said to be out of reach in its clause (DENIED_AFTER).
---@param toks table[]
---@param m table a match
---@return boolean
local function denied_after(toks, m)
  local negated = false
  for k = m.j + 1, math.min(#toks, m.j + DENIED_AFTER.reach) do
    local t = toks[k]
    if t.clause ~= toks[m.j].clause then break end
    if SET.DENIED_BARE[t.w] or (negated and SET.DENIED_WORDS[t.w]) then return true end
    if SET.DENIED_NEGATORS[t.w] then negated = true end
  end
  return false
end

--- Every claim of an analysed answer, in the order red_flags reports them: each
--- `{ kind, days, timeframe, over, weighed, precise, firm, span }` — `days` its time frame's
--- days (nil when undated) and `timeframe` the time frame read, `over` when it is over the top
--- (then `span` is its evidence, with `span.core` the claim and its time frame only), `weighed`
--- when its time frame, or with no date a long horizon in words, was weighed and found realistic;
--- `precise` for a growth read with both its ends, or its share, and found within its limits;
--- `firm` for the kinds of FIRM_KINDS (and a few claims over the top by far).
---@param a table the analysis (career_signals.analyze or read)
---@return table[] claims
function M.read(a)
  local toks = a.tokens
  local junior = #a.junior > 0
  local out = {}
  percentage_claims(out, a)
  rise_claims(out, a)
  -- 2. multiplying results, or outdoing the whole team, within a year
  timed(out, a, "multiplier", without(affirmed(find(toks, MULTIPLIERS)), find(toks, MULTIPLIER_EXCEPT)), MAX_DAYS.multiplier)
  -- 3. absolute outcomes ("zero churn this quarter"), unless keeping one's own standard
  local absolutes = {}
  for _, m in ipairs(affirmed(find(toks, ABSOLUTES))) do
    -- nor one told of the past ("we had zero errors on the year-end submission")
    if not led_by(toks, m.i, SET.ABSOLUTE_KEEP, 6) and not tense(a, m) and not denied_after(toks, m) then
      absolutes[#absolutes + 1] = m
    end
  end
  for _, m in ipairs(affirmed(find(toks, AT_ZERO.phrases))) do
    if not led_by(toks, m.i, SET.ABSOLUTE_KEEP, 6) and not led_by(toks, m.i, SET.AT_ZERO_OWN, AT_ZERO.own_reach)
      and not led_by(toks, m.i, SET.AT_ZERO_HELD, 2) and not tense(a, m) then
      absolutes[#absolutes + 1] = m
    end
  end
  table.sort(absolutes, function(x, y) return x.from < y.from end)
  timed(out, a, "absolute", absolutes, MAX_DAYS.absolute)
  -- 3b. perfection for good, at any time ("Not one unhappy customer, ever.")
  perfection(out, a)
  -- 4. a whole unit or a team in a short time, then job titles
  local team_days = junior and MAX_DAYS.manage_claim * 2 or MAX_DAYS.manage_claim
  timed(out, a, "takeover", affirmed(find(toks, TAKEOVER)), MAX_DAYS.takeover)
  expansion_claims(out, a)
  unit_claims(out, a)
  -- (leading a team is the job of a role at a team leader's level or above)
  if not ((role_level(a) or 0) >= TEAM_LEVEL) then
    timed(out, a, "team", affirmed(find(toks, MANAGE_CLAIMS)), team_days)
    timed(out, a, "team", affirmed(find(toks, SMALL_UNIT_CLAIMS)), team_days)
  end
  job_claims(out, a, junior)
  grade_claims(out, a)
  -- 4b. qualifications stacked in a short time
  qualifications(out, a)
  credentials(out, a)
  quantified_claims(out, a)
  scope_claims(out, a)
  count_claims(out, a)
  business_claims(out, a)
  rank_claims(out, a)
  grandiose_claims(out, a)
  return out
end

return M
