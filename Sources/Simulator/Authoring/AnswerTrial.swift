/// `simulate try`: one answer to one question, evaluated as in a session: the tight loop for tuning a
/// heuristic.
public struct AnswerTrial: Codable, Equatable, Sendable {
    public var questionID: String
    public var question: String
    public var answer: String
    public var score: Int?
    public var evaluation: Evaluation
    /// The follow-up a session would ask next, if any.
    public var followup: String?
    /// Where the question's `next` would jump, if anywhere.
    public var jump: String?

    enum CodingKeys: String, CodingKey {
        case question, answer, score, evaluation, followup, jump
        case questionID = "question_id"
    }

    /// Evaluates `answer` to the question `questionID` (a follow-up included).
    /// - Throws: ``SimulatorError/scenario(_:)`` for an unknown question; script errors as in a session.
    public static func run(host: ScenarioHost, questionID: String, answer: String) throws -> AnswerTrial {
        let scenario = host.scenario
        var parents: [String: String] = [:]
        func walk(_ question: Scenario.Question) {
            for followup in question.followups {
                parents[followup.question.id] = question.id
                walk(followup.question)
            }
        }
        scenario.topLevelQuestions.forEach(walk)
        let question = try scenario.requiredQuestion(withID: questionID)
        let parent = parents[questionID]
        let evaluation = try host.evaluate(answer, for: question, parent: parent, turns: [])
        var followup: String?
        for candidate in question.followups
        where try host.shouldAsk(candidate, answer: answer, evaluation: evaluation, question: question, parent: parent, turns: []) {
            followup = candidate.question.id
            break
        }
        let jump = parent == nil ? try host.jump(after: question, answer: answer, evaluation: evaluation, turns: []) : nil
        return AnswerTrial(questionID: questionID, question: question.text, answer: answer, score: evaluation.score,
                           evaluation: evaluation, followup: followup, jump: jump)
    }

    /// The trial for people.
    public var text: String {
        var lines = ["Question \(questionID): \(question)", "Score: \(score.map { "\($0)/100" } ?? "none")"]
        for (criterion, value) in evaluation.scores.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(criterion.padding(toLength: 20, withPad: " ", startingAt: 0)) \(value)")
        }
        lines.append(evaluation.flags.isEmpty ? "Red flags: none" : "Red flags:")
        for flag in evaluation.flags {
            lines.append("  ! \(flag.id) at \(flag.from)-\(flag.to): \"\(flag.evidence)\" (\(flag.source))")
            lines.append("    Advice: \(flag.advice)")
        }
        for strength in evaluation.strengths { lines.append("  + \(strength)") }
        lines.append("Next: " + (followup.map { "follow-up '\($0)'" } ?? jump.map { "jump to '\($0)'" } ?? "the next question in order"))
        return lines.joined(separator: "\n") + "\n"
    }
}
