--- red_flags: detects the four red flags of career-goals answers named in the
--- domain guide (career-goals-interview-guide.txt, "Red flags for the interviewer
--- when discussing career goals"):
---
---   misaligned-goals              "Your goals do not align with the company goals":
---                                 another direction, a stepping stone, leaving soon.
---   lack-of-aspiration            "Lack of aspiration": no goals, no wish to develop,
---                                 indifference, a non-answer.
---   cliche-answer                 "Too general or cliché answers": recited phrases
---                                 with nothing concrete behind them.
---   unrealistic-or-unclear-goals  "Unrealistic or unclear goals": over-the-top scale
---                                 or timing ("grow the client portfolio by 50% in my
---                                 first month"), or goals too vague to act on.
---
--- It reads several signals together rather than single keywords: negation
--- ("I don't just want a job" raises nothing), the size of a claim against its
--- time frame, and whether the answer is tied to the role and the company or
--- backed by concrete detail (see career_signals). Each flag carries the evidence
--- span (the sentence, or the phrase, that raised it) and advice paraphrasing the
--- guide. The plugin returns no scores: goal_quality lowers its criteria itself
--- when it sees the same flags (it calls `detect` below).
---
--- Phrases use career_signals' pattern syntax: `a|b` either word, `?w` optional,
--- `w*` prefix, `*w` suffix, `*` any one word; apostrophes dropped, hyphens = spaces.

local signals = require("career_signals")

-- ---------------------------------------------------------------------------
-- Word lists and thresholds (a coach may tune these)
-- ---------------------------------------------------------------------------

--- Goals pointing away from the role or company on their own.
local MISALIGNED_STRONG = {
  "stepping stone", "springboard", "launch pad|launchpad",
  "pay|pays|paying ?the|my bills", "paycheck|paycheque until|while",
  "until|till something|anything better ?comes ?along", "something better comes along",
  "until|till i find|land|save|decide|switch", "until|till i can afford|find|move|switch|start|leave",
  "until|till i figure out", "while i look|search|wait|save",
  "plan|planning|intend|intending|expect ?to leave|quit",
  "plan|planning|intend|intending|expect|want|hope|hoping ?to move on",
  "leave|quit after|within|once|soon|eventually",
  "leave|quit the|this|your company|job|role|position|team",
  "move on after|within|once|soon|eventually|quickly",
  "move on to something|bigger|other|another|better",
  "wont|not be here|around ?for ?very|that ?long",
  "wont|not stay|be ?here|around ?very|that ?long|forever",
  "dont|not ?really plan|planning|intend|intending|expect|expecting ?to stay|staying ?here|long|forever",
  "dont|not ?really see myself staying|here",
  "only|just stay|staying ?here for|until", "only here for|until",
  "for the time being", "a temporary|short job|thing|gig|solution|position|stop",
  "a short term job|thing|gig|solution|position|stop",
  "just for now", "in the meantime", "get by", "bide my time", "kill time",
  "change|switch|changing|switching careers|fields|industries|profession",
  "career change", "different|another field|industry|career|profession|sector",
  "line of work", "somewhere|someplace else", "a different|another|bigger|better company|employer",
  "only|just taking|doing|accepting ?this|the position|job|role|work to|until|while|before|for",
  "for|to|at|join|joining ?one ?of your|a competitor|competitors",
  "apply|applying|move|moving|jump|jumping|switch|switching|go|going to|at ?the|a other|bigger|big|larger|top ?* companies|company|firms|firm|employers|employer",
  "keep me afloat", "cover ?my|the rent|bills|tuition|expenses", "between auditions|gigs|jobs|contracts|shows",
  "jump ship", "keep|keeping my options open", "a better offer|opportunity comes|elsewhere|somewhere", "if|when a better offer|opportunity", "if something better",
  "never|not ?want ?to ?have ?to deal|talk|work with customers|clients|people again|anymore",
  "stop dealing|talking|working with customers|clients|people",
  "get|getting away from customers|clients|people|phones", "get|getting away from the phones",
  "get|getting away from customer service",
  "leave|quit as soon as", "leave|quit when|once|if i", "be gone|leaving|off in|within|after|by|once|when",
  "move|moving abroad|overseas", "move|moving to another|a different city|country",
  "only|just need|want this job|role|position|work for|over|until|while|during",
  "a way to fund|pay|cover", "fund my", "backup|fallback|stopgap|placeholder job|plan|option",
  "plan b", "gap year", "summer job", "fall back on", "if my * takes off",
  "isnt|not ?really ?for me", "short|brief chapter|stint|spell|stop", "applying|apply for|to other jobs|roles|positions|companies",
  "applying|apply for|to jobs|roles|positions in|at|elsewhere", "mainly|only|just|mostly doing this to|for|until|while",
  "return|go|move|moving|going back home",
  "run|running|open|opening|start|starting|launch|launching|have|own my own ?* business|company|shop|store|cafe|café|restaurant|startup|agency|brand|firm|practice",
  "away from call|customers|clients|phones|calls|customer|support", "as long as it suits me", "as long as it works for me",
  "move|moving|going back to|home", "something short term|temporary",
  "keep the lights on", "build my portfolio", "get|getting out of customer|this|service|support|call|calls|retail",
  "other companies|employers|offers", "wherever pays|the money", "the highest bidder|payer",
}
--- Softer hints of another direction: only count when the answer is not tied to
--- the role/company, or when two of them come together.
local MISALIGNED_WEAK = {
  "my own ?* business|company|shop|store|cafe|café|restaurant|startup|agency|brand|firm|practice",
  "and then start|open|launch",
  "for now", "for a year|while ?or ?so|two", "a year or two", "for a couple|few ?of years|months",
  "foot in the door", "on the side", "side hustle|project|business", "freelance|freelancing",
  "travel|travelling|traveling", "save|saving up", "my studies", "other opportunities",
  "my real|true|actual passion|dream|calling|ambition|goal|interest", "what i really|actually want",
  "my dream job|career", "elsewhere", "competitor|competitors",
  "the real money", "experience ?here and then", "and then apply|leave|move|switch|quit",
  "before i start|go|move|leave|head|begin", "over the summer", "going|go back to my|school|university|college|studies",
  "my heart is|lies in", "get|getting into * school", "go|going to * school", "fit around my",
}
--- Commitment that, negated ("I'm not planning to make a career of it", "I'm not
--- here for the long term"), points away — unless the answer names a growth path
--- inside the company ("I don't want to stay a representative forever: team leader").
local MISALIGNED_IF_NEGATED = {
  "make|build ?a ?my career of|here|with|out", "stay|staying|be ?here long|long term|for long|with you",
  "see myself here|staying|in this role", "here for the long term|haul", "in it for the long term|haul",
}
--- Preparing for another job ("I'm training to be a paramedic") ...
local TRAINING_FOR = { "training|studying|qualifying|retraining to be|become a|an" }
--- ... unless the next word names a destination inside the company ("training to be a team leader").
local TRAINING_FOR_OWN = {
  "better", "more", "expert", "specialist", "senior", "team", "leader", "lead", "manager", "supervisor",
  "coach", "trainer", "mentor", "representative", "agent", "advisor", "great", "good", "strong",
}
--- Other careers: counted when one of CAREER_LEADS stands just before them
--- ("become a nurse", "a career in photography"), unless the scenario's role is one.
local OTHER_CAREERS = {
  "nurse", "nursing", "lawyer", "law school", "doctor", "medicine", "teacher", "teaching",
  "photographer", "photography", "actor", "actress", "acting", "musician", "music",
  "pilot", "chef", "cooking", "software developer|engineer", "programmer", "programming",
  "game designer|design|development", "graphic designer|design", "writer", "novelist",
  "artist", "art", "influencer", "youtuber", "real estate", "realtor", "athlete", "architect",
  "architecture", "journalist", "journalism", "accountant", "accounting", "investment banker",
  "banking", "vet", "veterinarian", "police", "police academy", "firefighter", "fashion", "data scientist",
  "personal trainer", "hairdresser", "electrician", "dentist", "psychologist", "web developer",
  "paramedic", "consultancy", "consulting", "hr", "human resources", "film", "film production", "tv",
  "television", "theatre", "theater", "illustrator", "illustration", "animation", "animator",
}
local CAREER_LEADS = {
  "become", "becoming", "be", "as", "into", "career", "careers", "job", "jobs", "study",
  "studying", "pursue", "pursuing", "degree", "switch", "field", "work", "working",
  "passion", "dream", "calling", "start", "starting", "attend", "attending", "apply", "applying",
  "enter", "entering", "for", "im", "am", "interested", "in", "into", "full", "time", "professional",
}
local CAREER_LEAD_WINDOW = 4
--- "until …" after staying words ("work here until my visa runs out", "this would be
--- until then") is a planned exit, unless growth follows ("until I'm ready to lead").
local UNTIL_WORDS = { "until", "till" }
local UNTIL_LEADS = { "here", "this", "it", "stay", "staying", "work", "working", "job", "role", "position", "be", "would" }
local UNTIL_LEAD_WINDOW = 4
local UNTIL_GROWTH = {
  "ready", "lead", "leading", "promoted", "promotion", "master", "mastered", "learn", "learned", "learnt",
  "become", "grow", "confident", "qualified", "certified", "trained", "expert", "senior", "team", "step",
}
local UNTIL_GROWTH_WINDOW = 6

--- No goals, no wish to develop, indifference — on their own.
local LACK_STRONG = {
  "dont|never ?really|actually|even have|set|make|made|had ?a|any|many|real|clear|specific|particular|big ?real|clear|specific|particular|big|career|long|short|future ?term goals|goal|plans|plan|ambitions|ambition|aspirations",
  "do not ?really have|set|make ?a|any|real|clear|specific goals|goal|plans|plan|ambitions",
  "no ?real|clear|specific|particular|big|career|long|future ?term goals|goal|plans|plan|ambitions|ambition|aspirations",
  "not ?a ?really|very|that|particularly ambitious", "not a planner", "not a goal|goals|career driven|oriented|minded|person|type",
  "not ?really|very goal|career oriented|driven|minded",
  "just|only want|wants|need|needs ?a|any|some ?steady job|paycheck|paycheque|salary|income",
  "just|only looking for ?a|any|some ?steady job|paycheck|paycheque|salary|income",
  "any job will do", "any job is fine", "any job ?at all", "whatever comes|happens",
  "whatever job|work|they|you give|hand|throw|need|want", "see what happens|comes",
  "see where life|things|it takes|goes|go|leads", "go|going with the flow", "one day at a time", "day by day",
  "dont ?really care", "do not ?really care", "dont ?really think about it|that|goals|the|my",
  "doesnt ?really matter to me", "doesnt matter what job|work|i", "not ?that|really|too bothered|fussed",
  "dont|not ?really want|need|looking|trying|interested to|in grow|growing|develop|developing|progress|advance|learn|learning|climb",
  "do not ?really want|need ?to grow|develop|progress|advance|learn|climb",
  "not interested in growing|developing|progressing|promotion|promotions|career|learning|advancing",
  "just|only do|doing my|the job|work|shift|hours", "just|only do|doing what * ?* told|asked",
  "just|only go|come|turn|show ?up to|for work",
  "clock|clocking in and out", "nine|9 to five|5", "same job|thing|position|role forever|indefinitely",
  "content|happy|fine|comfortable where|as i am", "dont|not ?really look|think|plan beyond|past|further|ahead",
  "next paycheck|paycheque|payday", "whatever job|work|role", "not really my thing", "arent|isnt ?really my thing",
  "as long as i get|am paid", "as long as i get|have a|my paycheck|salary|pay|wage",
  "dont need|want more than that|this", "do not need|want more than that|this",
  "fine|happy|content staying|being|remaining ?at|in the same", "fine|happy|content to stay|remain ?at|in the same",
  "stay|staying|remain|remaining at the same level|position|job|role",
  "havent|never|not ?really|actually thought|considered ?about|of it|that|this|goals",
  "havent|never|not ?really ?thought|considered about|of ?the|my future|career",
  "have not ?really thought|considered ?about|of it|that|this|goals",
  "havent|never ?really given it|this|that ?much|any|a thought",
  "not looking for|to ?anything ?more|else|further", "nothing changes|ever changes",
  "as they|it come|comes", "no interest in ?growing|learning|developing|moving|progressing|career|promotion|new",
  "stay|staying|remain ?exactly|just where|as i am", "live|living in the moment",
  "not think|thinking about the|my future",
}
--- Goals and the wish to develop, said with a negator a few words before them in
--- the same clause ("I'm not the type to set goals", "I'm not that driven", "no
--- interest in learning"), or just after ("career goals aren't something I think
--- about"). Only counts when the answer names no destination, no dated time frame
--- and no plan of two steps or more.
local ASPIRATION_WORDS = {
  "goal|goals|ambition|ambitions|aspiration|aspirations|targets|objectives", "plans",
  "driven|ambitious|motivated", "career minded|driven|oriented", "looking for|to ?anything ?more|else|further",
  "grow|growing|develop|developing|progress|progressing|advance|advancing|climb|climbing",
  "promotion|promotions", "career progression|growth|development", "learn|learning",
}
--- Negators that count just after an aspiration word, and how far after.
local GOAL_NEGATED_AFTER = { "arent", "isnt", "dont", "doesnt", "never", "not" }
local GOAL_NEGATED_AFTER_WINDOW = 2
--- The negators read before an aspiration word, and how far before.
local ASPIRATION_NEGATORS = {
  "not", "never", "no", "dont", "doesnt", "didnt", "havent", "hasnt", "hadnt", "isnt", "arent", "without", "nothing",
}
local GOAL_NEGATION_WINDOW = 6
--- A goal missed is not "no goal", nor is "not just goals": these words between
--- the negator and the goal word cancel it.
local GOAL_NEGATION_BREAKERS = {
  "reach", "reached", "hit", "meet", "met", "achieve", "achieved", "miss", "missed",
  "accomplish", "accomplished", "only", "just", "mean", "means", "like",
}
--- Phrases that cancel an overlapping LACK_STRONG match ("no plans to leave").
local LACK_EXCEPT = {
  "no|dont|never ?have ?any ?real plans|plan|intention|intentions ?to leave|quit|move|switch|go|look|change|stop",
}
--- Uncertainty that only counts when nothing in the answer shows aspiration
--- (no wish to develop, no destination, no plan, no time frame).
local LACK_WEAK = {
  "dont know", "do not know", "not sure", "who knows", "hard to say", "cant say", "no idea",
  "never thought", "havent decided", "well see", "not really", "what needs doing", "no clue",
  "the same as now", "same as now",
}
--- An answer shorter than this (in words) with no aspiration in it is a non-answer.
local SHORT_NONANSWER_WORDS = 10

--- Recited phrases (cliché only when nothing concrete backs them up).
local CLICHES = {
  "give|giving|put|putting ?it ?in ?one|a 110|100|hundred ?%|percent", "110 %|percent", "one hundred and ten ?%|percent",
  "give|giving ?it my all|everything|best", "give|giving it everything|all", "team player",
  "hard|hardest worker|workers", "hard working", "hardworking", "work hard play hard",
  "best version of myself", "perfectionist", "go getter", "self starter", "people person",
  "think|thinking outside ?of the box", "outside the box", "fast|quick learner",
  "results driven|oriented", "detail oriented", "hit the ground running", "sky is the limit",
  "reach|achieve|fulfil|fulfill ?my full potential", "wear many hats", "synergy|synergies",
  "dynamic individual|person", "highly motivated", "motivated individual",
  "take|taking it|things|myself to the next level", "strive for excellence", "born|natural leader",
  "work too hard", "care too much", "above and beyond", "whatever it takes", "never give up",
  "passion for excellence", "live and breathe", "jack of all trades", "win win", "bring my a game",
  "can do attitude", "think big", "dream big", "the best i can be", "be the best i can", "exceed expectations",
  "never settle|settles for less", "go|going|goes the extra mile", "excellence", "integrity", "dedication",
  "work ethic", "fast paced environment", "thrive|thrives under pressure", "work smart",
}
--- A cliché is raised when the answer has fewer kinds of concrete backing than
--- this (time frame, number, named skill, plan, destination, tie to role/company) ...
local CLICHE_MIN_CONCRETE = 2
--- ... or when it piles up this many clichés with fewer kinds than CLICHE_PILE_CONCRETE.
local CLICHE_PILE = 3
local CLICHE_PILE_CONCRETE = 4

--- Goals too vague to act on (unclear) unless concrete detail backs them.
local VAGUE_GOALS = {
  "be|become|being|feel ?very|really successful", "successful career|person", "have|achieve|find success",
  "do|doing well", "go|get far", "go places", "make it big", "get ahead", "get somewhere",
  "reach ?the top", "get|make ?it to the top", "be at the top",
  "do|achieve|accomplish great|big things", "big things", "be|get rich",
  "make ?a ?lot|lots ?of ?good|more money", "be happy in life", "just be happy",
  "move up ?in ?life|the ?world", "climb the ladder",
  "something in business|management|sales|marketing|finance|tech|office", "something in an office",
  "something in that|this area|field", "something in the industry|business",
  "something with people", "something bigger|important|meaningful|great",
  "some kind|sort of ?job|position|role", "a better|good|higher position|job", "higher up",
  "improve myself", "grow as a person", "keep growing", "be somebody", "achieve|follow|live my dreams|dream",
  "have a good career", "go as far as i can", "see how far i can go",
  "make ?a|an ?big|real|huge impact|mark", "become|be someone|somebody important|big|special|successful",
  "a great|bright|good future",
}
--- Phrases that cancel an overlapping VAGUE_GOALS match.
local VAGUE_EXCEPT = { "the best version" }
--- Unclear when fewer kinds of concrete backing than this (ties not counted).
local VAGUE_MIN_CONCRETE = 2

--- Growth claims: a percentage with a growth word next to it.
local GROWTH_WORDS = {
  "grow*", "increas*", "boost*", "rais*", "improv*", "doubl*", "tripl*", "cut*", "reduc*",
  "expand*", "lift*", "bring", "push", "drive", "driving",
}
--- After these words a percentage is a level ("to 95%"), not a growth.
local LEVEL_BEFORE = { "to", "at", "of", "above", "over", "than", "around", "about", "reach", "hit", "keep", "maintain" }
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
--- Without any time frame, a growth above this is over the top.
local PERCENT_LIMIT_NO_TIMEFRAME = 100
--- Multiplying results ("double sales") within this many days is over the top.
local MULTIPLIERS = {
  "double|doubling|doubled|triple|tripling|tripled|quadruple|quadrupling", "tenfold|fivefold|10x|5x",
  "twice|three|five|ten times as much|many", "three|five|ten times more", "in half", "halve|halving",
}
local MULTIPLIER_EXCEPT = { "double check|checking|checked|checks", "double booked|booking|bookings|shift|shifts" }
local MULTIPLIER_MAX_DAYS = 366
--- Job claims: reaching these jobs within `max_days` is over the top. A job only
--- counts as a claim after a verb of JOB_CLAIM_LEADS ("become CEO", not "meet the CEO").
local JOB_CLAIMS = {
  { max_days = 1830, phrases = { "ceo", "chief executive ?officer", "president", "managing director",
    "head of the|this company|business|firm", "owner of the|this company|business", "board of directors",
    "chairman|chairwoman" } },
  { max_days = 1460, phrases = { "director", "vice president", "vp", "head of *", "senior manager",
    "regional manager", "general manager" } },
  { max_days = 120, phrases = { "team leader|lead", "supervisor", "manager", "management", "promoted",
    "promotion", "senior *" } },
}
--- Leading people, with its own verb ("managing a team of twenty"), in less time than this.
local MANAGE_CLAIMS = { "manage|managing|lead|leading|run|running|supervise|supervising a|my|the|our ?own ?* ?* team|teams|department|people|staff" }
local MANAGE_CLAIM_MAX_DAYS = 120
--- "100% of complaints": a level of 100% or more of something is over the top.
local TOTAL_PERCENT = 100
local JOB_CLAIM_LEADS = {
  "become", "becoming", "be", "being", "get", "getting", "reach", "reaching", "make", "making",
  "promoted", "earn", "land", "run", "running", "lead", "leading", "head", "heading", "own", "over",
  "as", "myself",
}
local JOB_CLAIM_WINDOW = 3
--- "Run the company", "take over the business": top claims with their own verb.
local TAKEOVER = {
  "run|running|lead|leading|head|heading|manage|managing the|this|your ?whole|entire company|business|firm|organisation|organization",
  "take|taking over the|this|your ?whole|entire company|business|firm",
  "buy|buying|own|owning|acquire the|this|your company|business|firm",
}
local TAKEOVER_MAX_DAYS = 1830
--- "Run the department": a department of the company, in less time than this.
local DEPARTMENT_TAKEOVER = {
  "run|running|lead|leading|head|heading|manage|managing the|this|your ?whole|entire ?* ?* department|division|unit|operation|operations",
  "take|taking over the|this|your ?whole|entire ?* ?* department|division|unit|operation|operations",
}
local DEPARTMENT_TAKEOVER_MAX_DAYS = 1095
--- Sweeping claims that are over the top in a short time.
local SWEEPING = {
  "the best|highest|top|biggest|most|fastest ?* ?* ?* in|of|on the ?whole|entire company|team|department|region|floor",
  "number one|1 ?in|on ?the ?company|team", "top performer|seller|agent|rep", "top of the leaderboard",
  "know|learn|master everything", "fix|solve everything", "fix|solve every problem|issue|complaint",
  "every single customer", "never make a|any mistake|mistakes", "zero complaints|mistakes|errors",
  "100 % customer|satisfaction", "100 percent customer|satisfaction", "perfect scores|score|satisfaction",
  "transform|revolutionise|revolutionize the company|department|business",
}
--- Phrases that cancel an overlapping SWEEPING match ("learn everything I can").
local SWEEPING_EXCEPT = { "everything i can|possible|we" }
local SWEEPING_MAX_DAYS = 92
--- Claims to beat the whole country or world: over the top within this many days.
local SWEEPING_WIDE = { "the best|highest|top|biggest|most|fastest ?* ?* ?* in|of|on the ?whole|entire country|world|industry|market" }
local SWEEPING_WIDE_MAX_DAYS = 1830

--- Advice per flag, paraphrasing the guide's reasoning.
local ADVICE = {
  ["misaligned-goals"] = "Employers want people who will stay and whose goals line up with the company's; if your goals point elsewhere they may struggle to keep you and have to hire again. Show how this role and this company are part of your path, and where you could grow inside it.",
  ["lack-of-aspiration"] = "Interviewers look for people who want to keep developing, whatever their level. Show some excitement and name goals you have set — a short-term one for this role and a long-term one — and what you will do to reach them.",
  ["cliche-answer"] = "A recited, general answer sounds like you are saying what the interviewer wants to hear, and a seasoned interviewer will probe it. Give a to-the-point, original answer and back it up: a concrete goal, a time frame, the skills you will build and how it helps the company.",
  ["unrealistic-or-unclear-goals"] = "Set goals that are realistic but challenging, specific and measurable (with a time frame), so they show you understand the industry and your own abilities. An over-the-top target, or one too vague to act on, is a red flag.",
}

--- The order flags are reported in.
local ORDER = { "misaligned-goals", "lack-of-aspiration", "cliche-answer", "unrealistic-or-unclear-goals" }

-- ---------------------------------------------------------------------------
-- Helpers
-- ---------------------------------------------------------------------------

local set_of = signals.set_of
local CAREER_LEAD_SET = set_of(CAREER_LEADS)
local UNTIL_LEAD_SET = set_of(UNTIL_LEADS)
local TRAINING_FOR_OWN_SET = set_of(TRAINING_FOR_OWN)
local UNTIL_GROWTH_SET = set_of(UNTIL_GROWTH)
local LEVEL_BEFORE_SET = set_of(LEVEL_BEFORE)
local GROWTH_BEFORE_SET = set_of(GROWTH_BEFORE)
local GROWTH_AFTER_SET = set_of(GROWTH_AFTER)
local JOB_CLAIM_LEAD_SET = set_of(JOB_CLAIM_LEADS)

--- Evidence for a trigger: its sentence when that is short enough to quote,
--- else the trigger itself.
local function evidence(a, from, to)
  local s = signals.sentence_span(a, from)
  if s.from <= from and s.to >= to and s.to - s.from <= 220 then return s end
  return { from = from, to = to }
end

--- Whether any word of `set` stands within `window` words before token i (same sentence).
local function led_by(tokens, i, set, window)
  for k = i - 1, math.max(1, i - window), -1 do
    if tokens[k].sentence ~= tokens[i].sentence then return false end
    if set[tokens[k].w] then return true end
  end
  return false
end

--- The nearest time frame in the same sentence as a claim (nil if none).
local function nearest_timeframe(a, from, to)
  local sent = signals.sentence_of(a, from)
  local markers = {}
  for _, list in ipairs({ a.short_term, a.long_term }) do
    for _, m in ipairs(list) do
      if m.phrase ~= "timeframe" then markers[#markers + 1] = m end
    end
  end
  local best, bestd
  for _, tf in ipairs(a.timeframes) do
    if tf.days and signals.sentence_of(a, tf.from) == sent then
      local lo, hi = math.min(tf.to, to), math.max(tf.from, from)
      local blocked = false
      -- "within three months …, and long term … team leader": the claim has its own time
      for _, m in ipairs(markers) do
        if m.from > lo and m.to < hi and (m.to < tf.from or m.from > tf.to) then blocked = true end
      end
      local d = tf.from > to and tf.from - to or from - tf.to
      if d < 0 then d = 0 end
      if not blocked and (not bestd or d < bestd) then best, bestd = tf, d end
    end
  end
  return best
end

local function claim_span(a, from, to, tf)
  local f, t = from, to
  if tf then f, t = math.min(f, tf.from), math.max(t, tf.to) end
  local s = signals.sentence_span(a, f)
  if s.to - s.from <= 220 then return { from = s.from, to = math.max(t, s.from) } end
  return { from = f, to = t }
end

-- ---------------------------------------------------------------------------
-- The four detectors: each returns a span (evidence) or nil
-- ---------------------------------------------------------------------------

local function other_career_words(ctx)
  local skip = {}
  local sc = type(ctx) == "table" and type(ctx.scenario) == "table" and ctx.scenario or {}
  local own = {}
  for _, s in ipairs({ sc.role, sc.title }) do if type(s) == "string" then own[#own + 1] = s end end
  local company = type(sc.company) == "table" and sc.company or {}
  if type(company.growth_paths) == "table" then
    for _, g in ipairs(company.growth_paths) do if type(g) == "string" then own[#own + 1] = g end end
  end
  for _, s in ipairs(own) do
    for _, t in ipairs(signals.tokens(s)) do skip[t.w] = true end
  end
  return skip
end

local function detect_misaligned(a, ctx)
  local toks = a.tokens
  local strong = signals.affirmed(signals.find(toks, MISALIGNED_STRONG))
  if #strong > 0 then return evidence(a, strong[1].from, strong[1].to) end
  for _, m in ipairs(signals.affirmed(signals.find(toks, TRAINING_FOR))) do
    local nx = toks[m.j + 1]
    if not (nx and TRAINING_FOR_OWN_SET[nx.w]) then return evidence(a, m.from, m.to) end
  end
  if #a.ties.growth == 0 then
    for _, m in ipairs(signals.find(toks, MISALIGNED_IF_NEGATED)) do
      if m.negated then return evidence(a, m.from, m.to) end
    end
  end
  local skip = other_career_words(ctx)
  for _, m in ipairs(signals.affirmed(signals.find(a.tokens, OTHER_CAREERS))) do
    local own = true
    for k = m.i, m.j do if not skip[a.tokens[k].w] then own = false end end
    if not own and led_by(a.tokens, m.i, CAREER_LEAD_SET, CAREER_LEAD_WINDOW) then
      return evidence(a, m.from, m.to)
    end
  end
  for _, m in ipairs(signals.affirmed(signals.find(toks, UNTIL_WORDS))) do
    if led_by(toks, m.i, UNTIL_LEAD_SET, UNTIL_LEAD_WINDOW) then
      local grows = false
      for k = m.i + 1, math.min(#toks, m.i + UNTIL_GROWTH_WINDOW) do
        if toks[k].sentence ~= toks[m.i].sentence then break end
        if UNTIL_GROWTH_SET[toks[k].w] then grows = true end
      end
      if not grows then return evidence(a, m.from, m.to) end
    end
  end
  local weak = signals.affirmed(signals.find(a.tokens, MISALIGNED_WEAK))
  if #weak > 0 and (signals.distinct(weak) >= 2 or not a.tied) then
    return evidence(a, weak[1].from, weak[1].to)
  end
  return nil
end

local function has_aspiration(a)
  return #a.develop > 0 or #a.ties.growth > 0 or #a.plan > 0 or #a.timeframes > 0 or #a.long_term > 0
end

local GOAL_BREAKER_SET = set_of(GOAL_NEGATION_BREAKERS)
local GOAL_NEGATED_AFTER_SET = set_of(GOAL_NEGATED_AFTER)
local GOAL_NEGATORS = set_of(ASPIRATION_NEGATORS)

--- An aspiration word with a negator shortly before it (no breaker word between),
--- or just after it.
local function negated_aspiration(a)
  local toks = a.tokens
  for _, m in ipairs(signals.without(signals.find(toks, ASPIRATION_WORDS), signals.find(toks, LACK_EXCEPT))) do
    for k = m.i - 1, math.max(1, m.i - GOAL_NEGATION_WINDOW), -1 do
      if toks[k].clause ~= toks[m.i].clause or GOAL_BREAKER_SET[toks[k].w] then break end
      if GOAL_NEGATORS[toks[k].w] then return { from = toks[k].from, to = m.to } end
    end
    for k = m.j + 1, math.min(#toks, m.j + GOAL_NEGATED_AFTER_WINDOW) do
      if toks[k].clause ~= toks[m.j].clause then break end
      if GOAL_NEGATED_AFTER_SET[toks[k].w] then return { from = m.from, to = toks[k].to } end
    end
  end
  return nil
end

--- A destination, a dated time frame or a plan of two or more steps.
local function has_direction(a)
  if #a.ties.growth > 0 or signals.distinct(a.plan) >= 2 then return true end
  for _, t in ipairs(a.timeframes) do if t.days then return true end end
  return false
end

local function detect_lack(a)
  local strong = signals.without(signals.affirmed(signals.find(a.tokens, LACK_STRONG)), signals.find(a.tokens, LACK_EXCEPT))
  if #strong > 0 then return evidence(a, strong[1].from, strong[1].to) end
  local ng = negated_aspiration(a)
  if ng and not has_direction(a) then return evidence(a, ng.from, ng.to) end
  local aspiring = has_aspiration(a)
  if not aspiring then
    local weak = signals.affirmed(signals.find(a.tokens, LACK_WEAK))
    if #weak > 0 then return evidence(a, weak[1].from, weak[1].to) end
  end
  -- a short answer that names a goal, even a vague one, is not a non-answer
  local wants = aspiring or #signals.find(a.tokens, VAGUE_GOALS) > 0
  if a.word_count < SHORT_NONANSWER_WORDS and not (wants and a.word_count >= 4) then
    -- the whole answer is the evidence; an empty answer has nothing to quote
    if #a.tokens > 0 then return { from = a.tokens[1].from, to = a.tokens[#a.tokens].to } end
    if #a.answer > 0 then return { from = 1, to = #a.answer } end
  end
  return nil
end

local function detect_cliche(a, claim)
  local cl = signals.affirmed(signals.find(a.tokens, CLICHES))
  if #cl == 0 then return nil end
  -- an over-the-top claim is no backing: its numbers and time frame do not count
  local spans = { claim }
  for _, m in ipairs(cl) do spans[#spans + 1] = { from = m.from, to = m.to } end
  local concrete = signals.concreteness(a, spans, true)
  local n = signals.distinct(cl)
  if concrete < CLICHE_MIN_CONCRETE or (n >= CLICHE_PILE and concrete < CLICHE_PILE_CONCRETE) then
    return evidence(a, cl[1].from, cl[1].to)
  end
  return nil
end

local function is_growth(a, p)
  local toks = a.tokens
  local i = p.i
  if not i then
    for k, t in ipairs(toks) do if t.from == p.from then i = k break end end
  end
  if not i then return false end
  local before = toks[i - 1]
  local j = i + 1
  while toks[j] and toks[j].to <= p.to do j = j + 1 end
  local after = toks[j]
  if before and GROWTH_BEFORE_SET[before.w] then return true end
  if after and GROWTH_AFTER_SET[after.w] then return true end
  if before and LEVEL_BEFORE_SET[before.w] then return false end
  local sent = toks[i].sentence
  for _, m in ipairs(signals.find(toks, GROWTH_WORDS)) do
    if toks[m.i].sentence == sent then return true end
  end
  return false
end

local function percent_too_big(value, days)
  if not days then return value > PERCENT_LIMIT_NO_TIMEFRAME end
  for _, lim in ipairs(PERCENT_LIMITS) do
    if days <= lim.max_days then return value > lim.max_percent end
  end
  return false
end

local function detect_unrealistic(a)
  -- 1. a big growth percentage in a short time
  for _, p in ipairs(a.percentages) do
    if is_growth(a, p) then
      local tf = nearest_timeframe(a, p.from, p.to)
      if percent_too_big(p.value, tf and tf.days) then return claim_span(a, p.from, p.to, tf), true end
    end
  end
  -- 1b. "100% of complaints"
  for _, p in ipairs(a.percentages) do
    local nx
    for _, t in ipairs(a.tokens) do if t.from > p.to then nx = t break end end
    if p.value >= TOTAL_PERCENT and nx and nx.w == "of" then
      return claim_span(a, p.from, nx.to, nearest_timeframe(a, p.from, p.to)), true
    end
  end
  -- 2. doubling or tripling results within a year
  local multipliers = signals.without(signals.affirmed(signals.find(a.tokens, MULTIPLIERS)), signals.find(a.tokens, MULTIPLIER_EXCEPT))
  for _, m in ipairs(multipliers) do
    local tf = nearest_timeframe(a, m.from, m.to)
    if tf and tf.days <= MULTIPLIER_MAX_DAYS then return claim_span(a, m.from, m.to, tf), true end
  end
  -- 3. a top job in a short time
  for _, m in ipairs(signals.affirmed(signals.find(a.tokens, TAKEOVER))) do
    local tf = nearest_timeframe(a, m.from, m.to)
    if tf and tf.days <= TAKEOVER_MAX_DAYS then return claim_span(a, m.from, m.to, tf), true end
  end
  for _, m in ipairs(signals.affirmed(signals.find(a.tokens, DEPARTMENT_TAKEOVER))) do
    local tf = nearest_timeframe(a, m.from, m.to)
    if tf and tf.days <= DEPARTMENT_TAKEOVER_MAX_DAYS then return claim_span(a, m.from, m.to, tf), true end
  end
  for _, m in ipairs(signals.affirmed(signals.find(a.tokens, MANAGE_CLAIMS))) do
    local tf = nearest_timeframe(a, m.from, m.to)
    if tf and tf.days <= MANAGE_CLAIM_MAX_DAYS then return claim_span(a, m.from, m.to, tf), true end
  end
  for _, level in ipairs(JOB_CLAIMS) do
    for _, m in ipairs(signals.affirmed(signals.find(a.tokens, level.phrases))) do
      if led_by(a.tokens, m.i, JOB_CLAIM_LEAD_SET, JOB_CLAIM_WINDOW) then
        local tf = nearest_timeframe(a, m.from, m.to)
        if tf and tf.days <= level.max_days then return claim_span(a, m.from, m.to, tf), true end
      end
    end
  end
  -- 4. sweeping claims in a short time
  for _, m in ipairs(signals.without(signals.affirmed(signals.find(a.tokens, SWEEPING)), signals.find(a.tokens, SWEEPING_EXCEPT))) do
    local tf = nearest_timeframe(a, m.from, m.to)
    if tf and tf.days <= SWEEPING_MAX_DAYS then return claim_span(a, m.from, m.to, tf), true end
  end
  for _, m in ipairs(signals.affirmed(signals.find(a.tokens, SWEEPING_WIDE))) do
    local tf = nearest_timeframe(a, m.from, m.to)
    if tf and tf.days <= SWEEPING_WIDE_MAX_DAYS then return claim_span(a, m.from, m.to, tf), true end
  end
  -- 5. goals too vague to act on
  local vague = signals.without(signals.affirmed(signals.find(a.tokens, VAGUE_GOALS)), signals.find(a.tokens, VAGUE_EXCEPT))
  -- each further vague phrase asks for one more kind of concrete backing
  if #vague > 0 and signals.concreteness(a, nil, false) < VAGUE_MIN_CONCRETE + signals.distinct(vague) - 1 then
    return evidence(a, vague[1].from, vague[1].to), false
  end
  return nil
end

-- ---------------------------------------------------------------------------
-- Public API
-- ---------------------------------------------------------------------------

local M = { id = "red-flags" }

--- Detects the guide's red flags in an answer.
---@param answer string the candidate's answer
---@param ctx table|nil the host's ctx (ctx.scenario is read for the role and company)
---@param analysis table|nil a career_signals analysis of the answer, if already made
---@return table[] flags `{ { id = "…", evidence = { from = i, to = j } | string, advice = "…" }, … }`
function M.detect(answer, ctx, analysis)
  local a = analysis or signals.analyze(answer, ctx)
  local unrealistic, is_claim = detect_unrealistic(a)
  local found = {
    ["misaligned-goals"] = detect_misaligned(a, ctx),
    ["lack-of-aspiration"] = detect_lack(a),
    ["cliche-answer"] = detect_cliche(a, is_claim and unrealistic or nil),
    ["unrealistic-or-unclear-goals"] = unrealistic,
  }
  local flags = {}
  for _, id in ipairs(ORDER) do
    if found[id] then
      flags[#flags + 1] = { id = id, evidence = found[id], advice = ADVICE[id] }
    end
  end
  return flags
end

--- The plugin hook: flags only (goal_quality scores the criteria).
---@param answer string
---@param ctx table|nil
---@return table evaluation `{ scores = {}, flags = {…}, strengths = {} }`
function M.evaluate(answer, ctx)
  return { scores = {}, flags = M.detect(answer, ctx), strengths = {} }
end

--- The advice text for a flag id (for scenarios' feedback).
---@param id string
---@return string|nil
function M.advice(id)
  return ADVICE[id]
end

return M
