import LuaBridge

/// The feedback on a session: the stable contract behind `--format json` (see
/// `docs/transcript-format.md`), and what the text and Markdown renderers show.
public struct FeedbackReport: Codable, Equatable, Sendable {
    /// The scenario's id.
    public var scenario: String
    public var title: String
    /// 0–100: the mean of the scored answers.
    public var score: Int
    /// Criterion to 0–100, averaged over the answers that scored it.
    public var criteria: [String: Int]
    public var flags: [Flag]
    public var turns: [TurnFeedback]
    public var strengths: [String]
    /// Example strong answers to the questions asked.
    public var examples: [Example]
    /// From the scenario's feedback hook.
    public var summary: String?
    public var advice: [String]
    /// How the session ended (`completed`, `quit`, `input-ended`, …).
    public var reason: String

    public struct Flag: Codable, Equatable, Sendable {
        public var id: String
        /// What the candidate reads (``RedFlag/title``).
        public var title: String
        public var questionID: String
        public var evidence: String
        public var advice: String

        /// - Parameter title: nil reads the id in words (``RedFlag/title(for:)``).
        public init(id: String, title: String? = nil, questionID: String, evidence: String, advice: String) {
            self.id = id
            self.title = title ?? RedFlag.title(for: id)
            self.questionID = questionID
            self.evidence = evidence
            self.advice = advice
        }

        enum CodingKeys: String, CodingKey {
            case id, title, evidence, advice
            case questionID = "question_id"
        }

        /// Reads feedback written before flags had titles too: their title is the id in words.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            try self.init(id: container.decode(String.self, forKey: .id),
                          title: container.decodeIfPresent(String.self, forKey: .title),
                          questionID: container.decode(String.self, forKey: .questionID),
                          evidence: container.decode(String.self, forKey: .evidence),
                          advice: container.decode(String.self, forKey: .advice))
        }
    }

    public struct TurnFeedback: Codable, Equatable, Sendable {
        public var questionID: String
        public var question: String
        /// Nil when the question was skipped.
        public var answer: String?
        public var score: Int?
        public var flags: [Flag]
        public var strengths: [String]

        enum CodingKeys: String, CodingKey {
            case question, answer, score, flags, strengths
            case questionID = "question_id"
        }

        /// Writes `answer` and `score` as null when absent: the contract always has every key.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(questionID, forKey: .questionID)
            try container.encode(question, forKey: .question)
            try container.encode(answer, forKey: .answer)
            try container.encode(score, forKey: .score)
            try container.encode(flags, forKey: .flags)
            try container.encode(strengths, forKey: .strengths)
        }
    }

    public struct Example: Codable, Equatable, Sendable {
        public var questionID: String
        public var question: String
        public var answer: String
        /// Why the answer works, when the scenario says.
        public var why: String?

        enum CodingKeys: String, CodingKey {
            case question, answer, why
            case questionID = "question_id"
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(questionID, forKey: .questionID)
            try container.encode(question, forKey: .question)
            try container.encode(answer, forKey: .answer)
            try container.encode(why, forKey: .why)
        }
    }

    enum CodingKeys: String, CodingKey {
        case scenario, title, score, criteria, flags, turns, strengths, examples, summary, advice, reason
    }

    /// Writes `summary` as null when absent: the contract always has every key.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scenario, forKey: .scenario)
        try container.encode(title, forKey: .title)
        try container.encode(score, forKey: .score)
        try container.encode(criteria, forKey: .criteria)
        try container.encode(flags, forKey: .flags)
        try container.encode(turns, forKey: .turns)
        try container.encode(strengths, forKey: .strengths)
        try container.encode(examples, forKey: .examples)
        try container.encode(summary, forKey: .summary)
        try container.encode(advice, forKey: .advice)
        try container.encode(reason, forKey: .reason)
    }

    /// The turns whose example answers are worth showing: the flagged and weak ones, else the weakest.
    public var examplesToShow: [Example] {
        let weak = turns.filter { !$0.flags.isEmpty || ($0.score ?? 100) < 70 || $0.answer == nil }.map(\.questionID)
        let chosen = weak.isEmpty
            ? turns.filter { $0.score != nil }.min { ($0.score ?? 0) < ($1.score ?? 0) }.map { [$0.questionID] } ?? []
            : weak
        return chosen.compactMap { id in examples.first { $0.questionID == id } }.prefix(3).map { $0 }
    }
}

