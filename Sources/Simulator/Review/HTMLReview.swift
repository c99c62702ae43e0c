import Foundation

/// A recorded session as one self-contained HTML page: inline CSS and SVG, no scripts, nothing fetched
/// from the network, so it can be mailed to a candidate or opened years later.
struct HTMLReview {
    let transcript: Transcript
    let feedback: FeedbackReport

    func render(turns: [Turn]) -> String {
        let header = transcript.header
        var body: [String] = []
        body.append("<header><h1>\(escape(header.scenario.title))</h1>")
        body.append("<p class=\"meta\">Scenario <code>\(escape(header.scenario.id))</code> · seed \(header.seed) · started \(escape(ISO8601DateFormatter().string(from: header.started))) · \(escape(ending))</p>")
        body.append("<p class=\"score\">Overall score <strong>\(feedback.score)</strong>/100</p></header>")
        if !feedback.criteria.isEmpty {
            body.append("<section><h2>Criteria</h2>\(chart(feedback.criteria))</section>")
        }
        body.append("<section><h2>Answers</h2>")
        for turn in turns { body.append(article(turn)) }
        body.append("</section>")
        if !feedback.flags.isEmpty {
            body.append("<section><h2>Red flags</h2><ul class=\"flags\">")
            for flag in feedback.flags {
                body.append("<li><strong>\(escape(flag.title))</strong> (question <code>\(escape(flag.questionID))</code>): “\(escape(flag.evidence))”<br><span class=\"advice\">\(escape(flag.advice))</span></li>")
            }
            body.append("</ul></section>")
        }
        if !feedback.strengths.isEmpty {
            body.append("<section><h2>What worked</h2><ul class=\"strengths\">" + feedback.strengths.map { "<li>\(escape($0))</li>" }.joined() + "</ul></section>")
        }
        if !feedback.examples.isEmpty {
            body.append("<section><h2>Strong answers</h2>")
            for example in feedback.examples {
                body.append("<div class=\"example\"><h3>\(escape(example.question))</h3><blockquote>\(escape(example.answer))</blockquote>"
                    + (example.why.map { "<p class=\"why\"><em>Why it works:</em> \(escape($0))</p>" } ?? "") + "</div>")
            }
            body.append("</section>")
        }
        if let summary = feedback.summary { body.append("<section><h2>Summary</h2><p>\(escape(summary))</p>") }
        if !feedback.advice.isEmpty {
            body.append("<ul class=\"advice\">" + feedback.advice.map { "<li>\(escape($0))</li>" }.joined() + "</ul>")
        }
        if feedback.summary != nil { body.append("</section>") }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Review: \(escape(header.scenario.title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    private var ending: String {
        if let end = transcript.end { return "ended: \(end.reason.rawValue)" }
        return transcript.truncated ? "cut off mid-line" : "no end recorded"
    }

    private func article(_ turn: Turn) -> String {
        var parts = ["<article class=\"turn\" id=\"turn-\(turn.index)\">"]
        let kind = turn.parent.map { "follow-up <code>\(escape(turn.questionID))</code> to <code>\(escape($0))</code>" }
            ?? "question <code>\(escape(turn.questionID))</code>"
        let score = turn.evaluation?.score.map { "\($0)/100" } ?? "not scored"
        parts.append("<p class=\"meta\">Turn \(turn.index) · \(kind) · answered in \(escape(TranscriptReview.duration(turn.seconds))) · score \(score)</p>")
        parts.append("<h3>\(escape(turn.question))</h3>")
        if let answer = turn.answer {
            let flags = turn.evaluation?.flags ?? []
            let highlighted = TranscriptReview.highlight(answer, spans: flags.map { $0.from ... $0.to }, escape: escape) { "<mark>\($0)</mark>" }
            parts.append("<blockquote class=\"answer\">\(highlighted.replacingOccurrences(of: "\n", with: "<br>"))</blockquote>")
            for flag in flags {
                parts.append("<p class=\"flag\"><strong>\(escape(flag.title))</strong>: “\(escape(flag.evidence))” — \(escape(flag.advice))</p>")
            }
            for strength in turn.evaluation?.strengths ?? [] { parts.append("<p class=\"strength\">✓ \(escape(strength))</p>") }
        } else {
            parts.append("<p class=\"skipped\">Skipped.</p>")
        }
        parts.append("</article>")
        return parts.joined(separator: "\n")
    }

    /// A horizontal bar chart of the criteria, as inline SVG.
    func chart(_ criteria: [String: Int]) -> String {
        let rows = criteria.sorted { $0.key < $1.key }
        let rowHeight = 26, labelWidth = 170, barWidth = 300
        let height = rows.count * rowHeight + 10
        var svg = ["<svg class=\"chart\" role=\"img\" aria-label=\"Criterion scores\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 50)\" height=\"\(height)\" viewBox=\"0 0 \(labelWidth + barWidth + 50) \(height)\">"]
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 5
            let width = barWidth * max(0, min(100, row.value)) / 100
            let colour = row.value >= 75 ? "#2e7d32" : row.value >= 50 ? "#f9a825" : "#c62828"
            svg.append("<text x=\"0\" y=\"\(y + 16)\" font-size=\"14\">\(escape(row.key))</text>")
            svg.append("<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(barWidth)\" height=\"16\" fill=\"#eee\"/>")
            svg.append("<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"16\" fill=\"\(colour)\"><title>\(escape(row.key)): \(row.value)</title></rect>")
            svg.append("<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 16)\" font-size=\"14\">\(row.value)</text>")
        }
        svg.append("</svg>")
        return svg.joined()
    }

    func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.5}
        h1{margin-bottom:.2rem}.meta{color:#666;font-size:.9rem}.score strong{font-size:1.6rem}
        .turn{border-top:1px solid #ddd;padding:.6rem 0}.answer{margin:.4rem 0;padding:.5rem .8rem;background:#f7f7f7;border-left:4px solid #999}
        mark{background:#ffd6d6;text-decoration:underline wavy #c62828}.flag{color:#8e0000}.strength{color:#1b5e20}
        .advice li,.flags li{margin-bottom:.4rem}.example blockquote{background:#eef6ee;padding:.5rem .8rem;border-left:4px solid #2e7d32}
        .skipped{color:#888;font-style:italic}code{background:#f0f0f0;padding:0 .2rem}
        """
}
