import Foundation

/// What re-scoring one transcript found: the scenario as it is now, on the recorded answers, with the
/// recorded seed.
public struct RescoreResult: Codable, Equatable, Sendable {
    public var transcript: String
    public var scenario: String
    /// Scripts that differ from the ones the session was recorded with.
    public var changedSources: [SourceChange]
    public var scoreBefore: Int
    public var scoreAfter: Int
    public var turns: [TurnChange]
    /// Whether anything moved: a score, a flag, or the questions asked.
    public var changed: Bool

    public struct SourceChange: Codable, Equatable, Sendable {
        public var path: String
        /// `changed`, `added` (loaded now, not then) or `removed` (loaded then, not now).
        public var change: String
    }

    public struct TurnChange: Codable, Equatable, Sendable {
        public var questionID: String
        /// `same`, `changed`, `no-longer-asked` (recorded, but the scenario now goes elsewhere) or
        /// `newly-asked` (the scenario now asks it; there is no recorded answer).
        public var status: String
        public var scoreBefore: Int?
        public var scoreAfter: Int?
        public var flagsGained: [String]
        public var flagsLost: [String]

        enum CodingKeys: String, CodingKey {
            case status
            case questionID = "question_id"
            case scoreBefore = "score_before"
            case scoreAfter = "score_after"
            case flagsGained = "flags_gained"
            case flagsLost = "flags_lost"
        }
    }

    enum CodingKeys: String, CodingKey {
        case transcript, scenario, turns, changed
        case changedSources = "changed_sources"
        case scoreBefore = "score_before"
        case scoreAfter = "score_after"
    }

    public var delta: Int { scoreAfter - scoreBefore }

    /// For people: what changed, turn by turn.
    public var text: String {
        var lines = ["\(transcript): \(scenario), score \(scoreBefore) → \(scoreAfter)" + (delta == 0 ? "" : " (\(delta > 0 ? "+" : "")\(delta))")]
        if changedSources.isEmpty {
            lines.append("  The scenario and its plugins are unchanged since the recording.")
        } else {
            for source in changedSources { lines.append("  \(source.path) \(source.change) since the recording") }
        }
        for turn in turns where turn.status != "same" {
            switch turn.status {
            case "no-longer-asked": lines.append("  \(turn.questionID): no longer asked (the scenario now takes another path)")
            case "newly-asked": lines.append("  \(turn.questionID): would now be asked (no recorded answer)")
            default:
                var parts = ["score \(turn.scoreBefore.map(String.init) ?? "–") → \(turn.scoreAfter.map(String.init) ?? "–")"]
                if !turn.flagsGained.isEmpty { parts.append("gains " + turn.flagsGained.joined(separator: ", ")) }
                if !turn.flagsLost.isEmpty { parts.append("loses " + turn.flagsLost.joined(separator: ", ")) }
                lines.append("  \(turn.questionID): " + parts.joined(separator: "; "))
            }
        }
        if !changed { lines.append("  Nothing changed.") }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Re-runs a recorded session through the scenario as it is now.
public enum Rescorer {
    /// - Parameters:
    ///   - path: the transcript.
    ///   - scenarioPath: the scenario to use; by default the one recorded in the header.
    /// - Throws: ``SimulatorError`` when the transcript cannot be read or its scenario found or run.
    public static func rescore(transcriptAt path: String, scenarioPath: String? = nil, options: HostOptions = HostOptions()) throws -> RescoreResult {
        let transcript = try TranscriptReader.read(path: path)
        let recordedScenario = transcript.header.scenario.path
        let scenario: String
        do {
            scenario = try ScenarioPath.resolve(scenarioPath ?? recordedScenario)
        } catch {
            throw SimulatorError.scenario("\(path): its scenario \(scenarioPath ?? recordedScenario) is not found; run from the folder it was recorded in, or give --scenario PATH")
        }
        let host = try ScenarioHost(scenarioAt: scenario, options: options, seed: transcript.header.seed)
        let frontend = RecordedAnswers(transcript.turns)
        let result = try SessionEngine(host: host).run(frontend: frontend)
        let after = try FeedbackBuilder.build(host: host, turns: result.turns, reason: result.reason)
        let before = transcript.feedback?.score ?? TranscriptReview(transcript: transcript).feedback.score
        let turns = compare(recorded: transcript.turns, now: result.turns)
        let sources = changes(recorded: transcript.header, now: host.sources)
        let changed = before != after.score || turns.contains { $0.status != "same" }
        return RescoreResult(transcript: path, scenario: host.scenario.id, changedSources: sources, scoreBefore: before,
                             scoreAfter: after.score, turns: turns, changed: changed)
    }

    static func compare(recorded: [Turn], now: [Turn]) -> [RescoreResult.TurnChange] {
        var changes: [RescoreResult.TurnChange] = []
        var unmatched = now
        for turn in recorded {
            guard let index = unmatched.firstIndex(where: { $0.questionID == turn.questionID }) else {
                changes.append(.init(questionID: turn.questionID, status: "no-longer-asked", scoreBefore: turn.evaluation?.score,
                                     scoreAfter: nil, flagsGained: [], flagsLost: turn.evaluation?.flags.map(\.id) ?? []))
                continue
            }
            let current = unmatched.remove(at: index)
            let before = Set(turn.evaluation?.flags.map(\.id) ?? []), after = Set(current.evaluation?.flags.map(\.id) ?? [])
            let same = before == after && turn.evaluation?.scores == current.evaluation?.scores
            changes.append(.init(questionID: turn.questionID, status: same ? "same" : "changed",
                                 scoreBefore: turn.evaluation?.score, scoreAfter: current.evaluation?.score,
                                 flagsGained: after.subtracting(before).sorted(), flagsLost: before.subtracting(after).sorted()))
        }
        for turn in unmatched {
            changes.append(.init(questionID: turn.questionID, status: "newly-asked", scoreBefore: nil, scoreAfter: nil,
                                 flagsGained: [], flagsLost: []))
        }
        return changes
    }

    static func changes(recorded header: TranscriptHeader, now sources: [SourceFile]) -> [RescoreResult.SourceChange] {
        var result: [RescoreResult.SourceChange] = []
        if let scenario = sources.first, scenario.sha256 != header.scenario.sha256 {
            result.append(.init(path: scenario.path, change: "changed"))
        }
        let then = Dictionary(header.plugins.map { ($0.name ?? $0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let current = Dictionary(sources.dropFirst().map { ($0.name ?? $0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for (name, source) in current.sorted(by: { $0.key < $1.key }) {
            if let old = then[name] {
                if old.sha256 != source.sha256 { result.append(.init(path: source.path, change: "changed")) }
            } else {
                result.append(.init(path: source.path, change: "added"))
            }
        }
        for (name, source) in then.sorted(by: { $0.key < $1.key }) where current[name] == nil {
            result.append(.init(path: source.path, change: "removed"))
        }
        return result
    }
}

/// A front end that answers from a recording: each question gets the answer recorded for it (in order),
/// a question the recording never reached is skipped, and the input ends with the recording.
final class RecordedAnswers: SessionFrontend {
    private var remaining: [Turn]

    init(_ turns: [Turn]) { remaining = turns }

    func ask(_ prompt: QuestionPrompt) throws -> AnswerInput {
        guard !remaining.isEmpty else { return .ended }
        guard let index = remaining.firstIndex(where: { $0.questionID == prompt.questionID }) else { return .skip }
        let turn = remaining.remove(at: index)
        return turn.answer.map(AnswerInput.answer) ?? .skip
    }
}
