/// A red flag raised on an answer, with the exact words that raised it.
public struct RedFlag: Codable, Equatable, Sendable {
    /// A stable id (`cliche-answer`): what scenarios, tests and calibration refer to.
    public var id: String
    /// What a candidate reads (`Cliché answer`): the plugin's own title, else the id in words.
    public var title: String
    /// The quoted words of the answer.
    public var evidence: String
    /// Where the evidence stands in the answer: 1-based inclusive byte offsets.
    public var from: Int
    public var to: Int
    /// What to do about it, from the guide.
    public var advice: String
    /// The script that raised it (`Plugins/red_flags.lua`).
    public var source: String

    /// - Parameter title: what the candidate reads; nil reads the id in words (``title(for:)``).
    public init(id: String, title: String? = nil, evidence: String, from: Int, to: Int, advice: String, source: String) {
        self.id = id
        self.title = title ?? Self.title(for: id)
        self.evidence = evidence
        self.from = from
        self.to = to
        self.advice = advice
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case id, title, evidence, from, to, advice, source
    }

    /// Reads transcripts written before flags had titles too: their title is the id in words.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(id: container.decode(String.self, forKey: .id),
                      title: container.decodeIfPresent(String.self, forKey: .title),
                      evidence: container.decode(String.self, forKey: .evidence),
                      from: container.decode(Int.self, forKey: .from), to: container.decode(Int.self, forKey: .to),
                      advice: container.decode(String.self, forKey: .advice),
                      source: container.decode(String.self, forKey: .source))
    }

    /// An id in words, for a flag whose plugin gives no title: `lack-of-aspiration` → `Lack of aspiration`.
    public static func title(for id: String) -> String {
        let words = id.split(whereSeparator: { $0 == "-" || $0 == "_" }).joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

/// What the scenario and its plugins made of one answer, merged.
public struct Evaluation: Codable, Equatable, Sendable {
    /// Criterion name to 0–100.
    public var scores: [String: Int]
    public var flags: [RedFlag]
    public var strengths: [String]

    public init(scores: [String: Int] = [:], flags: [RedFlag] = [], strengths: [String] = []) {
        self.scores = scores
        self.flags = flags
        self.strengths = strengths
    }

    enum CodingKeys: String, CodingKey {
        case scores, flags, strengths, score
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        scores = try container.decode([String: Int].self, forKey: .scores)
        flags = try container.decode([RedFlag].self, forKey: .flags)
        strengths = try container.decode([String].self, forKey: .strengths)
    }

    /// Writes the score too, so a transcript can be read without recomputing it.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scores, forKey: .scores)
        try container.encode(flags, forKey: .flags)
        try container.encode(strengths, forKey: .strengths)
        try container.encodeIfPresent(score, forKey: .score)
    }

    /// The answer's score: the mean of its criteria, nil when nothing scored it.
    public var score: Int? {
        guard !scores.isEmpty else { return nil }
        return Int((Double(scores.values.reduce(0, +)) / Double(scores.count)).rounded())
    }

    /// Merges the evaluations of several sources: criteria given by more than one are averaged, a flag
    /// id is kept once (its first evidence), strengths are kept once each, in order.
    public static func merge(_ parts: [Evaluation]) -> Evaluation {
        var sums: [String: (total: Int, count: Int)] = [:]
        var merged = Evaluation()
        for part in parts {
            for (criterion, value) in part.scores {
                let sum = sums[criterion] ?? (0, 0)
                sums[criterion] = (sum.total + value, sum.count + 1)
            }
            for flag in part.flags where !merged.flags.contains(where: { $0.id == flag.id }) {
                merged.flags.append(flag)
            }
            for strength in part.strengths where !merged.strengths.contains(strength) {
                merged.strengths.append(strength)
            }
        }
        merged.scores = sums.mapValues { Int((Double($0.total) / Double($0.count)).rounded()) }
        return merged
    }
}
