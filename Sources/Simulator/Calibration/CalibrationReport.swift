import Foundation

/// How well the plugins' red flags match a labelled set: recall and precision per flag, good answers
/// flagged, and the score gap between good and flagged answers.
///
/// This is the measurement `docs/heuristics.md` reports and `swift test` gates; `simulate calibrate`
/// prints it for a coach's own set, so that a change to a plugin is judged by numbers.
public struct CalibrationReport: Codable, Equatable, Sendable {
    /// The figures for one red flag.
    public struct Flag: Codable, Equatable, Sendable {
        public var id: String
        /// Answers labelled with this flag.
        public var labelled: Int
        /// Of those, how many raised it.
        public var caught: Int
        /// Answers that raised it, labelled or not.
        public var raised: Int
        /// Of those, how many were labelled with it.
        public var correct: Int

        public var recall: Double { Double(caught) / Double(max(labelled, 1)) }
        public var precision: Double { Double(correct) / Double(max(raised, 1)) }
    }

    /// A criterion's mean score on good answers and on flagged ones: which criteria tell them apart.
    public struct Criterion: Codable, Equatable, Sendable {
        public var id: String
        public var goodMean: Double
        public var flaggedMean: Double

        public init(id: String, goodMean: Double, flaggedMean: Double) {
            self.id = id
            self.goodMean = goodMean
            self.flaggedMean = flaggedMean
        }

        enum CodingKeys: String, CodingKey {
            case id
            case goodMean = "good_mean"
            case flaggedMean = "flagged_mean"
        }
    }

    /// One answer the plugins got wrong.
    public struct Miss: Codable, Equatable, Sendable {
        public var answer: String
        /// The labelled flags the plugins did not raise.
        public var missed: [String]
        /// The flags the plugins raised that the label does not have.
        public var unexpected: [String]
    }

    public var answers: Int
    public var flags: [Flag]
    /// Good answers (no labelled flag).
    public var good: Int
    /// Good answers that raised a flag.
    public var goodFlagged: Int
    public var goodMeanScore: Double
    public var flaggedMeanScore: Double
    /// Each criterion's means, by id.
    public var criteria: [Criterion]
    /// The flags raised on each answer, in the set's order.
    public var raised: [[String]]
    public var misses: [Miss]

    enum CodingKeys: String, CodingKey {
        case answers, flags, good, raised, misses, criteria
        case goodFlagged = "good_flagged"
        case goodMeanScore = "good_mean_score"
        case flaggedMeanScore = "flagged_mean_score"
    }

    /// The figures for one flag id (zeros when the set never mentions it).
    public subscript(id: String) -> Flag {
        flags.first { $0.id == id } ?? Flag(id: id, labelled: 0, caught: 0, raised: 0, correct: 0)
    }

    /// Evaluates every answer and compares the flags raised with the labels.
    /// - Parameters:
    ///   - items: the labelled set.
    ///   - flagIDs: the flags to report, in order; others raised are counted as misses only.
    ///   - evaluate: runs the plugins on one labelled answer (to its own question, when it names one).
    /// - Throws: what `evaluate` throws.
    public static func measure(_ items: [LabelledAnswer], flagIDs: [String],
                               evaluate: (LabelledAnswer) throws -> Evaluation) throws -> CalibrationReport {
        var flags = flagIDs.map { Flag(id: $0, labelled: 0, caught: 0, raised: 0, correct: 0) }
        var raisedPerAnswer: [[String]] = [], misses: [Miss] = []
        var good: [Int] = [], flagged: [Int] = [], goodFlagged = 0
        var goodCriteria: [String: [Int]] = [:], flaggedCriteria: [String: [Int]] = [:]
        for item in items {
            let evaluation = try evaluate(item)
            let got = Set(evaluation.flags.map(\.id))
            let expected = Set(item.flags)
            raisedPerAnswer.append(got.sorted())
            for index in flags.indices {
                let id = flags[index].id
                if expected.contains(id) { flags[index].labelled += 1 }
                if got.contains(id) { flags[index].raised += 1 }
                if expected.contains(id) && got.contains(id) {
                    flags[index].caught += 1
                    flags[index].correct += 1
                }
            }
            if got != expected {
                misses.append(Miss(answer: item.answer, missed: expected.subtracting(got).sorted(),
                                   unexpected: got.subtracting(expected).sorted()))
            }
            for (criterion, value) in evaluation.scores {
                if expected.isEmpty { goodCriteria[criterion, default: []].append(value) } else { flaggedCriteria[criterion, default: []].append(value) }
            }
            if expected.isEmpty {
                good.append(evaluation.score ?? 0)
                if !got.isEmpty { goodFlagged += 1 }
            } else {
                flagged.append(evaluation.score ?? 0)
            }
        }
        func mean(_ values: [Int]) -> Double { Double(values.reduce(0, +)) / Double(max(values.count, 1)) }
        let criteria = Set(goodCriteria.keys).union(flaggedCriteria.keys).sorted().map {
            Criterion(id: $0, goodMean: mean(goodCriteria[$0] ?? []), flaggedMean: mean(flaggedCriteria[$0] ?? []))
        }
        return CalibrationReport(answers: items.count, flags: flags, good: good.count, goodFlagged: goodFlagged,
                                 goodMeanScore: mean(good), flaggedMeanScore: mean(flagged), criteria: criteria,
                                 raised: raisedPerAnswer, misses: misses)
    }

    /// The report for people; with `misses`, every answer the plugins got wrong as well.
    public func text(title: String, misses showMisses: Bool = false) -> String {
        var lines = ["\(title) (\(answers) answer\(answers == 1 ? "" : "s")): per-flag recall and precision"]
        for flag in flags {
            lines.append("  " + flag.id.padding(toLength: 30, withPad: " ", startingAt: 0)
                + String(format: "recall %.2f  precision %.2f  (%d labelled)", flag.recall, flag.precision, flag.labelled))
        }
        lines.append(String(format: "  good answers score %.1f on average, flagged ones %.1f; %d of %d good answers flagged",
                            goodMeanScore, flaggedMeanScore, goodFlagged, good))
        if !criteria.isEmpty {
            lines.append("  criteria (good / flagged): " + criteria.map { String(format: "%@ %.0f/%.0f", $0.id, $0.goodMean, $0.flaggedMean) }
                .joined(separator: ", "))
        }
        if showMisses {
            for miss in misses {
                let parts = miss.missed.map { "missed \($0)" } + miss.unexpected.map { "raised \($0)" }
                let oneLine = miss.answer.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
                lines.append("  \(parts.joined(separator: ", ")): \(oneLine)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
