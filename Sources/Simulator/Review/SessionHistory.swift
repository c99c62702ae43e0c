import Foundation

/// `simulate history`: past sessions per scenario, with their scores and a trend, so a candidate can see
/// whether practice is working.
public struct SessionHistory: Codable, Equatable, Sendable {
    public var scenarios: [ScenarioHistory]
    /// Files that could not be read as transcripts, with why.
    public var unreadable: [String]

    public struct ScenarioHistory: Codable, Equatable, Sendable {
        public var scenario: String
        public var title: String
        public var sessions: [Session]
        /// The last score minus the first, when there are two scored sessions or more.
        public var trend: Int?
    }

    public struct Session: Codable, Equatable, Sendable {
        public var transcript: String
        public var started: Date
        public var score: Int
        public var flags: Int
        public var answered: Int
        /// How it ended; nil when it was cut off.
        public var reason: String?
    }

    /// Reads every transcript under `folder`.
    public static func read(folder: String) -> SessionHistory {
        guard FileManager.default.fileExists(atPath: folder) else { return SessionHistory(scenarios: [], unreadable: []) }
        var groups: [String: ScenarioHistory] = [:]
        var unreadable: [String] = []
        for path in BatchRescorer.transcripts(in: [folder]) {
            do {
                let transcript = try TranscriptReader.read(path: path)
                let feedback = TranscriptReview(transcript: transcript).feedback
                let session = Session(transcript: path, started: transcript.header.started, score: feedback.score,
                                      flags: feedback.flags.count, answered: transcript.turns.filter { !$0.skipped }.count,
                                      reason: transcript.end?.reason.rawValue)
                let id = transcript.header.scenario.id
                groups[id, default: ScenarioHistory(scenario: id, title: transcript.header.scenario.title, sessions: [], trend: nil)]
                    .sessions.append(session)
            } catch {
                unreadable.append("\(error)")
            }
        }
        let scenarios = groups.values.map { group -> ScenarioHistory in
            var group = group
            group.sessions.sort { ($0.started, $0.transcript) < ($1.started, $1.transcript) }
            let scored = group.sessions.filter { $0.answered > 0 }
            if scored.count >= 2, let first = scored.first, let last = scored.last { group.trend = last.score - first.score }
            return group
        }.sorted { $0.scenario < $1.scenario }
        return SessionHistory(scenarios: scenarios, unreadable: unreadable.sorted())
    }

    /// For people.
    public var text: String {
        guard !scenarios.isEmpty else { return "No sessions recorded yet.\n" + unreadableText }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        var lines: [String] = []
        for group in scenarios {
            lines.append("\(group.scenario): \(group.title)")
            for session in group.sessions {
                let flags = session.flags == 1 ? "1 red flag" : "\(session.flags) red flags"
                lines.append("  \(formatter.string(from: session.started))  \(String(format: "%3d", session.score))/100  "
                    + "\(flags.padding(toLength: 12, withPad: " ", startingAt: 0))  \(session.answered) answered  \(session.reason ?? "cut off")")
            }
            if let trend = group.trend {
                let scored = group.sessions.filter { $0.answered > 0 }.count
                let direction = trend > 0 ? "improving" : trend < 0 ? "slipping" : "steady"
                lines.append("  Trend: \(trend > 0 ? "+" : "")\(trend) over \(scored) sessions (\(direction))")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n") + unreadableText
    }

    private var unreadableText: String {
        unreadable.isEmpty ? "" : "Not read:\n" + unreadable.map { "  \($0)\n" }.joined()
    }
}
