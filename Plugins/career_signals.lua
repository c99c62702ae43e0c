--- career_signals: the shared reading of a career-goals answer. The five plugins
--- (red_flags, goal_types, goal_setting, answer_structure, delivery) cannot see
--- each other's results, so they all read an answer through this library and judge
--- the same things the same way. It is a plain library, not a plugin.
---
--- What it reads, and why (career-goals-interview-guide.txt):
---   * time frames and numbers — "Measurable goals … setting a certain timeframe",
---     "I want to complete a specialization course within one year";
---   * short-term versus long-term goals — "outlining that you have short-term goals
---     and long-term goals … separate those";
---   * ties to the role and the company — "keep your career goals focused on the
---     company and the job that you're applying for";
---   * what the candidate brings — "how your goals will ultimately add value";
---   * named skills, means of learning and an action plan — "what skills you want to
---     develop over the next years and what action you plan on taking";
---   * where the answer says the candidate is heading (a destination), read from
---     lexical classes — occupations, fields of work, organisations, seniority
---     titles — rather than from whole sentences, so that "become a nurse" and
---     "train as a paramedic" are read the same way;
---   * negation — "I don't just want a job" is not "I just want a job".
---
--- Numbers, percentages and time frames come from the host's `text` helpers; this
--- library only adds the few time phrases the host does not read (ranges such as
--- "two to three years", "by month six", "my second year", "right away").
---
--- Phrases in the tables below are matched on whole words, case-insensitively, with
--- apostrophes dropped ("don't" = "dont") and hyphens read as spaces ("short-term"
--- = "short term"). A small pattern syntax keeps the lists short:
---   `a|b`   either word in this slot          `?word`  the slot may be absent
---   `word*` any word starting with "word"      `*`      any one word
---   `*ing`  any word ending in "ing"         `word,`  a mark (comma, dash, …) may follow
--- e.g. "dont ?really have ?any goals|plans" matches "I don't have any plans".
--- A phrase stays within one part of a sentence: it reads across a comma, semicolon, colon, bracket,
--- dash or ellipsis only after a slot ending in a comma, each such slot across one break ("first in, last
--- out" matches "first in last out" too), so "what I want, to be honest" is no "want to".
--- An alternative is one word: "give up|in" is "give" then "up" or "in"; to offer
--- "give up" or "hand in", write two phrases.

local ladders = require("career_ladders")

local M = {}

-- ---------------------------------------------------------------------------
-- Vocabulary (a coach may tune these tables)
-- ---------------------------------------------------------------------------

--- Words that turn the phrase after them around ("I'm NOT someone who just wants a
--- job", "rather THAN a stepping stone"), looked for in the same clause.
local NEGATORS = {
  "not", "never", "no", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent",
  "wont", "cant", "cannot", "havent", "hasnt", "hadnt", "wouldnt", "shouldnt", "aint",
  "instead", "than", "unlike", "nor", "neither", "without", "beyond", "nothing",
}
--- After "and", these words start a new verb phrase that a negator before "and"
--- does not reach ("I never stop learning and always strive …").
local SCOPE_BREAKERS = { "always", "also", "then", "i", "ill", "id", "im", "still", "now", "instead" }
--- How many words before a phrase a negator may stand.
local NEGATION_WINDOW = 8
--- Verbs that tell a belief or a promise of the past ("I THOUGHT I'd be writing tests
--- within a year", "Three years ago I TOLD my area manager I'd be running the region"),
--- when "I'd be", "I would have" … follows (after the person told: within PAST_BELIEF_REACH
--- words; "as I said" is an aside): what follows them in
--- their clause is no goal of the candidate's now, and red flags read only what the
--- candidate wants now. So are "I SET OUT to …" and "I WAS GOING to …". A past wish
--- ("I wanted to be in the police by now") is not one of them: it is often still wanted
--- ("… I'm still hoping to reapply"), and measured as such it lost more than it mended.
local PAST_BELIEFS = { "thought", "told", "said", "promised", "reckoned", "assumed", "believed", "figured" }
local PAST_BELIEF_REACH = 4
--- Words before such a verb that keep it current ("I'VE told my manager I'll get churn to zero").
local STILL_CURRENT = { "ive", "have", "has", "weve", "always", "still" }
--- Other people, at the start of a clause: their view is not the candidate's ("SOME
--- PEOPLE see teller work as a temporary thing", "MOST PEOPLE in my position would leave
--- after a year"). A clause may open with a few FRAME_OPENERS first ("I know some people …").
local OTHER_PEOPLE = { "people", "others", "everyone", "everybody", "folk", "candidates", "applicants", "friends", "colleagues" }
local OTHERS_QUANTIFIERS = { "some", "many", "most", "plenty", "lots", "loads", "other", "a", "lot", "of", "my", "few", "certain" }
local FRAME_OPENERS = { "and", "honestly", "well", "i", "know", "think", "guess", "mean", "sometimes", "often", "yes", "yeah", "look", "obviously" }
--- Words that start a new clause (negation and ties do not reach across them).
local CLAUSE_WORDS = { "but", "however", "although", "though", "yet", "so", "whereas", "while" }
--- Words that contrast what follows with what came before ("X, but Y").
local CONTRAST_WORDS = { "but", "however", "although", "though", "yet", "whereas", "then", "so" }

--- Ties to the position itself (generic; the scenario's role adds its own words).
local ROLE_TIES = {
  "this|the role|position|job|opportunity|vacancy|post",
  "a|the role|position|job like this|yours",
  "this|the kind of work", "this line of work", "in this field",
}
--- Ties to the company (generic; the scenario's company name and values add theirs).
local COMPANY_TIES = {
  "your|this|the company|organisation|organization|business|firm|department|team|store|shop|branch|site|ward|hospital|school|kitchen|practice|lab|office|warehouse|restaurant|clinic|trust|group|bank|agency",
  "a company|business|place|firm like yours|this", "companies like yours", "our ?whole|wider|entire team",
  "here", "with|for|join you", "you offer|provide|have|run|fund|give", "your", "internal|internally", "in house",
  "within|inside|across|at the company|business|organisation|organization|firm|group", "stay on", "promotes from within",
  "within|inside|across the|this|our|your ?* centre|center|team|teams|department|business|company|organisation|unit|group|trust|practice|firm|site|store|branch|ward|office|division|service|depot|school|hospital|building",
  "for|at|in the|this|our ?* centre|center|depot|site|store|branch|warehouse|ward|office|hospital|school|practice|clinic|unit|department|kitchen|lab|team|teams",
}
--- Saying what the candidate brings: "how your goals will ultimately add value".
local VALUE_ADD = {
  "add ?more value", "adding value", "contribut*", "bring|bringing", "deliver|delivering",
  "help|helping|support|supporting ?the|my|our|your|new ?whole team|teams|colleagues|coworkers|company|business|customers|clients|patients|children|pupils|students|others|people|hires|starters|staff|department",
  "serve|serving", "make a difference for", "benefit*", "for the team|company|business|customers",
  "improve|improving|raise|raising|cut|cutting|reduce|reducing ?the|our|my|your ?customer|patient|client experience|service|satisfaction|quality|results|sales|costs|errors|times|waste",
  "train|training|mentor|mentoring|coach|coaching|teach|teaching ?new|other|junior colleagues|staff|starters|hires|apprentices|students|nurses|others|people|representatives|reps|members|employees|joiners|recruits|agents|advisers|advisors|drivers",
  "share|sharing", "save|saving time|money|costs", "reduce costs", "value to|for",
  "use|using|apply|applying|bring|bringing ?my|these|those ?* ?* skills|experience|knowledge|expertise",
}
--- Where people grow to inside a company (the scenario's growth_paths add theirs).
local GROWTH_DESTINATIONS = {
  "team|shift|section|store|ward|site|project|tech|technical leader|lead|supervisor|manager",
  "lead|leading|manage|managing|run|running|build|building|supervise|supervising ?a|my|our|the|this ?own ?small ?* team|teams",
  "supervisor", "manager", "senior|lead|principal|chief *", "specialist", "expert", "go to person|expert", "mentor", "coach", "trainer",
  "leadership|management|senior role|roles|position|positions|responsibilities", "promotion", "promoted",
  "grow into", "move|step|stepping up", "move into", "work|working my way up|from|to", "deputy", "assistant manager",
  "sous chef", "head chef", "charge nurse", "ward sister", "partner", "key accounts", "more responsibility",
}
--- Named skills and knowledge (the guide's soft skills plus common hard ones).
local SKILLS = {
  "communication", "project management", "leadership", "teamwork", "problem solving",
  "critical thinking", "negotiation", "conflict resolution", "de escalation", "deescalation",
  "empathy", "active listening", "listening", "time management", "organisation|organization|organisational|organizational ?skills",
  "coaching", "mentoring", "public speaking", "presentation ?skills", "writing", "product knowledge",
  "data analysis", "analytics", "excel", "crm", "salesforce", "zendesk", "sql", "python", "javascript",
  "quality assurance", "planning", "people management", "stakeholder management", "budgeting",
  "language|languages", "spanish|french|german|italian|mandarin|arabic|portuguese", "complaint handling",
  "handling complaints", "accuracy", "relationship building", "account management", "escalations",
  "billing", "scheduling", "forecasting", "reporting", "patient care", "clinical skills", "delegation",
  "decision making", "attention to detail", "customer care", "sales techniques", "selling", "prospecting",
  "code review|reviews", "architecture", "testing", "cloud", "aws", "azure", "design", "reconciliations",
  "bookkeeping", "safeguarding", "first aid", "food safety", "health and safety", "stock control",
  "inventory", "logistics", "routing", "rota|rotas", "cannulation", "medication", "triage", "wound care",
}
--- Means of learning: courses, qualifications, programmes (the guide's "education").
local MEANS = {
  "course|courses", "training|trainings", "certification|certificate|certified|certifications|certificates",
  "program|programme|programs|programmes|scheme|schemes", "mentorship", "apprenticeship", "workshop|workshops",
  "degree", "masters", "qualification|qualifications|qualified", "diploma", "licence|license|licences|licenses", "exam|exams",
  "papers", "competency|competencies", "accreditation", "module|modules", "bootcamp", "level 2|3|4|5",
  "cpd", "cima|acca|aat|cipd|pmp|prince2|itil|nvq|cscs|ielts", "preceptorship", "induction", "onboarding",
  "e learning", "night school", "evening classes", "classes", "seminar|seminars", "conference|conferences",
  "webinar|webinars", "reading", "online course|courses",
}
--- How the candidate will reach the goals: "outline how you plan on reaching your goals".
local ACTION_PLAN = {
  "by *ing", "i|we plan to", "my plan is", "i intend to", "im going to", "i will", "ill",
  "i want to achieve|reach this|that|them by", "i want to achieve|reach these|my goals by", "in order to",
  "mentorship|mentoring ?program|programme|scheme", "mentor", "shadow|shadowing",
  "take|taking on", "volunteer|volunteering", "practice|practise|practising|practicing",
  "ask|asking for ?regular|weekly|monthly feedback", "feedback", "learn|learning from", "starting|start as|in|on|by", "step|steps",
  "path towards|toward|to", "work|working my way", "will give me", "gaining|gain|get ?as ?much experience",
  "working on|towards|toward", "to get there", "to do that|this", "to prepare", "preparing", "after that", "first|firstly", "then", "next",
  "sign|signed|signing up", "enrol|enroll|enrolled|enrolling", "apply|applying for", "sit in on", "review|reviewing",
  "track|tracking", "set aside", "read|reading", "study|studying", "finish|finishing|complete|completing|pass|passing",
  "join|joining", "attend|attending", "take|taking the|a|an|your", "build|building", "ask|asking",
  "learning|shadowing|volunteering|attending|completing|finishing|improving|taking|practising|practicing",
}
--- Short-term markers (besides time frames of a year or less).
local SHORT_TERM = {
  "short term", "right now", "to start|begin ?with", "at first", "first year|months|weeks|quarter",
  "starting as", "immediate", "immediately", "next step", "for now", "this year", "soon", "initially",
  "my first", "first of all", "near term", "straight away", "right away", "early on", "year one",
}
--- Long-term markers (besides time frames of two years or more).
local LONG_TERM = {
  "long|longer term", "long run", "eventually", "in the future", "one day", "someday", "some day", "later on",
  "down the line|road", "over the next years", "in the years to come", "ultimately", "my whole career",
  "over time", "in time", "in the long run", "longer run", "after that", "later", "one of these days",
  "long haul", "further down", "medium term", "in the end",
}
--- A wish to develop: "candidates … that want to develop themselves continuously".
local DEVELOP = {
  "develop*", "grow|growing|grown|growth", "learn*", "improv*", "progress*", "advanc*",
  "become", "build|building", "gain|gaining", "expert", "master|mastering|mastered", "strengthen*",
  "knowledge", "better at", "skills", "qualif*", "certif*", "train|training", "study|studying",
}
--- Excitement: "you should show excitement when providing an answer".
local EXCITEMENT = {
  "excited|exciting|excites", "look|looking forward", "eager", "enthusias*", "passionate",
  "love|loved|enjoy|enjoyed", "motivat*", "inspir*", "attractive", "thrilled", "keen", "appeal*",
  "drawn to", "draws me", "attracts me", "would love", "d love", "cant wait",
}
--- Saying what one intends: the verbs and nouns that carry a goal.
local GOAL_WORDS = {
  "want|wants to", "would|id|d like|love to", "like to", "id like", "i would like", "id love", "hope|hoping to", "plan|planning to",
  "aim|aiming to|for", "intend|intending to", "aspire|aspiring to", "expect|expecting to",
  "my ?main|primary|first|second|short|long|biggest|next ?term goal|goals|aim|aims|ambition|ambitions|target|targets|objective|objectives|plan|dream",
  "see myself", "im going to", "i will", "ill", "looking to", "working towards|toward", "would be to",
  "id love", "i aim", "i hope", "i plan", "i want", "id want", "i would want", "my focus", "focused on", "i need to", "determined to",
}
--- Words that may open an answer given as a bare wish ("Basically to keep learning").
local FRAGMENT_OPENERS = { basically = true, just = true, simply = true, mainly = true, honestly = true, probably = true, ideally = true }
--- Goal words that alone say no more than "I will" (not a wish).
local BARE_INTENT = { ["ill"] = true, ["i will"] = true, ["im going to"] = true }
--- Hedging and filler: hurt the "to-the-point" delivery the guide asks for.
local HEDGES = {
  "um", "uh", "erm", "umm", "er", "hmm", "you know", "kind of", "sort of", "i guess", "i suppose",
  "like i said", "basically", "whatever", "stuff", "things like that", "or something", "or whatever",
  "i mean", "maybe", "probably", "perhaps", "i dont know", "not sure", "hopefully", "literally",
  "to be fair", "i think", "possibly", "somewhat", "more or less", "and so on",
}
--- Results a candidate produces for the employer, and the verbs that aim at them
--- (the guide's productivity goals; also a contribution to the company).
local RESULTS = {
  "sales", "revenue", "quota", "quotas", "target|targets", "deals", "conversions", "conversion rate",
  "sign ups", "signups", "leads", "pipeline", "accounts", "clients", "client portfolio", "portfolio",
  "customer satisfaction", "satisfaction ?score|scores|rating|ratings", "csat", "nps", "quality ?score|scores|target|standard",
  "resolution ?rate", "first contact|call resolution", "retention", "reviews", "results", "output", "performance",
  "kpi|kpis", "metrics", "productivity", "takings", "footfall", "throughput", "outcomes", "patient outcomes",
  "features", "projects", "open rate", "response rate", "scores", "numbers", "grades", "attainment",
}
local RESULT_VERBS = {
  "increase*", "grow|growing", "improv*", "hit|hitting", "reach|reaching", "exceed*", "meet|meeting", "beat|beating",
  "rais*", "boost*", "bring|bringing ?up", "deliver*", "ship|shipping", "close|closing", "win|winning",
  "above", "keep|keeping", "consistently", "lift", "get|getting", "achieve|achieving", "generate|generating",
}
--- Speed, consistency and accuracy (the guide's efficiency goals).
local EFFICIENCY = {
  "efficien*", "faster", "speed", "quicker", "quickly", "handling time", "call time", "turnaround", "wait|waiting times",
  "accuracy", "accurate|accurately", "consisten*", "error|errors|mistakes|reruns|rework", "re runs", "error rate",
  "streamlin*", "automat*", "time per", "per call", "on time", "without needing", "fewer|less time",
  "cut|cutting|reduce|reducing|shorten|shortening ?my|the|our ?* time|times|days|steps|delays",
  "after call work", "follow up calls", "picking accuracy", "close from", "waste", "organised|organized",
  "time management", "prioritis*|prioritiz*", "independently", "on my own", "without help",
}
--- Where the candidate says they are in their career: lowers what is realistic.
local JUNIOR_LEVEL = {
  "graduate|graduates|grad", "just graduated", "recent|new graduate", "junior", "entry level", "first job",
  "trainee", "apprentice", "student", "school leaver", "newly qualified", "new to", "no experience",
  "starting out", "fresh out", "intern", "internship",
}

--- Occupations: what someone works as. A destination naming one is "another
--- career" unless it is the role being applied for or tied back to the company.
local OCCUPATIONS = {
  "nurse", "midwife", "doctor", "physician", "surgeon", "gp", "dentist", "pharmacist", "paramedic",
  "physiotherapist", "physio", "therapist", "psychologist", "psychiatrist", "counsellor", "counselor",
  "vet", "veterinarian", "optician", "radiographer", "dietitian", "teacher", "lecturer", "professor",
  "tutor", "lawyer", "solicitor", "barrister", "attorney", "paralegal", "judge", "accountant", "auditor",
  "bookkeeper", "actuary", "banker", "trader", "broker", "economist", "engineer", "developer", "programmer",
  "coder", "architect", "designer", "illustrator", "animator", "artist", "painter", "photographer",
  "filmmaker", "producer", "editor", "writer", "author", "novelist", "journalist", "reporter", "presenter",
  "actor", "actress", "musician", "singer", "dancer", "comedian", "chef", "cook", "baker", "butcher",
  "barista", "bartender", "waiter", "waitress", "electrician", "plumber", "carpenter", "joiner", "builder",
  "mechanic", "welder", "scientist", "researcher", "biologist", "chemist", "physicist", "geologist",
  "pilot", "stewardess", "steward", "firefighter", "policeman", "policewoman", "detective", "soldier",
  "farmer", "gardener", "landscaper", "florist", "hairdresser", "barber", "beautician", "stylist",
  "athlete", "footballer", "influencer", "youtuber", "streamer", "blogger", "entrepreneur", "founder",
  "realtor", "surveyor", "consultant", "recruiter", "translator", "interpreter", "librarian", "curator",
  "politician", "diplomat", "ranger", "zookeeper", "courier", "cleaner", "receptionist", "secretary",
  "cashier", "salesperson", "marketer", "copywriter", "statistician", "data scientist", "cabin crew",
  "flight attendant", "police officer", "social worker", "civil servant", "estate agent", "personal trainer",
  "web developer", "software developer", "software engineer", "game designer", "graphic designer",
  "interior designer", "fashion designer", "tattoo artist", "yoga teacher", "driving instructor",
  "instructor", "carer", "teaching assistant", "pharmacy technician", "lab technician", "technician",
  "analyst", "planner", "buyer", "merchandiser", "administrator", "clerk", "driver", "representative",
  "agent", "advisor", "adviser", "operative", "assistant", "officer", "dog trainer", "dog walker", "dog groomer",
  "councillor", "groomer", "porter", "tattooist", "air traffic controller",
}
--- Fields of work and study: "a career in photography", "get into software development".
local FIELDS = {
  "marketing", "finance", "law", "medicine", "nursing", "dentistry", "pharmacy", "publishing", "journalism",
  "graphic design", "interior design", "fashion", "fashion design", "game design", "design", "photography",
  "film", "film production", "television", "tv", "music", "art", "arts", "theatre", "theater", "acting",
  "teaching", "academia", "research", "science", "engineering", "software development", "software",
  "programming", "coding", "tech", "it", "hr", "human resources", "consulting", "consultancy", "accounting",
  "accountancy", "banking", "investment banking", "real estate", "property", "politics", "the police",
  "police", "the army", "army", "military", "the navy", "the civil service", "civil service", "aviation",
  "hospitality", "tourism", "travel industry", "social work", "psychology", "architecture", "veterinary",
  "gaming", "sport", "sports", "fitness", "beauty", "cooking", "catering", "farming", "conservation",
  "marine biology", "biology", "chemistry", "physics", "law enforcement", "the fire service", "fire service",
  "public sector", "data science", "web design", "ux", "ux design", "ui design", "illustration", "animation", "writing", "comedy",
  "healthcare", "medical school", "law school", "drama school", "art school", "culinary school",
  "physiotherapy", "occupational therapy", "paramedic science", "midwifery", "education", "the arts",
  "advertising", "pr", "public relations", "media", "the media", "radio", "youtube", "modelling",
  "air traffic control",
}
--- Organisations: "move to a bigger company", "one of the big four consultancies".
local ORGANISATIONS = {
  "company", "companies", "firm", "firms", "business", "businesses", "employer", "employers",
  "consultancy", "consultancies", "agency", "agencies", "bank", "banks", "startup", "startups",
  "start up", "corporation", "corporations", "organisation", "organization", "brand", "brands",
  "competitor", "competitors", "airline", "airlines", "hospital", "hospitals", "school", "schools",
  "university", "college", "charity", "charities", "studio", "practice", "shop", "store", "restaurant",
  "cafe", "café", "bakery", "salon", "council", "government", "ministry", "big four", "big tech", "farm", "pub", "hotel",
  "tech giant", "tech giants", "multinational", "corporate", "law firm", "clinic",
}
--- Word endings that mark an occupation the lists above do not name.
local OCCUPATION_SUFFIXES = { "er", "or", "ist", "ian", "eer" }
--- Words with those endings that are not occupations.
local NOT_OCCUPATIONS = {
  "customer", "member", "number", "other", "order", "matter", "paper", "letter", "corner", "power", "computer",
  "career", "answer", "manner", "water", "summer", "winter", "quarter", "character", "user", "partner", "better",
  "greater", "bigger", "larger", "stronger", "faster", "higher", "lower", "newer", "older", "after", "under", "over",
  "ever", "never", "together", "rather", "whether", "either", "neither", "another", "further", "later", "sooner",
  "earlier", "proper", "player", "learner", "worker", "provider", "supplier", "employer", "retailer", "folder",
  "border", "center", "theater", "cover", "filter", "printer", "error", "sector", "factor", "visitor", "colour",
  "color", "behaviour", "behavior", "favour", "honour", "labour", "floor", "door", "interior", "junior", "major",
  "minor", "prior", "superior", "inferior", "mirror", "tutor", "counter", "register", "smaller", "simpler",
  "clearer", "easier", "harder", "longer", "shorter", "wider", "deeper", "closer", "quicker", "smarter", "safer",
  "calmer", "sharper", "fitter", "happier", "healthier", "busier", "riskier", "trickier", "newcomer", "beginner",
  "starter", "starters", "listener", "thinker", "communicator", "motivator", "achiever", "performer", "getter",
  "perfectionist", "list", "assist",
  -- (a prize, not a job: "the real aim is a Pulitzer"; session 34)
  "pulitzer", "exist", "checklist", "wrist", "twist", "christian", "guardian", "median",
  "caller", "buyer", "seller", "owner", "founder", "member", "peer", "career", "volunteer", "engineer", "pioneer",
  "barrier", "carrier", "courier", "dinner", "banner", "fiber", "fibre", "chapter", "master", "cluster", "roster",
  "trailer", "container", "counsellor", "contributor", "sponsor", "anchor", "editor", "factor", "ambassador",
  "champion", "leader", "manager", "supervisor", "trainer", "mentor", "director", "coordinator", "operator", "officer",
  -- what a candidate calls themselves, not a job (session 29: "I want to be a game-changer" read as another occupation)
  "changer", "solver", "taker", "pleaser", "flyer", "flier", "trailblazer", "doer", "dreamer", "believer", "winner",
  -- (not "fighter": "become a fire fighter" is a job)
  "grafter", "hustler",
}
--- Seniority and in-house destinations: growth along the line, not away from it.
local SENIORITY = {
  "leader", "lead", "supervisor", "manager", "management", "senior", "head", "director", "chief",
  "principal", "partner", "ceo", "cfo", "cto", "coo", "vp", "president", "deputy", "coordinator",
  "specialist", "expert", "coach", "trainer", "mentor", "sister", "charge", "sous", "foreman",
  "superintendent", "owner", "executive", "leadership", "promotion", "promoted", "scheme",
  "better", "stronger", "skilled", "great", "good", "experienced", "confident", "qualified", "reliable",
  "valued", "trusted", "key", "top", "best", "independent", "fully", "highest", "most", "number", "leading",
  "biggest", "fastest", "strongest", "sort", "kind", "type",
}
--- Words that frame what follows as where the candidate wants to go.
local DESTINATION_LEADS = {
  "become|becoming|becomes", "train|training|retrain|retraining|qualify|qualifying as|in",
  "train|training|retrain|retraining|study|studying|qualify|qualifying|studied to be|become",
  "career|careers|future|passion|calling|heart ?is|lies|will ?be in|with|as", "get|getting ?really|more|properly|seriously into",
  "go|going|move|moving|switch|switching|transition|transitioning|pivot|pivoting|branch|branching|break|breaking into",
  "go|going|move|moving|switch|switching|head|heading over|back ?to", "end up in|as|at", "pursue|pursuing",
  -- a move wished done by then (session 29: "In ten years I'd like to have moved into architecture")
  "to|ll|will have moved|switched|gone|branched into",
  "go|going back to", "dream ?is to be", "dream is", "dream of",
  -- (session 34: "my real aim is air traffic control"; not across a comma: "My real aim, though, is …")
  "real|true|actual passion|calling|dream|goal|plan|aim|ambition ?is|lies ?in|with ?to",
  "see myself as|in|at|doing|working|running|owning", "wait|waiting on|for ?an ?offer ?from", "hear|hearing back from",
  "accepted onto|into|at", "place at|on", "offer from", "set|setting up",
  "move|moving|switch|switching|jump|jumping|head|heading|go|going over to", "move|moving|switch|switching|jump|jumping to",
  "shift|shifting|transfer|transferring into|to|towards|toward", "transfer|transferring over to",
  "make|making the jump|move|switch|leap into|to",
  -- where the job as a means leads ("a launch pad into management consulting")
  "stone|stones|springboard|launchpad|pad into|to|towards|toward",
}
--- Words that name a professional body in a capitalised name (its members join it, and stay where they work).
local PROFESSIONAL_BODY = { association = true, associations = true, society = true, societys = true, institute = true,
  institutes = true, institution = true, institutions = true, federation = true, federations = true, guild = true, guilds = true }
--- The leads after which a professional body is joined as a member, not worked for.
local JOIN_WORDS = { join = true, joining = true, joined = true }
--- Words after a body's name that say it is joined for its membership ("the Law Society as a member").
local MEMBERSHIP = { member = true, members = true, membership = true, events = true, network = true, committee = true,
  section = true, conference = true }
--- Words that open a verb's object after "start"/"begin" ("start writing MY own detections", "begin
--- teaching THE new starters"); after other leads a field stays a field ("go into teaching some day").
local OBJECT_OPENERS = { my = true, our = true, your = true, their = true, the = true, better = true, new = true }
--- The leads after which a field's word in "-ing" with an object is the verb.
local START_WORDS = { start = true, starting = true, begin = true, beginning = true }
--- Verbs of liking that, right before a lead in "-ing" and not after "I'd", tell what the candidate
--- likes now ("I like working for a firm"), not where they want to go.
local PRESENT_LIKING = { like = true, love = true, enjoy = true, prefer = true, likes = true, enjoyed = true }
--- Words that make a liking a wish ("I'd love working …").
local CONDITIONAL_SET = { id = true, would = true, wd = true, youd = true }
--- Leads that are only a destination when the sentence speaks of the future
--- ("I'd like to work as a groomer", not "working as an assistant showed me").
local NEUTRAL_LEADS = {
  "work|working as|in", "job|jobs|work|role|position in|as", "job|jobs|role|position|post at|with|for", "be|being", "join|joining", "apply|applying to|at",
  "work|working for|at", "study|studying", "start|starting|begin|beginning|enter|entering|attend|attending", "go|going to",
  "apply|applying for", "take|taking over",
  "degree|course|qualification|training|studies in",
}
--- A neutral lead's field called the career wanted after it, in its sentence (session 34, training-214: an
--- underwriting assistant's "an evening course in interior design in September …, because that's the career
--- I'm working towards"): the lead is then a destination too.
--- Each of its openings ("that's", "which is" …) before "the … career" and each verb looking ahead after it
--- ("I'm working towards", "I want", "I'd like"; not "the career I thought I wanted").
local CAREER_AIM_AFTER = {}
for _, opening in ipairs({ "thats|its", "that|which|it is" }) do
  for _, ahead in ipairs({ "im|i ?am ?really working|aiming|heading|building towards|toward|for",
    "i ?really want|hope|mean|plan|intend", "id ?really like|love" }) do
    CAREER_AIM_AFTER[#CAREER_AIM_AFTER + 1] = opening .. " the ?* career|field|direction|path|industry|profession " .. ahead
  end
end
--- Leads after which a capitalised name is another organisation ("a job at Google",
--- "join Deloitte"), unless it is the company's own name.
local ORG_NAME_LEADS = {
  "job|jobs|role|position|work|working|career|internship at|with|for", "join|joining", "apply|applying to|at", "get|getting into",
  "move|moving|switch|switching|go|going to", "move|moving|switch|switching|go|going over to", "offer from", "hired by",
  -- ("Longer term I see myself at Google or Amazon", session 28)
  "see|seeing myself at|for",
}
--- Units of a company: a destination naming one stays inside ("the finance team's planning side").
local INTERNAL_UNITS = { "team", "teams", "department", "side", "function", "desk", "unit", "track", "scheme", "programme", "program", "division" }
--- Words that say a destination is in the future: neutral leads ("work as", "be a",
--- "join", "study") only count after one of them in the same sentence.
local FUTURE_MARKERS = {
  "want", "wants", "like", "love", "hope", "hoping", "plan", "planning", "aim", "aiming", "intend", "will", "ill",
  "id", "would", "going", "gonna", "eventually", "then", "later", "day", "dream", "goal", "ambition", "future",
  "ultimately", "term", "years", "year", "become", "once", "after", "next", "soon", "until", "someday", "real", "if",
  "actual", "true", "passion", "wish", "rather", "ideally", "expect", "see", "end", "wanted", "always", "dreamed",
  "dreamt", "hoped",
}
local FUTURE_WINDOW = 8
--- Phrases that end a destination: it stays with the company ("stay on as an analyst",
--- "a company like yours", "in whichever team fits best").
local STAY_WORDS = { "stay on", "stay", "staying", "remain", "remaining", "like yours", "like this", "like you" }

--- Time phrases the host's `text.timeframes` does not read, with approximate days.
local EXTRA_TIMEFRAMES = {
  { "from|on day one|1", 1 }, { "from|on my ?very first day", 1 }, { "overnight", 1 }, { "within days", 5 },
  { "right|straight away", 7 }, { "immediately", 7 }, { "in no time", 30 }, { "at once", 7 },
  { "from the start|outset", 7 }, { "from the get go", 7 }, { "by the end of the|this|next month", 60 },
  { "by the end of the|this|my|next quarter", 91 }, { "by the end of the|this|next year", 365 }, { "by the end of the|this|next week", 7 },
  { "before the end of the|this quarter", 91 }, { "before the end of the|this year", 365 },
  { "before the end of the|this month", 30 }, { "before the end of next month", 60 }, { "before the end of the|this|next week", 7 },
  { "next|this spring|summer|autumn|fall|winter", 180 }, { "a few weeks", 21 }, { "a few months", 90 },
  { "a few years", 1095 }, { "a year or two", 730 }, { "a year or so", 365 }, { "a couple of months", 60 },
  { "couple of years", 730 }, { "a decade", 3650 }, { "year one", 365 },
  { "before|by|during|after|in|once|when my|the probation|probations", 120 },
  { "by|before the end of the|this|next summer|spring|autumn|winter|season", 180 }, { "this season", 270 },
  -- the next season is a year away for seasonal work ("come back next season as a team leader": unseen-133..136, session 24)
  { "next season", 365 },
  { "in|within|during|by|after my|the first season", 270 }, { "by|before the end of my|the first season", 270 }, { "by|before the summer|spring|autumn|winter", 120 },
  -- a month named ahead ("by next September", "before June"; not "may" or "march", which are words too)
  { "by|before ?next january|february|april|june|july|august|september|october|november|december", 180 },
  { "next january|february|april|june|july|august|september|october|november|december", 270 },
  -- a school's or college's term and year ("in one term", "by the end of the first semester",
  -- "by next term"; not "long term")
  { "in|within one|a term|semester", 90 }, { "in|within|during|by|after|for my|the|our first term|semester", 90 },
  { "by|before the end of ?the|this|my|our ?first term|semester", 90 }, { "by|before next term|semester", 120 },
  { "next term|semester", 120 }, { "in|during|by|before this term|semester", 120 }, { "by|before the end of the|this academic|school year", 365 },
  -- a time given oneself ("Give me a year and I'll be running it", "I'm giving myself a year to be head of …")
  { "give|giving|given me|myself|it ?about|around|roughly|maybe a year", 365 }, { "give|giving|given me|myself|it ?about|around|roughly|maybe a month", 30 },
  { "in|within my|the first fortnight", 14 }, { "in|within a fortnight", 14 }, { "a fortnight", 14 }, { "by|before christmas|easter", 120 }, { "by|before next christmas|easter", 365 }, { "by|before the new year", 120 }, { "by|before the end of my|the probation", 120 },
}
--- Round numbers said with "a" ("a hundred accounts") or in the plural ("hundreds").
local ROUND_NUMBERS = { hundred = 100, thousand = 1000, dozen = 12, hundreds = 200, thousands = 2000, dozens = 24, million = 1000000, millions = 2000000,
  billion = 1000000000, billions = 2000000000 }
local EXTRA_TIMEFRAME_PHRASES, EXTRA_TIMEFRAME_DAYS = {}, {}
for i, e in ipairs(EXTRA_TIMEFRAMES) do
  assert(#e == 2 and type(e[1]) == "string" and type(e[2]) == "number",
    "EXTRA_TIMEFRAMES entry " .. i .. ": { phrase, days } (one phrase, then its days)")
  EXTRA_TIMEFRAME_PHRASES[i], EXTRA_TIMEFRAME_DAYS[e[1]] = e[1], e[2]
end
--- The words a time named by its number follows ("by month six", "in year two", "the end of year one").
local ORDINAL_LEADS = { by = true, ["in"] = true, ["for"] = true, from = true, of = true, during = true, within = true,
  after = true, before = true, ["until"] = true, til = true, till = true, through = true, into = true }
--- Ordinals for "by my second year", "in year two", "by month six".
local ORDINALS = { first = 1, second = 2, third = 3, fourth = 4, fifth = 5, sixth = 6, seventh = 7, eighth = 8, ninth = 9, tenth = 10 }
--- The words before a count whose unit is left off ("… and manager in three or four").
local UNIT_LEFT_OFF_LEADS = { ["in"] = true, within = true, after = true }
--- The words that make a time one served, not one ahead ("for 18 months", "the last two years").
local SERVED = { ["for"] = true, last = true, past = true }
--- Units of time, in days.
local UNIT_DAYS = {
  day = 1, days = 1, week = 7, weeks = 7, month = 30, months = 30, quarter = 91, quarters = 91,
  year = 365, years = 365, decade = 3650, decades = 3650,
}
--- Ages said as deadlines ("before I'm twenty-eight", "by the time I turn 40", "a
--- millionaire by thirty."; not "by 30 points" or "by 30 June"): the time frame runs
--- from the age the answer gives ("I'm twenty-six now") to that age, or
--- AGE_DEADLINE_DAYS when it gives none; a deadline already passed is no time frame.
local AGE_TENS = { twenty = 20, thirty = 30, forty = 40, fifty = 50, sixty = 60 }
local AGE_UNITS = { one = 1, two = 2, three = 3, four = 4, five = 5, six = 6, seven = 7, eight = 8, nine = 9 }
local AGE_LEAD = { the = true, time = true, im = true, i = true, am = true, turn = true, turning = true, age = true, reach = true, hit = true, ["of"] = true }
local AGE_MARKERS = { im = true, am = true, turn = true, turning = true, age = true }
local AGE_DEADLINE_DAYS = 1460
--- Words between an age and a time frame that make the time frame its distance ("by 30, which is six years away").
local AGE_DISTANCE = { which = true, thats = true, that = true, so = true, ie = true }
--- Number words, for "year two" and "by month six" (the host reads the rest).
local SMALL_NUMBERS = { one = 1, two = 2, three = 3, four = 4, five = 5, six = 6, seven = 7, eight = 8, nine = 9, ten = 10, eleven = 11, twelve = 12 }

-- ---------------------------------------------------------------------------
-- Words and spans
-- ---------------------------------------------------------------------------

--- A set (word -> true) of a list of words.
---@param list string[]
---@return table<string, boolean>
local function set_of(list)
  local s = {}
  for _, w in ipairs(list) do s[w] = true end
  return s
end
M.set_of = set_of
--- The singular units, and the nouns after "N-unit" that keep it a time ("a five-year plan").
local SPAN_UNITS = set_of({ "day", "week", "month", "quarter", "year", "decade" })
local SPAN_NOUNS = set_of({ "plan", "plans", "goal", "goals", "target", "targets", "timeline", "timeframe", "time",
  "horizon", "vision", "ambition", "ambitions", "aim", "aims", "window", "deadline" })
local NEGATOR_SET = set_of(NEGATORS)
local CLAUSE_SET = set_of(CLAUSE_WORDS)
local SCOPE_BREAK_SET = set_of(SCOPE_BREAKERS)
local STILL_CURRENT_SET = set_of(STILL_CURRENT)
local TELLING_SET = set_of({ "told", "said", "promised" })
local LONG_GONE_SET = set_of({ "ago", "originally", "initially" })
--- A deadline gone, for a goal set for it ("I set myself a goal of … by last summer").
local GONE_AFTER_LAST_SET = set_of({ "year", "summer", "spring", "autumn", "winter", "month", "christmas" })
local PAST_BELIEF_SET = set_of(PAST_BELIEFS)
--- An attempt of the past that failed ("I TRIED to get into the army at eighteen and FAILED the medical"):
--- what was tried is a goal of the past, not what the candidate wants now (session 31, training-203); one
--- still tried ("I've tried to …", "I'm still trying") or with no failure told in its sentence stands.
local TRIED = { verbs = set_of({ "tried", "attempted" }),
  failed = set_of({ "failed", "didnt", "couldnt", "wasnt", "werent", "rejected", "unsuccessful", "turned" }) }
local BELIEVED_STATE_SET = set_of({ "be", "have", "been", "get" })
local PAST_MODAL_SET = set_of({ "would", "was", "had" })
local SELF_SET = set_of({ "i", "id", "ill", "im", "me", "ive" })
local OTHER_PEOPLE_SET = set_of(OTHER_PEOPLE)
local OTHERS_QUANTIFIER_SET = set_of(OTHERS_QUANTIFIERS)
local FRAME_OPENER_SET = set_of(FRAME_OPENERS)
local CONTRAST_SET = set_of(CONTRAST_WORDS)

--- Normalises a word the way phrases are written: lower case, no apostrophes.
---@param w string
---@return string
local function norm(w)
  w = w:gsub("\226\128\153", ""):gsub("\226\128\152", ""):gsub("'", "")
  return (string.lower(w))
end
M.norm = norm

-- A byte starts a word character: ASCII letter/digit, or a UTF-8 letter
-- (any multi-byte sequence outside the General Punctuation block U+2000–U+206F).
local function word_len(s, i)
  local b = s:byte(i)
  if not b then return 0 end
  if (b >= 48 and b <= 57) or (b >= 65 and b <= 90) or (b >= 97 and b <= 122) then return 1 end
  if b >= 0xC0 then
    if b == 0xE2 and (s:byte(i + 1) == 0x80 or s:byte(i + 1) == 0x81) then return 0 end
    if b == 0xC2 and s:byte(i + 1) == 0xA0 then return 0 end -- no-break space
    if b >= 0xF0 then return 4 elseif b >= 0xE0 then return 3 else return 2 end
  end
  return 0
end
local function apostrophe_len(s, i)
  local b = s:byte(i)
  if b == 39 then return 1 end
  if b == 0xE2 and s:byte(i + 1) == 0x80 and (s:byte(i + 2) == 0x99 or s:byte(i + 2) == 0x98) then return 3 end
  return 0
end

--- Splits an answer into words with byte spans, clause and sentence numbers.
--- Hyphens split words ("short-term" → "short", "term"); "%" is a word of its own.
---@param s string
---@return table[] tokens `{ w = normalised, raw = original, from = i, to = j, clause = n, sentence = m, part = p }`:
--- a clause also ends at a word of CLAUSE_WORDS, a part only at a sentence's end, a comma, semicolon, colon,
--- bracket, dash or ellipsis (marks side by side, ", -" or ".)", end one part; an ellipsis ends no clause)
function M.tokens(s)
  local out = {}
  local i, n = 1, #s
  local clause, sentence, part = 1, 1, 1
  -- a mark ends the part; the next word starts the next one, however many marks stand between
  local broken = false
  while i <= n do
    local l = word_len(s, i)
    if l > 0 then
      local j = i + l - 1
      while true do
        local nl = word_len(s, j + 1)
        if nl > 0 then
          j = j + nl
        else
          local al = apostrophe_len(s, j + 1)
          local c = s:sub(j + 1, j + 1)
          if al > 0 and word_len(s, j + 1 + al) > 0 then
            j = j + al
          elseif (c == "." or c == ",") and s:sub(j, j):match("%d") and s:sub(j + 2, j + 2):match("%d") then
            j = j + 1
          else
            break
          end
        end
      end
      local raw = s:sub(i, j)
      local w = norm(raw)
      if CLAUSE_SET[w] then clause = clause + 1 end
      if broken then part, broken = part + 1, false end
      out[#out + 1] = { w = w, raw = raw, from = i, to = j, clause = clause, sentence = sentence, part = part, p3 = w:sub(1, 3) }
      i = j + 1
    else
      local c = s:sub(i, i)
      if c == "%" then
        if broken then part, broken = part + 1, false end
        out[#out + 1] = { w = "%", raw = "%", from = i, to = i, clause = clause, sentence = sentence, part = part }
      elseif c == "." or c == "!" or c == "?" then
        local nx = s:sub(i + 1, i + 1)
        local ellipsis = c == "." and (s:sub(i - 1, i - 1) == "." or nx == ".")
        if not ellipsis and (nx == "" or nx:match("%s") or nx == "'" or nx == '"' or nx == ")" or nx:match("%u")) then
          sentence = sentence + 1
          clause = clause + 1
          broken = true
        elseif ellipsis then -- a pause ("I want... to be honest"), not a sentence's end
          broken = true
        end
      elseif c == "," or c == ";" or c == ":" or c == "(" or c == ")" then
        clause = clause + 1
        broken = true
      elseif c == "\226" and (s:sub(i, i + 2) == "\226\128\148" or s:sub(i, i + 2) == "\226\128\147") then -- dashes
        clause = clause + 1
        broken = true
      elseif c == "\226" and s:sub(i, i + 2) == "\226\128\166" then -- "…"
        broken = true
      elseif c == "-" and s:sub(i - 1, i - 1):match("%s") then -- " - " as a dash
        clause = clause + 1
        broken = true
      end
      i = i + 1
    end
  end
  return out
end

--- A memo that forgets everything once it holds `size` keys. What is read once per role, per question
--- or per phrase stays cached through a session (one role, a few questions), and memory stays bounded
--- when thousands of roles are read in one run (calibrating, rescoring): every role's phrases, ladders
--- and levels kept for good outgrew the sandbox's memory cap in session 31.
---@param size integer
---@return table memo with `get(key)` and `put(key, value)` (returning value)
function M.memo(size)
  local entries, count = {}, 0
  return {
    get = function(key) return entries[key] end,
    put = function(key, value)
      if entries[key] == nil then
        if count >= size then entries, count = {}, 0 end
        count = count + 1
      end
      entries[key] = value
      return value
    end,
  }
end
--- How many roles (or questions) each per-role memo keeps, and how many compiled phrases: the shipped
--- plugins' own phrases are a few thousand, and each role or company read adds two or three. A role's
--- ladders and their phrase index weigh tens of kilobytes, so these sizes hold the peak well under the
--- default memory cap (measured: the fitting sets' 9,450 roles in one run fit in 30 MiB).
local ROLE_MEMO_SIZE = 64
local PHRASE_MEMO_SIZE = 5000
--- A memo of what is read once per role.
function M.role_memo() return M.memo(ROLE_MEMO_SIZE) end

local compiled = M.memo(PHRASE_MEMO_SIZE)
--- Compiles a phrase of the pattern syntax into slots (cached).
local function compile(phrase)
  local c = compiled.get(phrase)
  if c then return c end
  c = {}
  local p = phrase:gsub("%-", " ")
  for slot in p:gmatch("%S+") do
    local optional, comma = false, false
    if slot:sub(1, 1) == "?" then optional, slot = true, slot:sub(2) end
    if slot:sub(-1) == "," then comma, slot = true, slot:sub(1, -2) end
    local s = { optional = optional, comma = comma, words = {}, wordlist = {}, prefixes = {}, suffixes = {} }
    if slot == "*" then
      s.any = true
    else
      for alt in slot:gmatch("[^|]+") do
        if #alt > 1 and alt:sub(-1) == "*" then
          s.prefixes[#s.prefixes + 1] = norm(alt:sub(1, -2))
        elseif #alt > 1 and alt:sub(1, 1) == "*" then
          s.suffixes[#s.suffixes + 1] = norm(alt:sub(2))
        else
          local w = norm(alt)
          if not s.words[w] then s.words[w] = true s.wordlist[#s.wordlist + 1] = w end
        end
      end
    end
    c[#c + 1] = s
  end
  return compiled.put(phrase, c)
end

local function slot_accepts(slot, w)
  if slot.any then return true end
  if slot.words[w] then return true end
  for _, p in ipairs(slot.prefixes) do
    if #w >= #p and w:sub(1, #p) == p then return true end
  end
  for _, p in ipairs(slot.suffixes) do
    if #w > #p + 1 and w:sub(-#p) == p then return true end
  end
  return false
end

local function match_at(tokens, k, slots, si, part, comma)
  if si > #slots then return k - 1 end
  local slot = slots[si]
  local t = tokens[k]
  -- the same part of the sentence, or the next part after a slot ending in a comma
  local within = t and (t.part == part or (comma and t.part == part + 1 and t.sentence == tokens[k - 1].sentence))
  if within and slot_accepts(slot, t.w) then
    local e = match_at(tokens, k + 1, slots, si + 1, t.part, slot.comma)
    if e then return e end
  end
  if slot.optional then return match_at(tokens, k, slots, si + 1, part, comma or slot.comma) end
  return nil
end

--- How long a prefix key is: patterns whose first word is a prefix ("develop*") are
--- indexed by the prefix's first letters.
local PREFIX_KEY = 3
--- The index of a list of phrases, built once per list (lists are static tables;
--- the cache is weak, so lists made on the fly are collected with their answer).
local indexes = setmetatable({}, { __mode = "k" })

local function index_of(list)
  local ix = indexes[list]
  if ix then return ix end
  ix = { by_word = {}, by_prefix = {}, general = {} }
  local function put(map, key, phrase)
    local b = map[key]
    if not b then b = {} map[key] = b end
    if b[#b] ~= phrase then b[#b + 1] = phrase end
  end
  for _, phrase in ipairs(list) do
    local first = compile(phrase)[1]
    local short_prefix = false
    for _, p in ipairs(first.prefixes) do if #p < PREFIX_KEY then short_prefix = true end end
    if first.optional or first.any or #first.suffixes > 0 or short_prefix then
      ix.general[#ix.general + 1] = phrase
    else
      for _, w in ipairs(first.wordlist) do put(ix.by_word, w, phrase) end
      for _, p in ipairs(first.prefixes) do put(ix.by_prefix, p:sub(1, PREFIX_KEY), phrase) end
    end
  end
  indexes[list] = ix
  return ix
end

--- Whether a negator stands within the window before token `i`, in the same clause.
--- A belief given up earlier in the clause ("I USED TO see it as a way to pay the
--- bills") counts as a negation too.
---@param tokens table[]
---@param i integer index of the first token of the phrase
---@return boolean
function M.negated(tokens, i)
  local t = tokens[i]
  if not t then return false end
  local k = i - 1
  while k >= 1 and k >= i - NEGATION_WINDOW and tokens[k].clause == t.clause do
    if NEGATOR_SET[tokens[k].w] then return true end
    -- "never stop learning and ALWAYS strive …": a second verb phrase is not negated
    if tokens[k].w == "and" and tokens[k + 1] and SCOPE_BREAK_SET[tokens[k + 1].w] then return false end
    k = k - 1
  end
  k = i - 1
  while k >= 2 and tokens[k].clause == t.clause do
    if tokens[k - 1].w == "used" and tokens[k].w == "to" then return true end
    k = k - 1
  end
  return false
end

--- Whether the phrase at token `i` is told as someone else's view or a goal of the past
--- ("Some people see it as a stepping stone", "I set out to run my own studio by thirty"):
--- then it says nothing of what the candidate wants now.
---@param tokens table[]
---@param i integer index of the first token of the phrase
---@return boolean
function M.reported(tokens, i)
  local t = tokens[i]
  if not t then return false end
  local start = i
  while start > 1 and tokens[start - 1].clause == t.clause do start = start - 1 end
  -- another person's view: the clause opens with other people as its subject
  local k, opened = start, 0
  while k < i and opened < 3 and FRAME_OPENER_SET[tokens[k].w] do k, opened = k + 1, opened + 1 end
  local q = k
  while q < i and q < k + 3 and OTHERS_QUANTIFIER_SET[tokens[q].w] do q = q + 1 end
  if q < i and OTHER_PEOPLE_SET[tokens[q].w] and (q > k or tokens[q].w ~= "friends" and tokens[q].w ~= "colleagues") then
    -- ("Everyone says I'm a team player" is the candidate, told through others)
    local self = false
    for y = q + 1, i - 1 do if SELF_SET[tokens[y].w] then self = true end end
    if not self then return true end
  end
  -- a goal or a belief of the past ("I thought I'd be in game design BY NOW" is a goal not
  -- reached yet, and often still held)
  local by_now, long_gone, deadline_gone = false, false, false
  for x = start, #tokens do
    if tokens[x].clause ~= t.clause then break end
    local pv, nx = tokens[x - 1] and tokens[x - 1].w, tokens[x + 1] and tokens[x + 1].w
    if tokens[x].w == "now" and pv == "by" then by_now = true end
    if LONG_GONE_SET[tokens[x].w] then long_gone = true end
    if tokens[x].w == "last" and (pv == "by" or pv == "before") and GONE_AFTER_LAST_SET[nx] then deadline_gone = true end
  end
  for x = start, i - 1 do
    local w, nx, pv = tokens[x].w, tokens[x + 1] and tokens[x + 1].w, tokens[x - 1] and tokens[x - 1].w
    local current = pv and STILL_CURRENT_SET[pv]
    if w == "set" and nx == "out" and not current then return true end
    -- a goal set for a time gone ("I set myself a goal of a freelance business by last year, and I didn't get
    -- there"; not "I've set myself a goal of chartership by next year")
    if w == "set" and nx == "myself" and (long_gone or deadline_gone) and not current then return true end
    if w == "going" and nx == "to" and (pv == "was" or pv == "were") then return true end
    if TRIED.verbs[w] and nx == "to" and not current then
      for y = x + 2, #tokens do
        if tokens[y].sentence ~= t.sentence then break end
        if TRIED.failed[tokens[y].w] then return true end
      end
    end
    -- ("as I said, I'd like …" is no belief of the past)
    local aside = tokens[x - 2] and (tokens[x - 2].w == "as" or tokens[x - 2].w == "like")
    -- (a statement of intent — told, said, promised — is of the past only with a time long gone:
    -- "Three years ago I told my area manager …"; "Last week I told my manager I'd be leaving" stands)
    if PAST_BELIEF_SET[w] and not current and not aside and not by_now and (not TELLING_SET[w] or long_gone) then
      -- the person believed follows at once ("I thought I'd"); the person told, within reach
      -- … as a state to be in ("I'd be", "I would have"; "I thought I'd aim for supervisor" is a plan now)
      local reach = TELLING_SET[w] and PAST_BELIEF_REACH or (nx == "that" and 2 or 1)
      for y = x + 1, math.min(i - 1, x + reach) do
        local a1, a2 = tokens[y + 1] and tokens[y + 1].w, tokens[y + 2] and tokens[y + 2].w
        if (tokens[y].w == "id" and BELIEVED_STATE_SET[a1]) or (tokens[y].w == "i" and PAST_MODAL_SET[a1] and BELIEVED_STATE_SET[a2]) then
          return true
        end
      end
    end
  end
  return false
end

--- Finds every occurrence of each phrase of `list` in the tokens.
---@param tokens table[]
---@param list string[] phrases in the pattern syntax
---@return table[] matches `{ phrase, i, j, from, to, negated }`, in order of position
function M.find(tokens, list)
  -- the same list found twice in one answer is found once
  local memo = tokens.found
  if not memo then memo = setmetatable({}, { __mode = "k" }) tokens.found = memo end
  if memo[list] then return memo[list] end
  local ix = index_of(list)
  local out = {}
  local function try(phrase, k)
    local e = match_at(tokens, k, compile(phrase), 1, tokens[k].part, false)
    if e and e >= k then
      out[#out + 1] = {
        phrase = phrase, i = k, j = e, from = tokens[k].from, to = tokens[e].to,
        negated = M.negated(tokens, k), reported = M.reported(tokens, k),
      }
    end
  end
  for k = 1, #tokens do
    local w = tokens[k].w
    local b = ix.by_word[w]
    local tried
    if b then
      for _, phrase in ipairs(b) do try(phrase, k) end
      tried = {}
      for _, phrase in ipairs(b) do tried[phrase] = true end
    end
    local pb = ix.by_prefix[tokens[k].p3 or w:sub(1, PREFIX_KEY)]
    if pb then
      for _, phrase in ipairs(pb) do
        if not (tried and tried[phrase]) then try(phrase, k) end
      end
    end
    for _, phrase in ipairs(ix.general) do try(phrase, k) end
  end
  table.sort(out, function(a, b) return a.from < b.from or (a.from == b.from and a.to > b.to) end)
  memo[list] = out
  return out
end

--- Keeps the matches that are not negated, nor told as another's view or a past goal.
---@param matches table[]
---@return table[]
function M.affirmed(matches)
  local out = {}
  for _, m in ipairs(matches) do
    if not m.negated and not m.reported then out[#out + 1] = m end
  end
  return out
end

--- Drops the matches that overlap any of the exception matches.
---@param matches table[]
---@param exceptions table[]
---@return table[]
function M.without(matches, exceptions)
  local out = {}
  for _, m in ipairs(matches) do
    local hit = false
    for _, e in ipairs(exceptions) do
      if m.from <= e.to and m.to >= e.from then hit = true break end
    end
    if not hit then out[#out + 1] = m end
  end
  return out
end

--- Counts distinct phrases among matches.
---@param matches table[]
---@return integer
function M.distinct(matches)
  local seen, n = {}, 0
  for _, m in ipairs(matches) do
    if not seen[m.phrase] then seen[m.phrase], n = true, n + 1 end
  end
  return n
end

--- Whether any word of `set` stands within `window` words before token i (same sentence).
---@param tokens table[]
---@param i integer
---@param set table<string, boolean>
---@param window integer
---@return boolean
function M.led_by(tokens, i, set, window)
  for k = i - 1, math.max(1, i - window), -1 do
    if tokens[k].sentence ~= tokens[i].sentence then return false end
    if set[tokens[k].w] then return true end
  end
  return false
end

--- The index of the token at or after byte offset `pos`.
---@param tokens table[]
---@param pos integer
---@return integer|nil
function M.token_at(tokens, pos)
  local lo, hi = 1, #tokens
  if hi == 0 or tokens[hi].to < pos then return nil end
  while lo < hi do -- the first token whose end is at or after pos
    local mid = (lo + hi) // 2
    if tokens[mid].to >= pos then hi = mid else lo = mid + 1 end
  end
  return lo
end

--- The span of the sentence that holds byte offset `pos`, from its first to its last word.
---@param a table the analysis returned by `M.analyze`
---@param pos integer
---@return table span `{ from = i, to = j }`
function M.sentence_span(a, pos)
  local k = M.token_at(a.tokens, pos)
  if not k then return { from = pos, to = pos } end
  local sent = a.tokens[k].sentence
  local from, to
  for _, t in ipairs(a.tokens) do
    if t.sentence == sent then
      from = from or t.from
      to = t.to
    end
  end
  return { from = from, to = to }
end

--- The dated time frame of the answer that token t lies inside, or nil (so a test of whether it lies in one).
---@param a table
---@param t table a token
---@return table|nil
function M.in_timeframe(a, t)
  for _, d in ipairs(a.dated) do
    if t.from >= d.from and t.to <= d.to then return d end
  end
  return nil
end

--- The words that tell a time served "for" one of the past ("I've been a supervisor for two years").
local SERVED_BEFORE = { been = true, was = true, were = true, spent = true, worked = true, had = true, did = true }

--- Whether a dated time frame lies behind the answer's now: followed by "ago" ("two years ago"), led by
--- "last" or "past" ("the last two years", SERVED), or a time served "for" after a verb of the past ("I've
--- been a supervisor for two years"; not "for my first year", a time ahead).
---@param a table the answer's analysis
---@param tf table a time frame of `a.dated`
---@return boolean
function M.gone(a, tf)
  local toks = a.tokens
  local first, last = M.token_at(toks, tf.from), M.token_at(toks, tf.to)
  if last and (toks[last].w == "ago" or (toks[last + 1] and toks[last + 1].w == "ago")) then return true end
  if not first then return false end
  local lead = toks[first].w == "the" and toks[first + 1] or toks[first]
  if SERVED[lead.w] and lead.w ~= "for" then return true end
  local before = toks[first].w == "for" and first or (toks[first - 1] and toks[first - 1].w == "for" and first - 1)
  if before then
    for k = before - 1, 1, -1 do
      if toks[k].sentence ~= toks[first].sentence then break end
      if SERVED_BEFORE[toks[k].w] then return true end
    end
  end
  return false
end

--- Whether token t is in a dated time frame still ahead ("in two years", not "two years ago").
---@param a table
---@param t table a token
---@return boolean
function M.ahead(a, t)
  local d = M.in_timeframe(a, t)
  return d ~= nil and not M.gone(a, d)
end

--- The sentence number of byte offset `pos`.
---@param a table
---@param pos integer
---@return integer|nil
function M.sentence_of(a, pos)
  local k = M.token_at(a.tokens, pos)
  return k and a.tokens[k].sentence or nil
end

--- Evidence for a trigger: its sentence when short enough to quote, else the trigger.
---@param a table
---@param from integer
---@param to integer
---@return table span
function M.evidence(a, from, to)
  local s = M.sentence_span(a, from)
  if s.from <= from and s.to >= to and s.to - s.from <= 220 then return s end
  return { from = from, to = to }
end

--- Whether a match or span stands in the same sentence as token index k, with no
--- contrast word ("but", "however") between them.
---@param tokens table[]
---@param k integer
---@param m table a match `{ i, j }` (token indices)
---@return boolean
function M.linked(tokens, k, m)
  if not m.i or tokens[m.i].sentence ~= tokens[k].sentence then return false end
  local lo, hi = math.min(k, m.i), math.max(k, m.j or m.i)
  for x = lo + 1, hi - 1 do
    if CONTRAST_SET[tokens[x].w] then return false end
  end
  return true
end

--- The quoted words of a match.
---@param a table
---@param m table
---@return string
function M.quote(a, m)
  return a.answer:sub(m.from, m.to)
end

-- ---------------------------------------------------------------------------
-- Context: the scenario's own words
-- ---------------------------------------------------------------------------

local STOP = set_of({ "a", "an", "the", "of", "and", "or", "for", "to", "in", "at", "on", "with", "by", "our", "its", "is", "be", "we" })

local function words_of(s)
  local out = {}
  if type(s) ~= "string" then return out end
  for _, t in ipairs(M.tokens(s)) do
    if not STOP[t.w] and #t.w > 2 then out[#out + 1] = t.w end
  end
  return out
end

--- Appends src's items to dst and returns dst (`append(append({}, a), b)` joins two lists without
--- touching either: find's results are shared and must not be changed).
local function append(dst, src)
  for _, v in ipairs(src) do dst[#dst + 1] = v end
  return dst
end
M.append = append

--- Word endings taken off to find a word's stem, longest first: "teaching" and
--- "teacher" are both "teach", "physiotherapy" and "physiotherapist" both
--- "physiotherap" (but "physician" is "physic").
local STEM_ENDINGS = { "ists", "ians", "ings", "ants", "ents", "ions", "ist", "ian", "ing", "ers", "ant",
  "ent", "ion", "ics", "er", "ic", "es", "y", "e", "s" }

--- The stem of a word: one ending off, when at least four letters are left.
---@param w string
---@return string
function M.stem(w)
  for _, e in ipairs(STEM_ENDINGS) do
    if #w - #e >= 4 and w:sub(-#e) == e then return w:sub(1, -#e - 1) end
  end
  return w
end

--- Words of a role that do not name its line of work ("graduate analyst on the
--- graduate programme" is an analyst's line, not a programmer's).
local NOT_LINE = set_of({ "graduate", "assistant", "junior", "senior", "trainee", "apprentice", "associate",
  "intern", "lead", "head", "chief", "deputy", "principal", "staff", "officer", "worker", "programme", "program", "scheme" })
--- Where a role's title ends and what follows only places it ("… on the graduate programme").
local ROLE_END = set_of({ "on", "at", "in", "for", "with", "within", "to" })
--- Nouns that end many roles' names ("customer service advisor", "store manager"): they
--- name no line of their own, so "a nurse advisor" is not in a customer service advisor's.
local GENERIC_HEADS = set_of({ "manager", "advisor", "adviser", "assistant", "officer", "worker", "lead", "consultant",
  "specialist", "executive", "coordinator", "administrator", "analyst" })

--- The tokens of a role's title, up to the words that only place it ("PA to the CEO"
--- is a PA; "graduate analyst on the graduate programme" an analyst).
---@param role string
---@return table[] tokens
function M.title_tokens(role)
  local out = {}
  for _, t in ipairs(M.tokens(role)) do
    -- (a title opening with such a word is not placed by it: "on-call firefighter", "in-house solicitor")
    if ROLE_END[t.w] and #out > 0 then break end
    out[#out + 1] = t
  end
  return out
end

--- Whether word w has the stem of a word of the role's title ("training" for a regional trainer); the title's
--- stems are read once per role.
local title_stems = M.role_memo()
---@param role string|nil
---@param w string a normalised word
---@return boolean
function M.in_title(role, w)
  if not role then return false end
  local stems = title_stems.get(role)
  if not stems then
    stems = {}
    for _, t in ipairs(M.title_tokens(role)) do stems[M.stem(t.w)] = true end
    title_stems.put(role, stems)
  end
  return stems[M.stem(w)] == true
end

--- No ladder: what a scenario without a role, or a role on no ladder, gives (one table, so
--- that the phrase index built for it is built once).
local NO_LADDER = {}

--- The career ladders a role is on (career_ladders), by id, the jobs further along
--- them as one list of phrases, and the slowest of their paces; read once per role. The
--- tables are shared by every answer read for the role: callers must treat them as read-only.
local ladders_of_role = M.role_memo()
---@param role string the role applied for ("Trainee auditor")
---@return string[] ids, string[] jobs, table<string, boolean> heads the first words of the jobs ("finance" of "finance manager"), number pace how many times an average climb the role's career takes (1 on no slow ladder)
function M.ladders_of(role)
  local known = ladders_of_role.get(role)
  if known then return known.ids, known.jobs, known.heads, known.pace end
  local ids, jobs, heads, pace = {}, {}, {}, 1
  local toks = M.tokens(role)
  for _, ladder in ipairs(ladders.LADDERS) do
    if #M.find(toks, ladder.roles) > 0 and not (ladder.except and #M.find(toks, ladder.except) > 0) then
      ids[#ids + 1] = ladder.id
      pace = math.max(pace, ladder.pace or 1)
      append(jobs, ladder.jobs)
      -- the first words of its jobs ("finance" of "finance manager"): a unit they name is on the ladder
      for _, job in ipairs(ladder.jobs) do
        for w in (job:match("^(%S+)") or ""):gmatch("[^|]+") do heads[w] = true end
      end
    end
  end
  ladders_of_role.put(role, { ids = ids, jobs = jobs, heads = heads, pace = pace })
  return ids, jobs, heads, pace
end

--- Job words many careers share: alone, they name no career of their own (the generic heads of a
--- role's title, GENERIC_HEADS, their plurals, and these).
local SHARED_JOB_WORDS = M.set_of({ "trainer", "trainers", "practitioner", "practitioners", "specialists",
  "officers", "assistants", "advisers", "advisors", "analysts", "managers", "consultants", "technician", "technicians",
  "coordinators", "engineer", "engineers", "instructor", "instructors", "driver", "drivers", "operative", "operatives",
  "workers", "supervisor", "supervisors", "apprentice", "apprenticeship", "trainee", "associate", "coach", "coaches",
  "tutor", "mentor", "designer", "developer", "developers", "editor", "producer" })
for w in pairs(GENERIC_HEADS) do SHARED_JOB_WORDS[w] = true end
--- The careers of career_ladders entered by a training of their own (a profession or a trade): a job
--- on one of them is another career for anyone not on it. A job of the other ladders (banking,
--- insurance, a contact centre, a warehouse, data, people …) is as often a move within the same
--- employer ("become a mortgage adviser" from a customer service advisor).
local PROFESSIONS = M.set_of({ "nursing and care", "midwifery", "law", "the bar", "teaching", "accountancy", "policing",
  "pharmacy", "physiotherapy", "occupational therapy", "speech and language therapy", "fitness", "hair", "beauty",
  "electrical", "plumbing and gas", "carpentry", "motor vehicles", "social work", "ambulance", "medicine", "veterinary",
  "dentistry", "cabin crew", "graphic design", "early years", "optics", "kitchen" })
--- Whether a destination names a job of another career that career_ladders knows (one of
--- PROFESSIONS), when the role applied for is on ladders of its own and the job is on none of them (a
--- physiotherapist for an accounts payable clerk; not a care navigator for a receptionist, whose
--- career no ladder knows).
--- Both careers known and apart: the words alone could not tell it from a step in the role's line.
---@param a table the analysis
---@param d table a destination of `a.destinations`
---@return boolean
function M.other_career(a, d)
  local cp = a.context
  if not (cp and cp.role[1]) then return false end
  local ids = M.ladders_of(cp.role[1])
  if #ids == 0 then return false end
  local own = {}
  for _, id in ipairs(ids) do own[id] = true end
  local toks = a.tokens
  local function within(m) return m.from >= d.from and m.to <= d.to end
  for _, m in ipairs(M.find(toks, cp.ladder)) do
    if within(m) then return false end
  end
  for _, ladder in ipairs(ladders.LADDERS) do
    if not own[ladder.id] and PROFESSIONS[ladder.id] then
      for _, m in ipairs(M.find(toks, ladder.jobs)) do
        -- a word many careers share ("trainer", "practitioner") names none of them
        if within(m) and not (m.i == m.j and SHARED_JOB_WORDS[toks[m.i].w]) then return true end
      end
    end
  end
  return false
end

--- Phrases from ctx.scenario: the role, the company name, what it is known for,
--- its values and growth paths; the set of the role's own words; and the stems of
--- the words that name its line (a physiotherapy assistant who wants to be a
--- physiotherapist, an accounts clerk who wants to be an accountant, stays in it).
--- Missing parts are skipped.
---@param ctx table|nil
---@return table lists `{ role = {…}, company = {…}, growth = {…}, own = set, line = set of stems, head = word|nil,
--- ladder = {…} }` (`ladder`: the jobs further along the role's career ladders)
--- The days of each question's own time ahead, read once per question text (false: none).
local asked_of_question = M.memo(ROLE_MEMO_SIZE)
function M.context_phrases(ctx)
  local sc = type(ctx) == "table" and type(ctx.scenario) == "table" and ctx.scenario or {}
  local company = type(sc.company) == "table" and sc.company or {}
  local role, comp, growth, own, line = {}, {}, {}, {}, {}
  local head  -- the noun that names the role: its last word, unless a generic one
  local ladder, ladder_heads = NO_LADDER, NO_LADDER
  if type(sc.role) == "string" and sc.role ~= "" then
    role[#role + 1] = norm(sc.role)
    local _, jobs, heads = M.ladders_of(role[1])
    ladder, ladder_heads = jobs, heads
    local ws = words_of(sc.role)
    if not GENERIC_HEADS[ws[#ws]] then head = ws[#ws] end
    if #ws >= 2 then role[#role + 1] = table.concat(ws, " ", 1, #ws - 1) end
    local titled = true
    for _, w in ipairs(ws) do
      own[w] = true
      if ROLE_END[w] then titled = false end
      if titled and not NOT_LINE[w] and #w >= 5 then line[M.stem(w)] = true end
    end
  end
  if type(sc.title) == "string" then
    for _, w in ipairs(words_of(sc.title)) do own[w] = true end
  end
  if type(company.name) == "string" and company.name ~= "" then comp[#comp + 1] = norm(company.name) end
  local known = words_of(company.known_for)
  if #known >= 2 then comp[#comp + 1] = known[#known - 1] .. " " .. known[#known] end
  for _, w in ipairs(known) do own[w] = true end
  if type(company.values) == "table" then
    for _, v in ipairs(company.values) do
      local ws = words_of(v)
      if #ws >= 2 then comp[#comp + 1] = ws[#ws - 1] .. " " .. ws[#ws] end
    end
  end
  if type(company.growth_paths) == "table" then
    for _, g in ipairs(company.growth_paths) do
      if type(g) == "string" and g ~= "" then
        growth[#growth + 1] = norm(g)
        for _, w in ipairs(words_of(g)) do own[w] = true end
      end
    end
  end
  -- the question's own time ("Where do you see yourself in five years?"), which a title answered
  -- with none of its own takes (claims)
  local asked
  local q = type(ctx) == "table" and type(ctx.question) == "table" and ctx.question.text
  if type(q) == "string" and q ~= "" then
    -- read once per question (this runs for every answer), false for a question with no time ahead
    if asked_of_question.get(q) == nil then
      local tf = M.timeframes(q, M.tokens(q))[1]
      -- (a time ahead, not one served: "You've been a team leader for six months. What's next?")
      asked_of_question.put(q, tf and not q:sub(tf.from):lower():match("^for%W") and not q:sub(tf.to + 1):lower():match("^%s*ago")
        and tf.days or false)
    end
    asked = asked_of_question.get(q) or nil
  end
  return { role = role, company = comp, growth = growth, own = own, line = line, head = head, ladder = ladder,
    ladder_heads = ladder_heads, asked_days = asked }
end

-- ---------------------------------------------------------------------------
-- Numbers and time frames
-- ---------------------------------------------------------------------------

local function overlaps(x, y) return x.from <= y.to and x.to >= y.from end

--- Hedges before "a month", "a year" that make it a time frame all the same.
local HEDGED_ONE = { about = true, around = true, roughly = true, approximately = true, under = true, just = true,
  -- spoken filler ("store manager in like a month")
  like = true }
--- …said after one of these ("in about a month"; not "about a year ago", "for about a year").
local HEDGED_ONE_AFTER = { ["in"] = true, within = true, by = true, after = true }

--- Time frames: the host's `text.timeframes`, plus the phrases it does not read
--- (EXTRA_TIMEFRAMES, ranges "two to three years", "by month six", "my second
--- year", "about five years"). A longer phrase read here replaces a host frame it
--- covers ("by month six" rather than "by month").
---@param answer string
---@param tokens table[]
---@return table[] `{ days = n|nil, term = "short"|"long"|nil, from, to }`
function M.timeframes(answer, tokens)
  local out = {}
  for _, t in ipairs(text.timeframes(answer)) do
    local tf = { days = tonumber(t.days), term = t.term, from = t.from, to = t.to }
    -- "one day" means "some day" unless it is "in one day"
    if type(t.text) == "string" and t.text:lower() == "one day" then tf.days, tf.term = nil, "long" end
    -- "a quarter of a million" is a number, not three months
    local k = M.token_at(tokens, t.to)
    local fraction = k and tokens[k].w == "quarter" and tokens[k + 1] and tokens[k + 1].w == "of"
    if not fraction then out[#out + 1] = tf end
  end
  local function add(days, from, to)
    local keep = {}
    for _, t in ipairs(out) do
      if overlaps(t, { from = from, to = to }) then
        if t.from <= from and t.to >= to then return end -- the host's is as long
      else
        keep[#keep + 1] = t
      end
    end
    keep[#keep + 1] = { days = days, from = from, to = to }
    out = keep
  end
  for _, m in ipairs(M.find(tokens, EXTRA_TIMEFRAME_PHRASES)) do add(EXTRA_TIMEFRAME_DAYS[m.phrase], m.from, m.to) end
  local numbers = {}
  for _, n in ipairs(text.numbers(answer)) do numbers[n.from] = n end
  for k, t in ipairs(tokens) do
    -- "N (to|or|-) M units", "about N units": a number followed by a unit
    local n = numbers[t.from]
    if n then
      local e = k
      while tokens[e + 1] and tokens[e + 1].to <= n.to do e = e + 1 end
      local v = tonumber(n.value)
      local u = tokens[e + 1]
      if u and (u.w == "to" or u.w == "or") and tokens[e + 2] and numbers[tokens[e + 2].from] then
        local m = numbers[tokens[e + 2].from]
        v = math.max(v or 0, tonumber(m.value) or 0)
        e = e + 2
        while tokens[e + 1] and tokens[e + 1].to <= m.to do e = e + 1 end
        u = tokens[e + 1]
      end
      local p = tokens[k - 1]
      -- "one day" is "some day", unless it is "in one day" or "within one day"
      if t.w == "one" and u and (u.w == "day") and not (p and (p.w == "in" or p.w == "within" or p.w == "after" or p.w == "for")) then v = nil end
      -- a count of a singular unit before a noun measures the noun ("30-day activation", "a four-year
      -- apprenticeship"), unless the noun is a plan for the time ("a five-year plan") or its end is the
      -- time ("by the end of the two-year scheme")
      local after, ends = tokens[e + 2], tokens[k - 2] and tokens[k - 2].w == "of" and tokens[k - 3] and tokens[k - 3].w == "end"
      if v and v ~= 1 and u and SPAN_UNITS[u.w] and after and after.clause == u.clause and not SPAN_NOUNS[after.w] and not ends then
        v = nil
      end
      if v and u and UNIT_DAYS[u.w] then
        local from = t.from
        if p and (p.w == "about" or p.w == "around" or p.w == "roughly" or p.w == "approximately" or p.w == "in" or p.w == "within") then from = p.from end
        add(v * UNIT_DAYS[u.w], from, u.to)
      end
    end
    -- "in about a month", "within around a year": "a" is one, after a hedge the host does not read
    if (t.w == "a" or t.w == "an") and tokens[k + 1] and UNIT_DAYS[tokens[k + 1].w] and tokens[k - 1]
      and HEDGED_ONE[tokens[k - 1].w] and tokens[k - 2] and HEDGED_ONE_AFTER[tokens[k - 2].w] then
      add(UNIT_DAYS[tokens[k + 1].w], tokens[k - 1].from, tokens[k + 1].to)
    end
    -- "by month six", "in year two", "for years two and three": after a preposition, in one clause
    -- (not "ten years? Twelve", nor a school's "Year 7 and 8 students")
    -- (past a hedge: "by about year two"; or opening its sentence: "Month one, I want …")
    local back = k - 1
    while tokens[back] and HEDGED_ONE[tokens[back].w] do back = back - 1 end
    local lead = tokens[back]
    local opens = not tokens[k - 1] or tokens[k - 1].sentence ~= t.sentence
    if UNIT_DAYS[t.w] and tokens[k + 1] and tokens[k + 1].clause == t.clause and ((lead and ORDINAL_LEADS[lead.w]) or opens) then
      local v = SMALL_NUMBERS[tokens[k + 1].w] or tonumber(tokens[k + 1].w)
      if v and v < 40 then
        local e = k + 1
        if tokens[k + 2] and (tokens[k + 2].w == "and" or tokens[k + 2].w == "to") and tokens[k + 3] and SMALL_NUMBERS[tokens[k + 3].w] then
          v, e = SMALL_NUMBERS[tokens[k + 3].w], k + 3
        end
        local from = t.from
        local p = tokens[k - 1]
        if p and (p.w == "by" or p.w == "in" or p.w == "for" or p.w == "from") then from = p.from end
        add(v * UNIT_DAYS[t.w], from, tokens[e].to)
      end
    end
    -- "my second year", "by the third month"
    if ORDINALS[t.w] and t.w ~= "first" and tokens[k + 1] and UNIT_DAYS[tokens[k + 1].w] then
      add(ORDINALS[t.w] * UNIT_DAYS[tokens[k + 1].w], t.from, tokens[k + 1].to)
    end
  end
  -- a count with its unit left off at the end of a clause, after a time said with one earlier in the
  -- sentence ("in about a year …, and then front office manager in three or four"): the same unit
  for k, t in ipairs(tokens) do
    local v = tokens[k + 1] and (SMALL_NUMBERS[tokens[k + 1].w] or tonumber(tokens[k + 1].w))
    if UNIT_LEFT_OFF_LEADS[t.w] and v and v < 40 then
      local e = k + 1
      if tokens[e + 1] and (tokens[e + 1].w == "or" or tokens[e + 1].w == "to") and tokens[e + 2] and SMALL_NUMBERS[tokens[e + 2].w] then
        v, e = math.max(v, SMALL_NUMBERS[tokens[e + 2].w]), e + 2
      end
      local nx = tokens[e + 1]
      if not nx or nx.clause ~= tokens[e].clause then
        local unit
        for _, o in ipairs(out) do
          local ok, first = M.token_at(tokens, o.to), M.token_at(tokens, o.from)
          local ou = ok and tokens[ok]
          -- (a time ahead, not one served: "I've been a supervisor for 18 months … store manager in two")
          local served = first and (SERVED[tokens[first].w] or (tokens[first - 1] and SERVED[tokens[first - 1].w]))
          if ou and ou.sentence == t.sentence and ok < k and UNIT_DAYS[ou.w] and not served then unit = UNIT_DAYS[ou.w] end
        end
        if unit then add(v * unit, t.from, tokens[e].to) end
      end
    end
  end
  -- age deadlines: "before I'm twenty-eight", "by the time I turn 40", "by thirty."
  local function age_at(k)
    local t = tokens[k]
    if not t then return nil end
    local n = tonumber(t.w)
    if n then return (n >= 16 and n <= 70) and n or nil, k end
    local tens = AGE_TENS[t.w]
    if not tens then return nil end
    local u = tokens[k + 1] and AGE_UNITS[tokens[k + 1].w]
    if u then return tens + u, k + 1 end
    return tens, k
  end
  -- an age is said as one: after an age word ("I'm", "turn", "the age of"), or
  -- alone at the end of its clause, or before "years old" or "birthday"
  local function said_as_age(k, j, e)
    for x = k + 1, j - 1 do if AGE_MARKERS[tokens[x].w] then return true end end
    local nx = tokens[e + 1]
    if not nx or nx.clause ~= tokens[e].clause then return true end
    return nx.w == "birthday" or (nx.w == "years" and tokens[e + 2] and tokens[e + 2].w == "old")
  end
  local deadlines, current = {}, nil
  for k, t in ipairs(tokens) do
    if t.w == "by" or t.w == "before" then
      local j = k + 1
      while tokens[j] and AGE_LEAD[tokens[j].w] and j - k <= 4 do j = j + 1 end
      local age, e = age_at(j)
      if age and tokens[e].sentence == t.sentence and said_as_age(k, j, e) then
        deadlines[#deadlines + 1] = { age = age, from = t.from, to = tokens[e].to, first = k, last = e }
      end
    end
  end
  -- the candidate's age: "I'm twenty-six (now)", not inside a deadline
  for k, t in ipairs(tokens) do
    if t.w == "im" or (t.w == "am" and tokens[k - 1] and tokens[k - 1].w == "i") then
      local inside = false
      for _, d in ipairs(deadlines) do if k >= d.first and k <= d.last then inside = true end end
      local age, e = age_at(k + 1)
      local nx = age and tokens[e + 1]
      if age and not inside and (not nx or nx.clause ~= tokens[e].clause or nx.w == "now" or nx.w == "years") then current = age end
    end
  end
  for _, d in ipairs(deadlines) do
    if not (current and d.age <= current) then
      local days = current and (d.age - current) * 365
      -- with no age now, how far the age is, said just after it ("captain by 30, which is about six
      -- years from now"), rather than AGE_DEADLINE_DAYS
      for _, o in ipairs(days and {} or out) do
        local k = M.token_at(tokens, o.from)
        if k and k > d.last and k - d.last <= 5 and tokens[k].sentence == tokens[d.last].sentence then
          for x = d.last + 1, k - 1 do
            if AGE_DISTANCE[tokens[x].w] then days = o.days end
          end
        end
      end
      add(days or AGE_DEADLINE_DAYS, d.from, d.to)
    end
  end
  table.sort(out, function(x, y) return x.from < y.from end)
  return out
end

-- ---------------------------------------------------------------------------
-- Destinations: where the answer says the candidate is heading
-- ---------------------------------------------------------------------------

local OCCUPATION_LIST, FIELD_LIST, ORG_LIST = OCCUPATIONS, FIELDS, ORGANISATIONS
--- An answer that opens by naming where it goes, in a few words and no verb ("Interior design.", "Teaching, I
--- think, primary.", "In sales, I hope.", "Hopefully a district judge."; session 32, training-206..209): the
--- opening is its destination, read as one after a lead, when the question asks where the candidate is going
--- (`asks`, words of the question; not about learning, `learning`) and the opening has at most `words` words besides the hedges (`hedges`), none
--- of them a word that makes it a clause (`verbs`).
local OPENING_DESTINATION = {
  words = 4,
  asks = { "where", "career", "long term", "longer term", "future", "direction", "path", "see yourself", "plans", "plan", "goals", "goal", "fit", "years" },
  hedges = set_of({ "hopefully", "honestly", "eventually", "probably", "ideally", "maybe", "perhaps", "definitely",
    "ultimately", "really", "um", "uh", "er", "erm", "well", "oh", "so", "still" }),
  verbs = set_of({ "i", "im", "id", "ive", "ill", "we", "were", "weve", "it", "its", "thats", "this", "that", "you", "is",
    "are", "was", "be", "been", "want", "would", "will", "to", "not", "no", "dont", "same", "here", "more", "less", "just",
    "whatever", "anything", "something", "nothing", "somewhere", "anywhere", "depends", "good", "question", "great", "yes", "yeah", "sure" }),
  -- (not a question about learning: "Are you planning any further education or training in the next few years?",
  -- "Data science, a short course." is a course, not a career; session 32's review)
  learning = { "learn", "learning", "training", "education", "skills", "skill", "study", "studying", "course", "courses",
    "qualification", "qualifications", "develop", "development" },
  kinds = set_of({ "field", "organisation", "own-business" }),
  before = set_of({ "in", "into", "the", "a", "an" }),
  ways = set_of({ "route", "routes", "path", "pathway", "track", "practice", "side", "team", "scheme", "programme" }),
}
local SENIORITY_SET = set_of(SENIORITY)
local INTERNAL_UNIT_SET = set_of(INTERNAL_UNITS)
--- The units that are another department ("your marketing department"; "the design side" may be one's own craft's).
local DEPARTMENT_SET = set_of({ "department", "departments", "team", "teams", "division", "function" })
--- The fields that name a business function, and so another department: not education, research or
--- data science, which many careers have a team of their own for (a nurse's clinical education team).
local DEPARTMENT_FIELD_SET = set_of({ "marketing", "finance", "hr", "human", "it", "tech", "software", "programming",
  "coding", "accounting", "accountancy", "law", "pr", "public", "advertising", "design", "graphic", "web", "media",
  "consulting", "consultancy", "property", "banking" })
local THING_WORDS = set_of({ "something", "anything", "nothing", "everything" })
local TRAINING_NOUN_SET = set_of({ "course", "courses", "degree", "programme", "program", "apprenticeship", "training",
  "qualification", "route", "pathway", "diploma", "masters", "msc", "exams", "conversion" })
local APPOSITION_SET = set_of({ "maybe", "probably", "possibly", "perhaps", "like", "ideally", "preferably", "specifically", "namely" })
local FUTURE_SET = set_of(FUTURE_MARKERS)
local OTHER_MARKERS = set_of({ "another", "other", "different", "bigger", "larger", "big", "whichever", "any", "new", "better", "rival", "competing" })
--- Of OTHER_MARKERS, those that make an organisation another one when said right before it ("at a bigger firm", not "of
--- any charity" or "at the new hospital").
local ELSEWHERE_MARKERS = set_of({ "another", "other", "different", "bigger", "larger", "big", "better", "rival", "competing" })
--- Words that, right before a job on the role's ladder, make it another job ("a management
--- consultant", "a property developer", "a taxi driver"); so does a word that names an occupation,
--- a field or an organisation. Any other word leaves it the ladder's ("an amazing stylist", "a family
--- solicitor", "a mental health nurse").
local NOT_LADDER_BEFORE = set_of({ "management", "taxi", "cab", "racing", "rally", "forklift", "data", "mortgage",
  "stock", "newspaper", "magazine", "property", "games", "game", "sound", "civil", "safety", "ofsted", "tax",
  "sales", "personal", "interior", "food", "wedding", "event", "events", "party", "tv", "dog", "pet", "fashion",
  "business", "brand", "social", "media", "content", "quality", "insurance", "travel", "estate", "lettings", "court",
  "bus", "train", "van", "lorry", "delivery", "ambulance", "police", "prison", "army", "navy", "fire", "flight" })
local PREPOSITIONS = set_of({ "of", "in", "for", "with", "at", "on", "from", "by", "like", "within", "inside", "who", "that" })
--- A course or an event by its name ("the Remember A Charity training sessions", session 30): one of `words` within
--- a few words after the name, and a verb of `going` to one at the destination's lead.
local EVENT_NAMED = {
  words = set_of({ "training", "course", "courses", "session", "sessions", "seminar", "seminars", "conference",
    "conferences", "workshop", "workshops", "webinar", "webinars", "event", "events" }),
  going = set_of({ "go", "going", "went", "attend", "attending", "attended", "visit", "visiting", "at" }) }
local NOT_OCCUPATION_SET = set_of(NOT_OCCUPATIONS)

--- Whether a word has the form of an occupation ("groomer", "translator",
--- "dietitian", "florist") and is not one of the common look-alikes.
---@param w string
---@return boolean
local function looks_like_occupation(w)
  if NOT_OCCUPATION_SET[w] or SENIORITY_SET[w] then return false end
  if w:sub(-1) == "s" then w = w:sub(1, -2) end
  if NOT_OCCUPATION_SET[w] or SENIORITY_SET[w] or #w < 5 then return false end
  for _, suffix in ipairs(OCCUPATION_SUFFIXES) do
    if w:sub(-#suffix) == suffix then return true end
  end
  return false
end
local OCCUPATION_SET = set_of(OCCUPATIONS)
local ORG_PLURAL = {}
do
  local orgs = set_of(ORGANISATIONS)
  for _, w in ipairs(ORGANISATIONS) do
    if orgs[w:sub(1, -2)] and w:sub(-1) == "s" then ORG_PLURAL[w] = true end
  end
  for _, w in ipairs(ORGANISATIONS) do
    if w:sub(-3) == "ies" and orgs[w:sub(1, -4) .. "y"] then ORG_PLURAL[w] = true end
  end
end
local STOP_DEST = set_of({
  ".", "and", "then", "so", "because", "but", "which", "where", "who", "when", "while", "until", "till",
  "once", "after", "before", "if", "to", "since", "although", "though", "as",
  -- a comparison: what comes after it is what is not wanted ("I'd rather be a chef than a driver")
  "than",
})

--- Reads the destinations of an answer: what follows a DESTINATION_LEADS phrase,
--- up to the end of the clause, classified by the lexical classes it contains.
---@param a table the analysis (tokens, ties)
---@param cp table context phrases
---@return table[] `{ from, to, i, j, kind = "occupation"|"field"|"organisation"|"own-business"|"department"|"internal"|"neutral", word, tied }`
local function read_destinations(a, cp)
  local toks = a.tokens
  local out = {}
  local own = {}
  for w in pairs(cp.own) do own[w] = true own[w .. "s"] = true end
  -- a word of the role (or said as the candidate's own), or one with the stem of a word naming its line
  local function is_own(w) return own[w] or cp.line[M.stem(w)] or false end
  -- occupations the answer gives as its own role ("As a junior developer", "I'm a nurse")
  for k, t in ipairs(toks) do
    local p1, p2 = toks[k - 1], toks[k - 2]
    -- "As a nurse, …" opening a clause, "I'm a nurse", "I am a nurse", "in my role as a nurse"
    local self_frame = (t.w == "a" or t.w == "an") and p1 and
      ((p1.w == "as" and (not p2 or p2.clause ~= p1.clause or p2.w == "role" or p2.w == "currently" or p2.w == "now"))
       or p1.w == "im" or (p1.w == "am" and p2 and p2.w == "i"))
    -- ("I'm a musician, really", "I'm a nurse at heart": who the candidate is besides this job, not
    -- the role; read as an occupation of its own, a.identity)
    local really = false
    if self_frame then
      for x = k + 1, math.min(#toks, k + 5) do
        if toks[x].clause ~= t.clause and toks[x].sentence ~= t.sentence then break end
        if toks[x].w == "really" or toks[x].w == "actually" or (toks[x].w == "heart" and toks[x - 1].w == "at") then really = true end
      end
    end
    if self_frame and really then
      a.identity = k + 1
    elseif self_frame then
      for x = k + 1, math.min(#toks, k + 4) do
        if toks[x].clause ~= t.clause then break end
        own[toks[x].w] = true
      end
    end
  end
  local function find_class(list)
    local found = {}
    for _, m in ipairs(M.find(toks, list)) do found[m.i] = found[m.i] or m end
    return found
  end
  local occ = find_class(OCCUPATION_LIST)
  local occ_plural = {}
  for k, t in ipairs(toks) do
    if t.w:sub(-1) == "s" and not occ[k] and OCCUPATION_SET[t.w:sub(1, -2)] then occ_plural[k] = true end
  end
  local fields = find_class(FIELD_LIST)
  -- "IT" the field, not "it" the pronoun
  for k, m in pairs(fields) do
    if m.i == m.j and toks[k].w == "it" and toks[k].raw ~= "IT" then fields[k] = nil end
  end
  local orgs = find_class(ORG_LIST)
  -- jobs further along the role's own ladders ("a registered nurse" for a healthcare assistant),
  -- each with no other noun before it ("a consultant", not "a management consultant"); an answer
  -- that names one plans a way up its own line (red_flags: passing through is then the plan)
  local ladder_jobs, ladder_words = {}, {}
  a.laddered, a.in_line = false, false
  local named = M.affirmed(M.find(toks, cp.ladder))
  for _, m in ipairs(named) do for k = m.i, m.j do ladder_words[k] = true end end
  for _, m in ipairs(named) do
    local p = toks[m.i - 1]
    -- ("a test automation engineer", "a commis chef": the word before is a ladder word too)
    local other = p and p.clause == toks[m.i].clause and not ladder_words[m.i - 1]
      and (NOT_LADDER_BEFORE[p.w] or occ[m.i - 1] or fields[m.i - 1] or orgs[m.i - 1] or occ_plural[m.i - 1])
    if not other then
      ladder_jobs[#ladder_jobs + 1] = m
      a.laddered = true
    end
  end
  local ladder_start = {}
  for _, m in ipairs(ladder_jobs) do ladder_start[m.i] = true end
  -- whether a ladder job covers the whole of occupation or field match m
  local function on_ladder(m)
    for _, l in ipairs(ladder_jobs) do
      if l.i <= m.i and l.j >= m.j then return true end
    end
    return false
  end
  -- whether a course, degree or route follows occupation match m ("the physician associate course")
  local function trains_for(m, last)
    for y = m.j + 1, math.min(m.j + 2, last) do
      if TRAINING_NOUN_SET[toks[y].w] then return true end
    end
    return false
  end
  local stays = find_class(STAY_WORDS)
  -- occupations and fields named anywhere, outside the candidate's own line
  a.classed = {}
  for k in ipairs(toks) do
    local m = occ[k] or fields[k]
    if m and not is_own(toks[m.j].w) and not is_own(toks[m.i].w) then a.classed[#a.classed + 1] = m end
  end
  -- another organisation by name
  local company_words = {}
  for _, p in ipairs(cp.company) do for w in p:gmatch("%S+") do company_words[w] = true end end
  -- the words of a professional body's name, joined as a member ("join the Employment Lawyers
  -- Association's trainee events", "the Law Society"): no employer and no field to go to
  local body_name = {}
  for k, t in ipairs(toks) do
    if PROFESSIONAL_BODY[t.w] and t.raw:match("^%u") then
      -- only joined as a member: its events, network or membership ("the Association's trainee
      -- events", "the Law Society as a member"), not an employer of the name ("Nationwide Building Society")
      local member = t.raw:match("'s$") or t.raw:match("\226\128\153s$")
      for y = k + 1, math.min(#toks, k + 4) do
        if toks[y].clause == t.clause and MEMBERSHIP[toks[y].w] then member = true end
      end
      if member then
        local x = k
        while x > 1 and toks[x - 1].clause == t.clause and toks[x - 1].raw:match("^%u") and k - x < 4 do x = x - 1 end
        for y = x, k do body_name[y] = true end
      end
    end
  end
  -- the first word at or after k that is no article
  local function past_articles(k)
    while toks[k] and (toks[k].w == "a" or toks[k].w == "the" or toks[k].w == "an") do k = k + 1 end
    return k
  end
  -- (a skill by its name is no organisation: "I've been getting into Python")
  local skill_at = {}
  for _, m in ipairs(a.skills) do for k = m.i, m.j do skill_at[k] = true end end
  -- whether the name at x is a course's or an event's: an event word after it, and a verb of going to one
  -- before the lead ("go to the Remember A Charity training sessions"; not "join the KPMG graduate programme")
  local function event_at(x, lead_i)
    local named = false
    for k = x + 1, math.min(#toks, x + 4) do
      if toks[k].clause == toks[x].clause and EVENT_NAMED.words[toks[k].w] then named = true end
    end
    if not named then return false end
    for k = lead_i, math.max(1, lead_i - 3), -1 do
      if EVENT_NAMED.going[toks[k].w] then return true end
    end
    return false
  end
  for _, lead in ipairs(M.affirmed(M.find(toks, ORG_NAME_LEADS))) do
    local x = past_articles(lead.j + 1)
    local t = toks[x]
    -- ("applying to CID" for a police constable is a job on the role's ladder, not an organisation)
    -- (a grade by its number is no organisation: "I see myself at Band 6")
    local graded = toks[x + 1] and toks[x + 1].w:match("^%d")
    -- (nor a name that a course or an event follows: "go to the Remember A Charity training sessions")
    local course = t ~= nil and event_at(x, lead.i)
    if t and t.sentence == toks[lead.j].sentence and t.raw:match("^%u") and t.w ~= "i" and not company_words[t.w] and not graded
      and not skill_at[x] and not course
      and not ladder_words[x] and not (body_name[x] and JOIN_WORDS[toks[lead.i].w]) then
      out[#out + 1] = { from = lead.from, to = t.to, i = lead.i, j = x, kind = "organisation", word = t.raw, named = true }
    end
  end
  local leads = M.affirmed(M.find(toks, DESTINATION_LEADS))
  local aims = M.affirmed(M.find(toks, CAREER_AIM_AFTER))
  for _, lead in ipairs(M.affirmed(M.find(toks, NEUTRAL_LEADS))) do
    -- a liking of the present ("I like working for a firm that has steady work"), not "I'd like working …"
    local before = toks[lead.i - 1]
    local liking = toks[lead.i].w:sub(-3) == "ing" and before ~= nil and PRESENT_LIKING[before.w]
    -- ("I'd really love working for an airline": the conditional may stand an adverb or two back)
    for k = lead.i - 2, math.max(1, lead.i - 4), -1 do
      if liking and toks[k].clause == toks[lead.i].clause and CONDITIONAL_SET[toks[k].w] then liking = false end
    end
    local added = false
    for k = lead.i - 1, liking and lead.i or math.max(1, lead.i - FUTURE_WINDOW), -1 do
      if toks[k].sentence ~= toks[lead.i].sentence then break end
      if FUTURE_SET[toks[k].w] then leads[#leads + 1] = lead added = true break end
      if CONTRAST_SET[toks[k].w] then break end
    end
    for _, m in ipairs(added and {} or aims) do
      if m.i > lead.j and toks[m.i].sentence == toks[lead.i].sentence then leads[#leads + 1] = lead break end
    end
  end
  -- the opening, when it names where the answer goes in a few words (OPENING_DESTINATION)
  -- (the hedges may stand in a clause of their own: "Eventually, farming.")
  local k0 = 1
  while toks[k0] and OPENING_DESTINATION.hedges[toks[k0].w] and toks[k0].sentence == 1 do k0 = k0 + 1 end
  if a.asks_direction and toks[k0] and toks[k0].sentence == 1 then
    local s, n, verbless = nil, 0, true
    for k = k0, #toks do
      local t = toks[k]
      if t.clause ~= toks[k0].clause then break end
      -- ("My degree's in education": a verb in a contraction; "Writing copy", "Teaching my modules": a field's
      -- word in "-ing" with an object is the verb)
      local contracted = t.raw:find("'s", 1, true) or t.raw:find("\226\128\153s", 1, true)
      local gerund = t.w:sub(-3) == "ing" and toks[k + 1] and toks[k + 1].clause == t.clause
      if OPENING_DESTINATION.verbs[t.w] or contracted or gerund then verbless = false end
      if not (s == nil and OPENING_DESTINATION.hedges[t.w]) then s = s or k n = n + 1 end
    end
    local ends = s and toks[s + n] == nil or (s and toks[s + n].clause ~= toks[s].clause)
    if s and verbless and n <= OPENING_DESTINATION.words and ends then
      -- ("The officer route.", "The pensions consulting path.": a way along the role's own line)
      if not OPENING_DESTINATION.ways[toks[s + n - 1].w] then
        leads[#leads + 1] = { i = s, j = s, first = s, from = toks[s].from, to = toks[s].to, opening = true }
      end
    end
  end
  for _, lead in ipairs(leads) do
    local first = lead.first or lead.j + 1
    -- "joining as a junior developer": a preposition after the lead starts no destination
    if toks[first] and STOP_DEST[toks[first].w] then first = #toks + 1 end
    -- nor does a professional body's name ("join the Law Society")
    if body_name[past_articles(first)] and JOIN_WORDS[toks[lead.i].w] then first = #toks + 1 end
    -- "start covering for …", "be taking calls": a verb, not a destination ("be teaching" is a field)
    local f = toks[first]
    local gerund = f ~= nil and f.w:sub(-3) == "ing"
    if gerund and not fields[first] and not THING_WORDS[f.w] then first = #toks + 1 end
    -- a field's word in "-ing" with an object after it is the verb ("start writing my own detections")
    local o = toks[first + 1]
    if gerund and fields[first] and o and o.clause == f.clause and OBJECT_OPENERS[o.w]
      and START_WORDS[toks[lead.j].w] then first = #toks + 1 end
    local d = { from = lead.from, i = lead.i, j = lead.j, to = lead.to, kind = "neutral", lead = lead, opening = lead.opening }
    -- the noun phrase after the lead, up to a stop word or the end of the clause
    local last = first - 1
    local clause = toks[lead.j].clause
    while last + 1 <= math.min(#toks, first + 8) do
      local t = toks[last + 1]
      -- "something creative, maybe interior design": an apposition carries on
      if t.clause ~= clause and APPOSITION_SET[t.w] and t.sentence == toks[lead.j].sentence then clause = t.clause end
      if t.clause ~= clause or (last + 1 > first and STOP_DEST[t.w]) then break end
      last = last + 1
    end
    local head, staying, senior, business, other, unit = nil, false, false, false, false, false
    local in_line, ladder_named = false, false  -- the role's own line named; a ladder job with no occupation
    local covered = {}
    for x = first, last do
      local m = occ[x] or fields[x]
      if m then for k = m.i, m.j do covered[k] = true end end
    end
    for x = first, last do
      local t = toks[x]
      if stays[x] or INTERNAL_UNIT_SET[t.w] then staying = true end
      if DEPARTMENT_SET[t.w] then unit = true end
      if t.w == "my" and toks[x + 1] and toks[x + 1].w ~= "own" then other = true end
      -- a seniority word that is part of an occupation ("personal trainer") is not one, nor "management"
      -- naming a field ("a launch pad into management consulting")
      if SENIORITY_SET[t.w] and not covered[x] and not (t.w == "management" and x < last and fields[x + 1]) then senior = true end
      if t.w == "own" and toks[x - 1] and toks[x - 1].w == "my" then business = true end
      if OTHER_MARKERS[t.w] then other = true end
      if PREPOSITIONS[t.w] and x > first then break end
      head = x
    end
    local function set(kind, m) d.kind, d.word, d.to, d.j, d.head = kind, M.quote(a, m):lower(), m.to, m.j, m.i end
    local found
    for x = first, last do
      local m = orgs[x]
      -- "a store manager", "a bank teller": an organisation word naming a job, not a place to go
      local nx = m and toks[m.j + 1]
      if nx and (SENIORITY_SET[nx.w] or OCCUPATION_SET[nx.w]) and nx.clause == toks[m.j].clause then m = nil end
      -- … nor one naming a course or an event gone to ("the Remember A Charity training sessions")
      if m and event_at(m.i, lead.i) then m = nil end
      if m and not staying then
        if business then set("own-business", m)
        elseif toks[x].w == "competitor" or toks[x].w == "competitors" then set("organisation", m)
        -- "a solicitor at a bigger firm": the marker may stand after a preposition the head stopped at
        elseif other or (toks[x - 1] and (toks[x - 1].w == "a" or toks[x - 1].w == "an" or ELSEWHERE_MARKERS[toks[x - 1].w])) or
          (ORG_PLURAL[toks[m.j].w] and toks[x - 1] and toks[x - 1].w ~= "your") then
          set("organisation", m)
        end
        if d.kind ~= "neutral" then found = true break end
      end
    end
    if not found and (staying or senior) and last >= first then
      d.kind = "internal"
      -- "a qualified solicitor" for a paralegal: a seniority word, and the role's own line named
      for x = first, last do
        local m = occ[x] or fields[x]
        if (m and (is_own(toks[m.j].w) or on_ladder(m))) or ladder_start[x] then in_line = true end
      end
      -- another department of the company, named by a field outside the role's line and
      -- its ladders ("move into your marketing department" for a pharmacist): another career
      if unit and not in_line and not senior then
        for x = first, last do
          local m = fields[x]
          if m and DEPARTMENT_FIELD_SET[toks[m.i].w] and not is_own(toks[m.i].w) and not is_own(toks[m.j].w)
            and not cp.ladder_heads[toks[m.i].w] then
            set("department", m)
            break
          end
        end
      end
    elseif not found then
      for x = first, last do
        local m = occ[x] or fields[x]
        -- "become the planner people trust", "the garage's technician": the role here, not another career
        local definite = toks[first] and (toks[first].w == "the" or toks[first].w == "your" or toks[first].w == "our")
        -- ("the physician associate course" trains for another occupation)
        if m and occ[x] and definite and not trains_for(m, last) then
          d.kind = "internal"
          break
        end
        if m then
          -- the role's own line: an occupation whose head word is the role's (or has the stem of
          -- a word naming its line), a field all of whose words are
          -- ("detective constable" for a constable: the phrase ends with the noun naming the role)
          local own_line = is_own(toks[m.j].w) or (head == m.j + 1 and toks[head].w == cp.head)
          if fields[x] and m == fields[x] then
            own_line = true
            for k = m.i, m.j do if toks[k].w ~= "the" and not is_own(toks[k].w) then own_line = false end end
          end
          -- a job further along the role's own ladder ("a chartered accountant" for a trainee auditor)
          if on_ladder(m) then own_line = true end
          if own_line then d.kind, in_line = "internal", true
          else set(fields[x] and "field" or "occupation", m) break end
        elseif occ_plural[x] and not is_own(toks[x].w) and not on_ladder({ i = x, j = x }) then
          set("occupation", { from = toks[x].from, to = toks[x].to, j = x }) break
        elseif ladder_start[x] then
          ladder_named = true  -- "move into dispatch": a job on the role's ladder, no occupation named
        end
      end
      -- an occupation by its form: "a dog groomer", "a translator"
      local indefinite = toks[first] and (toks[first].w == "a" or toks[first].w == "an")
      if d.kind == "neutral" and indefinite and head and looks_like_occupation(toks[head].w) and not is_own(toks[head].w)
        and not on_ladder({ i = head, j = head }) then
        set("occupation", { from = toks[head].from, to = toks[head].to, j = head })
      end
      -- a job on the role's ladder and no other occupation named: the role's line
      if d.kind == "neutral" and ladder_named then d.kind, in_line = "internal", true end
    end
    -- an opening is read only as a field, an organisation or a business of one's own named ("Interior design.";
    -- a title alone, "Professor.", "Permanent secretary.", is more often one too far up the role's own line)
    if d.opening and not OPENING_DESTINATION.kinds[d.kind] then d.kind = "neutral" end
    -- … and the field named first ("Commercial property.", "Hedge accounting.": a kind of the role's own work)
    for x = first, (d.opening and d.head or first) - 1 do
      if not OPENING_DESTINATION.before[toks[x].w] then d.kind = "neutral" end
    end
    if d.kind ~= "neutral" then out[#out + 1] = d end
    -- the role's own line named: the model must then be surer to call the answer misaligned
    if d.kind == "internal" and in_line then a.in_line = true end
  end
  -- tied back to the company in the same sentence, with no contrast between ("one of your
  -- competitors" is no tie)
  for _, d in ipairs(out) do
    d.tied = false
    if d.word ~= "competitor" and d.word ~= "competitors" then
      for _, m in ipairs(a.ties.company) do
        if M.linked(toks, d.i, m) then d.tied = true break end
      end
    end
  end
  return out
end

-- ---------------------------------------------------------------------------
-- The whole reading
-- ---------------------------------------------------------------------------

local last_key, last_analysis

--- A key for the parts of ctx the analysis reads (the scenario, and the question's text: the same
--- answer to another question is read again, for that question's own time).
local function context_key(ctx)
  local q = type(ctx) == "table" and type(ctx.question) == "table" and ctx.question.text
  q = type(q) == "string" and q or ""
  local sc = type(ctx) == "table" and type(ctx.scenario) == "table" and ctx.scenario or nil
  if not sc then return q end
  local company = type(sc.company) == "table" and sc.company or {}
  local parts = { q, tostring(sc.id), tostring(sc.role), tostring(sc.title), tostring(company.name), tostring(company.known_for) }
  for _, k in ipairs({ "values", "growth_paths" }) do
    if type(company[k]) == "table" then
      for _, v in ipairs(company[k]) do parts[#parts + 1] = tostring(v) end
    end
  end
  return table.concat(parts, "\0")
end

--- Reads every signal of an answer once; the last analysis is kept and shared by
--- the plugins evaluating the same answer (callers must treat it as read-only).
---@param answer string
---@param ctx table|nil the host's ctx (ctx.scenario, and ctx.question's text for its time)
---@return table analysis
function M.analyze(answer, ctx)
  answer = type(answer) == "string" and answer or ""
  local key = answer .. "\1" .. context_key(ctx)
  if key == last_key then return last_analysis end
  local a = M.read(answer, ctx)
  last_key, last_analysis = key, a
  return a
end

--- Reads every signal of an answer (uncached; see `M.analyze`).
---@param answer string
---@param ctx table|nil
---@return table analysis
function M.read(answer, ctx)
  local tokens = M.tokens(answer)
  local cp = M.context_phrases(ctx)
  local a = { answer = answer, tokens = tokens, word_count = 0, sentence_count = 0, context = cp }
  for _, t in ipairs(tokens) do
    if t.w ~= "%" then a.word_count = a.word_count + 1 end
    a.sentence_count = math.max(a.sentence_count, t.sentence)
  end

  a.ties = {
    role = M.affirmed(M.find(tokens, append(append({}, ROLE_TIES), cp.role))),
    company = M.affirmed(M.find(tokens, append(append({}, COMPANY_TIES), cp.company))),
    value = M.affirmed(M.find(tokens, VALUE_ADD)),
    growth = M.affirmed(M.find(tokens, append(append({}, GROWTH_DESTINATIONS), cp.growth))),
  }
  -- growth destinations any company has, as a reading without the scenario would find them
  -- (flag_features reads the answer as in training, from this same analysis)
  a.generic_growth = #cp.growth > 0 and M.affirmed(M.find(tokens, GROWTH_DESTINATIONS)) or a.ties.growth
  a.tie_kinds = 0
  for _, list in pairs(a.ties) do
    if #list > 0 then a.tie_kinds = a.tie_kinds + 1 end
  end
  a.tied = #a.ties.role > 0 or #a.ties.company > 0

  a.skills = M.affirmed(M.find(tokens, SKILLS))
  a.means = M.affirmed(M.find(tokens, MEANS))
  a.plan = M.affirmed(M.find(tokens, ACTION_PLAN))
  a.short_term = M.affirmed(M.find(tokens, SHORT_TERM))
  a.long_term = M.affirmed(M.find(tokens, LONG_TERM))
  a.develop = M.affirmed(M.find(tokens, DEVELOP))
  a.excitement = M.affirmed(M.find(tokens, EXCITEMENT))
  a.goals = M.affirmed(M.find(tokens, GOAL_WORDS))
  -- wishes: goal words that say what is wanted ("I want", "I'd like"), not a bare "I'll"
  a.wishes = {}
  for _, g in ipairs(a.goals) do
    -- "Where do I see myself?": the question echoed is no wish
    local last = g.j
    while tokens[last + 1] and tokens[last + 1].sentence == tokens[g.j].sentence do last = last + 1 end
    local question = answer:sub(tokens[last].to + 1, tokens[last].to + 2):find("?", 1, true) ~= nil
    if not BARE_INTENT[g.phrase] and not question then a.wishes[#a.wishes + 1] = g end
  end
  -- an answer that starts "To …" or "Basically to …" answers with a wish
  for k, t in ipairs(tokens) do
    local first = k == 1 or tokens[k - 1].sentence ~= t.sentence
    if first then
      local x = k
      if FRAGMENT_OPENERS[tokens[x].w] and tokens[x + 1] and tokens[x + 1].sentence == t.sentence then x = x + 1 end
      if tokens[x].w == "to" and tokens[x + 1] and tokens[x + 1].sentence == t.sentence then
        a.wishes[#a.wishes + 1] = { phrase = "to", i = x, j = x, from = tokens[x].from, to = tokens[x].to }
      end
    end
  end
  a.hedges = M.find(tokens, HEDGES)
  a.junior = M.affirmed(M.find(tokens, JUNIOR_LEVEL))

  a.timeframes = M.timeframes(answer, tokens)
  a.dated = {}
  for _, tf in ipairs(a.timeframes) do
    if tf.days then a.dated[#a.dated + 1] = tf end
    if tf.term == "short" or (tf.days and tf.days <= 366) then a.short_term[#a.short_term + 1] = { phrase = "timeframe", from = tf.from, to = tf.to } end
    if tf.term == "long" or (tf.days and tf.days >= 700) then a.long_term[#a.long_term + 1] = { phrase = "timeframe", from = tf.from, to = tf.to } end
  end
  a.percentages = {}
  for _, p in ipairs(text.percentages(answer)) do
    a.percentages[#a.percentages + 1] = { value = tonumber(p.value), from = p.from, to = p.to, i = M.token_at(tokens, p.from) }
  end
  -- measurable numbers: not part of a time frame or a percentage, and not "one" / "a"
  a.numbers = {}
  for _, n in ipairs(text.numbers(answer)) do
    local inside = false
    for _, tf in ipairs(a.timeframes) do if overlaps(tf, n) then inside = true end end
    local w = n.text and n.text:lower() or ""
    if not inside and w ~= "one" and w ~= "a" then
      a.numbers[#a.numbers + 1] = { value = tonumber(n.value), from = n.from, to = n.to, i = M.token_at(tokens, n.from) }
    end
  end
  -- "a hundred", "a dozen", "hundreds": numbers the host's text.numbers does not read
  for k, t in ipairs(tokens) do
    local v = ROUND_NUMBERS[t.w]
    local p = tokens[k - 1]
    if v and (t.w:sub(-1) == "s" or (p and (p.w == "a" or p.w == "an"))) then
      local known = false
      for _, n in ipairs(a.numbers) do if overlaps(n, t) then known = true end end
      if not known then a.numbers[#a.numbers + 1] = { value = v, from = (p and not (t.w:sub(-1) == "s") and p.from) or t.from, to = t.to, i = p and not (t.w:sub(-1) == "s") and k - 1 or k } end
    end
  end
  -- a fraction of a round number ("half a million", "a quarter of a million")
  for _, n in ipairs(a.numbers) do
    local k = n.i
    if k and n.value and tokens[k].w == "a" then
      local p1, p2, p3 = tokens[k - 1], tokens[k - 2], tokens[k - 3]
      if p1 and p1.w == "half" then
        n.value, n.from, n.i = n.value / 2, p1.from, k - 1
      elseif p1 and p1.w == "of" and p2 and p2.w == "quarter" then
        local first = (p3 and p3.w == "a") and k - 3 or k - 2
        n.value, n.from, n.i = n.value / 4, tokens[first].from, first
      end
    end
  end
  -- "a thousand per cent": a round number said as a percentage
  for k = #a.numbers, 1, -1 do
    local n = a.numbers[k]
    local e = M.token_at(tokens, n.to + 1)
    local u = e and tokens[e]
    local last = u and (u.w == "percent" and u or (u.w == "per" and tokens[e + 1] and tokens[e + 1].w == "cent" and tokens[e + 1]))
    local known = false
    for _, q in ipairs(a.percentages) do if overlaps(q, n) then known = true end end
    if last and not known and u.sentence == tokens[n.i].sentence and n.value then
      table.remove(a.numbers, k)
      a.percentages[#a.percentages + 1] = { value = n.value, from = n.from, to = last.to, i = n.i }
    end
  end
  table.sort(a.percentages, function(x, y) return x.from < y.from end)
  local q = type(ctx) == "table" and type(ctx.question) == "table" and type(ctx.question.text) == "string"
    and " " .. ctx.question.text:lower():gsub("[^%w]+", " ") .. " "
  a.asks_direction = false
  for _, w in ipairs(OPENING_DESTINATION.asks) do
    if q and q:find(" " .. w .. " ", 1, true) then a.asks_direction = true break end
  end
  for _, w in ipairs(OPENING_DESTINATION.learning) do
    if q and q:find(" " .. w .. " ", 1, true) then a.asks_direction = false break end
  end
  a.destinations = read_destinations(a, cp)
  -- results aimed at: a result word with an aiming verb in its clause, or a percentage in its sentence
  a.results = {}
  local verbs = M.affirmed(M.find(tokens, RESULT_VERBS))
  for _, m in ipairs(M.affirmed(M.find(tokens, RESULTS))) do
    local aimed = false
    for _, v in ipairs(verbs) do
      if tokens[v.i].clause == tokens[m.i].clause and math.abs(v.i - m.i) <= 6 then aimed = true end
    end
    for _, n in ipairs(a.percentages) do
      if n.i and tokens[n.i].sentence == tokens[m.i].sentence then aimed = true end
    end
    if aimed then a.results[#a.results + 1] = m end
  end
  a.efficiency = M.affirmed(M.find(tokens, EFFICIENCY))
  -- goal statements: a goal word whose clause says where to (growth, a skill, a
  -- course, a time, a result, a destination) — "I'll figure it out" is no goal
  a.goal_statements = {}
  local aims = {}
  for _, list in ipairs({ a.develop, a.ties.growth, a.ties.value, a.skills, a.means, a.destinations }) do
    for _, m in ipairs(list) do if m.i then aims[#aims + 1] = m end end
  end
  for _, tf in ipairs(a.dated) do aims[#aims + 1] = { i = M.token_at(tokens, tf.from) } end
  for _, g in ipairs(a.goals) do
    for _, m in ipairs(aims) do
      if m.i and m.i >= g.i and tokens[m.i].sentence == tokens[g.i].sentence and m.i - g.j <= 12 then
        a.goal_statements[#a.goal_statements + 1] = g
        break
      end
    end
  end
  return a
end

--- Whether a word turns the phrase after it around (NEGATORS: "not", "never", "than" …).
---@param w string a normalised word
---@return boolean
function M.is_negator(w)
  return NEGATOR_SET[w] or false
end

--- Whether a word marks seniority or the kind of professional (growth in the same line).
---@param w string
---@return boolean
function M.is_seniority(w)
  return SENIORITY_SET[w] == true
end

--- Whether token k starts a field of work ("nursing", "software development").
---@param a table
---@param k integer
---@return boolean
function M.is_field_at(a, k)
  local t = a.tokens[k]
  if not t or (t.w == "it" and t.raw ~= "IT") then return false end
  for _, m in ipairs(M.find({ t, a.tokens[k + 1], a.tokens[k + 2] }, FIELDS)) do
    if m.i == 1 then return true end
  end
  return false
end

--- How many kinds of concrete backing an answer has: a dated time frame, a
--- measurable number, a named skill, a means of learning, an action plan (two or
--- more ways: a lone "I will" is no plan), a named growth destination, and (when
--- asked) a tie to the role or company. `skip` is a list of spans whose numbers
--- and time frames do not count (e.g. an over-the-top claim, "110%").
---@param a table analysis
---@param skip table[]|nil spans to ignore for numbers
---@param include_ties boolean|nil count the tie to role/company as backing
---@param generic boolean|nil count only the growth destinations any company has, as a reading
--- without the scenario would (flag_features)
---@return integer
function M.concreteness(a, skip, include_ties, generic)
  local function outside(n)
    for _, s in ipairs(skip or {}) do
      if n.from >= s.from and n.to <= s.to + 2 then return false end
    end
    return true
  end
  local function any(list)
    for _, m in ipairs(list) do if outside(m) then return true end end
    return false
  end
  local plans = {}
  for _, m in ipairs(a.plan) do if outside(m) then plans[#plans + 1] = m end end
  local k = 0
  if any(a.dated) then k = k + 1 end
  if any(a.numbers) or any(a.percentages) then k = k + 1 end
  if any(a.skills) then k = k + 1 end
  if any(a.means) then k = k + 1 end
  if M.distinct(plans) >= 2 then k = k + 1 end
  if any(generic and a.generic_growth or a.ties.growth) then k = k + 1 end
  if include_ties and (any(a.ties.role) or any(a.ties.company)) then k = k + 1 end
  return k
end

-- ---------------------------------------------------------------------------
-- Scoring helpers shared by the scoring plugins
-- ---------------------------------------------------------------------------

--- Verbs an excerpt may start from, and words that end it.
local EXCERPT_VERBS = set_of({
  "complete", "completing", "finish", "finishing", "take", "taking", "pass", "passing", "get", "getting", "do",
  "doing", "study", "studying", "learn", "learning", "gain", "gaining", "build", "building", "develop", "developing",
  "improve", "improving", "lead", "leading", "manage", "managing", "become", "join", "joining", "reach", "hit", "cut",
  "reduce", "reducing", "increase", "increasing", "grow", "growing", "run", "running", "use", "using", "master",
  "mastering", "handle", "handling", "keep", "keeping", "support", "train", "training", "mentor", "mentoring",
  "coach", "coaching", "strengthen", "practise", "practice", "attend", "start", "starting", "bring", "raise",
})
local EXCERPT_STOP = set_of({ "and", "or", "but", "so", "because", "which", "that", "who", "when", "while", "then", "by", "to", "as", "so" })
--- Little words an excerpt does not start or end with.
local EXCERPT_TRIM = set_of({ "and", "or", "but", "the", "a", "an", "to", "of", "in", "on", "by", "for", "with", "so", "that", "my", "as", "at", "is", "be", "i", "also", "within", "over", "from", "into" })

--- Rounds a score and keeps it within 0–100.
---@param x number
---@return integer
function M.clamp(x)
  x = math.floor(x + 0.5)
  if x < 0 then return 0 elseif x > 100 then return 100 end
  return x
end

--- What a question does not ask for. The guide's frequent questions are not all
--- about a timeline of goals: "What motivates you?" asks for no short- and long-term
--- goals, "What accomplishment are you most proud of?" looks back. An answer is not
--- scored on the criteria its question does not ask for (they are left out of its
--- average, not scored 0). The first scope whose words appear in the question's
--- text (lowercased) decides; a question matching none, like a scenario's own
--- "What are your goals?", is scored on every criterion.
M.QUESTION_SCOPES = {
  { kind = "looking back", words = { "proud", "accomplishment", "did not reach", "didnt reach", "didn't reach",
      "improve yourself", "in the past year", "progressed in your career" },
    skip = { "short-and-long-term", "goal-types", "alignment", "contribution" } },
  { kind = "fit", words = { "want to work at", "want to work for", "want to join", "work at this company",
      "work for this company", "right one", "looking for in your next", "position fit", "role fit", "fit into",
      "fits into", "aligns with", "align with", "career path interests", "why this job", "why this role",
      "to apply", "you apply", "applying" },
    skip = { "short-and-long-term", "goal-types" } },
  { kind = "motivation", words = { "motivat", "drives you", "inspires you" },
    skip = { "short-and-long-term", "goal-types", "alignment", "contribution", "action-plan" } },
  { kind = "method", words = { "what do you do to achieve", "how do you achieve", "how do you measure success" },
    skip = { "short-and-long-term", "alignment", "contribution" } },
  { kind = "learning", words = { "learn more", "education", "training", "field of study", "to study", "studying" },
    skip = { "short-and-long-term", "contribution" } },
}

--- The criteria each question text does not ask for, read once per question (three
--- scoring plugins ask for every answer).
local unasked_by_text = M.memo(ROLE_MEMO_SIZE)

--- The criteria the question in `ctx` does not ask for (see QUESTION_SCOPES).
---@param ctx table|nil the host's ctx (ctx.question.text)
---@return table<string, boolean> criterion -> true (do not modify)
function M.unasked(ctx)
  local raw = ctx and type(ctx.question) == "table" and type(ctx.question.text) == "string" and ctx.question.text
  if not raw then return {} end
  local known = unasked_by_text.get(raw)
  if known then return known end
  local text = raw:lower():gsub("\226\128\153", "'")
  local out = {}
  for _, scope in ipairs(M.QUESTION_SCOPES) do
    local hit = false
    for _, w in ipairs(scope.words) do
      if not hit and text:find(w, 1, true) then hit = true end
    end
    if hit then
      for _, c in ipairs(scope.skip) do out[c] = true end
      break
    end
  end
  return unasked_by_text.put(raw, out)
end

--- Leaves out of `scores` the criteria the question does not ask for.
---@param scores table<string, number>
---@param ctx table|nil
---@return table<string, number> scores (the same table)
function M.scope(scores, ctx)
  for c in pairs(M.unasked(ctx)) do scores[c] = nil end
  return scores
end

--- Whatever the flag, no criterion of a flagged answer scores above this: a red
--- flag is what an interviewer remembers, however well the rest was said.
M.FLAGGED_CEILING = 40

--- Lowers scores to the caps of the red flags raised (`caps[flag id][criterion]`)
--- and to FLAGGED_CEILING when any flag is raised, then clamps every score.
---@param scores table<string, number>
---@param flagged table<string, any> flag id -> anything truthy
---@param caps table<string, table<string, number>>
---@return table<string, integer> scores (the same table)
function M.apply_caps(scores, flagged, caps)
  for id in pairs(flagged) do
    for criterion, cap in pairs(caps[id] or {}) do
      if scores[criterion] and scores[criterion] > cap then scores[criterion] = cap end
    end
    for criterion, value in pairs(scores) do
      if value > M.FLAGGED_CEILING then scores[criterion] = M.FLAGGED_CEILING end
    end
  end
  for k, v in pairs(scores) do scores[k] = M.clamp(v) end
  return scores
end

--- A short quotation around a match, in the answer's own words: from the verb
--- that governs it (within `before` words, same clause: "complete my level 3
--- certificate") or else the match itself, to the end of its phrase (at most
--- `after` more words), without dangling little words at either end.
---@param a table
---@param m table a match `{ i, j }`
---@param before integer|nil
---@param after integer|nil
---@return string
function M.excerpt(a, m, before, after)
  local toks = a.tokens
  local i, j = m.i, m.j
  if not i then return a.answer:sub(m.from, m.to) end
  for k = m.i - 1, math.max(1, m.i - (before or 4)), -1 do
    if toks[k].clause ~= toks[m.i].clause then break end
    if EXCERPT_VERBS[toks[k].w] then i = k break end
  end
  for _ = 1, after or 3 do
    local t = toks[j + 1]
    if not t or t.clause ~= toks[m.j].clause or EXCERPT_STOP[t.w] then break end
    local timed = false
    for _, tf in ipairs(a.timeframes or {}) do
      if t.from >= tf.from and t.from <= tf.to then timed = true end
      if toks[j + 2] and toks[j + 2].from >= tf.from and toks[j + 2].from <= tf.to and (t.w == "in" or t.w == "within" or t.w == "by" or t.w == "over") then timed = true end
    end
    if timed then break end
    j = j + 1
  end
  while i < m.i and EXCERPT_TRIM[toks[i].w] do i = i + 1 end
  while j > m.j and EXCERPT_TRIM[toks[j].w] do j = j - 1 end
  return a.answer:sub(toks[i].from, toks[j].to)
end

return M
