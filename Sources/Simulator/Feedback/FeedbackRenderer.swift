import Foundation
import Rainbow

/// The formats feedback can be written in.
public enum FeedbackFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case json
}

/// Writes a ``FeedbackReport`` for people (text, Markdown) or programs (JSON).
public struct FeedbackRenderer {
    public var format: FeedbackFormat
    /// Colour for the text format; the caller decides (a terminal, and no `NO_COLOR`).
    public var colour: Bool
    /// The terminal's width, to wrap the text format at word boundaries; nil leaves lines whole.
    public var width: Int?

    public init(format: FeedbackFormat, colour: Bool = false, width: Int? = nil) {
        self.format = format
        self.colour = colour
        self.width = width
    }

    public func render(_ report: FeedbackReport) -> String {
        switch format {
        case .json: Self.json(report)
        case .markdown: markdown(report)
        case .text: text(report)
        }
    }

    /// Stable JSON: sorted keys, so the same session always gives the same bytes.
    public static func json(_ report: FeedbackReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func paint(_ text: String, _ style: (String) -> String) -> String {
        colour ? style(text) : text
    }

    private func text(_ report: FeedbackReport) -> String {
        var lines: [String] = []
        lines.append(paint("Feedback: \(report.title)", { $0.bold }))
        lines.append("Overall score: " + paint("\(report.score)/100", { Self.scoreStyle(report.score)($0).bold }))
        if report.turns.isEmpty { lines.append("No question was answered.") }
        if !report.criteria.isEmpty {
            lines.append("")
            lines.append(paint("Criteria", { $0.bold }))
            let width = report.criteria.keys.map(\.count).max() ?? 0
            for (name, value) in report.criteria.sorted(by: { $0.key < $1.key }) {
                let bar = String(repeating: "#", count: value / 10) + String(repeating: ".", count: 10 - value / 10)
                lines.append("  \(name.padding(toLength: width, withPad: " ", startingAt: 0))  \(String(format: "%3d", value))  \(paint(bar, Self.scoreStyle(value)))")
            }
        }
        lines.append("")
        lines.append(paint("Red flags", { $0.bold }))
        if report.flags.isEmpty { lines.append("  None. Nothing in your answers would worry an interviewer.") }
        for flag in report.flags {
            lines.append("  " + paint("! \(flag.title)", { $0.red.bold }) + " (question \(flag.questionID))")
            lines.append("    You said: \"\(paint(flag.evidence, { $0.yellow }))\"")
            lines.append("    Advice: \(flag.advice)")
        }
        if !report.strengths.isEmpty {
            lines.append("")
            lines.append(paint("What worked", { $0.bold }))
            for strength in report.strengths { lines.append("  " + paint("+", { $0.green }) + " \(strength)") }
        }
        for example in report.examplesToShow {
            lines.append("")
            lines.append(paint("A strong answer to \"\(example.question)\"", { $0.bold }))
            lines.append("  \"\(example.answer)\"")
            if let why = example.why { lines.append("  Why it works: \(why)") }
        }
        if let summary = report.summary {
            lines.append("")
            lines.append(paint("Summary", { $0.bold }))
            lines.append("  \(summary)")
        }
        if !report.advice.isEmpty {
            lines.append("")
            lines.append(paint("Next steps", { $0.bold }))
            for advice in report.advice { lines.append("  - \(advice)") }
        }
        return lines.map(wrap).joined(separator: "\n") + "\n"
    }

    /// Wraps a line at word boundaries to ``width``, continuing under the text after its indentation
    /// (and after a leading "- ", "+ " or "Advice: ").
    private func wrap(_ line: String) -> String {
        guard let width, width >= 40, line.count > width else { return line }
        let indentation = line.prefix { $0 == " " }.count
        var hanging = indentation
        for marker in ["- ", "+ ", "Advice: ", "You said: \"", "Why it works: "] where line.dropFirst(indentation).hasPrefix(marker) {
            hanging = indentation + marker.count
        }
        var wrapped: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            let visible = Self.visibleLength(current) + (current.isEmpty ? 0 : 1) + Self.visibleLength(String(word))
            if !current.isEmpty, visible > width - (wrapped.isEmpty ? indentation : hanging) {
                wrapped.append(current)
                current = String(word)
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        wrapped.append(current)
        return wrapped.enumerated().map { index, part in
            String(repeating: " ", count: index == 0 ? indentation : hanging) + part
        }.joined(separator: "\n")
    }

    /// Length without colour codes.
    static func visibleLength(_ text: String) -> Int {
        var length = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{1B}" { inEscape = true } else if inEscape { if scalar == "m" { inEscape = false } } else { length += 1 }
        }
        return length
    }

    private func markdown(_ report: FeedbackReport) -> String {
        var lines: [String] = ["# Feedback: \(report.title)", "", "**Overall score: \(report.score)/100**", ""]
        if !report.criteria.isEmpty {
            lines += ["## Criteria", "", "| Criterion | Score |", "| --- | ---: |"]
            for (name, value) in report.criteria.sorted(by: { $0.key < $1.key }) { lines.append("| \(name) | \(value) |") }
            lines.append("")
        }
        lines += ["## Red flags", ""]
        if report.flags.isEmpty { lines.append("None.") }
        for flag in report.flags {
            lines.append("- **\(Self.escape(flag.title))** (question `\(flag.questionID)`): you said \"\(Self.escape(flag.evidence))\". \(flag.advice)")
        }
        lines.append("")
        if !report.strengths.isEmpty {
            lines += ["## What worked", ""] + report.strengths.map { "- \($0)" } + [""]
        }
        lines += ["## Answers", ""]
        for turn in report.turns {
            lines.append("### \(turn.question)")
            lines.append("")
            lines.append(turn.answer.map { "> " + Self.escape($0).replacingOccurrences(of: "\n", with: "\n> ") } ?? "_Skipped._")
            lines.append("")
            if let score = turn.score { lines.append("Score: \(score)/100"); lines.append("") }
        }
        for example in report.examplesToShow {
            lines += ["## A strong answer to \"\(example.question)\"", "", "> \(Self.escape(example.answer))", ""]
            if let why = example.why { lines += ["**Why it works:** \(why)", ""] }
        }
        if let summary = report.summary { lines += ["## Summary", "", summary, ""] }
        if !report.advice.isEmpty { lines += ["## Next steps", ""] + report.advice.map { "- \($0)" } + [""] }
        return lines.joined(separator: "\n")
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "*", with: "\\*").replacingOccurrences(of: "_", with: "\\_")
    }

    static func scoreStyle(_ score: Int) -> (String) -> String {
        switch score {
        case 75...: { $0.green }
        case 50 ..< 75: { $0.yellow }
        default: { $0.red }
        }
    }
}
