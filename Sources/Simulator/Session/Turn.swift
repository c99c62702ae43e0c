import Foundation

/// One question asked and what came of it.
public struct Turn: Codable, Equatable, Sendable {
    /// 1-based position in the session.
    public var index: Int
    public var questionID: String
    public var question: String
    /// The question this one follows up, nil for a main question.
    public var parent: String?
    /// 0 for a main question, 1 for its follow-up, and so on.
    public var depth: Int
    /// The answer, nil when the candidate skipped.
    public var answer: String?
    public var askedAt: Date
    public var answeredAt: Date
    /// How long the answer took, in seconds.
    public var seconds: Double
    public var evaluation: Evaluation?

    public var skipped: Bool { answer == nil }

    enum CodingKeys: String, CodingKey {
        case index, question, parent, depth, answer, seconds, evaluation
        case questionID = "question_id"
        case askedAt = "asked_at"
        case answeredAt = "answered_at"
    }

    /// Writes `parent`, `answer` and `evaluation` as null when absent, so every turn line has every key.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(questionID, forKey: .questionID)
        try container.encode(question, forKey: .question)
        try container.encode(parent, forKey: .parent)
        try container.encode(depth, forKey: .depth)
        try container.encode(answer, forKey: .answer)
        try container.encode(askedAt, forKey: .askedAt)
        try container.encode(answeredAt, forKey: .answeredAt)
        try container.encode(seconds, forKey: .seconds)
        try container.encode(evaluation, forKey: .evaluation)
    }

    public init(index: Int, questionID: String, question: String, parent: String?, depth: Int, answer: String?,
                askedAt: Date, answeredAt: Date, evaluation: Evaluation?) {
        self.index = index
        self.questionID = questionID
        self.question = question
        self.parent = parent
        self.depth = depth
        self.answer = answer
        self.askedAt = askedAt
        self.answeredAt = answeredAt
        self.seconds = (answeredAt.timeIntervalSince(askedAt) * 10).rounded() / 10
        self.evaluation = evaluation
    }
}