/// Builds the feedback on a session from its turns and the scenario's feedback hook.
public enum FeedbackBuilder {
    /// - Throws: ``SimulatorError`` when the scenario's feedback hook fails.
    public static func build(host: ScenarioHost, turns: [Turn], reason: EndReason) throws -> FeedbackReport {
        var report = summarize(scenario: host.scenario, turns: turns, reason: reason)
        if let hook = try host.overallFeedback(luaValue(report)) {
            report.summary = hook.summary
            report.advice = hook.advice
        }
        return report
    }

    /// The feedback without the scenario's hook: scores, flags, strengths and examples.
    public static func summarize(scenario: Scenario, turns: [Turn], reason: EndReason) -> FeedbackReport {
        summarize(id: scenario.id, title: scenario.title, turns: turns, reason: reason) { scenario.question(withID: $0) }
    }

    /// The same from turns alone (a transcript read back), with the examples `question` finds.
    public static func summarize(id: String, title: String, turns: [Turn], reason: EndReason,
                                 question: (String) -> Scenario.Question? = { _ in nil }) -> FeedbackReport {
        var turnFeedback: [FeedbackReport.TurnFeedback] = []
        var flags: [FeedbackReport.Flag] = []
        var strengths: [String] = []
        var examples: [FeedbackReport.Example] = []
        let criteria = Evaluation.merge(turns.compactMap(\.evaluation)).scores
        for turn in turns {
            let turnFlags = (turn.evaluation?.flags ?? []).map {
                FeedbackReport.Flag(id: $0.id, title: $0.title, questionID: turn.questionID, evidence: $0.evidence, advice: $0.advice)
            }
            flags += turnFlags
            for strength in turn.evaluation?.strengths ?? [] where !strengths.contains(strength) {
                strengths.append(strength)
            }
            turnFeedback.append(FeedbackReport.TurnFeedback(
                questionID: turn.questionID, question: turn.question, answer: turn.answer,
                score: turn.evaluation?.score, flags: turnFlags, strengths: turn.evaluation?.strengths ?? []))
            if let question = question(turn.questionID), let example = question.example,
                !examples.contains(where: { $0.questionID == turn.questionID })
            {
                examples.append(FeedbackReport.Example(questionID: turn.questionID, question: turn.question, answer: example,
                                                       why: question.why))
            }
        }
        let scores = turnFeedback.compactMap(\.score)
        let score = scores.isEmpty ? 0 : Int((Double(scores.reduce(0, +)) / Double(scores.count)).rounded())
        return FeedbackReport(scenario: id, title: title, score: score, criteria: criteria,
                              flags: flags, turns: turnFeedback, strengths: strengths, examples: examples,
                              summary: nil, advice: [], reason: reason.rawValue)
    }

    /// The session as the scenario's `feedback(session)` hook sees it.
    static func luaValue(_ report: FeedbackReport) -> LuaValue {
        func flag(_ flag: FeedbackReport.Flag) -> LuaValue {
            .record(["id": .string(flag.id), "title": .string(flag.title), "question_id": .string(flag.questionID),
                     "evidence": .string(flag.evidence), "advice": .string(flag.advice)])
        }
        return .record([
            "scenario": .string(report.scenario),
            "score": .number(report.score),
            "criteria": .record(report.criteria.mapValues { .number($0) }),
            "flags": .list(report.flags.map(flag)),
            "strengths": .list(report.strengths.map(LuaValue.string)),
            "reason": .string(report.reason),
            "turns": .list(report.turns.map { turn in
                var fields: [String: LuaValue] = [
                    "question_id": .string(turn.questionID), "question": .string(turn.question),
                    "flags": .list(turn.flags.map(flag)), "strengths": .list(turn.strengths.map(LuaValue.string)),
                ]
                if let answer = turn.answer { fields["answer"] = .string(answer) }
                if let score = turn.score { fields["score"] = .number(score) }
                return .record(fields)
            }),
        ])
    }
}
