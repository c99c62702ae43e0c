import Foundation

/// `simulate new`: a commented scenario and its test file that pass `check` and `test` as written.
public enum ScenarioTemplate {
    public static func isValidName(_ name: String) -> Bool {
        ScenarioLoader.isIdentifier(name) && name.first?.isLetter == true
    }

    /// `Scenarios/` when the current folder has one, else the current folder.
    public static var defaultFolder: String {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: "Scenarios", isDirectory: &isFolder) && isFolder.boolValue ? "Scenarios" : "."
    }

    /// Writes `NAME.lua` and `NAME.test.lua` into `folder`, never over existing files.
    /// - Returns: the two paths.
    /// - Throws: ``SimulatorError/scenario(_:)`` when a file exists or cannot be written.
    public static func write(name: String, folder: String) throws -> [String] {
        let base = folder == "." ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
        let files = [(base + ".lua", scenario(name: name)), (base + ".test.lua", tests(name: name))]
        for (path, _) in files where FileManager.default.fileExists(atPath: path) {
            throw SimulatorError.scenario("\(path): already exists; choose another name or remove it")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (path, text) in files { try text.write(toFile: path, atomically: true, encoding: .utf8) }
        } catch {
            throw SimulatorError.scenario("\(folder): cannot write the new scenario (\(error.localizedDescription))")
        }
        return files.map(\.0)
    }

    static func title(_ name: String) -> String {
        name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    public static func scenario(name: String) -> String {
        """
        -- \(name).lua: a practice interview about career goals.
        --
        --   simulate \(name).lua          practise it
        --   simulate check \(name).lua    find mistakes without running it
        --   simulate test \(name).lua     run the cases in \(name).test.lua
        --   simulate try \(name).lua --question goals --answer "…"   tune a heuristic on one answer
        --
        -- The scenario API is described in docs/scenario-api.md; docs/writing-scenarios.md is a tutorial.

        return {
          id = "\(name)",                          -- stable: transcripts refer to it
          title = "\(title(name))",
          role = "customer service representative", -- the role the candidate applies for
          company = {
            name = "Example Company",
            known_for = "excellent customer care",   -- what it is known for
            values = { "customer first", "keep learning" },
            growth_paths = { "team leader", "trainer" }, -- where people grow to
          },

          -- Heuristics run on every answer: the guide's four red flags, the goal types, how goals are
          -- set, how the answer is built, and how it is delivered.
          plugins = { "red_flags", "goal_types", "goal_setting", "answer_structure", "delivery" },

          questions = {
            {
              id = "goals",
              text = "What are your short- and long-term career goals?",
              example = "In the short term I want to learn your products and handle customer calls well, "
                .. "and within my first year reach the team's satisfaction target. In the long term I'd like "
                .. "to grow into a team leader here, by taking your leadership training and coaching new colleagues.",
              why = "It tells a short-term goal from a long-term one, makes them measurable, "
                .. "and ties both to this company and what the candidate brings to it.",
              -- Follow-ups: the first whose `when` holds is asked.
              followups = {
                { id = "goals-fit", text = "How does this role fit into that?",
                  when = { flag = "misaligned-goals" },
                  example = "It is the first step: I learn what customers need here, and grow into a team leader in this company.",
                  why = "It brings the goal back to this role and this company." },
                { id = "goals-concrete", text = "What would you like to have achieved a year from now?",
                  when = { flags = { "lack-of-aspiration", "cliche-answer" } },
                  example = "A year from now I want to solve most calls on first contact and be trusted with escalations.",
                  why = "It names a concrete goal with a time frame." },
              },
            },
            {
              id = "learn",
              text = "What would you like to learn more about in your field?",
              example = "Complaint handling: I'd like to take your de-escalation training within six months, "
                .. "so that I can handle difficult calls on my own and help the team keep its scores high.",
              why = "It names a skill, how and when it will be learned, and what the company gains.",
              -- A question's own heuristic, added to the plugins' evaluation.
              evaluate = function(answer, ctx)
                local course = text.find_any(answer, { "course", "training", "certificate", "certification" })
                return {
                  scores = { education = course and 90 or 50 },
                  strengths = course and { "You said how you will learn it." } or {},
                }
              end,
            },
          },
        }

        """
    }

    public static func tests(name: String) -> String {
        """
        -- \(name).test.lua: scripted playtests of \(name).lua, run by `simulate test \(name).lua`.
        -- Each case plays its answers in order and checks what happened: the questions the answers went to
        -- (`asked`, `asked_includes`, `not_asked`), the red flags raised (`flags`, `not_flags`, `no_flags`)
        -- and the overall score (`score = { min = …, max = … }`).

        return {
          {
            name = "a strong candidate is not probed and raises no red flag",
            answers = {
              "In the short term I want to learn your products and handle customer calls well, and within my first year reach the team's satisfaction target. In the long term I'd like to grow into a team leader here, by taking your leadership training and coaching new colleagues.",
              "Complaint handling: I'd like to take your de-escalation training within six months, so that I can handle difficult calls on my own and help the team keep its scores high.",
            },
            expect = { asked = { "goals", "learn" }, no_flags = true, score = { min = 60, max = 100 } },
          },
          {
            name = "a candidate heading elsewhere is asked how the role fits",
            answers = {
              "This job is just a stepping stone until I can start my career in graphic design.",
              "It would teach me to talk to customers, which any career needs.",
            },
            expect = { asked_includes = { "goals-fit" }, flags = { "misaligned-goals" } },
          },
          {
            name = "a candidate without goals is asked for one",
            answers = { "I don't really have goals. I just want a job.", "To be good at my job, I suppose." },
            expect = { asked_includes = { "goals-concrete" }, flags = { "lack-of-aspiration" } },
          },
        }

        """
    }
}
