import Foundation
import Rainbow

/// The formats a recorded session can be reviewed in.
public enum ReviewFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case json
    case html
}

/// `simulate replay`: a recorded session as a readable review: each question and answer, the red flags
/// with their evidence highlighted inside the answer, the advice, the scores and the time each answer
/// took.
public struct TranscriptReview {
    public let transcript: Transcript
    /// Colour for the text format (a terminal, and no `NO_COLOR`).
    public var colour: Bool

    public init(transcript: Transcript, colour: Bool = false) {
        self.transcript = transcript
        self.colour = colour
    }

    /// The feedback recorded, or the feedback the recorded turns add up to when the session was cut
    /// off before it.
    public var feedback: FeedbackReport {
        if let recorded = transcript.feedback { return recorded }
        return FeedbackBuilder.summarize(id: transcript.header.scenario.id, title: transcript.header.scenario.title,
                                         turns: transcript.turns, reason: transcript.end?.reason ?? .interrupted)
    }

    /// The whole review, or one turn of it (1-based).
    /// - Throws: ``SimulatorError/transcript(_:)`` for a turn the transcript does not have.
    public func render(_ format: ReviewFormat, turn: Int? = nil) throws -> String {
        let turns = try selected(turn)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            var shown = transcript
            shown.turns = turns
            return String(decoding: try encoder.encode(shown), as: UTF8.self) + "\n"
        case .html: return HTMLReview(transcript: transcript, feedback: feedback).render(turns: turns)
        case .markdown: return markdown(turns, whole: turn == nil)
        case .text: return text(turns, whole: turn == nil)
        }
    }

    func selected(_ turn: Int?) throws -> [Turn] {
        guard let turn else { return transcript.turns }
        guard (1 ... max(transcript.turns.count, 1)).contains(turn), !transcript.turns.isEmpty else {
            throw SimulatorError.transcript("the transcript has \(transcript.turns.count) turn\(transcript.turns.count == 1 ? "" : "s"); --turn must be 1 to \(transcript.turns.count)")
        }
        return [transcript.turns[turn - 1]]
    }

    // MARK: - Text

    /// The heading: what was practised, when, and how it ended.
    public func heading(markdown: Bool = false) -> [String] {
        let header = transcript.header
        let formatter = ISO8601DateFormatter()
        let ending: String
        switch transcript.end?.reason {
        case nil: ending = transcript.truncated ? "cut off mid-line (shown up to the last complete turn)" : "no end recorded (the program was killed)"
        case .some(let reason): ending = reason.rawValue + (transcript.end?.message.map { ": \($0)" } ?? "")
        }
        let title = markdown ? "# Review: \(header.scenario.title)" : paint("Review: \(header.scenario.title)", { $0.bold })
        return [title, "", "Scenario \(header.scenario.id) (\(header.scenario.path)), seed \(header.seed), started \(formatter.string(from: header.started)), \(header.mode)",
                "Ended: \(ending)"]
    }

    /// One turn as text, for the whole review and for `--step`.
    public func text(of turn: Turn) -> String {
        var lines: [String] = []
        let kind = turn.parent.map { "follow-up \(turn.questionID) (to \($0))" } ?? "question \(turn.questionID)"
        let score = turn.evaluation?.score.map { "score \($0)/100" } ?? "not scored"
        lines.append(paint("Turn \(turn.index) of \(transcript.turns.count)", { $0.bold }) + " · \(kind) · answered in \(Self.duration(turn.seconds)) · \(score)")
        lines.append("Q: \(turn.question)")
        guard let answer = turn.answer else {
            lines.append("A: (skipped)")
            return lines.joined(separator: "\n") + "\n"
        }
        let spans = turn.evaluation?.flags.map { $0.from ... $0.to } ?? []
        lines.append("A: " + Self.highlight(answer, spans: spans) { colour ? $0.red.underline : "«\($0)»" })
        for flag in turn.evaluation?.flags ?? [] {
            lines.append("  " + paint("! \(flag.title)", { $0.red.bold }) + ": \"\(flag.evidence)\"")
            lines.append("    Advice: \(flag.advice)")
        }
        for strength in turn.evaluation?.strengths ?? [] { lines.append("  " + paint("+", { $0.green }) + " \(strength)") }
        if let scores = turn.evaluation?.scores, !scores.isEmpty {
            lines.append("  Criteria: " + scores.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func text(_ turns: [Turn], whole: Bool) -> String {
        var parts = [heading().joined(separator: "\n") + "\n"]
        parts += turns.map(text(of:))
        if whole { parts.append(FeedbackRenderer(format: .text, colour: colour).render(feedback)) }
        return parts.joined(separator: "\n")
    }

    // MARK: - Markdown

    private func markdown(_ turns: [Turn], whole: Bool) -> String {
        var lines = heading(markdown: true) + [""]
        for turn in turns {
            let kind = turn.parent.map { "follow-up to `\($0)`" } ?? "question `\(turn.questionID)`"
            lines.append("## Turn \(turn.index): \(turn.question)")
            lines.append("")
            lines.append("_\(kind), answered in \(Self.duration(turn.seconds)), \(turn.evaluation?.score.map { "score \($0)/100" } ?? "not scored")_")
            lines.append("")
            if let answer = turn.answer {
                let spans = turn.evaluation?.flags.map { $0.from ... $0.to } ?? []
                let highlighted = Self.highlight(answer, spans: spans, escape: FeedbackRenderer.escape) { "**\($0)**" }
                lines.append("> " + highlighted.replacingOccurrences(of: "\n", with: "\n> "))
            } else {
                lines.append("_Skipped._")
            }
            lines.append("")
            for flag in turn.evaluation?.flags ?? [] {
                lines.append("- **\(FeedbackRenderer.escape(flag.title))**: \"\(FeedbackRenderer.escape(flag.evidence))\". \(flag.advice)")
            }
            for strength in turn.evaluation?.strengths ?? [] { lines.append("- ✓ \(strength)") }
            lines.append("")
        }
        if whole {
            lines.append("## Overall: \(feedback.score)/100")
            lines.append("")
            for (criterion, value) in feedback.criteria.sorted(by: { $0.key < $1.key }) { lines.append("- \(criterion): \(value)") }
            if let summary = feedback.summary { lines += ["", summary] }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Helpers

    /// The answer with each evidence span (1-based inclusive byte offsets) marked; overlapping spans
    /// are merged.
    static func highlight(_ answer: String, spans: [ClosedRange<Int>], escape: (String) -> String = { $0 },
                          mark: (String) -> String) -> String {
        let bytes = Array(answer.utf8)
        let merged = spans.filter { $0.lowerBound >= 1 && $0.upperBound <= bytes.count }.sorted { $0.lowerBound < $1.lowerBound }
            .reduce(into: [ClosedRange<Int>]()) { result, span in
                if let last = result.last, span.lowerBound <= last.upperBound + 1 {
                    result[result.count - 1] = last.lowerBound ... max(last.upperBound, span.upperBound)
                } else {
                    result.append(span)
                }
            }
        var output = ""
        var position = 0
        func piece(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        for span in merged {
            output += escape(piece(position ..< span.lowerBound - 1))
            output += mark(escape(piece(span.lowerBound - 1 ..< span.upperBound)))
            position = span.upperBound
        }
        return output + escape(piece(position ..< bytes.count))
    }

    static func duration(_ seconds: Double) -> String {
        seconds < 60 ? String(format: "%.1fs", seconds) : "\(Int(seconds) / 60)m \(Int(seconds) % 60)s"
    }

    private func paint(_ text: String, _ style: (String) -> String) -> String {
        colour ? style(text) : text
    }
}
