--- career_ladders: the usual steps of a line of work, from entry level up, so that a
--- goal further along the ladder of the role applied for reads as a move inside the
--- line ("a paralegal who wants to qualify as a solicitor", "a teaching assistant who
--- wants to be a teacher", "a healthcare assistant who wants to train as a nurse"), not
--- as another career. The guide's misaligned goals point away from the position; a
--- step up its own ladder is what an interviewer hopes to hear.
---
--- A role is on a ladder when it names one of the ladder's titles ("senior care
--- assistant" is on the care ladder); a destination is inside when it names a title of
--- a ladder the role is on. Titles use career_signals' pattern syntax (`a|b` either
--- word in one slot, `?w` optional). Words shared by many lines ("engineer", "associate",
--- "team leader") are left out: they would put every engineer on the software ladder.
--- A coach adds a line of work as one more list, and its name to ORDER.

local M = {}

--- The ladders, in the order their titles are listed for a role on several.
M.ORDER = { "legal", "teaching", "care", "hair", "kitchen", "accounting", "police", "software", "pharmacy", "dental", "veterinary" }

M.LADDERS = {
  legal = { "paralegal", "legal assistant|secretary|executive|cashier", "trainee solicitor", "solicitor", "conveyancer" },
  teaching = { "teaching assistant", "learning support assistant", "cover supervisor", "trainee teacher", "teacher", "ect", "nqt",
    "senco", "head of year|department", "deputy head", "headteacher" },
  care = { "healthcare|care assistant", "health care assistant", "hca", "care worker", "support worker", "senior carer", "carer",
    "nursing associate", "student nurse", "nurse", "staff nurse", "charge nurse", "ward sister", "ward manager", "matron",
    "nurse practitioner", "nursing degree|apprenticeship" },
  hair = { "apprentice hairdresser|barber", "junior stylist", "hairdresser", "barber", "stylist", "senior stylist", "colourist", "salon manager" },
  kitchen = { "kitchen porter", "commis ?chef", "chef de partie", "junior sous chef", "sous chef", "head chef", "executive chef", "chef" },
  accounting = { "accounts assistant|clerk", "trainee accountant", "audit trainee", "accountant", "chartered accountant",
    "senior accountant", "finance manager", "financial controller", "finance director" },
  police = { "police constable|officer|sergeant|inspector", "special constable", "pcso", "constable", "detective", "sergeant" },
  software = { "junior|graduate|trainee developer", "software|web|frontend|backend|full stack developer|engineer", "senior developer",
    "tech lead", "lead developer", "engineering manager", "software architect", "principal engineer" },
  pharmacy = { "pharmacy assistant|technician", "dispenser", "accredited checking technician", "pharmacist", "prescribing pharmacist",
    "independent prescriber", "prescriber" },
  dental = { "dental nurse|hygienist|therapist|receptionist", "hygienist", "practice manager" },
  veterinary = { "veterinary|vet receptionist|nurse|assistant", "practice manager" },
}

-- every ladder is listed in ORDER once, and every name in ORDER has a ladder
do
  local listed = {}
  for _, name in ipairs(M.ORDER) do
    assert(M.LADDERS[name] and not listed[name], "career_ladders: '" .. name .. "' in ORDER needs one ladder")
    listed[name] = true
  end
  for name in pairs(M.LADDERS) do assert(listed[name], "career_ladders: add '" .. name .. "' to ORDER") end
end

--- The titles of every ladder a role is on, as one list of patterns.
---@param tokens table[] the role's tokens (career_signals.tokens)
---@param find function career_signals.find
---@return string[] titles
function M.titles_for(tokens, find)
  local out = {}
  for _, name in ipairs(M.ORDER) do
    local titles = M.LADDERS[name]
    if #find(tokens, titles) > 0 then
      for _, t in ipairs(titles) do out[#out + 1] = t end
    end
  end
  return out
end

return M
