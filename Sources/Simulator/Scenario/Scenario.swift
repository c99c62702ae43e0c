import LuaBridge

/// A scenario as the host understands it, checked and typed; its hooks stay in Lua.
///
/// The Lua table a scenario file returns is validated once, at load, into this model (see
/// `docs/scenario-api.md`), so that the session engine never meets a shape it did not expect.
public struct Scenario {
    public var id: String
    public var title: String
    public var role: String
    public var description: String?
    public var company: Company
    /// Plugins whose `evaluate` runs on every answer, by module name.
    public var plugins: [String]
    public var maxFollowupDepth: Int
    public var items: [Item]
    public var feedback: LuaReference?
    /// The path the scenario was loaded from, as given.
    public var path: String
    /// Test cases written in the scenario itself (`tests = { … }`), as Lua returned them.
    public var tests: LuaValue? = nil

    public struct Company: Equatable, Sendable {
        public var name: String
        public var knownFor: String?
        public var values: [String]
        public var growthPaths: [String]

        public init(name: String, knownFor: String?, values: [String], growthPaths: [String]) {
            self.name = name
            self.knownFor = knownFor
            self.values = values
            self.growthPaths = growthPaths
        }
    }

    /// One entry of the question list: a question, or a pool to draw from.
    public enum Item {
        case question(Question)
        case pool(Pool)
    }

    public struct Pool {
        public var name: String
        public var pick: Int
        public var questions: [Question]
    }

    public struct Question {
        public var id: String
        public var text: String
        public var example: String?
        /// Why the example works, shown beside it in feedback.
        public var why: String?
        /// Advice for red flags raised on this question, by flag id, in place of the plugins' own.
        public var advice: [String: String]
        public var evaluate: LuaReference?
        public var followups: [Followup]
        public var next: Jump?
    }

    public struct Followup {
        public var question: Question
        public var condition: Condition
    }

    /// When a follow-up is asked.
    public enum Condition {
        case function(LuaReference)
        case rules(Rules)
    }

    /// The declarative conditions: all that are given must hold.
    public struct Rules: Equatable {
        /// Any of these phrases appears in the answer.
        public var contains: [String] = []
        /// None of these phrases appears in the answer.
        public var missing: [String] = []
        /// Any of these red flags was raised on the answer.
        public var flags: [String] = []
        /// The answer's score is below this.
        public var scoreBelow: Double?
    }

    public enum Jump {
        case question(String)
        case function(LuaReference)
    }

    /// Every top-level question, pools included, by id.
    public var topLevelQuestions: [Question] {
        items.flatMap { item -> [Question] in
            switch item {
            case .question(let question): [question]
            case .pool(let pool): pool.questions
            }
        }
    }

    /// Every question, follow-ups included, depth first in the scenario's order.
    public var allQuestions: [Question] {
        func walk(_ questions: [Question]) -> [Question] {
            questions.flatMap { [$0] + walk($0.followups.map(\.question)) }
        }
        return walk(topLevelQuestions)
    }

    /// Finds a question anywhere in the scenario, or says which ids it has.
    /// - Throws: ``SimulatorError/scenario(_:)`` naming the scenario and the closest id.
    public func requiredQuestion(withID id: String) throws -> Question {
        if let question = question(withID: id) { return question }
        let hint = ScenarioLoader.suggestion(for: id, among: allQuestions.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
        throw SimulatorError.scenario("\(path): no question '\(id)'\(hint)")
    }

    /// Finds a question anywhere in the scenario (follow-ups included).
    public func question(withID id: String) -> Question? {
        func search(_ questions: [Question]) -> Question? {
            for question in questions {
                if question.id == id { return question }
                if let found = search(question.followups.map(\.question)) { return found }
            }
            return nil
        }
        return search(topLevelQuestions)
    }
}
