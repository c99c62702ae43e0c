--- red_flags: detects the four red flags of career-goals answers named in the
--- domain guide (career-goals-interview-guide.txt, "Red flags for the interviewer
--- when discussing career goals"):
---
---   misaligned-goals              "Your goals do not align with the company goals":
---                                 "take another direction in your career which is not
---                                 in line with the position"; the employer "might
---                                 struggle in retaining you".
---   lack-of-aspiration            "Lack of aspiration": "If you fail to discuss goals
---                                 you set … this will raise a red flag".
---   cliche-answer                 "Too general or cliché answers": reciting "what he
---                                 or she wants to hear", nothing to back it up.
---   unrealistic-or-unclear-goals  "Unrealistic or unclear goals": "an over the top
---                                 answer such as … 'I want to grow the client
---                                 portfolio by 50% in my first month'", or goals too
---                                 vague to plan.
---
--- Each flag is read from several signals together rather than from one phrase:
---
---   misaligned    (a) where the answer says the candidate is heading, read by
---                 career_signals from lexical classes: another occupation (from a
---                 list, or by its form: "a groomer", "a translator"), field of work
---                 or study, another organisation ("a bigger firm", "my uncle's
---                 firm", a capitalised name after "a job at"), a business of one's
---                 own, a named place to move to; counted when not tied back to this
---                 company in the same clause ("train as a teacher through your
---                 school's route" is fine), and not when it is a seniority step
---                 ("senior nurse", "the planner people trust"); (b) intent to leave
---                 or a temporary framing ("until my course starts", "a stepping
---                 stone" unless it leads to a role here, "I'll go", "leave customer
---                 service"); (c) not wanting to deal with people; (d) weaker hints
---                 ("for now", "on my CV", money as the reason) that count when two
---                 come together, or one when the answer wants something and nothing
---                 ties it to the company.
---   lack          indifference and passivity markers ("I don't mind", "the same
---                 thing forever", "turn up, do a decent job and get paid"), goals
---                 and growth said with a negation before or after them ("I'm not
---                 interested in promotion", "learning isn't for me") when the answer
---                 names no direction, uncertainty with no wish at all, and
---                 non-answers: short answers that express no goal, no claim and no
---                 recital.
---   cliché        stock phrases, and recited qualities: self-descriptions ("I'm
---                 highly organised", "I'm the kind of person who …", an adjective by
---                 its form after "I'm"), virtues, generic aspirations ("keep
---                 learning and growing") and lists of three ("inspire, empower and
---                 elevate"), with nothing concrete behind them: no number, dated
---                 time frame, named skill, course, plan or growth path.
---   unrealistic   the size of a claim against its time frame and the candidate's
---                 level ("as a new graduate"), read by the claims library: a growth
---                 percentage, a multiplier, an absolute ("zero churn", "every
---                 complaint resolved"), perfection for good, qualifications
---                 stacked, a count of new business per day, a superlative against
---                 a group ("the highest sales of anyone in the company"), a whole
---                 thing rebuilt, a top job or a whole unit run; or goals only vague
---                 or undecided between directions ("be
---                 successful", "somewhere good") or a wish with nothing concrete
---                 to aim at ("to be comfortable and have a nice life").
---
--- The rules are checked against a learned second opinion (flag_model: a logistic
--- model over all the words of the answer, fitted on labelled answers): it raises a
--- flag the rules missed in wording they do not know, and drops a rule's flag that
--- nothing else in the answer reads like (see detect_all and docs/heuristics.md).
---
--- Negation and contrast never raise a flag: "rather than a stepping stone", "I
--- don't just want a job", "I used to see it as a way to pay the bills". Each flag
--- carries the evidence (the sentence, or the phrase, that raised it) and advice
--- from the guide. The plugin returns no scores: the other plugins lower their own
--- criteria when they see the same flags (they call `detect`, cached per answer).
---
--- Phrases use career_signals' pattern syntax: `a|b` either word, `?w` optional,
--- `w*` prefix, `*w` suffix, `*` any one word; apostrophes dropped, hyphens = spaces.

local signals = require("career_signals")
local claims = require("claims")
local model = require("flag_model")

-- ---------------------------------------------------------------------------
-- Misaligned goals: word lists and thresholds (a coach may tune these)
-- ---------------------------------------------------------------------------

--- Destinations (read by career_signals) that point away from the company.
local ELSEWHERE_KINDS = { occupation = true, field = true, organisation = true, ["own-business"] = true }

--- Intent to leave, or the job framed as temporary: enough on their own.
local EXIT = {
  -- the job as a means to something else
  "stopgap|placeholder", "stop gap",
  "pass|passing through", "tide|tides me over", "keep|keeps me afloat", "bide my time", "kill time",
  "pay|pays|paying ?the|my bills", "keep the lights on", "cover|covers|covering ?my|the rent|bills|tuition|fees|expenses",
  "a way to fund|pay|cover", "fund my", "until|till|til something|anything better", "something better comes along",
  "a better offer|opportunity|job comes|elsewhere|somewhere", "if|when a better offer|opportunity|job",
  "if something better", "wherever|whoever pays|offers", "the highest bidder|payer", "pays|paid more|better", "pays the most", "pay more|better",
  -- another line's pay (session 30, training-199: "contracting pays roughly double, so that's really where I'm
  -- heading"; not "the night shift pays almost double", "bank holiday shifts, since they pay double")
  "contracting|contractors|contract|agency|consultancy|consultancies|locum|locums|freelance|freelancers|offshore pay|pays|earn|earns ?roughly|about|nearly|almost|around|over double|twice",
  -- temporary framing
  "temporary|temp|bridging job|role|position|thing|gig|stop|solution|measure|arrangement|option|post|contract|work",
  -- (a bridge only as a kind of job: "a bridge job", not a site's own "the bridge job coming up")
  "a|just|good|great|perfect|ideal|useful bridge job|role|position|thing|gig|stop|solution|measure|arrangement|option|post|contract",
  "look|looking|go|going|move|moving|apply|applying elsewhere", "look|looking|go|going|move|moving|apply|applying somewhere else", "give it a year|while|couple|few",
  "no|without|zero|less|minimal|little customer|client|public contact|interaction|facing",
  "once|when|if it|that|this|my ?* pays", "once|when|if it|that|this|my ?* takes off", "once|when|if it|that|this|my ?* gets going", "once|when|if my ?* works out", "doing that|it full time", "full time on my",
  "only|just available ?until|for", "fill|cover|bridge the gap",
  -- (session 32: "just to fill the gaps between acting work"; not "fill the gaps between planning and delivery")
  "fill|filling|cover|covering the gaps between jobs|contracts|gigs|shows|auditions|seasons|bookings|tours|terms",
  "fill|filling|cover|covering the gaps between * work|jobs|contracts|gigs|shows|auditions|seasons|bookings|tours", "something to do until|till|til", "is|its what pays for", "a way in before", "keep|keeps me going while|until",
  "here|mainly|mostly|only|just for the pay|money|salary|cash", "in it for the pay|money|salary|cash", "doing this|it for the pay|money|salary|cash", "mostly|mainly|only|just for the pay|money|salary|cash",
  "whichever|whatever|any company|employer|firm offers|pays", "out of retail|hospitality|sales|care", "out of the|this industry|trade|profession|sector|field", "out of * completely|altogether|entirely", "out of customer service", "out of call centres|centre|center",
  -- a country far away worked or lived in next (session 33, unseen-165: "then I'm planning to work in New Zealand")
  "work|working|live|living|settle|settling in|to australia|canada|dubai|singapore|america|nz",
  "work|working|live|living|settle|settling in|to the states|usa|us", "work|working|live|living|settle|settling in|to new zealand",
  "head|heading off to", "then im off ?to", "then i am off ?to", "off to do a|the", "working visa", "on a visa", "working holiday",
  -- leaving the employer to work for oneself or through an agency ("then probably go agency")
  "go|going agency|locum|freelance|independent", "go|going self employed",
  -- from a firm to a client's own team (unseen-109..112, session 21: "do my two or three years here … and then
  -- go in-house somewhere")
  "go|going|move|moving in house",
  -- a line of work gone into for oneself (FOR_MYSELF)
  -- study ahead (unseen-117..120, session 22: "I'm off to study architecture in September anyway")
  "im off to study|university|uni|college", "i am off to study|university|uni|college",
  -- leaving the moment something else calls ("if one bites I'm gone", "I'd go the moment the BBC called")
  "im gone", "ill|id be gone", "hand|handing in my notice", "id|ill be out ?of the door", "id|ill go the moment|minute|instant|second|day", "i would go the moment|minute|instant|second|day",
  -- less of the job's own work wished for ("something with less selling", "fewer guests and more paperwork")
  "something|somewhere|anything with less|fewer", "a role|job with less|fewer",
  -- the job's own work named as of no lasting interest ("not really that interested in staying on a ward")
  "not ?really ?that interested in staying|dashboards|it|this ?*, long term", "not ?really ?that interested in staying",
  "leave|leaving to set|start|join|work|go|do|open|launch|run", "rather work with * than people|customers", "rather work with * than the public",
  "a ?completely|totally|entirely different field|industry|profession|sector|space|world", "another field|industry|profession|sector", "a ?completely|totally|entirely different career", "a ?completely|totally|entirely different line of work",
  "join|joining them|him|her ?abroad|overseas|there", "join|joining my partner|husband|wife|family", "join|joining the|our family ?* business|firm|agency|company|farm|practice", "ill be looking for a|another ?* job|role|position|contract|placement|post", "i will be looking for a|another ?* job|role|position|contract|placement|post",
  "looking for a training contract", "placement|sandwich year", "a year out", "before my final year", "final year at|of university|uni|college",
  "not sure ?if|whether this|it is the industry|field|job|role|career|sector|profession for me", "unsure ?if|whether this|it is the industry|field|job|role|career|sector|profession for me", "not sure ?if|whether its|thats the industry|field|job|role|career|sector|profession for me", "unsure ?if|whether its|thats the industry|field|job|role|career|sector|profession for me",
  "try|trying|do|doing something different|else ?after|next|instead", "only|just be here|around over|for|until|during|till",
  -- the job denied a future ("Definitely not data entry long term", "coffee isn't the long-term plan"; in the sets
  -- so far misaligned or unambitious, never a good answer: unseen-141..144, session 25)
  "definitely|certainly|probably not ?* *, long term", "its not this|that long term", "isnt|not the long term plan",
  -- the line of work not seen as the candidate's for long ("I don't really see myself in a kitchen long term",
  -- "… doing this, long term")
  "dont|cant|cannot ?really|honestly|actually see myself in|doing|staying|being|working ?* ?* ?*, long term",
  "dont|cant|cannot ?really|honestly|actually see myself in|doing|staying|being|working ?* ?* ?*, for the long term",
  -- the same work elsewhere for more money ("move into corporate finance, where the salaries are much better")
  "where the money|moneys|pay|pays|salary|salaries|wages|wage ?is|are ?much|far|way|a ?lot better|higher",
  -- the job as a way out ("that's my ticket out"), or out of work altogether ("retire early and grow olives")
  "my|the ticket out", "retire early|young",
  "apply|applying everywhere", "apply|applying all over", "apply|applying to lots|loads|several|dozens|many", "apply|applying to a few", "whoever|whichever gets back",
  "what i want to do professionally", "what i want to do full time", "what i want to do for a living", "what id like to do professionally", "what i would like to do professionally",
  "start|starting university|uni|college", "start|starting sixth form", "start|starting medical|law|drama|art|nursing|culinary school", "for the summer|season|holidays",
  "had enough of ?working|dealing|talking ?with|to customers|people|the|clients|callers",
  "tired|sick of ?working|dealing|talking ?with|to customers|people|the|clients|callers", "fed up with ?working|dealing ?with customers|people|the|clients",
  "as|is|be|being|something|its ?very|just|only|quite|a ?bit temporary|temporarily",
  "only|just|mainly|mostly taking|doing|accepting ?this|the|it ?position|job|role|work to|until|while|before|for",
  "a short|brief term|stint|chapter|stop|spell|gig|thing",
  "short term job|thing|gig|solution|position|stop|role", "something short term", "something temporary",
  "gap year", "summer job", "side job", "just for now", "for the time being", "just|only passing",
  "backup|fallback|stopgap|placeholder job|plan|option", "plan b", "fall back on",
  "as long as it suits me", "as long as it works for me", "the time i have left", "can only commit", "only commit for",
  -- leaving
  "leave|quit|resign after|within|once|soon|eventually|when|as|by|in",
  "leave|quit|resign the|this|your company|job|role|position|team|firm",
  "as|be|is|its one of my last ?corporate|full|salaried|proper ?time roles|jobs|positions",
  "be leaving|gone|off", "move|moving on", "jump ship", "keep|keeping my options open",
  "see what else is out there", "look|looking for another|a ?new|different|better job|role|position|employer",
  "look|looking|apply|applying for ?a job|jobs|roles|positions|something in|at|elsewhere",
  "apply|applying|interview|interviewing for|to|with|at other|another jobs|roles|positions|companies|employers|firms",
  "interviewing with|at * other", "other companies|employers|offers",
  "plan|planning|intend|intending|expect|expecting ?to leave|quit",
  "wont|not be here|around ?for ?very|that long", "wont be here|around",
  "dont|not ?really plan|planning|intend|intending|expect|expecting|want to stay|be here|around",
  "dont|not ?really plan|planning|intend|intending|expect|expecting|want to stay ?very|that|for long", "dont|not ?really see myself here|staying",
  "dont|not ?really plan|planning|intend|intending|expect|expecting|want to stay|remain in * afterwards|after|beyond",
  "dont|not ?really plan|planning|intend|intending|expect|expecting|want to stay|remain in the|this field|industry|sector|profession|trade|line",
  "then leave|quit and", "leave|quit and open|start|launch|set",
  -- the line of work itself named as not the candidate's to stay in ("I'm not planning to stay in health"),
  -- the job as the day job a passion will take over from, or cut to part time
  "take|taking over from the|my day job",
  "drop|dropping|go|going down to part time", "drop|dropping to part time",
  -- a side passion made the career, the job kept only till something else, the line left behind
  -- (unseen-55: "I'd like to turn that into my career", "it's just till then really", "I'm ready to get away from it")
  "turn|turning that into my|a career|living", "ready to get away from it",
  "only|just ?be|stay|staying here for|until", "only here for|until", "just passing through",
  -- what is learnt here taken elsewhere ("your rotation is the sort of thing I want to take back with me")
  "take|taking * back with me", "take|taking back with me",
  "emigrat*", "relocat* abroad|overseas", "move|moving|go|going abroad|overseas",
  "move|moving|go|going|head|heading back to university|uni|school|college|studies|study|home", "back to my studies",
  "return|returning home", "return|returning to university|uni|school|college|studies|my", "back home",
  "move|moving to another|a different city|country|town",
  -- away from the work itself
  "get|getting|move|moving|far away|out from|of customers|clients|people|phones|calls|retail|customer|front",
  "get|getting|move|moving|far away|out from|of the public|phones", "get|getting|move|moving|far away|out from|of the front line",
  "far away from", "never deal|talk|work with customers|clients|people ?again", "never deal|talk|work with the public",
  "stop|quit dealing|talking|working with customers|clients|people|the", "no longer deal|dealing|work|working|talk|talking with",
}
--- Looking now for a job of a kind is applying for this one ("I'm looking for a role
--- with more month-end work", "… a new role where I can develop"), not leaving it — unless a time
--- or a condition comes first ("Once I qualify, I'm looking for a new job with better pay").
--- Words before a search for a job that put it later (leaving, not applying).
local LATER = { "once", "after", "when", "then", "until", "eventually", "later" }
--- Leaving, unless the answer stays on the role's own line, names growth here, or ties the phrase's own
--- sentence to the company: ski seasons ahead (session 29: "After that I'm off to do ski seasons"; eight
--- answers, each misaligned; not a ski school's "a few more ski seasons here"), the role's own job not wanted
--- for long ("I don't really want to be an auditor long term"; not "I don't want to stay a Band 5 long term;
--- within two years I'd like to be a Band 6 sister on this ward").
local EXIT_UNLESS_HERE = {
  "do|doing|planning ?a ?few|couple ?of ?more ski season|seasons", "ski season|seasons lined up",
  "dont|not ?really want|plan|intend|expect to be|stay|remain a|an * ?* long term",
  "dont|not ?really want|plan|intend|expect to be|stay|remain a|an * ?* in|for the long term",
}
--- A line of work gone into for oneself (session 29: "I'm looking to go into artist management for myself"; in the
--- sets so far three answers, each misaligned): one of EXIT, not a skill got into ("getting into Python for myself").
local FOR_MYSELF = "go|going|get|getting into * ?* for myself"
EXIT[#EXIT + 1] = FOR_MYSELF
--- Going full time with something: leaving, when nothing in the answer ties it to the company.
local FULL_TIME_ELSEWHERE = { "go|going full time with|on it|that|my|this" }
local EXIT_EXCEPT = {
  -- working for oneself, contracting or in-house wished for in the past ("I wanted to go freelance last year
  -- and it didn't work out")
  "wanted|tried|planned|hoped to go|going agency|locum|freelance|independent|contracting|self",
  "wanted|tried|planned|hoped to go|going|move|moving in house",
  -- less of a burden, not of the job's own work (a lack of aspiration, if anything)
  "with less|fewer pressure|stress|hassle|responsibility|responsibilities|hours|travel|overtime",
  -- the line of work seen as the only one ("I can't see myself doing anything else long term"), the
  -- employer too, or a grade or hours left behind ("I don't see myself being a junior long term")
  "see myself doing|in|at|working|being anything|anywhere|somewhere else", "see myself doing|in|at|working|being any|another",
  "see myself working|being for|with|at|in any|another", "see myself working|being|doing part time|nights",
  "see myself being|as a|an junior|trainee|apprentice|assistant",
  "want|plan|intend|expect to be|stay|remain a|an junior|trainee|apprentice|assistant|graduate",
  -- someone else's plan for the candidate ("Everyone expected me to go to med school, but …")
  "expected|wanted|told|pushed|encouraged|thought me to go|apply|get",
  -- going on within the job ("until I go on to the supervisor course")
  "until|till|til we|i go on|up|for|to|onto|into|through",
  -- a gap year not taken
  "against a gap year", "against taking|doing a gap year",
  -- not yet, then a long term aimed at here ("Probably not yet, long term I'd like to run the site")
  "not yet|now|straight|right",
  -- a level not stayed at for good ("I don't plan to stay in sales forever: … leading the sales team")
  "stay|remain in * forever",
  -- a career made of the job here ("turn that into a career here")
  "turn|turning that into my|a career|living here|with",
  "im ?currently|now|really|just looking for a|an ?new|different|better job|role|position|post with|where|that|which|offering|working|supporting|specialising|specializing|focused|focusing|doing",
  "i am ?currently|now|really|just looking for a|an ?new|different|better job|role|position|post with|where|that|which|offering|working|supporting|specialising|specializing|focused|focusing|doing",
}
--- Moving on to the next step of one's own work ("finish my NVQ Level 2 and move on to Level 3"): no exit.
local EXIT_PROGRESS = {
  "move|moving on to level|levels|stage|harder|advanced|complex|supervising|managing|leading|training",
  "move|moving on to the next level|stage|step|module|course|grade|band|qualification|exam|paper",
  -- a kind of work for the company's own jobs (session 31, training-200: "move on to Primavera scheduling for the
  -- bigger renewals"; not "move on to festival production")
  "move|moving on to ?* *ing for|on the|our|your",
  -- asking the employer to move on is moving within it ("then ask to move on to larder")
  "ask|asking|asked to move|moving on",
}
--- The job as a means to an end ("a stepping stone", "a way in"): a flag unless
--- what follows in the sentence points inside the company ("a stepping stone to a
--- team lead position here").
local MEANS_TO_AN_END = {
  "stepping stone", "springboard", "launch pad", "launchpad", "a way in", "a first step", "foot in the door",
  "use|using this|it as experience", "use|using this|it as a way|step", "as experience to|for",
  -- what another path asks for, got here first (unseen-102..104, session 20: "I know I need to learn the
  -- basics somewhere first", "the credibility those roles look for", "the fastest route into those
  -- relationships")
  "somewhere first", "fastest|quickest|easiest|best route|way|path into",
  -- (session 32, training-206: "qualifying as a dental nurse is the quickest way in")
  "fastest|quickest|easiest way in",
  "roles|jobs|employers|schools|firms|programmes|courses|universities look for",
  -- (unseen-133..136, session 24: "Insurance is a great training ground because the data is so rich";
  -- in the sets so far fifteen misaligned answers, no good one)
  "training ground",
}
--- A saying, not a plan: "failure is just a stepping stone to success" (a cliché).
local MEANS_EXCEPT = { "stepping stone|stones to|towards|for success|greatness",
  -- the quickest way in to doing the work itself ("the quickest way in to doing it properly"; session 32's review)
  "fastest|quickest|easiest way in to doing|learning|getting" }
--- Words that make the job after them the candidate's own goal ("become a physiotherapist", "work as a
--- translator"; not "waiting for a GP").
local BECOMING = signals.set_of({ "become", "becoming", "be", "being", "work", "working", "train", "training",
  "qualify", "qualifying", "retrain", "retraining" })
--- Verbs of the past, and words that look ahead: an answer with ONLY_PAST of the first and none of the
--- second tells only what was done (no goal the model may call unrealistic).
local PAST_VERBS = signals.set_of({ "was", "were", "had", "did", "took", "built", "led", "ran", "made", "grew", "freed", "saved", "won",
  "achieved", "managed", "delivered", "launched", "reached", "passed", "completed", "finished", "improved", "reduced",
  "increased", "went", "came", "started", "learned", "learnt", "realised", "realized", "helped", "worked", "spent",
  "moved", "brought", "set", "stayed", "convinced", "introduced", "created", "designed", "trained", "handled", "dropped",
  "fell", "rose", "got", "cut", "found", "joined", "became", "earned" })
local LOOKING_AHEAD = signals.set_of({ "id", "ill", "will", "would", "want", "wants", "hope", "hoping", "plan", "planning", "aim", "aiming",
  "going", "gonna", "next", "future", "goal", "goals", "reckon", "expect", "intend", "like", "love", "shall", "should",
  "could" })
local ONLY_PAST = 3
--- Joining the team applied to, said as a condition: the team joined ("if I join your commercial
--- property team") is this job's; a move after joining ("once I join I'd like to move into your
--- marketing team") is not.
local JOINING = { "if|once|when i join|joined|start|started", "if|once|when i was|were|am|get to join|start" }
--- Leaving the line of work itself: these, followed by a field or the role's own words.
local LEAVE_LINE = { "leave|leaving|quit|quitting", "give|giving up", "get|getting out of", "move|moving away from", "will|ill|would|id have left" }
--- … unless the organisation is kept (unseen-141..144, session 25: "I'll probably leave the classroom side
--- eventually, but not the school").
local LEAVE_LINE_KEPT = {
  "but not the|this|your school|company|trust|firm|organisation|organization|business|council|department|practice|hospital|store|agency|hotel|charity",
}
local LINE_WORDS = { "industry", "profession", "field", "sector", "trade", "line", "career", "work" }
--- A wish not to work with the public or customers ("I don't want to be dealing
--- with the public", "I'd rather not talk to customers"): one of these phrases
--- with a wish word and a negator in the words before it (same clause).
local AWAY_FROM_PEOPLE = {
  "be on the phones|phone|tills", "be on the front desk", "be on the shop floor",
  "deal|dealing|work|working|talk|talking|speak|speaking with|to ?the customers|clients|public|people|callers|patients|anyone|anybody",
  "work|working|be|being customer|client facing", "work|working|be|being on|in the front line",
}
local AWAY_WISH = { "want", "wish", "like", "fancy", "plan", "intend", "enjoy", "rather", "id", "love", "keen", "have", "need" }
local AWAY_NEGATORS = { "dont", "not", "never", "no", "rather", "nt", "doesnt", "wouldnt" }
local AWAY_WINDOW = 7
local AWAY_REVERSERS = { leave = true, leaving = true, stop = true, stopping = true, quit = true, lose = true, miss = true, give = true }
--- Moving to a named place ("move to Canada", "relocate to Lisbon"): these words
--- before a capitalised name that is not the company's.
local RELOCATION_LEADS = { "move|moving|relocate|relocating|emigrate|emigrating|go|going|head|heading ?back|off|over|out to", "back ?home in", "home in", "settle|settling in" }
--- "Until …" after staying words ("work here until my visa runs out", "this would
--- be until then") is a planned exit, unless growth follows ("until I'm ready to lead").
local UNTIL_LEAD_WORDS = { "here", "this", "it", "stay", "staying", "stick", "around", "work", "working", "job", "role", "position", "be", "would", "fine", "then", "do", "available", "gap", "something" }
--- "until my course starts", "until I graduate": a date of leaving.
local UNTIL_EXIT = { "start", "starts", "begin", "begins", "graduate", "finish", "finishes", "move", "leave", "emigrate", "hear", "get", "find", "land", "save" }
local UNTIL_LEAD_WINDOW = 5
local UNTIL_GROWTH = {
  "ready", "lead", "leading", "promoted", "promotion", "master", "mastered", "learn", "learned", "learnt",
  "become", "grow", "confident", "qualified", "certified", "trained", "expert", "senior", "team", "step",
  "know", "competent", "independent", "handle", "fully", "retire", "retirement", "retiring",
  -- a step up named ("until I go on to the supervisor course"; not "until one comes up")
  "supervisor", "supervising", "manager", "managing", "management",
}
local UNTIL_GROWTH_WINDOW = 7
--- The words before "till" that make it the shop's ("the till", "a till"), not "until" (session 34,
--- training-217: "be able to run the till and the floor on my own on a busy Saturday", a tea room
--- assistant's good answer read as a stay until something).
local TILL_DETERMINERS = { "the", "a", "my", "your", "our", "their", "each", "every" }
--- Commitment that, negated ("I'm not planning to make a career of it", "I'm not
--- here for the long term"), points away — unless the answer names a growth path.
local COMMITMENT = {
  "make|build ?a ?my career of|here|with|out", "stay|staying|be ?here ?for long", "stay|staying|be ?here long term", "stay|staying with you",
  "see myself here|staying", "see myself in this role", "here for the long term|haul", "in it for the long term|haul",
  "long term thing|plan|option|career|job",
}
--- The current line of work said not to be where the candidate stays ("I'm not sure I want to stay
--- in admin", "I don't want to be in sales forever", "I've fallen out of love with it"): with a
--- destination elsewhere named, the answer is going there, and the rules' reading stands against the
--- model's veto.
local STAY_DENIED = {
  "not sure i want to stay|remain", "not sure i want to be in|with", "dont|not ?really want to stay|be|remain in|with * forever",
  "dont|not ?really want to stay|be|remain in|with * * forever", "dont|not ?really want to be doing this|it|that forever",
  "dont|not ?really want to do this|it|that forever", "dont|not ?really see myself staying|remaining in|with",
  "not|isnt ?really me", "not|isnt ?really for me", "dont think ill stay|be in|with ?* long", "dont think ill stay|be ?here long", "fallen|fell out of love with", "not what i want to do|be doing",
}
--- Preparing for another profession: "training to be a paramedic", "nursing course".
local TRAINING_FOR = {
  "training|studying|qualifying|retraining|trained|studied to be|become",
  "train|training|retrain|retraining|qualify|qualifying as",
}
--- Exits said so plainly that they stand against the model's veto, as leaving said outright does:
--- each matched misaligned answers only in the fitting and unseen sets (docs/heuristics.md, session
--- 13), where the model, reading the rest of a short answer, vetoed some of them.
local EXIT_SURE = {
  -- a professional school applied for ("I'm gonna apply to med school", "reapplying to dental school";
  -- not nursing school, the next step of a care role's own line)
  "apply|applying|reapply|reapplying|get|getting|go|going into|to med|medical|law|vet|veterinary|dental school",
  -- waiting for something else ("just doing it 'til something else comes up"), a gap year ahead
  "until|till|til something|anything ?else comes|turns|shows up", "until|till|til something|anything ?else comes along",
  "till|until|before my gap year", "take|taking|do|doing a gap year",
  -- waiting to leave the country ("a few easy shifts until we go"; not "until I move up")
  "until|till|til we|i go|leave|emigrate|fly", "until|till|til we|i move away|abroad|back|home|over",
  -- out of a line of work altogether ("out of property completely"; not "out of agency completely", below)
  "out of * completely|altogether|entirely",
  -- the job as a line on the CV ("a year here as good experience to put on the CV", "it'd look great
  -- on my CV"; not what the CV shows, "as you can see on my CV", nor a qualification on it), the exits
  -- a job leads to, a job elsewhere already lined up ("my brother-in-law's firm has a driving job
  -- waiting for me")
  "look|looks|looking good|great|nice|strong|impressive|better on the|my cv|cvs|resume",
  "name|names|brand|line|stint on the|my cv|cvs|resume", "experience to put on the|my cv|resume", "round|rounds|rounding off the|my cv|cvs|resume",
  "good|great|useful|nice for the|my cv|cvs|resume", "exit opportunities|opportunity|options",
  "job|role|position|place waiting for me", "job|role|position|place lined up for me",
  -- contracting, the same work for a day rate (unseen-109..112, session 21: "Two years of that on my CV and
  -- I can go contracting at twice the rate")
  "go|going contracting",
  -- the same work through an agency, for its rates (unseen-133..136, session 24: "Once I'm settled I'll probably
  -- switch to agency")
  "switch|switching|go|going|move|moving to|into agency",
}
--- A term here as what the next thing asks for (unseen-117..120, session 22: "two or three years here would
--- give me exactly the … experience those jobs ask for"): an exit said plainly, as EXIT_SURE's are, unless
--- the answer names a job on the role's own line, or the term's sentence goes on to a way up and not away
--- (points_away), which the term is then for ("a couple of years here would give me the experience to step
--- up to team leader").
local TERM_FOR_NEXT = { "years here would|will give me" }
--- The CV, as the last word of an exit (EXIT_SURE).
local CV_SET = signals.set_of({ "cv", "cvs", "resume" })

--- Weaker hints of another direction: count when two come together, or when
--- nothing ties the answer to this company and no growth path is named.
local WEAK = {
  "on the|my cv|resume", "save|saving up", "save|saving ?up ?some money|cash", "savings", "get|getting some cash|money together",
  "make|making some money|cash", "make|making a bit of money|cash", "my * career gets|takes",
  "travel|travelling|traveling", "other opportunities", "elsewhere", "somewhere else", "abroad|overseas", "my * degree|course|studies",
  "more interested in", "move|moving|go|going in that direction", "move|moving|go|going in a different direction", "probably move|go|leave",
  "my real|true|actual passion|dream|calling|ambition|goal|interest|plan|thing|love|focus", "what i really|actually want",
  "on the side", "side hustle|project|business", "freelance|freelancing", "fit around my",
  -- the job as the second income (session 31, training-201: "I'd like that to be my main income, with the gym as
  -- a backup a couple of days a week"; not "This job would be my main income while I finish my final year")
  "it|that|itll|thatll ?* ?* be|become my|the main income", "as a|my backup|fallback",
  -- another sector gone into ("take that into the charity sector"; the sets so far: 20 misaligned answers, no good one)
  "move|moving|take|taking|go|going ?* ?* into the private|charity|third|voluntary sector",
  "before i go|leave|emigrate|travel", "full time", "a way in", "over the summer", "my dream job|career",
  "competitor|competitors", "get|getting into * school", "go|going to * school", "my heart is|lies in",
  "and then leave|quit|switch", "then ill|i leave", "before i move on|away|abroad|back",
  -- the job as rehearsal for another (unseen-109..112, session 21: "dispatch is the closest thing to it …
  -- it'll be great practice"; not alone: "good practice for running shifts" is the job's own line)
  "good|great practice", "get|getting into one of the",
  -- another job always wanted, its recruiting (unseen-117..120, session 22: "Cabin crew is what I've always
  -- wanted", "the fire service - I've always wanted it, and they're recruiting again next year")
  "is|its what ive always wanted", "ive always wanted it", "recruiting again", "recruitment day|days", "on to one of the",
  -- the job's hours fitted around a course for another (unseen-125..128, session 23: "I'd fit the coordinator
  -- hours around my placements")
  "hours|shifts around my placements|placement",
  -- the employer's name as a key to other doors ("your name opens doors"; eleven misaligned answers, no good one)
  "opens|open doors",
  -- the job as the nearest to another, what comes after it, study to go back to (the fresh sets read before
  -- session 24: "It's the closest thing I could find to motorsport", "before I join the police", "I'm back at
  -- university in October", "what you do between auditions", "after a couple of years here … when their
  -- recruitment opens")
  "nearest|closest thing to", "closest|nearest thing i could", "before i join", "best way in",
  "im back at|to university|uni|college", "between auditions|gigs|contracts|jobs", "stay|here until something",
  "when their recruitment|intake",
  -- other jobs applied for alongside, another way out (unseen-133..136, session 24: "which is why I've applied
  -- to the fire service as well", "I'd probably look at MI5 instead")
  "applied|applying to|for * as well", "applied|applying to|for * * as well", "applied|applying to|for * * * as well",
  "applied|applying to|for * too", "applied|applying to|for * * too", "applied|applying to|for * * * too",
  "also applied|applying to|for",
  "probably look|looking at * instead", "probably look|looking at * * instead", "probably look|looking at * * * instead",
}
--- The jump made after a term here (session 29: "I'll have the relationships to make the jump"; in the sets so
--- far 33 answers, 31 of them misaligned, none good): a weak hint, unless it is a jump up the role's own line
--- ("I'll make the jump to architect" from a junior architect, "make the move up to mid-level", "make the move
--- to assistant QS" from a trainee): "up", or "to"/"into" a job on the role's ladder, or a step of grade
--- (JUMP_STEP) or a word of the role's own title after it.
local JUMP = { "make|making the jump|leap|move" }
local JUMP_ALONG = signals.set_of({ "to", "into", "up" })
local JUMP_STEP = signals.set_of({ "assistant", "junior", "senior", "mid", "lead", "chartered", "qualified", "principal",
  "associate", "deputy" })
--- This job called the dream job (session 34, training-215: "It's my dream job. I'm hard-working, punctual and a
--- team player"; in the sets so far five answers, each a cliché): a cliché (CLICHES), not a weak hint of
--- another direction (WEAK_EXCEPT); an intensifier at most between, not "it's not my dream job".
local THIS_DREAM_JOB = { "its|thats ?literally|honestly|really|truly|genuinely my dream job|role",
  "this|it is|would|will ?be ?literally|honestly|really|truly|genuinely my dream job|role" }
--- Words that make a weak hint no hint: the travel perks of a job ("the pension and the travel perks
--- matter to me") are not travelling.
local WEAK_EXCEPT = { "travel perks|perk|discount|discounts|benefits|concessions|pass|passes|allowance|time|costs|expenses",
  -- studying alongside this job ("passing my ACA exams while working full-time")
  "while|whilst|alongside working full time" }
for _, phrase in ipairs(THIS_DREAM_JOB) do WEAK_EXCEPT[#WEAK_EXCEPT + 1] = phrase end
--- Weak hints of passing through ("in the meantime", "for a year or two", "while I
--- study"): they count as WEAK does, unless the answer names a job further along the
--- role's own career ladder, where passing through is the plan ("… the training
--- contract in my second year, and in the meantime I want to be the paralegal the fee
--- earners trust").
local WEAK_PASSING = {
  "for now", "in the meantime", "meanwhile", "for a year|while|bit ?or ?so|two", "a year or two",
  "for a couple|few ?of years|months", "a few months", "my studies",
  "experience ?here, and then", "and then apply|move|go|look", "then ill|i look|move|go|apply",
  "while i study|studying|finish|finishing|wait|waiting|save|saving|look|looking|train|training|complete|completing|build|building",
  "before i start|begin|move|head", "for six|three|four|nine months", "until|till then",
}
--- … not a time frame for a goal ("in a year or two, run my own shop in the chain"; session 30: in the sets so
--- far 65 good answers said "in a year or two").
local WEAK_PASSING_EXCEPT = { "in|within|after|over a year or two" }
--- Money as the reason: counts only together with another hint (money alone is
--- more often a lack of aspiration than another direction).
local MONEY_WEAK = {
  "the money", "for the money", "main|only|real reason", "pay|salary|wage|wages|money is|are good|better|decent", "pays|salarys|moneys good|better|decent",
  "steady|stable|regular income|pay|wage",
  -- (unseen-133..136, session 24: "Harvest pays well and I need to clear a loan before I start teacher training")
  "pays|paid well", "pays|paid really|very well", "where the money is", "pay|pays ?about double|twice",
}
--- "… I'll go", "I'd leave": leaving said at the end of a clause (after a condition).
local LEAVE_AT_END = { "ill|id ?probably|definitely go|leave|quit|move", "i will|would ?probably|definitely go|leave|quit|move", "ill|id be off|gone" }
--- A business of the candidate's own (counted unless tied to the company):
--- "open my own bakery", "have my own landscaping company".
local OWN_BUSINESS = {
  "my own ?* ?* business|company|shop|cafe|café|restaurant|startup|agency|brand|firm|practice|studio|bakery|salon|label|consultancy|clinic|chain|empire|hotel|pub|bar|gym|nursery",
  -- (session 26: "running my own small coffee roastery"; in the sets so far seven misaligned answers, no good one)
  "my own ?* ?* roastery|brewery|distillery|winery|venture|outfit",
  "my own start up", "my own ?hedge|investment|venture fund",
  -- "my own store" alone is a store to manage ("my goal is my own store in two years", from a deputy)
  "open|opening|start|starting|launch|launching|buy|buying|own|owning my|our own ?* ?* store|stores",
  "self employed", "work|working for myself", "build|building a|my ?own unicorn|startup",
  "build|building a|an ?* business|company|firm|agency|practice of my own", "be my own boss", "set|setting|start|starting up on my own", "set|setting|start|starting up by myself", "go|going it alone",
  "run|running|open|opening|have|start|starting my|our own ?* place|shop|business|cafe|café|salon|studio|bar|pub|restaurant",
  "run|running|open|opening|own|owning|start|starting|buy|buying a|an ?* ?* ?* business|van|truck|cart|shop|cafe|café|restaurant|pub|bar|salon|hotel|studio|farm|bakery|guesthouse|b|gym|agency|consultancy|brand|label|stall|franchise|nursery|chain|vineyard|winery|brewery|smallholding",
  "buy|buying into a|an ?* ?* business|farm|vineyard|winery|brewery|franchise|pub|restaurant|hotel",
  "my own * ?* store|stores",
  -- land or stock of one's own, one's own boss (unseen-59: "On my own ground", "you earn more when
  -- you're your own boss")
  "my|our own ground|holding|farm|flock|herd|yard|land", "own boss",
  -- going out on one's own (session 34, training-215: a solar installer's "enough to go out on my own in the next
  -- county"; the sets so far: three misaligned answers; not going out on one's own jobs, OWN_BUSINESS_EXCEPT)
  "go|going|branch|branching|strike|striking out on my own",
}
--- A business of one's own run now and said to stay a hobby (session 34, training-217: "I run a small Etsy shop
--- selling prints … It's a hobby and it stays at weekends"; not one being built up to go full time, "I run an
--- events business at weekends … building it up so it can become full-time"): no other direction.
local OWN_KEPT_HOBBY = { "its ?just|only|purely a hobby|sideline", "it is|stays|remains ?just|only|purely a hobby|sideline",
  "itll|it ?will stay|remain ?just|only|purely a hobby|sideline", "it stays at|to ?the weekends", "itll|it ?will stay at|to ?the weekends",
  "keep|keeping it ?as ?just|only|purely a hobby|sideline", "keep|keeping it to ?the weekends" }
--- The words before a business of one's own that tell it is run now ("I run a small shop").
local OWN_RUN_NOW = signals.set_of({ "run", "own", "have" })
--- Words after a hobby phrase that make it a hobby for now only ("at the moment, but in two years …").
local OWN_HOBBY_FOR_NOW = signals.set_of({ "now", "moment", "yet", "but", "currently", "until", "till" })
--- What tells a business of one's own planned ahead from one run, asked about or dreamt big
--- (own_business_ahead): verbs of the perfect, the past and past beliefs beside PAST_VERBS ("I've run
--- my own practice", "I always thought I'd have my own salon"; "set" and "cut" are present too: "set
--- up on my own"), running a place (a job, not a business of one's own), words of asking, and sizes (a
--- number that is no time frame, a chain, a star). Review probes (session 14) added the rest.
local OWN_AHEAD = {
  perfect = signals.set_of({ "ive", "weve", "used", "thought", "imagined", "figured", "assumed", "expected",
    "wanted", "dreamed", "dreamt", "hoped" }),
  -- a business founded or held: "my own …" counts after one of these ("open my own cafe"), not alone
  -- ("keep developing my own practice" is a teacher's craft)
  founding = signals.set_of({ "open", "opening", "start", "starting", "launch", "launching", "up", "found", "founding",
    "have", "having", "own", "owning", "buy", "buying" }),
  -- a simile or a business kept as it is ("run this store like my own business", "stay self-employed
  -- on your routes"), and words after it that tie it here ("my own bar to run here")
  before = signals.set_of({ "like", "as", "stay", "staying", "keep", "keeping", "remain", "remaining" }),
  here = signals.set_of({ "here", "you", "your", "us", "our", "yours", "within" }),
  -- a role that is self-employment ("owner-driver courier", "freelance sound engineer")
  roles = signals.set_of({ "self", "freelance", "freelancer", "owner", "franchise", "franchisee", "subcontract",
    "subcontractor", "contractor", "homeworking", "independent" }),
  present_too = signals.set_of({ "set", "cut" }),
  running = signals.set_of({ "run", "running" }),
  asked = signals.set_of({ "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "whether" }),
  scale = signals.set_of({ "chain", "chains", "empire", "michelin", "star", "stars", "famous", "millionaire", "national",
    "nationwide", "international", "global", "franchise", "franchises", "biggest", "largest", "best" }),
  counts = signals.set_of({ "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "hundreds", "thousand", "dozen", "dozens", "million" }),
}
--- "Self-employed" describing the work, not the candidate ("self-employed and buy-to-let lending").
local OWN_BUSINESS_EXCEPT = {
  "self employed lending|cases|case|clients|customers|applicants|borrowers|income|mortgages|mortgage|accounts|workers|people|tax|returns",
  "self employed and buy to let", "self employed and later life",
  -- self-employment told of the past, or the self-employed as clients ("I've been self-employed for twelve
  -- years", "income protection for the self-employed"; in the sets so far ten good answers, one misaligned)
  "been|was|were self employed", "for|with|to the self employed",
  -- going out on one's own jobs, to jobs or without a supervisor is working unsupervised ("then I'd be going out
  -- on my own jobs", "confident going out on my own to clients' homes"; session 34's review)
  "out on my own jobs|calls|visits|round|rounds|patch|van|installs|work|shifts|to|without|unsupervised|on",
  "confident|ready|safe|trusted|able|competent ?to ?be go|going out on my own",
  -- "clients of my own in this firm": "my own" ends its phrase
  "my own in|at|with|within ?this|the|your|our firm|company|team|practice|department|office|branch|store|clinic",
  -- a unit of the employer's to run ("run my own shop in the chain", "my own charity shop for the charity";
  -- session 30, training-196; not "my own cafe in the area")
  "my own ?* shop|store|branch|site|salon|restaurant|cafe|kitchen|ward|clinic|depot|team in|within|across the|this|your|our chain|group|company|network|estate|trust|charity",
  "my own ?* shop|store|branch|site|salon|restaurant|cafe|kitchen|ward|clinic|depot for the|this|your|our chain|group|company|charity|trust",
}

-- ---------------------------------------------------------------------------
-- Lack of aspiration
-- ---------------------------------------------------------------------------

--- Leaving one's career to chance ("go with the flow", "take each week as it comes"): a lack of
--- aspiration (LACK_STRONG), and from an experienced professional no plan (NO_PLAN) too.
local LEFT_TO_CHANCE = {
  "go|going with the flow", "play it by ear", "one day at a time",
  "take|taking|took things|it|them|life|jobs|each|every ?* ?* as they|it come|comes",
  -- (session 29: "I just take what comes", "take whatever comes next"; not what the job brings: "take whatever
  -- training comes up", "in A&E you take what comes through the doors", LACK_EXCEPT)
  "take|taking|took what|whatever comes|came",
}
--- No goals, indifference, passivity: enough on their own.
local LACK_STRONG = {
  -- no goals
  "dont|never ?really|actually|even have|set|make|made|had|got ?a|any|many|real|clear|specific|particular|big ?real|clear|specific|particular|big|career|long|short|future ?term goals|goal|plans|plan|ambitions|ambition|aspirations|targets",
  "do not ?really have|set|make ?a|any|real|clear|specific goals|goal|plans|plan|ambitions",
  "no ?real|clear|specific|particular|big|career|long|future ?term goals|goal|plans|plan|ambitions|ambition|aspirations",
  "not ?really ?got|have any ?goals|plans|ambitions", "havent got any", "nothing, specific|particular|really",
  "not ?a ?really|very|that|particularly ambitious", "not a planner", "not much of a planner",
  "not a goal|goals|career driven|oriented|minded|person|type", "not ?really|very goal|career oriented|driven|minded",
  "not someone|somebody who|that thinks|think|plans|plan|sets|set", "not the type|kind ?of ?person who|that|to thinks|think|plans|plan|sets|set",
  -- indifference
  "dont ?really mind|care", "do not ?really mind|care", "doesnt ?really matter to me", "doesnt matter what job|work|i",
  "not ?that|really|too|very bothered|fussed|worried", "not all that bothered|fussed", "im easy", "meh",
  "no idea", "no clue", "who knows", "any job will do", "any job is fine", "any job ?at all",
  "whatever role|job|work|position|comes|happens|works", "see what happens|comes",
  "see where life|things|it takes|goes|go|leads", "day by day", "live|living in the moment",
  "figure|work|make it out|up as i go|along", "not fussy|picky|choosy", "not fussed",
  "happy|glad|grateful to have ?a|any work|job", "wherever im needed|put|sent", "wherever i am needed|put|sent", "see how i feel",
  "see out the|my", "wind|winding down", "end of my career", "put me wherever|anywhere", "my cup of tea",
  "just|only need|want the money|pay|cash",
  -- (session 33, unseen-165: "Nothing much. It's just cash while I finish my beauty therapy course")
  "its just|only ?for ?the cash|money|pay|wage|wages", "it is just|only ?for ?the cash|money|pay|wage|wages",
  "just|only need|want a|an wage|income", "drifting", "living day to day", "day to day basis",
  "stick to what i know", "whatever comes up", "what the company has in mind for me", "see what the company",
  "get through the interview", "doing exactly this|that", "right here, doing", "wait and see", "whats on offer", "no preferences", "not in my nature", "the works the work",
  "nothing really comes to mind", "alright as i am", "dont need to get anywhere",
  -- (session 32, training-207: "I'd just like to carry on as I am", "I'd keep it at that, I think")
  "carry|carrying on as i am", "keep it at that",
  "comfortable|happy|content doing what i ?already know|do", "keep doing what im|i doing|do", "doing what im doing",
  "keep doing the same", "take each|every week|day|month as it comes", "not overthink", "just coast", "coast|coasting along|through|for", "coast a bit", "to coast", "nothing too demanding",
  "leave at the door", "i need a job", "go along with", "focused on my life outside", "life outside work",
  "same place|desk|job|chair|role", "small cog", "laid back person", "not bothered what|which|where",
  "content|satisfied with", "fine|happy|content with how things are", "fine|happy|content with the way things are", "keep|leave things as they are",
  "fine|happy|content|comfortable with entry level|the same|my current", "this exact|same job|role ?until|forever",
  -- status quo and passivity
  "same thing|job|position|role|work|level forever|indefinitely", "same thing|job|position|role|work|level as now|before", "same thing|job|position|role|work|level for years|ever",
  "same thing|job|work im|i doing|do ?now",
  "doing the same", "probably the same", "the same as now", "same as now",
  "stay|staying|remain|remaining ?exactly|just where|as i am", "content|happy|fine|comfortable ?enough where|as i am",
  "ticking along|over", "do|doing my shifts|hours|job|time, ?and go home",
  "just|only do|doing my|the job|work|shift|shifts|hours", "just|only do|doing what * ?* told|asked",
  "do|doing what im told|asked", "do|doing what i am told|asked", "just|only go|come|turn|show ?up to|for work", "and go home",
  "clock|clocking in and out", "clock|clocking in", "nothing ?ever changes",
  "a quiet job|life", "know|knowing exactly what ill|i ?will do", "work is work", "a job is a job", "a jobs a job",
  -- (session 26: "work's work", "leave the climbing to others"; in the sets so far eleven answers lacking
  -- aspiration, no good one)
  "works work", "leave the climbing|ambition|ladder to",
  -- (session 27: "I'm happy to just keep doing my shifts until I retire", "I just want to get my hours in";
  -- in the sets so far fifteen answers lacking aspiration, no good one)
  "just|only keep|keeping doing my|the shifts|hours|job|rounds|work", "just|only want|wants|need|needs to do|get|put my|the|some hours|shifts",
  "fine|happy|content staying|being|remaining ?at|in the same", "fine|happy|content to stay|remain ?at|in the same",
  "stay|staying|remain|remaining at the same level|position|job|role",
  -- only the pay
  "just|only want|wants|need|needs|after ?a|any|some ?steady|stable|secure|quiet job|paycheck|paycheque|salary|income|wage|hours",
  "just|only looking for ?a|any|some ?steady|stable job|paycheck|paycheque|salary|income",
  "just want something stable|steady|secure", "next paycheck|paycheque|payday", "as long as i get|am paid",
  "as long as i get|have a|my paycheck|salary|pay|wage", "just to have a job",
  "dont need|want more than that|this", "do not need|want more than that|this", "not after ?anything more|else|further", "not looking for ?anything more|else|further",
  -- never thought about it
  "havent|never|not ?really|actually thought|considered ?about|of it|that|this|goals",
  "havent|never|not ?really thought|considered about|of ?the|my future|career", "have not ?really thought|considered",
  "havent|never|not ?really given it|this|that ?much|any|a thought", "not given it ?much|any thought",
  "dont ?really think|look|plan beyond|past|further|ahead", "dont ?really think|look|plan that far", "not think|thinking about the|my future",
  "dont ?really think about it|that|goals|careers", "dont ?really think about the future", "ill let you know when",
  "next question",
  "rather not think|commit|plan", "try not to plan", "dont plan my",
  -- no more than now ("I don't want a TLR or any extra responsibility")
  "dont|not want|need any|more|extra|additional responsibility|responsibilities", "dont|not want|need any extra|more|additional responsibility|responsibilities",
  "dont|not want|need a|an * or any ?extra|more|additional responsibility|responsibilities",
  "thats|is|something|somewhere|role|job less demanding",
  -- nothing left to learn ("I am dental nurse twelve years, I know everything already")
  "know|knew everything already", "already know|knew everything", "nothing ?left|more|new to learn",
  -- (session 33, unseen-167: "the learning bit is done now"; "I know most of it already" is weak, LACK_WEAK)
  "the learning|studying|training|study bit|part|side is ?all done|over|finished", "the learning|studying|training|study bits ?all done|over|finished",
  -- nothing aimed at or expected, no step asked for (unseen-57: "I'm not aiming at anything in
  -- particular", "I've never had expectations", "I won't be asking for a promotion")
  "not aiming at|for anything", "never had ?any|many ?real expectations",
  "wont|not be asking for a|any promotion|promotions|raise|rise",
  -- the next years the same as the last, the choice left to others or to fate (unseen-102..104, session
  -- 20: "I'll stick with what works", "the next five years to look a lot like the last five", "I'll leave
  -- it up to you where I go", "the chartership side will happen at some point if it's meant to")
  "stick|sticking with|to what works", "look|looks ?a lot like the last", "leave|leaving it ?up to you",
  "you know better than me", "if its meant to ?be|happen", "if it is meant to ?be|happen", "do|doing whats|what is asked of me", "go|going with whatever",
  -- the level reached and kept, responsibility refused (unseen-109..112, session 21: "I've got to the level
  -- I want to be", "a dental nurse traineeship … too much responsibility", "get settled, do the work, go
  -- home. I've had enough of chasing things")
  "got|reached|at ?to the level i want", "too much responsibility", "had enough of chasing", "do the work|job, go home",
  -- nothing aimed at after a career elsewhere, the next step not worth it (unseen-117..120, session 22:
  -- "What I want now is nothing to aim at", "a round, fresh air and a pension … That's the lot", "the
  -- closing side looks like too much hassle")
  "nothing to aim at|for", "thats the lot", "too much hassle",
  -- development refused (unseen-125..128, session 23: "I don't really see the point of the courses you offer")
  "dont ?really see the point of the|your courses|qualifications",
  -- the climbing behind one, the learning done, exams had enough of (unseen-133..136, session 24: "I'm past
  -- the chasing stage", "I think I covered most of it at uni", "I'm a bit done with exams", "happy to keep
  -- doing exactly what I'm doing"; in the sets so far nearly always a lack of aspiration, never a good answer)
  "past all that", "past the chasing|climbing stage", "past that stage", "covered most|everything|all of it",
  "covered everything|all ?that i need", "bit|so|well|totally|completely|pretty done with exams|studying|study|qualifications|courses",
  "im done with exams|studying|qualifications|courses",
  "keep doing exactly what",
  -- (and from the fresh sets read before: "I don't tend to plan that far ahead", "I've never been one for five-year
  -- plans", "I've done my growing", "I reckon I've peaked", "that's as far as I want to take it", "I've seen it
  -- all", "I wait for my manager to tell me what's next"; in the sets so far each with a lack of aspiration, or
  -- an unclear goal, and no good answer)
  "dont tend to plan|look|think that|too|very far", "dont tend to plan|look|think ahead",
  "never been one for plans|planning|goals|targets|ambition", "never been one for set|big|career|long|five ?year|term goals|plans|targets",
  "not ?really a five year plan person|type|kind", "never been a five year plan person|type|kind", "done my growing",
  "ive peaked", "i have peaked", "im done learning", "im done learning new things", "learning sides done", "learning side is done",
  "past the goal", "thats as far as i want", "seen it all", "wait for my|the ?line manager|boss to tell",
  -- an easier job wished for, nothing to change (unseen-141..144, session 25: "Less pressure, really … somewhere
  -- quieter", "I don't see a reason to change that now"; in the sets so far lack of aspiration, a few misaligned,
  -- no good answer)
  "with|want|wants|after|prefer|for ?a ?bit less pressure", "less pressure than my|the|in", "less pressure, really",
  "somewhere quieter", "dont see a|any reason to change that|it|things|now|anything",
  -- nothing to change, no push (session 29: "I don't really see myself changing anything about how I work", "I
  -- don't plan on changing anything", "I don't really push myself"; in the sets so far lack of aspiration only)
  "dont|not ?really see myself changing anything", "dont|not plan|planning on|to change|changing anything",
  "dont|not ?really push|pushing myself",
  -- the future left to others (session 30, training-198: "the long-term stuff I leave to the managers")
  "the long term stuff|side|planning|thinking i ?just|tend ?to leave to", "planning|stuff|side i ?just|tend ?to leave to", "i ?just|tend ?to leave ?all the long term stuff|side|planning|thinking to",
}
--- … not when the push is the condition of something ("I get bored if I don't push myself"), nor the change
--- put off for a time ("I don't plan on changing anything in my first three months; I'd listen first"), nor
--- what comes through the door taken as it comes ("you take what comes through the doors").
local LACK_STRONG_EXCEPT = {
  "if|unless i ?really dont|didnt|cant|cannot ?really push|pushing myself",
  "change|changing anything in|for|during|until|till|before|at|yet|straight|right|immediately|initially|early",
  "what|whatever comes|came through|in|into|off|from|at|across",
  -- (session 32's review: "I'd carry on as I am doing, but with my Level 3 diploma finished", "I'd keep it at that
  -- pace or better")
  "carry|carrying on as i am doing", "keep it at that pace|level|rate|standard|speed|number|figure",
}
for _, phrase in ipairs(LEFT_TO_CHANCE) do LACK_STRONG[#LACK_STRONG + 1] = phrase end
--- Growth and goals said with a negator before them ("I'm not interested in
--- promotion", "no interest in learning") or after them ("career goals aren't my
--- thing", "learning new stuff isn't for me"): count when the answer names no
--- direction (destination, dated time frame, two-step plan).
local ASPIRATION_WORDS = {
  "goal|goals|ambition|ambitions|aspiration|aspirations|targets|objectives", "plans", "planner",
  "driven|ambitious|motivated", "career minded|driven|oriented", "looking for|to ?anything ?more|else|further",
  "grow|growing|develop|developing|progress|progressing|advance|advancing|climb|climbing", "move|moving up",
  "promotion|promotions", "career progression|growth|development", "learn|learning",
  "new things|skills|stuff", "the ladder", "more responsibility", "responsibility|responsibilities", "the future", "in charge",
  "think|thinking|plan|planning|look|looking ?too|that|very far ahead", "get|getting better", "improving|improve",
  "think|thinking about a|my career|future", "ambitious",
  "training|courses|studying|education|qualifications", "climb|climbing anywhere", "five year plan", "ambitions",
}
--- After an aspiration word: these, within a few words, negate it.
local NEGATED_AFTER = {
  "arent|isnt|dont|doesnt|never|not", "sounds like ?a ?lot ?of stress|hassle|work|pressure|effort",
  "too stressful|much", "not for me", "isnt|arent ?really for me", "isnt|arent ?really my thing", "never ?really been a|my thing",
}
local NEGATED_AFTER_WINDOW = 3
--- The negators read before an aspiration word, and how far before.
local ASPIRATION_NEGATORS = {
  "not", "never", "no", "dont", "doesnt", "didnt", "havent", "hasnt", "hadnt", "isnt", "arent", "without", "nothing",
  "wouldnt", "cant", "wont",
}
local ASPIRATION_NEGATION_WINDOW = 6
--- A goal missed is not "no goal", nor is "not just goals": these words between
--- the negator and the goal word cancel it.
local NEGATION_BREAKERS = {
  "reach", "reached", "hit", "meet", "met", "achieve", "achieved", "miss", "missed", "accomplish",
  "accomplished", "only", "just", "mean", "means", "like", "rush", "fancy", "leave", "quit", "stop", "stops",
  "stopped", "give", "gives",
}
--- Phrases that cancel an overlapping lack marker ("no plans to leave", "whatever it takes").
local LACK_EXCEPT = {
  "no|dont|never ?have ?any ?real plans|plan|intention|intentions ?to leave|quit|move|switch|go|look|change|stop",
  "whatever it takes", "whatever the|your company|team|customer", "no idea is", "pass|passing the|my|an|a|on",
  "doing the same for|with", "what * told me",
  -- not yet: "I don't want more responsibility straight away. First I want to master this role."
  "responsibility|responsibilities yet|immediately", "responsibility|responsibilities straight|right away", "responsibility|responsibilities just yet",
  -- nothing less aimed at, expectations of something else, a promotion not asked for yet
  "aiming at|for anything less|short|flashy|fancy|else|other", "expectations of|about|that",
  "promotion|promotions|raise|rise yet|in|straight|right|immediately|before|until|during",
  -- hours or shifts as a step ("I just need to get my hours signed off for my accreditation", "get some shifts
  -- under my belt, then go for the senior post"), not the whole aim
  "hours|shifts under|signed|logged|running|towards|toward|completed",
}
--- Passive activities: "turn up", "do a decent job", "get paid". Two of them, or one
--- with "just/only" in its sentence, are passivity when the answer names no direction.
local PASSIVE = {
  "turn|turning|show|showing up", "do|doing a|my|the ?decent|good|solid|fair job", "get|getting paid",
  "do|doing my hours|shifts|bit|time", "go|going home", "pay|paying the|my rent|bills", "earn|earning a living",
  "keep|keeping my job", "get|getting by", "have|having my weekends|evenings", "keep|keeping my head down",
  "clock|clocking off|out", "stable|steady|regular hours|income|pay|routine", "something easy", "an easy job|life",
  "keep|keeping busy", "get|getting on with the|my job|work", "get|getting on with it", "do|doing what is|im asked", "do|doing what i am asked", "a steady routine",
  "log|logging in|on", "log|logging out|off",
  -- a trial got through as the whole goal ("Just get through probation, really", session 28)
  "get|getting through ?my|the probation",
}
local PASSIVE_LEADS = { "just", "only", "simply", "merely" }
--- Uncertainty that only counts when nothing in the answer shows aspiration.
local LACK_WEAK = {
  -- (session 33, unseen-166: "I think I know most of it already, to be fair"; beside a goal it is over-confidence:
  -- "Get to second line in a month … I already know most of it from YouTube")
  "know|knew most|all of it already", "already know|knew most|all of it",
  "dont know", "do not know", "dunno", "thought id|i ?would give it a go|try|shot", "not sure", "hard to say", "cant say", "well see", "never thought",
  "havent decided", "not really", "what needs doing", "thats about it", "thats it", "i suppose", "i guess",
  "id imagine", "nothing much", "not much", "not a lot", "whatever", "ok with me", "fine with me", "fine by me",
  "nothing more|else ?complicated than that", "nothing more|else to it", "ask me again", "ill see", "well see how", "nine|9 to five|5",
  -- keeping things as they are, which may be a record kept ("zero incidents last year and I'd like to keep it that way")
  "keep it that way",
  -- the step taken or not, all the same ("If it doesn't work out I'll go back on the trucks, no bother either way")
  "no bother|bothered either way", "not bothered either way", "either way is fine", "either way its fine",
  -- nothing thought beyond the step, when nothing else looks further ("I haven't really thought beyond that")
  "havent|not ?really thought beyond|past|further|ahead",
  -- or a senior post kept as it is (unseen-47, session 14: "keeping things ticking over and not rocking
  -- the boat", "I'm not bringing a big agenda"), which may also be a first month spent listening
  -- before a plan ("I'm not bringing a big agenda on day one. I'll spend half a term listening")
  "not|never rock|rocking the boat", "dont|not want to rock the boat", "not bringing a|any ?big agenda",
  -- glad just to be there (unseen-57: "I'm just happy to be in the building"), staying put
  "happy|thrilled|glad|chuffed to be here|inside|in the building", "stay put",
  -- the same job for good (unseen-53: "Honestly I'm okay being an agent forever")
  "ok|okay|fine|happy|content being a|an ?* forever",
  -- the years left counted to a pension ("I'm 58, so long term it's my pension")
  "my pension",
  -- success as no complaints ("If I'm still here after a year and nobody's complained, I'd count that as a
  -- win", session 28; in the sets so far five answers, each lacking aspiration)
  "nobody|nobodys ?has ?ever complained", "no one|ones ?has ?ever complained",
  -- the way things have gone as the reason to go on so (session 29: "it's worked so far", "That's worked for me for
  -- years"; in the sets so far lack of aspiration or no plan, no good answer)
  "its|thats|has worked ?for me so far", "its|thats worked for me for years",
  -- the rest denied after what must be done (session 32, training-206: "I've done my diabetes and asthma updates …
  -- Beyond that, no."; not with aspiration beside it, "Other than that, no. The senior engineer track you described
  -- is exactly what I'm aiming for")
  "beyond that, no", "apart from that, no", "other than that, no",
}
--- Not having planned one's career: the guide's unclear goals for an experienced professional ("If
--- you're a graduate … it's natural that you do not have fully planned out your career … However,
--- for more experienced professionals, this is definitely a red flag"), beside the lack of
--- aspiration. A goal or plan word with a negator before it in its clause ("I haven't got goals",
--- "I've never really planned any of it"), or one of these.
local NO_PLAN_WORDS = { plan = true, plans = true, planned = true, planning = true, planner = true,
  mapped = true, expectations = true, ambitions = true }
local NO_PLAN = {
  "whatever happens|comes", "see what happens|comes|turns", "wherever it leads|takes", "where life takes",
  "drift|drifted|drifting", "figure|work it|things|that out", "figure|work the next bit out",
  "go|going with|by my gut", "follow my gut", "let things happen",
  "something will turn up", "somethingll turn up", "never ?really had a|any ?real|clear direction",
  "where i landed", "just sort of ended up", "dont think that far ahead",
}
for _, phrase in ipairs(LEFT_TO_CHANCE) do NO_PLAN[#NO_PLAN + 1] = phrase end
--- Drifting towards a side of the work is being drawn to it, no aimlessness ("I keep drifting towards the
--- build and deploy side", "I kept drifting into the API code"; session 28).
local DRAWN_TO = { "drift|drifted|drifting towards|toward", "keep|keeps|kept drifting towards|toward|into the" }
--- Leaving the next step open on purpose, or to a feeling ("I'd rather stay open and let it evolve",
--- "at my level you let the opportunities find you", "it's a feeling, and I've learned to trust
--- those"): unclear from an experienced professional even without a word against ambition, when
--- nothing in the answer names where to. Read only when affirmed ("I've never been one to let things
--- come to me" is the opposite).
local OPEN_ENDED = {
  "let|letting ?the opportunities|opportunity|things|it|them find me|you|us", "let|letting it evolve|unfold",
  "let|letting ?the opportunities|opportunity|things|it|them come to me|you|us",
  "stay|staying|keep|keeping it|things open", "stay|staying open to whatever", "whatever the next chapter",
  "ready for whatever", "its a feeling", "more a feeling than a plan", "just feels right",
  "cant|cannot ?really put it into words", "cant|cannot ?really put it more precisely|clearly",
}
--- … and the idioms of not committing, said either way ("I don't want to pin it down", "I've
--- deliberately not pinned down what comes after this"; not "pinning down why pick rates dropped",
--- nor "not to box myself in to one channel")
local OPEN_UNPINNED = {
  "pin|pinning|pinned it|myself|things|anything ?* down", "pin|pinning|pinned down what comes|happens|next",
  "pin|pinning|pinned down my|the next step|steps|move|role", "box|boxing|boxed myself|me in",
  -- goals put off until later on purpose (unseen-102..103, session 20: "I'd rather not set specific goals
  -- until I've been here six months or so", "I'd rather not commit yet")
  "rather not set|name|fix ?any ?specific|firm|fixed|clear goals|targets", "rather not commit|decide ?* yet",
  "not set|setting ?any ?specific|firm|fixed goals|targets until",
}
local OPEN_UNPINNED_EXCEPT = { "box|boxing|boxed myself|me in to|into|on" }
--- … said by someone with at least EXPERIENCED_YEARS of their own career ("I've been in ops for nine
--- years", "after twenty years"), or applying for a role at EXPERIENCED_LEVEL or above (a manager's).
local EXPERIENCED_YEARS = 5
local EXPERIENCED_LEVEL = 3
--- Words of intent that make a short answer with a time and something to act on a plan ("In my first
--- six months I'd renegotiate …"; not "Five years from now? Tills, 30 hours a week").
local INTENT = { "id", "ill", "i will", "we will", "i would", "im going to", "i am going to", "we would" }
--- … and so is a goal said as a bare verb with its time and something concrete besides (session 29: "Get my 360
--- excavator card upgraded from red to blue this year.", "Getting …", "To get …"): the answer's first word, or
--- the one after "to"; not getting through or to a time ("Get through this year, really.", "Get to Friday"), nor
--- a time with nothing else ("Finish my shifts this week.").
local GOAL_OPENERS = signals.set_of({ "get", "pass", "finish", "complete", "gain", "earn", "hit", "reach", "qualify",
  "learn", "become", "achieve", "start", "sit", "upgrade", "getting", "passing", "finishing", "completing", "gaining",
  "earning", "hitting", "reaching", "qualifying", "learning", "becoming", "achieving", "starting", "sitting", "upgrading" })
local GOAL_OPENER_NOT = signals.set_of({ "through", "to", "by", "paid", "on", "along" })
--- How many kinds of concrete backing (career_signals.concreteness, the time frame among them) such a goal needs.
local GOAL_OPENER_CONCRETE = 2
--- An answer shorter than this (in words) that expresses no goal is a non-answer.
local SHORT_NONANSWER_WORDS = 20
--- The kinds of claim (claims.lua) that do not make a short answer a goal: mastery and claims of everything or all.
local NOT_AIMED_CLAIMS = { mastery = true, sweeping = true, scope = true, total = true, perfection = true, teach = true }

-- ---------------------------------------------------------------------------
-- Cliché
-- ---------------------------------------------------------------------------

--- Stock phrases: one is enough for a cliché when nothing concrete backs it up.
local CLICHES = {
  -- (any share over the whole of oneself: "I'll give it 200% every single day")
  "give|gives|giving|put|puts|putting|deliver|delivers|delivering|bring|brings|bringing ?it ?in ?one|a 110|100|hundred|120|150|200|300|500|1000|thousand|million ?%|percent",
  "110 %|percent", "one hundred and ten ?%|percent", "100 % commitment|effort",
  "give|giving ?it my all|everything|best", "give|giving it everything|all", "team player",
  "hard|hardest worker|workers", "work hard", "play hard", "best|better version of myself|me", "learn|learning something new every day", "beyond what is expected", "what is expected of me", "perfectionist",
  "go getter", "self starter", "people person", "think|thinking|thinks outside ?of the box", "outside the box",
  "fast|quick learner", "hit the ground running", "sky is the limit", "reach|achieve|fulfil|fulfill ?my full potential",
  "wear many hats", "synergy|synergies",
  -- (session 30, training-198: "I want to be the change I want to see in the world")
  "be the change", "take|taking it|things|myself|them|us to the next level",
  "take|taking the|your|our team to the next level", "next level", "strive|striving for excellence",
  "born|natural leader", "natural ?born problem solver", "natural ?born salesperson|communicator|seller|leader", "true leader", "quick|fast study",
  "roll|rolls up my sleeves", "get|gets the job done", "a natural with", "light|lights up a|the room", "goes|go the distance",
  "never lets|let anyone|anybody down", "expects|expect nothing in return", "growth mindset", "live|living my|our|the values",
  "an inspiration|example to", "ambassador for", "work too hard", "care too much",
  "above and beyond", "whatever it takes", "never give|gives up", "passion for excellence", "live and breathe",
  "jack of all trades", "win win", "a game", "can do attitude|mindset", "think big", "dream big",
  "the best i can ?possibly be", "be the best i can", "exceed|exceeding expectations", "never settle|settles for less",
  "go|going|goes the extra mile", "work ethic", "fast paced environment", "thrive|thrives|thriving under pressure", "thrive|thrives|thriving on challenges",
  "work smart", "loves|love a challenge", "stay humble", "lifelong learner", "better than yesterday",
  "committed to excellence", "pride myself", "my philosophy|motto|mantra", "failure is not an option",
  "teamwork makes the dream work", "true|consummate professional", "never drop the ball", "speak for themselves",
  "reach new heights", "role model", "winning team", "valued member", "put|puts|putting the customer first",
  "both independently and as part of a team", "independently and as part of a team", "work well under pressure",
  "make|makes|making a real|positive ?difference", "inspire|inspires|inspiring others", "delight|delighting customers",
  "make|making the|my|this ?company|team|manager|family|everyone proud", "working hard", "doing the right thing", "do the right thing",
  "problems as opportunities", "bright side", "can do approach|spirit", "first to volunteer", "pick|picks things up quickly|fast",
  "top performer|achiever", "high achiever|performer", "everywhere i go", "take|takes pride in my work",
  "grow with the|your company|business|team", "grow with you", "in any way i can", "any way i can", "always deliver|delivers|delivering",
  "world class", "exceed|exceeding|surpass ?* ?* expectations", "my mission", "positive force", "bring|bringing out the best",
  "the glue", "everyone turns|comes to", "raise|raising the bar", "those around me", "excel|excels under pressure",
  "you have ever had|seen", "youve ever had|seen", "ever had", "take|taking the initiative", "never afraid", "entrepreneurial mindset|spirit",
  "passion for innovation", "extra step", "my best shot", "better than i found", "always willing to help", "loves|love variety",
  "five star experience|service", "first class experience|service", "exceptional|outstanding|amazing|wow experience|service", "every time", "my journey", "journey of growth",
  "meaningful contribution|impact|difference", "a doer", "get|getting stuck in", "make|making things happen", "a natural at|with",
  "building rapport", "making people smile", "stretch|stretching myself", "comfort zone", "safe pair of hands", "let standards slip",
  "heart for people", "eye for detail", "big picture thinker", "an asset to", "put|puts|putting the team first",
  "continue|continuing my journey", "contribute|contributing in any way", "rise|rises|rising to the challenge", "never quit|quits",
  "no excuses", "fresh perspective|ideas", "part of something special|bigger", "build|building a legacy", "to the table",
  "lead|leads|leading by example", "bring|brings|bringing people together", "a leader who", "at the heart of everything",
  "a pleasure to work with", "great attitude", "positive outlook", "eager to learn", "loves|love nothing more",
  "inspire|inspiring|empower|empowering|elevate|elevating everyone|others|people", "everyone i work with", "aim high",
  "everything ive got", "everything i have got", "lives|live for", "out of the box",
  "get|getting|deliver|delivering results", "wow people|customers|everyone", "people pleaser", "lifelong student",
  "always curious", "bring|bringing a smile", "good things come",
  "on time, every time", "go to person", "give|gives|giving everything",
  "strong|excellent|great|good interpersonal|people|communication|organisational|organizational skills",
  "forward thinking", "making an impact", "make an impact",
  "dig|digging deep", "where theres a will", "dont|do ?not believe in failure", "only feedback", "no such thing as failure",
  "go|going after it with everything", "never say never", "skys the limit", "anything is possible", "anythings possible",
  "make|making the world a better place", "live|living my purpose", "give|giving back",
  "set|put my mind to", "isnt|not in my vocabulary", "dont|wont|never take no for an answer", "rise|rising|rises to the occasion",
  "leave|leaving nothing on the table", "in it for the long haul", "a smile costs nothing", "too big or too small",
  "failure isnt an option", "stepping stone|stones to success|greatness", "see|seeing things through",
  "drive|driving ?real|positive|business impact",
  -- sayings about aiming and falling, recited ("land among the stars", "dust myself off")
  "land among|on the stars|moon", "dust|dusting myself off", "come|coming|bounce|bouncing back stronger",
  "a smile on|to ?peoples|everyones|their faces", "do|doing anything by halves", "soak|soaking ?it|everything up",
  -- the company's own slogan recited as the candidate's goal (unseen-55: "Safe, Simple, Sorted - that's
  -- what we say at the start of every shift and it's what I stand for"; "Those words are on the wall in
  -- the staff room and I live them")
  "thats what we say|do", "that is what we say|do", "thats what were all about", "that is what we are all about",
  "thats|its our ?* promise|motto|mantra|vision|slogan|values", "that is our ?* promise|motto|mantra|vision|slogan|values",
  "and i live them|it", "and i live by them|it", "what i stand for", "and its|thats mine too", "being one team|council|company|trust",
  -- the sector's own stock phrases
  "make|makes|making magic|memories happen", "create|creating magic|magical moments", "day of their dreams", "put|puts|putting my heart into",
  "deserve|deserves nothing less", "nurture little minds", "help|helping them flourish",
  "add|adding value", "our people are what make|makes", "every customer, every time",
  "put|puts|putting residents|patients|people|colleagues|guests|pupils|children|students|customers|clients first",
  -- virtues said in place of an example (unseen-58: "I own my mistakes, and people know they can count
  -- on me", "always first to put my hand up", "doing a bit more than what's expected of me")
  "count on me", "own|owning my mistakes", "put|putting my hand up",
  "hate|hates letting people|anyone|anybody|others down", "hate|hates to let people|anyone|anybody|others down",
  "hate|hates letting the team down", "hate|hates to let the team down",
  "on the front foot", "more than whats expected", "more than what is expected", "come|comes alive",
  "hate|hates to lose", "hate|hates losing", "follow|following my passion|heart|dreams", "a difference in the world",
  "everything happens for a reason", "where the journey takes|leads", "good vibes",
  -- self-help sayings of the day, said of oneself (unseen-93..96, session 19)
  "nothing is impossible", "nothings impossible", "want it|something bad|badly enough", "my best life", "a whole new level",
  "growth journey", "mindset shift", "own|owning my growth", "tick|ticks|ticking all the boxes",
  "in my blood", "changing|change lives, one", "dont do second place",
  -- the fluent register's stock phrases, senior or graduate (unseen-101..104, session 20: "the natural
  -- next chapter … make my mark … something bigger than myself", "I start with the end in mind … I
  -- celebrate the wins and learn from the losses", "bringing commercial insight that drives performance")
  "make|making my|a|their mark", "next chapter", "bigger than myself|me|ourselves", "end in mind",
  "celebrate|celebrating the|my wins|successes", "learn|learning from the|my losses", "never lose|losing sight",
  "meaningful change|outcomes", "products|work that matter|matters", "cutting edge", "learn and develop", "grow and develop",
  "develop and grow", "genuine partner", "drive|drives|driving performance|transformation", "how you|they made them|people feel",
  "muck|mucking in", "high performing team|teams|culture", "deliver|delivers|delivering excellence",
  "drive|drives|driving meaningful|lasting|real|positive change|outcomes", "at the intersection", "learning opportunity",
  "latest tools|technologies|technology|trends", "ahead of the curve", "every area of my life", "keep up or get left behind",
  -- the sayings of a sector, and the analyst's and the old hand's (unseen-109..112, session 21: "Every
  -- child matters", "turn data into insight and insight into action", "learn from the best", "a fair
  -- day's work for a fair day's pay")
  "every child matters", "change|make a difference to just one", "data into insight|insights", "insight|insights into action",
  "learn|learning from the best", "a fair days work|pay", "keep my nose clean",
  -- the marketer's, the seller's and the vocation's stock phrases (unseen-117..120, session 22: "drive
  -- win-win outcomes", "scroll-stopping content", "pushing the envelope", "lead from the front",
  -- "Nursing isn't a job, it's a calling, and I want to give something back", "what will be will be")
  "lightbulb moment|moments", "greatest asset", "change maker", "strategic partner", "scroll stopping",
  "maximise|maximize roi", "leverage|leveraging data", "digital landscape", "push|pushing the envelope", "coachable",
  "give|giving something back", "what will be will be", "lead|leading from the front", "its a calling",
  "drive|drives|driving innovation",
  -- the boss's chair and the level above said for a goal (unseen-125..128, session 23: "Sitting in your chair!",
  -- "More strategic, more visible. Operating at a higher level, really")
  "sitting in your chair|seat", "operate|operating at a higher level",
  -- sayings of the fresh sets read before session 24 (unseen-61..132): each, in every set so far, in clichés
  -- and not once in a good answer ("Consistency is key", "It's a marathon, not a sprint", "a voice for the
  -- voiceless", "every day's a school day", "nobody outworks me", "first in, last out", "I'm a leader, not a
  -- follower", "everyone pulling in the same direction", "hungry for success", "there's no ceiling")
  "consistency is key", "marathon, not a sprint", "enjoy|enjoying the ride", "loving what i do", "voice for the voiceless",
  "fall|falls|falling through the cracks", "no one|child|patient|family ?ever falls|fall|slips through the cracks",
  "nobody ?ever falls|fall|slips through the cracks", "every days different", "every day is different", "a school day",
  "what you see is what you get", "loyal to the core", "nobody outworks me", "no one outworks me", "nobody will work harder",
  "no one will work harder",
  "first in, last out", "first in and last out", "if you can dream it", "at the forefront", "living the dream", "either have it or you dont",
  "leader, not a follower", "do|doing things by halves", "dont|never do|doing things|anything by halves", "on the same page", "pulling in the same direction",
  "hands on learner", "hungry for success", "no ceiling", "a grafter", "turn my hand to", "what im made of",
  -- a sportsman's sayings (session 34, training-216: "the drive and determination of an athlete … go for gold.
  -- Champions are made in training")
  "go|going for gold", "champions are made", "drive and determination",
  "make someone|people smile", "making someone smile", "best day of their lives|life", "cant teach it|that",
}
for _, phrase in ipairs(THIS_DREAM_JOB) do CLICHES[#CLICHES + 1] = phrase end
--- Self-praising traits and virtues, and generic aspirations: two or more of them
--- (or one with a stock phrase) with nothing concrete behind them are a cliché.
local TRAITS = {
  "passionate", "driven", "motivated", "self motivated", "highly motivated", "hard working", "hardworking",
  "dedicated", "committed", "reliable", "dependable", "loyal", "honest", "trustworthy", "organised", "organized",
  "detail oriented|focused|orientated", "proactive", "adaptable", "resilient", "enthusiastic", "energetic",
  "dynamic", "innovative", "hungry", "humble", "determined", "diligent", "conscientious", "punctual",
  "results driven|oriented|focused", "customer focused|centric|obsessed", "solution|solutions focused|oriented|driven", "versatile",
  "strong|great|natural|good leader", "excellent|great|good listener|communicator", "positive attitude|energy|mindset|person",
  "problem solver", "people skills", "self motivated", "ambitious", "driven individual", "individual",
}
local VIRTUES = {
  "energy", "enthusiasm", "passion", "the|my|a|real|great|huge|natural|with drive", "determination", "commitment", "dedication", "integrity",
  "excellence", "loyalty", "honesty", "positivity", "professionalism", "attitude", "hard work", "qualities",
}
local GENERIC_AMBITIONS = {
  "keep|keeps|always learning|growing|improving", "continue|continuing to grow|learn|improve",
  "grow|grows|growing every day", "learn and grow", "grow and learn", "add|adding value", "make a difference",
  "do|give my best", "be the best", "succeed", "to succeed", "success", "push|pushing myself", "challenge myself",
  "strive|strives|striving", "excel", "shine", "be better", "improve myself", "every single day", "in everything i do",
  "wherever i go|can", "whatever i do", "exceed targets", "help the company grow|succeed",
}
--- Self-description: these frames, followed (after an intensifier) by a trait-like
--- adjective ("I'm highly organised", "I consider myself results-focused") or a
--- trait noun ("I'm a team-oriented self-motivator"), recite qualities, not goals.
local SELF_FRAMES = {
  "im", "i am", "i have a strong|great|positive|real|natural", "i bring", "im always", "i am always", "i always", "i never",
}
--- Frames that recite a quality on their own ("I'm the kind of person who …").
local SELF_FRAMES_ALONE = {
  "the sort|kind|type of person who|that", "the sort|kind|type who|that", "im|am someone|somebody who|that", "known for|as", "i believe in", "im all about",
  "pride myself on", "consider myself", "describe myself as", "see myself as someone|somebody", "see myself as a person",
  "people|friends|colleagues|everyone|others|managers ?always|often say|says|describe|call", "people|friends|colleagues|everyone|others|managers ?always|often tell|told me",
}
local INTENSIFIERS = {
  "a", "an", "very", "really", "highly", "extremely", "quite", "pretty", "incredibly", "truly", "real", "true",
  "naturally", "genuinely", "super", "always", "being", "the", "most", "so",
}
local SELF_NOUN_WINDOW = 5
--- The middle item of a recited list has at most this many words.
local TRIAD_ITEM_WORDS = 3
local TRIAD_SUBJECTS = { i = true, ill = true, id = true, im = true, ive = true, we = true, you = true, it = true, its = true, this = true, that = true, they = true, he = true, she = true }
--- Word endings of trait adjectives ("proactive", "reliable", "resourceful", "energetic").
local TRAIT_SUFFIXES = { "ive", "able", "ible", "ful", "ic", "ous", "ised", "ized", "ated", "ate", "minded", "oriented", "focused", "driven", "going", "working", "ent" }
--- Trait nouns: "I'm a … person / learner / self-starter".
local TRAIT_NOUNS = {
  "person", "individual", "professional", "learner", "player", "worker", "communicator", "motivator", "starter",
  "getter", "solver", "thinker", "leader", "achiever", "perfectionist", "listener", "performer", "grafter", "doer", "natural",
  "hustler", "rounder", "character", "personality", "asset", "employee", "colleague", "attitude", "approach",
  "mindset", "ethic", "energy", "values",
}
--- Adjectives of a state or situation, not a recited trait ("I'm interested", "I'm qualified").
local NOT_TRAITS = {
  "interested", "excited", "based", "qualified", "trained", "registered", "certified", "available", "prepared",
  "used", "applying", "looking", "sure", "happy", "keen", "proud", "pleased", "employed", "experienced", "currently",
  "new", "responsible", "confident", "independent", "patient", "educated", "invested", "involved", "drawn", "aware",
  "familiar", "comfortable", "content", "fine", "honest", "open", "eager", "studying", "doing", "working", "going",
  "hoping", "planning", "trying", "building", "moving", "taking", "starting", "learning", "only", "not", "still",
  "recent", "current", "different", "fluent", "competent", "student", "graduate", "apprentice", "trainee", "junior",
  "nervous", "anxious", "grateful", "thankful", "curious", "ready", "able", "capable", "willing", "upfront", "mostly",
  -- (modesty, no virtue recited: "I'm a simple person. Food on the table … I'm happy", session 27)
  "simple", "ordinary", "normal",
  "mainly", "just", "after", "realistic", "specific", "basic", "public", "domestic", "clinical", "logistic",
  "concerned", "convinced", "serious", "joking", "behind", "ahead", "here", "there", "done", "finished",
}
--- Words that look like a trait but are not one here ("to be honest").
local CLICHE_EXCEPT = { "to be honest", "if im honest", "be honest with you", "honest answer", "honestly", "drive sales|results|revenue|growth" }
--- A cliché is raised when the answer has fewer kinds of concrete backing than
--- this (dated time frame, number, named skill, course, plan, growth path, tie) …
local CLICHE_MIN_CONCRETE = 2
--- Without a stock phrase, this many distinct traits, virtues or generic aspirations are needed.
local CLICHE_MIN_GENERIC = 2
--- … or when it piles up this many clichés with fewer kinds than CLICHE_PILE_CONCRETE.
local CLICHE_PILE = 4
--- This many separate stock phrases in a cliché (fewer than two kinds of concrete backing) stand whatever the model says,
--- and CLICHE_SURE_BARE with no concrete backing at all (session 13: clichés the model read only as the vague goal
--- beside them, "hit the ground running and make an impact … leave a legacy"; not "get stuck in … out of my comfort
--- zone. Next summer I'd like to be running the grill", which has a dated goal).
local CLICHE_SURE = 3
local CLICHE_SURE_BARE = 2
local CLICHE_PILE_CONCRETE = 4

-- ---------------------------------------------------------------------------
-- Unrealistic or unclear goals
-- ---------------------------------------------------------------------------

--- Goals too vague to act on (unclear) unless concrete detail backs them.
local VAGUE_GOALS = {
  "be|become|being|feel ?very|really|truly successful", "successful career|person", "have|achieve|find success",
  "do|doing well", "go|get far", "go places", "make it big", "get ahead", "get|go somewhere", "somewhere up|near|at",
  "reach ?the ?very top", "get|make ?it to the ?very top", "be at the top", "to the top", "near the top", "the very top",
  "somewhere good|nice|better|decent|great", "end up somewhere", "a nice|good|big|fancy|better title", "decent|nice|big|bigger|better salary|pay|money",
  "earn|earning|make|making more", "more important work|things|role", "doing more", "move on up",
  "do|achieve|accomplish great|big things", "big things", "great things", "be|get rich", "rich, hopefully|maybe|probably|ideally", "hopefully|maybe|probably rich",
  "be|become|get famous", "famous, hopefully|maybe|probably|ideally", "hopefully|maybe|probably famous", "myself|me|up at the ?very top", "bigger salary|pay|paycheck",
  "make ?a ?lot|lots ?of ?good|more money", "be happy in life", "just be happy", "a good life", "a better life|place",
  "move up ?in ?life|the ?world", "move up", "moving up", "climb|climbing the ladder", "up the ladder",
  "something in business|management|sales|marketing|finance|tech|office", "something in an office",
  "something in that|this area|field", "something in the industry|business", "something creative",
  "something with people", "something bigger|important|meaningful|great|better", "doing something",
  "some kind|sort of ?job|position|role", "a better|good|higher|bigger position|job|role", "higher up",
  "improve myself", "grow as a person", "keep growing", "be somebody", "achieve|follow|live my dreams|dream",
  "have a good career", "go as far as i can", "see how far i can go", "leading something", "in charge of something",
  "make ?a|an ?big|real|huge impact|mark", "become|be someone|somebody important|big|special|successful",
  "a great|bright|good future", "be|feel|become respected", "respected in my field", "be|feel|become important", "someone important", "be known", "big career", "that kind of thing",
  -- the goal left to be recognised when met (unseen-109..112, session 21: "I'll know when we're there",
  -- "somewhere higher, I'll know when I get there")
  "ill know when|once",
}
--- Concrete things to aim at that carry no number: a wish naming one of these is not empty.
local ANCHORS = {
  "score|scores|target|targets|rate|rates|quota|kpi|kpis|metric|metrics|average|standard|standards|rating|ratings|review|reviews",
  "your|our|the|this ?* ?* team|department|unit|ward|desk|queue|line|section|shift|clinic|project|projects|accounts|account|process|system|systems|tools|products|product|range|menu|procedures",
  "customers|clients|patients|pupils|students|guests|colleagues|starters|calls|tickets|cases|orders|deliveries", "new starters",
}
--- Phrases that cancel an overlapping VAGUE_GOALS match.
local VAGUE_MORE = {
  "a good|better|great place", "fulfilled|fulfilment|fulfillment|fulfilling", "something that|which matters|counts",
  "something meaningful|worthwhile|interesting|exciting|rewarding", "well paid", "paid well", "good money",
  "of some sort|kind", "in some area|field|way|form", "some area|field", "somewhere senior|higher",
  "a huge|big|great|massive|real success", "huge success", "go places", "be a success",
  "make my mark", "somehow", "be recognised|recognized", "achieve|reach|fulfil|fulfill|realise|realize my potential",
  "whatever form", "better off", "than i am now", "more senior", "more money", "whatever shape", "level|levelling|leveling up",
  "somewhere im happy", "somewhere i am happy", "big job", "something impressive|amazing", "bigger and better things", "the broadest sense",
  "achieve|do|accomplish a lot", "go well", "feel happy", "look up to", "in some way",
  "somewhere important|big|prestigious|good", "financially free", "financial freedom", "good pay", "pays well", "wherever that ?may|might|will lead|leads|take|takes",
  "go further than", "something i love",
  "money, status", "get to a point", "people respect me", "be respected",
  "something senior|bigger|higher|better", "sort themselves out", "as high|far|fast as possible", "a nice|good|comfortable life", "be comfortable", "get noticed", "whatever that looks like", "whatever that means", "whatever that may be", "wherever that might|may be", "more say", "more of a say",
  "do more", "be more", "achieve more", "work out the details later", "figure out the details", "over things",
  "not sure ?exactly what", "dont ?really know ?exactly what", "do not ?really know ?exactly what", "havent|not nailed|pinned down",
  "getting somewhere", "towards something", "just want to grow|progress|improve|succeed|develop", "as long as its up", "something good",
  -- no plan, on principle ("I go with my gut", "there's no point planning too much")
  "no point ?in planning|plans", "plans always change", "dont believe in planning|plans", "go|going with my gut",
  "go|going by ?my gut|instinct|feel", "dont|not|never ?want|like ?to box|boxing myself in", "rather not box myself in",
  "not|never ?really thought about how", "havent ?really thought about how",
  "figure|work it|that|things|everything out as i go|along the way", "figure|work it|that|things out once im in",
  "put it out there", "the universe will|makes|provides",
  "the highest level", "make my mark", "fast track journey",
  "hope for the best", "keep moving|going forward", "make something of myself",
  "the next level", "keep going up", "new|great heights", "the peak|top of my career", "in every way possible", "world class", "up a notch", "a rough direction|idea", "dont ?really write anything down", "take on more responsibility",
}
--- Business jargon in place of a goal ("drive holistic value creation", "best-in-class", "a step
--- change"): vague like VAGUE_MORE; JARGON_SURE distinct phrases of it with little concrete
--- (VAGUE_MIN_CONCRETE) are unclear whatever else the answer recites, and whatever the model says (it
--- reads the clichés around them, and has seen little jargon labelled unclear).
local JARGON = {
  "add|adding|deliver|delivering|drive|driving value", "value creation", "best in class", "step change", "future proof|proofed",
  "operational excellence", "an industry leader", "a leader in the|my industry|field|sector", "transformational leader",
  "shape the future", "leave a|my legacy", "unlock efficiencies|value|potential|synergies", "synergies", "embed a culture",
  "reimagine|reimagining", "at every touchpoint", "holistic", "drive continuous improvement", "drive|driving transformation|change",
  "move the needle", "north star", "thought leader", "end to end transformation", "strategic lens",
  "catalyst for change", "game changer", "disrupt|disrupting the|this ?* industry|sector|space|status",
  "achieving|achieve success at the highest level",
}
local JARGON_SURE = 2
--- Undecided between directions ("torn between HR and teaching", "maybe buying, maybe
--- fashion design"): unclear like a vague goal, unless concrete detail backs it.
local INDECISION = {
  "torn|stuck between", "still deciding", "cant|cannot decide", "cant make up my mind", "change my mind a lot",
  "part of me wants", "which one sticks", "keep|keeping my options open", "decide at some point", "decide later", "try a few things", "maybe, or maybe not",
  -- (unseen-125..128, session 23: "Honestly, I go back and forth … I still haven't decided")
  "i go|went back and forth", "ive gone back and forth", "keep going back and forth",
  -- (unseen-133..136, session 24: "HART, or the air ambulance, or maybe the control room … I'm open to
  -- anything, really"; in the sets so far with unclear goals, clichés, never a good answer)
  "open to anything|everything",
  -- (unseen-141..144, session 25: "Maybe office manager eventually, maybe something else"; in the sets so far 30
  -- unclear, no good answer)
  "maybe something else",
  -- (session 29: "Maybe something in TV, maybe not, I couldn't say", "Maybe something, maybe nothing"; in the sets
  -- so far each unclear or lacking aspiration; not "maybe not one this size", "maybe not for a long while")
  "maybe *, maybe not|nothing", "maybe * *, maybe not|nothing", "maybe * * *, maybe not|nothing", "or maybe not",
  "couldnt ?really|honestly say",
  -- goals put off until settled (session 34, training-217: "Get settled, find my feet, and then work out what I want to
  -- do with the role. I'll probably have clearer goals in a year or so"; vague only with little concrete besides)
  "work|figure out what i want to do",
  "have|get ?much clearer goals|aims|plans|idea in|after a|the ?few|couple ?of year|years|month|months|week|weeks|while",
  "have|get ?much clearer goals|aims|plans|idea in|after * year|years|month|months|weeks",
}
--- … not a chance taken ("I couldn't say no when logistics came up").
local INDECISION_EXCEPT = { "couldnt ?really|honestly say no|yes|enough|it|that" }
--- … and alternatives held open, which name where to and stay undecided for it ("Team leader, or maybe
--- the quality side", "a nurse, or maybe a paramedic"): unlike the others, not read as settled when the
--- sentence names a destination (in the sets so far, 73 unclear, 8 misaligned, one good answer backed
--- by two years of SAP and the month-end accruals).
local INDECISION_NAMED = { "or maybe|perhaps|possibly" }
--- Confidence with nothing behind it (unseen-133..136, session 24: "I've only just passed my test, but I've
--- read a lot about it", "District judge in four years, I don't see why not"): the guide's unrealistic
--- goals, which show the candidate does not know the industry or their own abilities. In the labelled sets
--- so far each phrase came with unrealistic goals and with nearly no good answer (since session 29 reading
--- about anything: "I've read a lot about trading", seventeen unrealistic answers and one good one, "I've read
--- a lot about it since", which the model reads as good).
local OVERCONFIDENT = { "dont|cant|couldnt see why not", "in no time", "well before then",
  -- time said to be plenty for a climb (unseen-141..144, session 25: "a couple of years is plenty to get to that
  -- level"; in the sets so far four, all unrealistic)
  "years|months|year|weeks|time is|are plenty to get|go|move|reach|become|make|rise|climb" }
--- … and time said to be plenty, or a quick climb, with nothing after it in its clause but a condition
--- ("I'd say five years is plenty.", "Two years is plenty if you're hungry", "so I think I can move
--- quickly"; not "Five years is plenty for that: I'll be chartered by then", "I can move quickly between
--- tasks"): OVERCONFIDENT_AFTER are the words that may follow it.
local OVERCONFIDENT_AT_END = {
  "years|months|year|weeks|time is|are plenty", "should|would|will be plenty", "years|months|year|weeks|time|work should|would|will be enough",
  "can|could|will|would|should|ill|id move|rise|climb|progress|get ?up quickly|fast",
  "moving|rising|climbing|progressing ?up quickly|fast",
}
local OVERCONFIDENT_AFTER = signals.set_of({ "if", "and", "because", "once", "here", "too", "enough", "really", "honestly" })
--- Reading about it as the ground for a claim (session 29: "I've read a lot about trading, so … I'll be running a
--- book", "I've read a lot about it."): the reading counts when its sentence ends within READ_UP_END words, or goes
--- on to what the candidate thinks, knows or will be (READ_UP_CLAIM); not reading as the start of a plan ("I've read
--- a lot about CBT, and next year I'd like to start the PWP training"). In the sets so far seventeen unrealistic
--- answers and one good one.
local READ_UP = { "read|watched a lot|loads|lots about" }
local READ_UP_END = 3
local READ_UP_CLAIM = signals.set_of({ "think", "know", "reckon", "sure", "ready", "suited", "could", "can", "ill",
  "will", "believe", "confident", "certain" })
--- Everything at once (session 29: "the veterinary nursing diploma, a zoology degree and an MBA, all at the
--- same time"): impossible timing, the guide's unrealistic goals. In the sets so far seventeen answers, each
--- unrealistic; "at the same time" alone is often a good answer's ("working and qualifying at the same time").
local ALL_AT_ONCE = { "all at the same time", "all at once" }
--- … said of studies the candidate takes on: a course or qualification (career_signals' means) or a verb of study
--- (ALL_AT_ONCE_STUDY) before it in its sentence; not work arriving together ("juggle the phones, chat and
--- emails all at once", "when twelve tables order all at the same time").
local ALL_AT_ONCE_STUDY = signals.set_of({ "do", "doing", "sit", "sitting", "study", "studying", "start", "starting",
  "started", "try", "trying", "finish", "finishing", "complete", "completing", "take", "taking" })
local VAGUE_EXCEPT = { "the best version", "something better comes|come along", "until something", "if something",
  -- doing a lot of something is describing it ("your libraries do a lot of community stuff")
  "do|does|did|doing a lot of",
  "thought about how much|many|far|good|important|lucky|hard|often" }
--- Unclear when fewer kinds of concrete backing than this (ties not counted).
local VAGUE_MIN_CONCRETE = 2
--- This many distinct vague phrases, with nothing concrete at all, are unclear whatever the model says.
local VAGUE_SURE = 2

--- Advice per flag, paraphrasing the guide's reasoning.
local ADVICE = {
  ["misaligned-goals"] = "Employers want people who will stay and whose goals line up with the company's; if your goals point elsewhere they may struggle to keep you and have to hire again. Show how this role and this company are part of your path, and where you could grow inside it.",
  ["lack-of-aspiration"] = "Interviewers look for people who want to keep developing, whatever their level. Show some excitement and name goals you have set — a short-term one for this role and a long-term one — and what you will do to reach them.",
  ["cliche-answer"] = "A recited, general answer sounds like you are saying what the interviewer wants to hear, and a seasoned interviewer will probe it. Give a to-the-point, original answer and back it up: a concrete goal, a time frame, the skills you will build and how it helps the company.",
  ["unrealistic-or-unclear-goals"] = "Set goals that are realistic but challenging, specific and measurable (with a time frame), so they show you understand the industry and your own abilities. An over-the-top target, or one too vague to act on, is a red flag.",
}

--- What a candidate reads for each flag, after the guide's headings.
local TITLES = {
  ["misaligned-goals"] = "Misaligned goals",
  ["lack-of-aspiration"] = "Lack of aspiration",
  ["cliche-answer"] = "Cliché answer",
  ["unrealistic-or-unclear-goals"] = "Unrealistic or unclear goals",
}

--- The order flags are reported in.
local ORDER = { "misaligned-goals", "lack-of-aspiration", "cliche-answer", "unrealistic-or-unclear-goals" }

-- ---------------------------------------------------------------------------
-- Helpers
-- ---------------------------------------------------------------------------

local set_of = signals.set_of
local find, affirmed, without, distinct = signals.find, signals.affirmed, signals.without, signals.distinct
local led_by = signals.led_by
local evidence = signals.evidence
local UNTIL_LEAD_SET = set_of(UNTIL_LEAD_WORDS)
local LINE_WORD_SET = set_of(LINE_WORDS)
local UNTIL_EXIT_SET = set_of(UNTIL_EXIT)
local LATER_SET = set_of(LATER)
local UNTIL_GROWTH_SET = set_of(UNTIL_GROWTH)
local TILL_DETERMINER_SET = set_of(TILL_DETERMINERS)
local AWAY_WISH_SET = set_of(AWAY_WISH)
local AWAY_NEGATOR_SET = set_of(AWAY_NEGATORS)
local INTENSIFIER_SET = set_of(INTENSIFIERS)
local TRAIT_NOUN_SET = set_of(TRAIT_NOUNS)
local NOT_TRAIT_SET = set_of(NOT_TRAITS)
local PASSIVE_LEAD_SET = set_of(PASSIVE_LEADS)
local BREAKER_SET = set_of(NEGATION_BREAKERS)
local ASPIRATION_NEGATOR_SET = set_of(ASPIRATION_NEGATORS)
--- Words before "N years" that put the years ahead ("in five years", "within ten years").
local YEARS_AHEAD_SET = set_of({ "in", "within", "next", "by", "another", "few", "coming" })

--- Whether the answer names a direction: a growth path, a dated time frame with a
--- goal, or a plan of two steps or more.
local function has_direction(a, except)
  for _, g in ipairs(a.ties.growth) do
    if not (except and g.from <= except.to and g.to >= except.from) then return true end
  end
  if distinct(a.plan) >= 2 then return true end
  if #a.dated > 0 and (#a.goals > 0 or #a.develop > 0) then return true end
  return false
end

-- ---------------------------------------------------------------------------
-- The four detectors: each returns a span (evidence) or nil
-- ---------------------------------------------------------------------------

--- Marks a span as said outright (leaving, the job as temporary, or a destination
--- elsewhere named): the model may not put another flag in its place (measured held out:
--- letting such spans stand against the model's veto as well raised many more false alarms).
local function firm(span)
  span.firm = true
  return span
end

--- Whether the word at k names a line of work: the role's own, a line word, or a field
--- ("leave customer service", "out of property completely").
local function names_line(a, k)
  local t = a.tokens[k]
  return t ~= nil and (a.context.own[t.w] or LINE_WORD_SET[t.w] or signals.is_field_at(a, k)) or false
end

--- Whether match m ends in the CV and is denied anywhere before it in its clause ("I'm not looking to
--- jump to a big tech name in a year and use you as a line on my CV").
local function cv_denied(toks, m)
  if not CV_SET[toks[m.j].w] then return false end
  for k = m.i - 1, 1, -1 do
    if toks[k].clause ~= toks[m.i].clause then break end
    if signals.is_negator(toks[k].w) then return true end
  end
  return false
end

--- Whether one of `matches` (ties, growth destinations: each with its first token `i`) stands after match
--- m in m's sentence ("a stepping stone to a team lead position here").
local function any_after(toks, matches, m)
  for _, t in ipairs(matches) do
    if t.i > m.j and toks[t.i].sentence == toks[m.i].sentence then return true end
  end
  return false
end

--- The first destination elsewhere, not tied back to the company, that m's sentence names after it
--- ("the perfect stepping stone to becoming cabin crew"), or nil.
local function destination_after(a, m)
  for _, d in ipairs(a.destinations) do
    if ELSEWHERE_KINDS[d.kind] and not d.tied and d.from > m.to and signals.sentence_of(a, d.from) == a.tokens[m.i].sentence then
      return d
    end
  end
  return nil
end

--- Whether what follows match m points away from the company: its clause says elsewhere ("a launchpad to
--- a senior role elsewhere"; not "rather than looking elsewhere"), or its sentence names a destination
--- elsewhere after it ("… would give me the experience to become a paramedic").
local function points_away(a, m)
  local toks = a.tokens
  for k = m.j + 1, #toks do
    if toks[k].clause ~= toks[m.j].clause then break end
    local away = toks[k].w == "elsewhere" or (toks[k].w == "somewhere" and toks[k + 1] and toks[k + 1].w == "else")
    if away and not signals.negated(toks, k) then return true end
  end
  return destination_after(a, m) ~= nil
end

--- Whether match m ends its clause ("if I get in, I'll go."), or is followed only by one of `after`
--- (OVERCONFIDENT_AFTER: "Two years is plenty if you're hungry").
local function ends_clause(toks, m, after)
  local nx = toks[m.j + 1]
  return not nx or nx.clause ~= toks[m.j].clause or (after ~= nil and after[nx.w] == true)
end

--- The first ALL_AT_ONCE said of studies taken on (a means or ALL_AT_ONCE_STUDY before it in its sentence), and
--- not denied there ("I'd rather not do the Level 4 and the assessor award all at once"), or nil.
local function all_at_once(a)
  local toks = a.tokens
  local means_at = {}
  for _, c in ipairs(a.means) do if c.i then means_at[c.i] = true end end
  for _, m in ipairs(affirmed(find(toks, ALL_AT_ONCE))) do
    local studies, denied = false, false
    for k = m.i - 1, 1, -1 do
      if toks[k].sentence ~= toks[m.i].sentence then break end
      if means_at[k] or ALL_AT_ONCE_STUDY[toks[k].w] then studies = true end
      if signals.is_negator(toks[k].w) then denied = true end
    end
    if studies and not denied then return m end
  end
  return nil
end

--- The first READ_UP said as the ground for a claim: its sentence ends within READ_UP_END words, or goes on to
--- READ_UP_CLAIM with no course named after it ("I think the PWP training would be the right next step"), or nil.
local function read_up(a)
  local toks = a.tokens
  for _, m in ipairs(affirmed(find(toks, READ_UP))) do
    local last = m.j
    while toks[last + 1] and toks[last + 1].sentence == toks[m.i].sentence do last = last + 1 end
    local course, claim = false, false
    for _, c in ipairs(a.means) do
      if c.i and c.i > m.j and c.i <= last then course = true end
    end
    for k = m.j + 1, last do if READ_UP_CLAIM[toks[k].w] then claim = true end end
    if last - m.j <= READ_UP_END or (claim and not course) then return m end
  end
  return nil
end

--- Whether match m is told of the past: a verb of the past at most TOLD_PAST_WINDOW words before it in its
--- clause, and no word looking ahead or of the present between ("My bar job was just paying the bills while
--- I finished my degree", "I came into hospital work to pay the bills when my kids were small"; in the sets
--- so far six good answers, none misaligned; not "I took this job to pay the bills until my course starts",
--- nor a verb of the present too, "set", "cut", "got").
local TOLD_PAST_WINDOW = 6
local TOLD_NOW = signals.set_of({ "is", "im", "its", "this", "now", "still", "until", "till", "am", "are", "need", "needs",
  "must", "have", "has", "ready" })
--- … and a decision of the past ("I decided to leave banking after eleven years"), not one just made
--- ("I've decided to leave retail").
local TOLD_DECIDED = { verbs = signals.set_of({ "decided", "chose" }), now = signals.set_of({ "ive", "have", "has", "weve", "just" }) }
local function told_past(toks, m)
  for k = m.i - 1, math.max(1, m.i - TOLD_PAST_WINDOW), -1 do
    local w = toks[k].w
    if toks[k].clause ~= toks[m.i].clause or LOOKING_AHEAD[w] or TOLD_NOW[w] then return false end
    if PAST_VERBS[w] and not OWN_AHEAD.present_too[w] and w ~= "got" then return true end
    if TOLD_DECIDED.verbs[w] then return not (toks[k - 1] and TOLD_DECIDED.now[toks[k - 1].w]) end
  end
  return false
end

--- Whether the business of one's own `m` is run now by the candidate ("I run a small shop", "I run my own shop")
--- and said to stay a hobby in its sentence or the next, not a hobby for now only (OWN_KEPT_HOBBY,
--- OWN_HOBBY_FOR_NOW: "It's just a hobby at the moment, but in two years …").
local function kept_a_hobby(toks, m)
  local p1, p2 = toks[m.i - 1], toks[m.i - 2]
  local now = (OWN_RUN_NOW[toks[m.i].w] and p1 and p1.w == "i")
    or (toks[m.i].w == "my" and p1 and OWN_RUN_NOW[p1.w] and p2 and p2.w == "i")
  if not now then return false end
  for _, h in ipairs(affirmed(find(toks, OWN_KEPT_HOBBY))) do
    local d = toks[h.i].sentence - toks[m.i].sentence
    local for_now = false
    for k = h.j + 1, #toks do
      if toks[k].sentence ~= toks[h.i].sentence then break end
      if OWN_HOBBY_FOR_NOW[toks[k].w] then for_now = true end
    end
    if (d == 0 or d == 1) and not for_now then return true end
  end
  return false
end

local function detect_misaligned(a)
  local toks = a.tokens
  -- a job on the role's own ladder, or its own line, named: passing through is then the plan
  local own_line = a.laddered or a.in_line
  -- (b) intent to leave, temporary framing
  -- what reads like leaving but is not: applying for this job now, moving on to one's next step
  local not_exits = {}
  for _, e in ipairs(find(toks, EXIT_EXCEPT)) do
    local later = false
    for k = e.i - 1, 1, -1 do
      if toks[k].sentence ~= toks[e.i].sentence then break end
      if LATER_SET[toks[k].w] or signals.ahead(a, toks[k]) then later = true end
    end
    if not later then not_exits[#not_exits + 1] = e end
  end
  for _, e in ipairs(find(toks, EXIT_PROGRESS)) do not_exits[#not_exits + 1] = e end
  -- a skill got into for oneself is no line of work ("I've been getting into Python for myself")
  for _, e in ipairs(find(toks, EXIT)) do
    for _, sk in ipairs(e.phrase == FOR_MYSELF and a.skills or {}) do
      if sk.i == e.i + 2 then not_exits[#not_exits + 1] = e end
    end
  end
  -- an exit said plainly stands against the veto, unless its sentence ties it back to the company
  -- ("apply to pharmacy school through your tuition scheme", "till something else comes up in the
  -- store"), or what is left "completely" is no line of work ("out of nights completely")
  local plain = find(toks, EXIT_SURE)
  if not own_line then
    plain = signals.append({}, plain)
    for _, m in ipairs(find(toks, TERM_FOR_NEXT)) do
      if not any_after(toks, a.ties.growth, m) or points_away(a, m) then plain[#plain + 1] = m end
    end
  end
  for _, e in ipairs(without(affirmed(plain), not_exits)) do
    local line = toks[e.i].w ~= "out" or names_line(a, e.i + 2)
    if cv_denied(toks, e) then line = false end
    local tied = false
    -- (the company named beside a line on the CV is what goes on it: "a year here on my CV"; the exit's
    -- own words tie nothing back: "two years here would give me")
    for _, t in ipairs(CV_SET[toks[e.j].w] and {} or a.ties.company) do
      if toks[t.i].sentence == toks[e.i].sentence and (t.i < e.i or t.i > e.j) then tied = true end
    end
    if line and not tied then
      local span = firm(evidence(a, e.from, e.to))
      span.sure = true
      return span
    end
  end
  for _, e in ipairs(without(affirmed(find(toks, EXIT)), not_exits)) do
    if not told_past(toks, e) then return firm(evidence(a, e.from, e.to)) end
  end
  if not own_line and #a.ties.growth == 0 then
    for _, e in ipairs(without(affirmed(find(toks, EXIT_UNLESS_HERE)), not_exits)) do
      local here = false
      for _, t in ipairs(a.ties.company) do
        if toks[t.i].sentence == toks[e.i].sentence then here = true end
      end
      if not here and not told_past(toks, e) then return firm(evidence(a, e.from, e.to)) end
    end
  end
  -- who the candidate really is, another occupation ("I'm a musician, really"; not a job on the
  -- role's own ladder, "I'm a nurse at heart" from a healthcare assistant)
  if a.identity and not own_line then
    for _, c in ipairs(a.classed) do
      if c.i >= a.identity and c.i <= a.identity + 1 then return firm(evidence(a, c.from, c.to)) end
    end
  end
  -- going full time with a thing of one's own ("my heart's in wedding photography … I'm aiming to go
  -- full time with it"), in an answer tied to nothing here (not "I started here on Saturdays and
  -- want to go full time with it")
  if #a.ties.company == 0 then
    local full = affirmed(find(toks, FULL_TIME_ELSEWHERE))[1]
    if full then return firm(evidence(a, full.from, full.to)) end
  end
  for _, m in ipairs(without(affirmed(find(toks, MEANS_TO_AN_END)), find(toks, MEANS_EXCEPT))) do
    local inside = false
    for k = m.j + 1, #toks do
      if toks[k].sentence ~= toks[m.i].sentence then break end
      if signals.is_seniority(toks[k].w) then inside = true end
    end
    if any_after(toks, a.ties.company, m) then inside = true end
    if not inside or points_away(a, m) then
      local span = evidence(a, m.from, m.to)
      -- a stepping stone to another occupation or field named after it stands against the model's veto
      -- ("the perfect stepping stone to becoming cabin crew", read by the model as a cliché only)
      if destination_after(a, m) then span.sure = true end
      return span
    end
  end
  -- leaving the line of work ("leave customer service", "get out of nursing"), not a line left before
  -- ("I decided to leave banking after eleven years": told_past) nor with the organisation kept
  local kept = find(toks, LEAVE_LINE_KEPT)
  for _, m in ipairs(affirmed(find(toks, LEAVE_LINE))) do
    local k = m.j + 1
    if toks[k] and (toks[k].w == "the" or toks[k].w == "this" or toks[k].w == "my") then k = k + 1 end
    local t = toks[k]
    if t and t.clause == toks[m.j].clause and names_line(a, k) and not told_past(toks, m) and not any_after(toks, kept, m) then
      return firm(evidence(a, m.from, t.to))
    end
  end
  -- not wanting to deal with people ("I don't want to be dealing with the public")
  for _, m in ipairs(find(toks, AWAY_FROM_PEOPLE)) do
    local wish, neg = false, false
    for k = m.i - 1, math.max(1, m.i - AWAY_WINDOW), -1 do
      if toks[k].clause ~= toks[m.i].clause then break end
      -- "I don't want to STOP talking to patients": a double negative
      if AWAY_REVERSERS[toks[k].w] then wish, neg = false, false break end
      if AWAY_WISH_SET[toks[k].w] then wish = true end
      if AWAY_NEGATOR_SET[toks[k].w] then neg = true end
    end
    if wish and neg then return evidence(a, m.from, m.to) end
  end
  -- moving to a named place, not tied back to the company
  local company_words = {}
  for _, p in ipairs(a.context.company) do for w in p:gmatch("%S+") do company_words[w] = true end end
  for _, m in ipairs(affirmed(find(toks, RELOCATION_LEADS))) do
    local nx = toks[m.j + 1]
    if nx and nx.sentence == toks[m.j].sentence and nx.raw:match("^%u") and not company_words[nx.w] then
      local tied = false
      for _, t in ipairs(a.ties.company) do if signals.linked(toks, m.i, t) then tied = true end end
      if not tied then return evidence(a, m.from, nx.to) end
    end
  end
  -- commitment denied ("I'm not planning to make a career of it") without a growth path
  if #a.ties.growth == 0 then
    for _, m in ipairs(find(toks, COMMITMENT)) do
      if m.negated then return evidence(a, m.from, m.to) end
    end
  end
  -- (a) a destination elsewhere, not tied back to the company (an answer's opening words as its destination only
  -- when nothing in the answer ties it to the company or names growth in it: "Commercial property. … qualify into
  -- your property team" is the role's own line)
  local untied = not a.tied and #a.ties.growth == 0
  for _, d in ipairs(a.destinations) do
    if ELSEWHERE_KINDS[d.kind] and not d.tied and (untied or not d.opening) then
      local span = firm(evidence(a, d.from, d.to))
      -- a job of another career the ladders know, the role being on ladders of its own ("become a
      -- physiotherapist" for an accounts payable clerk), stands against the model's veto: the model
      -- reads words, not the role
      local k = signals.token_at(toks, d.from)
      if d.kind == "occupation" and k and BECOMING[toks[k].w] and signals.other_career(a, d) then span.sure = true end
      if #affirmed(find(toks, STAY_DENIED)) > 0 then span.sure = true end
      return span
    end
  end
  -- another department is another career, even inside the company, unless it is the one
  -- applied to ("if I join your commercial property team")
  local joining
  for _, d in ipairs(a.destinations) do
    if d.kind == "department" then
      joining = joining or find(toks, JOINING)
      local applied = false
      for _, m in ipairs(joining) do
        if toks[m.j].from == d.from then applied = true end
      end
      if not applied then return evidence(a, d.from, d.to) end
    end
  end
  -- a business of one's own is another direction even when "here" is nearby
  local own = without(affirmed(find(toks, OWN_BUSINESS)), find(toks, OWN_BUSINESS_EXCEPT))
  for _, m in ipairs(own) do
    if not kept_a_hobby(toks, m) then return evidence(a, m.from, m.to) end
  end
  -- training for a profession outside the role (the destination reader has the classes)
  for _, m in ipairs(affirmed(find(toks, TRAINING_FOR))) do
    for _, d in ipairs(a.destinations) do
      if d.from >= m.from and d.from <= m.to + 1 and ELSEWHERE_KINDS[d.kind] and not d.tied then
        return evidence(a, m.from, d.to)
      end
    end
  end
  -- "until …" after staying words, with no growth after it
  for _, m in ipairs(affirmed(find(toks, { "until|till" }))) do
    local prev = toks[m.i - 1]
    if toks[m.i].w == "till" and prev and TILL_DETERMINER_SET[prev.w] then goto next_until end
    local exits = false
    for k = m.i + 1, math.min(#toks, m.i + 5) do
      if toks[k].sentence == toks[m.i].sentence and UNTIL_EXIT_SET[toks[k].w] then exits = true end
    end
    -- ("until then" after a job further along the role's own ladder is the wait for it: "on a driver's
    -- round within three years. Till then I want to be the loader crews ask for")
    local waits = toks[m.i + 1] and toks[m.i + 1].w == "then" and not own_line
    if led_by(toks, m.i, UNTIL_LEAD_SET, UNTIL_LEAD_WINDOW) or exits or waits then
      local grows = false
      for k = m.i + 1, math.min(#toks, m.i + UNTIL_GROWTH_WINDOW) do
        if toks[k].sentence ~= toks[m.i].sentence then break end
        if UNTIL_GROWTH_SET[toks[k].w] then grows = true end
      end
      if not grows then return evidence(a, m.from, m.to) end
    end
    ::next_until::
  end
  -- "if I get in, I'll go": leaving at the end of a clause
  for _, m in ipairs(affirmed(find(toks, LEAVE_AT_END))) do
    if ends_clause(toks, m) then return evidence(a, m.from, m.to) end
  end
  -- (c) weaker hints
  local weak = {}
  for _, m in ipairs(without(affirmed(find(toks, WEAK)), find(toks, WEAK_EXCEPT))) do
    -- (not a hint told of the past: "Well, I finished my maths degree, which took up most of my time"; session 31)
    if not cv_denied(toks, m) and not told_past(toks, m) then weak[#weak + 1] = m end
  end
  for _, m in ipairs(affirmed(find(toks, JUMP))) do
    local nx = toks[m.j + 1]
    local along = nx ~= nil and JUMP_ALONG[nx.w] and (own_line or nx.w == "up")
    if nx and JUMP_ALONG[nx.w] and not along then
      local k = m.j + 2
      if toks[k] and (toks[k].w == "a" or toks[k].w == "an") then k = k + 1 end
      local t = toks[k]
      if t and (JUMP_STEP[t.w] or signals.in_title(a.context.role[1], t.w)) then along = true end
    end
    if not along then weak[#weak + 1] = m end
  end
  if not own_line then
    for _, m in ipairs(without(affirmed(find(toks, WEAK_PASSING)), find(toks, WEAK_PASSING_EXCEPT))) do weak[#weak + 1] = m end
    table.sort(weak, function(x, y) return x.from < y.from or (x.from == y.from and x.to > y.to) end)
  end
  local money = affirmed(find(toks, MONEY_WEAK))
  if #weak > 0 or #money > 0 then
    -- a single hint counts only when the answer wants something (a direction, somewhere)
    local wants = #a.wishes > 0 or #a.destinations > 0
    if distinct(weak) + math.min(1, #money) >= 2 or (#weak > 0 and untied and #a.develop == 0 and wants) then
      local first = weak[1] or money[1]
      return evidence(a, first.from, first.to)
    end
  end
  return nil
end

--- An aspiration word negated before (no breaker word between) or after.
local function negated_aspiration(a)
  local toks = a.tokens
  local after = find(toks, NEGATED_AFTER)
  for _, m in ipairs(without(find(toks, ASPIRATION_WORDS), find(toks, LACK_EXCEPT))) do
    for k = m.i - 1, math.max(1, m.i - ASPIRATION_NEGATION_WINDOW), -1 do
      if toks[k].clause ~= toks[m.i].clause or BREAKER_SET[toks[k].w] then break end
      if ASPIRATION_NEGATOR_SET[toks[k].w] then return { from = toks[k].from, to = m.to } end
    end
    for _, n in ipairs(after) do
      if n.i > m.j and n.i <= m.j + NEGATED_AFTER_WINDOW and toks[n.i].sentence == toks[m.j].sentence then
        return { from = m.from, to = n.to }
      end
    end
  end
  return nil
end

--- The stock phrases, and all the recited words (stock, traits, virtues, generic
--- aspirations), of an answer.
--- Self-descriptions: a frame followed by a trait adjective or noun.
local function self_descriptions(a)
  local toks = a.tokens
  local out = {}
  for _, f in ipairs(affirmed(find(toks, SELF_FRAMES_ALONE))) do
    out[#out + 1] = { phrase = "self:frame", i = f.i, j = f.j, from = f.from, to = f.to }
  end
  for _, f in ipairs(affirmed(find(toks, SELF_FRAMES))) do
    local x = f.j + 1
    while toks[x] and toks[x].clause == toks[f.j].clause and INTENSIFIER_SET[toks[x].w] do x = x + 1 end
    local t = toks[x]
    if t and t.clause == toks[f.j].clause and not NOT_TRAIT_SET[t.w] then
      local trait = false
      for _, suffix in ipairs(TRAIT_SUFFIXES) do
        if #t.w > #suffix + 2 and t.w:sub(-#suffix) == suffix then trait = true end
      end
      -- "a team-oriented self-motivator", "a fast-paced, results-focused person": a
      -- trait noun within a few words
      for k = x, math.min(#toks, x + SELF_NOUN_WINDOW) do
        if toks[k].sentence ~= t.sentence or NOT_TRAIT_SET[toks[k].w] then break end
        if TRAIT_NOUN_SET[toks[k].w] then trait = true end
      end
      if trait then out[#out + 1] = { phrase = "self:" .. t.w, i = f.i, j = x, from = f.from, to = t.to } end
    end
  end
  return out
end

--- A list of three or more items, the middle ones short ("inspire, empower and
--- elevate", "respect, teamwork and excellence", "be the best, every day, no
--- excuses"): the rhythm of a recited answer.
local function triads(a)
  local toks = a.tokens
  local out = {}
  local segs = {}
  local cur
  local function close()
    if cur and cur.n > 0 then segs[#segs + 1] = cur end
  end
  for k, t in ipairs(toks) do
    local prev = toks[k - 1]
    if not prev or prev.sentence ~= t.sentence then
      close()
      segs[#segs + 1] = { barrier = true }
      cur = { n = 0, i = k }
    elseif t.w == "and" or t.w == "or" then
      close()
      cur = { n = 0, i = k + 1, sep = "and" }
    elseif t.clause ~= prev.clause then
      close()
      local gap = a.answer:sub(prev.to + 1, t.from - 1)
      if gap:find(",", 1, true) and not gap:find("[;:]") then
        cur = { n = 0, i = k, sep = "comma" }
      else -- "but", ";", ":": not a list
        segs[#segs + 1] = { barrier = true }
        cur = { n = 0, i = k }
      end
    end
    if t.w ~= "and" and t.w ~= "or" then cur.n, cur.j = cur.n + 1, k end
  end
  close()
  for x = 1, #segs - 2 do
    local s1, s2, s3 = segs[x], segs[x + 1], segs[x + 2]
    -- items, not clauses: an item does not start with a subject ("I'll wait and see")
    local clausal = TRIAD_SUBJECTS[toks[s2.i] and toks[s2.i].w or ""] or TRIAD_SUBJECTS[toks[s3.i] and toks[s3.i].w or ""]
    if not (s1.barrier or s2.barrier or s3.barrier) and not clausal and s2.n <= TRIAD_ITEM_WORDS and s2.sep == "comma" and s3.sep then
      out[#out + 1] = { phrase = "triad", i = s1.i, j = s3.j, from = toks[s1.i].from, to = toks[s3.j].to }
    end
  end
  return out
end

local recited_cache = setmetatable({}, { __mode = "k" })
local function recited(a)
  local c = recited_cache[a]
  if c then return c[1], c[2] end
  local toks = a.tokens
  local except = find(toks, CLICHE_EXCEPT)
  local stock = without(affirmed(find(toks, CLICHES)), except)
  local generic = {}
  local lists = triads(a)
  for _, list in ipairs({ stock, without(affirmed(find(toks, TRAITS)), except), without(self_descriptions(a), except), lists,
                          without(affirmed(find(toks, VIRTUES)), except), without(affirmed(find(toks, GENERIC_AMBITIONS)), except) }) do
    for _, m in ipairs(list) do generic[#generic + 1] = m end
  end
  table.sort(generic, function(x, y) return x.from < y.from end)
  recited_cache[a] = { stock, generic }
  return stock, generic
end

--- Whether the candidate is an experienced professional (EXPERIENCED_YEARS, EXPERIENCED_LEVEL): years
--- told of their own career ("for nine years", "twenty years ago"), not a time ahead ("in five
--- years"), an age or the question's time asked back.
local function experienced(a)
  local level = claims.role_level(a)
  if level and level >= EXPERIENCED_LEVEL then return true end
  -- a trainee, a junior or a graduate starts out, whatever career came before ("six years as a chef
  -- before retraining"): the guide's graduate, not yet expected to have it planned
  if level == 0 then return false end
  local toks = a.tokens
  -- "twenty years", "for nine years" are read as time frames too: told, they are of the past
  for _, tf in ipairs(a.dated) do
    local i, j = signals.token_at(toks, tf.from), signals.token_at(toks, tf.to)
    local last = j and toks[j]
    if i and last and (last.w == "years" or last.w == "yrs") and tf.days >= EXPERIENCED_YEARS * 365 and tf.days < 60 * 365 then
      local ahead = YEARS_AHEAD_SET[toks[i].w] or (toks[i - 1] ~= nil and YEARS_AHEAD_SET[toks[i - 1].w])
      local after = toks[j + 1]
      -- "five years' time", "five years from now"; an age ("I'm 19 years old"); the question's time
      -- asked back ("Five years? I don't plan that far ahead")
      if after and (after.w == "time" or after.w == "from" or after.w == "old" or after.w == "of") then ahead = true end
      if a.answer:sub(tf.to + 1):match("^%s*%?") then ahead = true end
      if not ahead then return true end
    end
  end
  return false
end

--- The first NO_PLAN phrase said of the candidate's own plan (not DRAWN_TO, nor LACK_STRONG_EXCEPT), or nil.
local function no_plan_phrase(toks)
  return without(without(affirmed(find(toks, NO_PLAN)), find(toks, DRAWN_TO)), find(toks, LACK_STRONG_EXCEPT))[1]
end

--- The span where an answer says it has no plan (NO_PLAN_WORDS, NO_PLAN), or nil.
local function no_plan(a)
  local toks = a.tokens
  for k, t in ipairs(toks) do
    local nx = toks[k + 1]
    -- "I don't plan to leave" is a plan, "no plans for management" contentment
    if NO_PLAN_WORDS[t.w] and not (nx and (nx.w == "to" or nx.w == "for") and nx.clause == t.clause) then
      for x = k - 1, math.max(1, k - ASPIRATION_NEGATION_WINDOW), -1 do
        if toks[x].clause ~= t.clause or BREAKER_SET[toks[x].w] then break end
        if ASPIRATION_NEGATOR_SET[toks[x].w] then return { from = toks[x].from, to = t.to } end
      end
      -- the word asked back, then denied ("Plans? I don't have any.")
      if nx and nx.sentence ~= t.sentence and (not toks[k - 1] or toks[k - 1].sentence ~= t.sentence) then
        for x = k + 1, math.min(#toks, k + 3) do
          if toks[x].sentence ~= nx.sentence then break end
          if ASPIRATION_NEGATOR_SET[toks[x].w] or toks[x].w == "none" then
            return { from = t.from, to = signals.sentence_span(a, toks[x].from).to }
          end
        end
      end
    end
  end
  local m = no_plan_phrase(toks)
  return m and { from = m.from, to = m.to }
end

--- Whether the answer opens with a goal said as a bare verb (GOAL_OPENERS) with concrete backing.
local function goal_opened(a)
  local toks = a.tokens
  local k = (toks[1] and toks[1].w == "to") and 2 or 1
  if not (toks[k] and GOAL_OPENERS[toks[k].w]) then return false end
  if toks[k + 1] and GOAL_OPENER_NOT[toks[k + 1].w] then return false end
  return signals.concreteness(a, nil, false) >= GOAL_OPENER_CONCRETE
end

local function detect_lack(a, claim, misaligned)
  local toks = a.tokens
  local _, generic = recited(a)
  local recites = #generic > 0
  local strong = without(without(affirmed(find(toks, LACK_STRONG)), find(toks, LACK_EXCEPT)), find(toks, DRAWN_TO))
  strong = without(strong, find(toks, LACK_STRONG_EXCEPT))
  if #strong > 0 then return evidence(a, strong[1].from, strong[1].to) end
  local ng = negated_aspiration(a)
  local direction = has_direction(a, ng)
  local passive = affirmed(find(toks, PASSIVE))
  if #passive > 0 and not direction then
    local led = false
    for _, m in ipairs(passive) do
      for k = 1, #toks do
        if toks[k].sentence == toks[m.i].sentence and PASSIVE_LEAD_SET[toks[k].w] then led = true end
      end
    end
    if led or distinct(passive) >= 2 then return evidence(a, passive[1].from, passive[1].to) end
  end
  if ng and not direction then return evidence(a, ng.from, ng.to) end
  -- (a job further along the role's own ladder is a goal said as a title: "Sergeant in about five
  -- years, once I've done my probation and the exam.")
  local aspiring = #a.goal_statements > 0 or #a.ties.growth > 0 or distinct(a.plan) >= 2
    or (#a.develop > 0 and #a.goals > 0) or a.laddered
  if not aspiring and not recites and not claim and not misaligned and #a.wishes == 0
    and #affirmed(find(toks, VAGUE_GOALS)) + #affirmed(find(toks, VAGUE_MORE)) == 0 then
    local weak = affirmed(find(toks, LACK_WEAK))
    if #weak > 0 then return evidence(a, weak[1].from, weak[1].to) end
  end
  -- a non-answer: short, and no goal in it (a vague goal is still a goal; a
  -- recited self-description is a cliché rather than a non-answer)
  -- a plan said with its time and what it acts on ("In my first six months I'd renegotiate the five
  -- biggest subcontracts") is an answer, with or without a goal word
  local wants = aspiring or #a.wishes > 0 or #a.develop > 0 or #find(toks, VAGUE_GOALS) > 0 or #find(toks, VAGUE_MORE) > 0
    or (#a.dated > 0 and signals.concreteness(a, nil, false) >= 2 and #find(toks, INTENT) > 0)
    or (#a.dated > 0 and goal_opened(a))
  if a.word_count < SHORT_NONANSWER_WORDS and not recites and not claim and not misaligned and not (wants and a.word_count >= 4) then
    if #toks > 0 then return { from = toks[1].from, to = toks[#toks].to } end
    if #a.answer > 0 then return { from = 1, to = #a.answer } end
  end
  return nil
end

--- How many phrases of a list stand apart: distinct phrases on words no earlier one took
--- ("go after it with everything I've got" is one saying, though two phrases match it).
local function separate(list)
  local sorted = {}
  for i, m in ipairs(list) do sorted[i] = m end
  table.sort(sorted, function(x, y) return x.from < y.from end)
  local n, last, seen = 0, 0, {}
  for _, m in ipairs(sorted) do
    if m.from > last and not seen[m.phrase] then n, seen[m.phrase] = n + 1, true end
    last = math.max(last, m.to)
  end
  return n
end

local function detect_cliche(a, skip, backing_skip, lack)
  local stock, generic = recited(a)
  -- words inside an over-the-top claim belong to the claim ("the top performer in my first month")
  local function outside(m)
    for _, sp in ipairs(skip) do if m.from >= sp.from and m.to <= sp.to then return false end end
    return true
  end
  local kept, kept_stock = {}, {}
  for _, m in ipairs(generic) do if outside(m) then kept[#kept + 1] = m end end
  for _, m in ipairs(stock) do if outside(m) then kept_stock[#kept_stock + 1] = m end end
  generic, stock = kept, kept_stock
  if #generic == 0 then return nil end
  local n = distinct(generic)
  -- one self-description, and no goal at all, is a recital too
  local self_only = n == 1 and generic[1].phrase:sub(1, 5) == "self:" and #a.wishes == 0
  if #stock == 0 and n < CLICHE_MIN_GENERIC and not self_only then return nil end
  -- an answer that says it has no goals is a lack of aspiration, not a recital, unless it recites stock phrases
  if lack and #stock == 0 then return nil end
  -- an over-the-top claim, or a destination elsewhere, is no backing
  local spans = {}
  for k = 1, 2 do if backing_skip[k] then spans[#spans + 1] = backing_skip[k] end end
  for _, m in ipairs(generic) do
    if m.phrase ~= "triad" then spans[#spans + 1] = { from = m.from, to = m.to } end
  end
  local concrete = signals.concreteness(a, spans, true)
  if concrete < CLICHE_MIN_CONCRETE or (n >= CLICHE_PILE and concrete < CLICHE_PILE_CONCRETE) then
    local first = #stock > 0 and stock[1] or generic[1]
    local span = evidence(a, first.from, first.to)
    local recited_stock = separate(stock)
    if recited_stock >= CLICHE_SURE or (recited_stock >= CLICHE_SURE_BARE and concrete == 0) then span.sure = true end
    return span, generic
  end
  return nil
end

--- A goal too vague to act on: the evidence span and the vague phrases (an
--- over-the-top claim is read by the claims plugin).
local function detect_vague(a)
  local toks = a.tokens
  -- goals too vague to act on: each further vague phrase asks for one more kind of backing
  -- a vague phrase next to a named destination ("something creative, maybe interior design") is not vague
  local vague = {}
  local vague_all = affirmed(find(toks, VAGUE_GOALS))
  for _, m in ipairs(affirmed(find(toks, VAGUE_MORE))) do vague_all[#vague_all + 1] = m end
  for _, m in ipairs(without(affirmed(find(toks, INDECISION)), find(toks, INDECISION_EXCEPT))) do vague_all[#vague_all + 1] = m end
  for _, m in ipairs(affirmed(find(toks, JARGON))) do
    m.jargon = true
    vague_all[#vague_all + 1] = m
  end
  -- "maybe X, maybe Y": two directions held open in one sentence
  local maybe = {}
  for k, t in ipairs(toks) do
    if t.w == "maybe" then
      local first = maybe[t.sentence]
      if first then
        vague_all[#vague_all + 1] = { from = toks[first].from, to = t.to, i = first, j = k, phrase = "maybe maybe" }
      else
        maybe[t.sentence] = k
      end
    end
  end
  for _, m in ipairs(without(vague_all, find(toks, VAGUE_EXCEPT))) do
    local named = false
    for _, c in ipairs(a.classed) do
      if toks[c.i].sentence == toks[m.i].sentence then named = true end
    end
    if not named then vague[#vague + 1] = m end
  end
  for _, m in ipairs(affirmed(find(toks, INDECISION_NAMED))) do vague[#vague + 1] = m end
  if #vague > 0 then
    local concrete = signals.concreteness(a, nil, false)
    if concrete < VAGUE_MIN_CONCRETE + distinct(vague) - 1 then
      local span = evidence(a, vague[1].from, vague[1].to)
      if concrete == 0 and distinct(vague) >= VAGUE_SURE then span.sure = true end
      local jargon = {}
      for _, v in ipairs(vague) do if v.jargon then jargon[#jargon + 1] = v end end
      if concrete < VAGUE_MIN_CONCRETE and separate(jargon) >= JARGON_SURE then span.jargon = true end
      return span, vague
    end
  end
  return nil
end

-- ---------------------------------------------------------------------------
-- Public API
-- ---------------------------------------------------------------------------

local M = { id = "red-flags" }

local cache_key, cache_flags

--- A business of the candidate's own, said as a plan ahead ("the plan is to go self-employed and set
--- up on my own locally", "I'd like to open an importing business in about two years"): the nearest
--- word before it in its sentence looks ahead (LOOKING_AHEAD) rather than back ("I've run my own
--- consultancy") and the sentence asks nothing ("People always ask if I want my own restaurant. No.").
--- Such a plan stands against the model's veto, which a long answer's sound first year outweighed
--- (unseen-46). Not running a place, the job of many roles ("run a bar on the numbers"), a business of
--- a size ("my own company with fifty vans": an over-the-top claim more than a move), nor a plan long
--- gone ("Two years ago I set myself the goal of going self-employed"): OWN_AHEAD.
---@return table|nil span the plan's span, firm and sure
local function own_business_ahead(a)
  local toks = a.tokens
  for _, t in ipairs(a.context.role[1] and signals.title_tokens(a.context.role[1]) or {}) do
    if OWN_AHEAD.roles[t.w] then return nil end
  end
  for _, m in ipairs(without(affirmed(find(toks, OWN_BUSINESS)), find(toks, OWN_BUSINESS_EXCEPT))) do
    local sentence = toks[m.i].sentence
    local prev = toks[m.i - 1]
    local skip = OWN_AHEAD.running[toks[m.i].w] or (prev and (OWN_AHEAD.running[prev.w] or OWN_AHEAD.before[prev.w]))
      or (toks[m.i].w == "my" and not (prev and OWN_AHEAD.founding[prev.w]))
      -- ("go it alone on home visits" is working unsupervised)
      or (toks[m.j].w == "alone" and toks[m.j + 1] and toks[m.j + 1].w == "on")
      -- ("be my own boss in terms of how I run my diary")
      or (toks[m.j].w == "boss" and toks[m.j + 1] and (toks[m.j + 1].w == "in" or toks[m.j + 1].w == "when"))
    for k = m.j + 1, #toks do
      if toks[k].clause ~= toks[m.j].clause then break end
      if OWN_AHEAD.here[toks[k].w] then skip = true end
    end
    for k = m.i, #toks do
      if toks[k].sentence ~= sentence then break end
      local w = toks[k].w
      if OWN_AHEAD.scale[w] or ((w:match("^%d") or OWN_AHEAD.counts[w]) and not signals.in_timeframe(a, toks[k])) then skip = true end
    end
    for k = m.i - 1, 1, -1 do
      if toks[k].sentence ~= sentence then break end
      if toks[k].w == "ago" or OWN_AHEAD.asked[toks[k].w] then skip = true end
    end
    -- (a plan of the past not reached: "I always thought I'd have my own salon by now")
    for k = m.j + 1, #toks - 1 do
      if toks[k].sentence ~= sentence then break end
      if toks[k].w == "by" and toks[k + 1].w == "now" then skip = true end
    end
    for k = skip and 0 or m.i - 1, 1, -1 do
      local w = toks[k].w
      if toks[k].sentence ~= sentence or (PAST_VERBS[w] and not OWN_AHEAD.present_too[w]) or OWN_AHEAD.perfect[w] then break end
      if LOOKING_AHEAD[w] then
        local span = firm(evidence(a, m.from, m.to))
        span.sure = true
        return span
      end
    end
  end
end

--- The rules' own flags for an analysed answer, before the model's second opinion:
--- the span of each flag found (by id), and what the answer's claims came to.
---@param a table the analysis (career_signals.analyze)
---@return table<string, table> found, table claims `{ over, weighed }`: a claim over the top
--- (the unrealistic flag is a claim), one weighed and found realistic ("all of the menu in my
--- first few weeks": the model must then be surer). A span marked `sure` stands against the
--- model's veto (a claim over the top of a firm kind among them).
local function rules(a)
  local unrealistic, read, firm, aimed = nil, { over = false, weighed = false }, false, false
  for _, c in ipairs(claims.read(a)) do
    if c.over and not unrealistic then unrealistic = c.span end  -- the first is the evidence
    read.over = read.over or c.over
    read.weighed = read.weighed or c.weighed
    read.precise = read.precise or c.precise
    firm = firm or (c.over and c.firm)
    -- (a claim of an outcome or a post left undated is still a goal, not a non-answer: "Zero falls in the home.
    -- Not fewer, zero."; session 32; but not knowing it all already, nor everything or all of something, which is
    -- what a lack of aspiration says: "I've done all the training I need", "the course covers everything you need")
    aimed = aimed or c.over or not NOT_AIMED_CLAIMS[c.kind]
  end
  local vague
  if not unrealistic then unrealistic, vague = detect_vague(a) end
  -- confidence with nothing behind it
  if not unrealistic then
    local toks = a.tokens
    local bold = affirmed(find(toks, OVERCONFIDENT))[1] or all_at_once(a) or read_up(a)
    for _, m in ipairs(bold and {} or affirmed(find(toks, OVERCONFIDENT_AT_END))) do
      if ends_clause(toks, m, OVERCONFIDENT_AFTER) then bold = m break end
    end
    if bold then unrealistic = evidence(a, bold.from, bold.to) end
  end
  local misaligned = detect_misaligned(a)
  -- a business of one's own planned ahead stands, unless the answer's trouble is its size
  if misaligned and not misaligned.sure and not read.over then misaligned = own_business_ahead(a) or misaligned end
  local claim_core = read.over and { unrealistic.core or unrealistic } or {}
  local backing_skip = { claim_core[1], misaligned }
  local lack = detect_lack(a, aimed, misaligned)
  local cliche, generic = detect_cliche(a, claim_core, backing_skip, lack)
  -- "keep growing" recited with other stock phrases is a cliché, not an unclear goal
  if cliche and vague and not unrealistic.jargon then
    local all_recited = true
    for _, v in ipairs(vague) do
      local inside = false
      for _, g in ipairs(generic) do if v.from <= g.to and v.to >= g.from then inside = true end end
      if not inside then all_recited = false end
    end
    if all_recited then unrealistic = nil end
  end
  -- goals said with nothing concrete to act on ("I want to be comfortable and have a
  -- nice life"): a wish, and no time, number, skill, course, plan, role or destination, nor a post the
  -- claims weighed ("long term I want to be a lance corporal": a rank, and years to it)
  if not unrealistic and not cliche and not lack and not misaligned and not read.weighed and #a.wishes > 0
    and signals.concreteness(a, nil, false) == 0 and #a.dated == 0 then
    local anchored = #affirmed(find(a.tokens, ANCHORS)) > 0
    for _, d in ipairs(a.destinations) do anchored = true end
    if not anchored then unrealistic = evidence(a, a.wishes[1].from, a.wishes[1].to) end
  end
  -- vague goals stand against the model only when they are the whole answer's trouble
  if unrealistic and unrealistic.sure and (misaligned or lack or cliche) then unrealistic.sure = nil end
  -- jargon in place of a goal stands whatever else the answer recites
  if unrealistic and unrealistic.jargon then unrealistic.sure = true end
  -- whether the candidate is experienced, read once: both readings below may ask
  local seasoned
  local function is_experienced()
    if seasoned == nil then seasoned = experienced(a) end
    return seasoned
  end
  -- no plan at all from an experienced professional: unclear as well as unambitious (the guide); the
  -- model may still veto it when the answer reads as content rather than unplanned ("I'm happy where
  -- I am"), which the labelled sets call a lack of aspiration alone
  if lack and not unrealistic and is_experienced() then
    local np = no_plan(a)
    if np then unrealistic = evidence(a, np.from, np.to) end
  end
  -- the next step left open on purpose (OPEN_ENDED), or to chance (NO_PLAN's phrases: drifting, "I'll
  -- figure it out"), by an experienced professional, with nowhere named: unclear, and the model,
  -- reading contentment or nothing in such words, may not veto it (a goal or plan word denied, "I
  -- don't set goals", is left to the reading above: said by the content, it is a lack of aspiration)
  if not read.over and not misaligned and #a.destinations == 0 and #a.goal_statements == 0 and is_experienced() then
    local open = affirmed(find(a.tokens, OPEN_ENDED))[1]
      or without(find(a.tokens, OPEN_UNPINNED), find(a.tokens, OPEN_UNPINNED_EXCEPT))[1]
      or no_plan_phrase(a.tokens)
    if open then
      unrealistic = unrealistic or evidence(a, open.from, open.to)
      unrealistic.sure = true
    end
  end
  -- a claim of a firm kind stands (the model's words cannot tell "four exams this year" from fourteen)
  if firm then unrealistic.sure = true end
  local found = {
    ["misaligned-goals"] = misaligned,
    ["lack-of-aspiration"] = lack,
    ["cliche-answer"] = cliche,
    ["unrealistic-or-unclear-goals"] = unrealistic,
  }
  return found, read
end

--- Whether an answer only tells the past (an achievement, a lesson) and looks nowhere ahead
--- (PAST_VERBS, LOOKING_AHEAD): then it has no goal the model, reading its numbers and titles, may
--- call unrealistic. Read only when the model would raise that flag.
local function tells_only_past(a)
  local told = 0
  for _, t in ipairs(a.tokens) do
    if LOOKING_AHEAD[t.w] then return false end
    if PAST_VERBS[t.w] then told = told + 1 end
  end
  return told >= ONLY_PAST
end

--- Every flag of an answer, with what the scoring plugins need besides (`claim`:
--- whether an unrealistic flag is an over-the-top claim rather than a vague goal).
--- Cached: the last answer's flags are kept, so every plugin evaluating the same
--- answer shares one detection.
---@param answer string
---@param ctx table|nil
---@return table[] flags
local function detect_all(answer, ctx)
  local a = signals.analyze(answer, ctx)
  if cache_key == a then return cache_flags end
  local found, read = rules(a)
  -- the learned second opinion (flag_model): a flag the rules missed (wording they do
  -- not know) is raised when the model's probability reaches what it needs, and a
  -- flag the rules raised is dropped when nothing else in the answer reads like it,
  -- or when the model raises another flag in its place
  local p = model.probabilities(a.answer, a)
  local checked = #a.dated > 0 and signals.concreteness(a, nil, false) >= 2
  local function needed(id, beside)
    local n = model.thresholds[id] or 0.5
    if beside then n = math.max(n, model.threshold_beside) end
    if id == "misaligned-goals" and a.in_line then n = math.max(n, model.threshold_in_line) end
    if id == "unrealistic-or-unclear-goals" then
      if checked then n = math.max(n, model.threshold_checked) end
      if read.weighed then n = math.max(n, model.threshold_weighed) end
      if read.precise and not read.over then n = math.max(n, model.threshold_precise) end
    end
    return n
  end
  local replaced = false
  for _, id in ipairs(ORDER) do
    if not found[id] and p[id] and p[id] >= needed(id, true) then replaced = true end
  end
  for _, id in ipairs(ORDER) do
    -- what the rules are sure of stands; leaving said outright ("I'll have left law", "then go to
    -- one of the bigger banks") is not put aside for another flag
    if found[id] and not found[id].sure and p[id]
      and (p[id] < model.veto or (replaced and not found[id].firm and p[id] < model.veto_other)) then found[id] = nil end
  end
  local ruled = next(found) ~= nil
  local learned_claim = false
  for _, f in ipairs(model.flags(a.answer, p)) do
    if not found[f.id] and f.probability >= needed(f.id, ruled)
      and not (f.id == "unrealistic-or-unclear-goals" and tells_only_past(a)) then
      found[f.id] = f.evidence
      if f.id == "unrealistic-or-unclear-goals" and #a.dated > 0 then learned_claim = true end
    end
  end
  local is_claim = read.over or learned_claim
  local flags = {}
  for _, id in ipairs(ORDER) do
    if found[id] then
      flags[#flags + 1] = {
        id = id, title = TITLES[id], evidence = { from = found[id].from, to = found[id].to }, advice = ADVICE[id],
        claim = id == "unrealistic-or-unclear-goals" and is_claim or false,
      }
    end
  end
  cache_key, cache_flags = a, flags
  return flags
end

--- Detects the guide's red flags in an answer (shared by all plugins: see detect_all).
---@param answer string the candidate's answer
---@param ctx table|nil the host's ctx (ctx.scenario is read for the role and company)
---@return table[] flags `{ { id = "…", title = "…", evidence = { from = i, to = j }, advice = "…" }, … }`, ready to return from an evaluate hook
function M.detect(answer, ctx)
  local out = {}
  for i, f in ipairs(detect_all(answer, ctx)) do
    out[i] = { id = f.id, title = f.title, evidence = { from = f.evidence.from, to = f.evidence.to }, advice = f.advice }
  end
  return out
end

--- The flags raised on an answer, by id, for the scoring plugins: each flag also says
--- `claim = true` when an unrealistic flag is an over-the-top claim, not a vague goal.
---@param answer string
---@param ctx table|nil
---@return table<string, table> flagged id -> flag
function M.raised(answer, ctx)
  local out = {}
  for _, f in ipairs(detect_all(answer, ctx)) do out[f.id] = f end
  return out
end

--- The recited words of an answer (stock phrases, traits, self-descriptions, lists,
--- generic aspirations), for scenarios and tests.
---@param answer string
---@param ctx table|nil
---@return string[] quotes
function M.recited(answer, ctx)
  local a = signals.analyze(answer, ctx)
  local _, generic = recited(a)
  local out = {}
  for i, m in ipairs(generic) do out[i] = m.phrase .. ": " .. a.answer:sub(m.from, m.to) end
  return out
end

--- The plugin hook: flags only (the other plugins score the criteria).
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

--- What a candidate reads for a flag id (for scenarios' feedback).
---@param id string
---@return string|nil
function M.title(id)
  return TITLES[id]
end

--- The flag ids, in report order.
---@return string[]
function M.ids()
  local out = {}
  for i, id in ipairs(ORDER) do out[i] = id end
  return out
end

--- The flags this plugin can raise, so that `simulate test` reports the ones no case reaches.
M.flags = M.ids()

return M
