import Foundation
import LuaBridge
import Rainbow

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Everything one practice session needs, as a value.
public struct RunConfiguration: Sendable {
    /// Where the answers come from.
    public enum Answers: Sendable, Equatable {
        /// An answers file, answers separated by `---` lines.
        case file(String)
        /// Standard input: scripted when it is a pipe or file, interactive when it is a terminal.
        case standardInput
    }

    /// Where the transcript goes.
    public enum Recording: Sendable, Equatable {
        /// A new file in this folder.
        case folder(String)
        case path(String)
        case off
    }

    public var scenarioPath: String
    public var answers: Answers = .standardInput
    /// Nil draws one (recorded in the transcript).
    public var seed: UInt64?
    public var format: FeedbackFormat = .text
    public var recording: Recording = .folder("transcripts")
    public var host = HostOptions()
    /// Colour in the text shown to the candidate.
    public var colour = false

    public init(scenarioPath: String) {
        self.scenarioPath = scenarioPath
    }

    /// The largest seed: seeds stay exact in every JSON reader (2^53 - 1).
    public static let maximumSeed: UInt64 = (1 << 53) - 1
}

/// How a session ended, for the command to print and map to an exit code.
public struct SessionOutcome: Sendable {
    public var reason: EndReason
    public var report: FeedbackReport
    public var transcriptPath: String?
}

/// Runs one practice session from start to feedback: the library call behind `simulate FILE`.
public final class SessionRunner {
    public let configuration: RunConfiguration
    private let standardOutput: (String) -> Void
    private let standardError: (String) -> Void
    /// Called once the transcript exists, so the caller can end it on a signal.
    public var onTranscriptOpened: (TranscriptWriter) -> Void = { _ in }

    public init(configuration: RunConfiguration,
                standardOutput: @escaping (String) -> Void,
                standardError: @escaping (String) -> Void) {
        self.configuration = configuration
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    /// - Throws: ``SimulatorError`` (the transcript, if any, then ends with reason `error`).
    public func run() throws -> SessionOutcome {
        let path = try ScenarioPath.resolve(configuration.scenarioPath)
        let seed = configuration.seed ?? UInt64.random(in: 0 ... RunConfiguration.maximumSeed)
        let host = try ScenarioHost(scenarioAt: path, options: configuration.host, seed: seed)
        let (reader, inputName, interactive) = try input()
        let writer = try openTranscript(host: host, seed: seed, interactive: interactive)
        return try play(host: host, frontend: frontend(reader, inputName, interactive, host: host), writer: writer)
    }

    /// `simulate resume`: takes an interrupted session up again where it stopped, with the scenario and
    /// seed it was recorded with, appending to the same transcript.
    /// - Throws: ``SimulatorError`` when the transcript cannot be read, has ended, or its scenario
    ///   changed since (its recorded answers would no longer fit).
    public func resume(transcriptAt transcriptPath: String) throws -> SessionOutcome {
        let transcript = try TranscriptReader.read(path: transcriptPath)
        guard transcript.isResumable else {
            throw SimulatorError.transcript("\(transcriptPath): the session ended (\(transcript.end?.reason.rawValue ?? "")); start a new one instead")
        }
        let header = transcript.header
        let path: String
        do { path = try ScenarioPath.resolve(header.scenario.path) } catch {
            throw SimulatorError.scenario("\(transcriptPath): its scenario \(header.scenario.path) is not found; run from the folder it was recorded in")
        }
        let host = try ScenarioHost(scenarioAt: path, options: configuration.host, seed: header.seed)
        let changed = Rescorer.changes(recorded: header, now: host.sources)
        guard changed.isEmpty else {
            throw SimulatorError.transcript("\(transcriptPath): \(changed.map(\.path).joined(separator: ", ")) changed since the recording, so its answers may no longer fit; see `simulate replay --rescore \(transcriptPath)`")
        }
        let (reader, inputName, interactive) = try input()
        let writer = try TranscriptWriter(appendingTo: transcriptPath)
        onTranscriptOpened(writer)
        try writer.write(.resume(TranscriptResume(at: Date())))
        let live = frontend(reader, inputName, interactive, host: host)
        let replay = ResumingFrontend(recorded: transcript.turns, then: live)
        return try play(host: host, frontend: replay, writer: SkippingRecorder(skipping: transcript.turns.count, writer))
    }

    private func input() throws -> (LineReader, String, Bool) {
        switch configuration.answers {
        case .file(let answersPath):
            return (try LineReader(path: answersPath, maximumLineLength: AnswerText.maximumBytes), answersPath, false)
        case .standardInput:
            return (LineReader(descriptor: STDIN_FILENO, maximumLineLength: AnswerText.maximumBytes), "standard input",
                    isatty(STDIN_FILENO) == 1)
        }
    }

    private func frontend(_ reader: LineReader, _ inputName: String, _ interactive: Bool, host: ScenarioHost) -> SessionFrontend {
        let show = configuration.format == .json ? standardError : standardOutput
        guard interactive else {
            return ScriptedFrontend(reader: reader, name: inputName, output: configuration.format == .json ? nil : show)
        }
        show(configuration.colour ? host.scenario.title.bold + "\n" : host.scenario.title + "\n")
        if let description = host.scenario.description { show(description + "\n") }
        show("\n")
        return InteractiveFrontend(reader: reader, output: show, colour: configuration.colour)
    }

    private func play(host: ScenarioHost, frontend: SessionFrontend, writer: (any TranscriptSink)?) throws -> SessionOutcome {
        do {
            let result = try SessionEngine(host: host).run(frontend: frontend, recorder: writer)
            let report = try FeedbackBuilder.build(host: host, turns: result.turns, reason: result.reason)
            try writer?.write(.feedback(report))
            writer?.end(result.reason, message: nil)
            return SessionOutcome(reason: result.reason, report: report, transcriptPath: writer?.path)
        } catch let error as SimulatorError {
            writer?.end(.error, message: error.description)
            throw error
        }
    }

    private func openTranscript(host: ScenarioHost, seed: UInt64, interactive: Bool) throws -> TranscriptWriter? {
        let writer: TranscriptWriter
        switch configuration.recording {
        case .off: return nil
        case .path(let chosen): writer = try TranscriptWriter(path: chosen)
        case .folder(let folder): writer = try TranscriptWriter(folder: folder, scenario: host.scenario.id, seed: seed, date: Date())
        }
        let sources = host.sources
        let scenarioSource = sources.first ?? SourceFile(name: nil, path: host.scenario.path, sha256: "")
        let header = TranscriptHeader(
            scenario: .init(id: host.scenario.id, title: host.scenario.title, path: scenarioSource.path, sha256: scenarioSource.sha256),
            plugins: Array(sources.dropFirst()), seed: seed, started: Date(), mode: interactive ? "interactive" : "scripted",
            limits: .init(memoryBytes: configuration.host.limits.memoryLimit, instructions: configuration.host.limits.instructionLimit))
        try writer.write(.header(header))
        onTranscriptOpened(writer)
        return writer
    }
}

/// Finds a scenario file the way a user types it.
public enum ScenarioPath {
    /// The path as given if it exists; else the one file whose path matches it ignoring case, so that
    /// `scenarios/customer-service.lua` finds `Scenarios/customer-service.lua` on a case-sensitive disk.
    /// - Throws: ``SimulatorError/scenario(_:)`` when there is no such file.
    public static func resolve(_ path: String) throws -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard !isFolder.boolValue else { throw SimulatorError.scenario("\(path): is a folder; give a scenario file (.lua)") }
            return path
        }
        let absolute = (path as NSString).isAbsolutePath
        var resolved = absolute ? "/" : ""
        for component in (path as NSString).pathComponents where component != "/" {
            let folder = resolved.isEmpty ? "." : resolved
            let next = (resolved as NSString).appendingPathComponent(component)
            if FileManager.default.fileExists(atPath: next) || component == "." || component == ".." {
                resolved = next
                continue
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            let matches = entries.filter { $0.lowercased() == component.lowercased() }
            guard matches.count == 1 else {
                throw SimulatorError.scenario("\(path): no such scenario file")
            }
            resolved = (resolved as NSString).appendingPathComponent(matches[0])
        }
        return try resolve(resolved)
    }
}

/// Where a session's records go: the transcript, or the transcript minus the turns it already holds.
protocol TranscriptSink: SessionRecorder {
    var path: String { get }
    func write(_ record: TranscriptRecord) throws
    func end(_ reason: EndReason, message: String?)
}

extension TranscriptWriter: TranscriptSink {}

/// A resumed session replays the turns the transcript already holds: they are not written again.
final class SkippingRecorder: TranscriptSink {
    private var skipping: Int
    private let writer: TranscriptWriter

    init(skipping: Int, _ writer: TranscriptWriter) {
        self.skipping = skipping
        self.writer = writer
    }

    var path: String { writer.path }
    func write(_ record: TranscriptRecord) throws { try writer.write(record) }
    func end(_ reason: EndReason, message: String?) { writer.end(reason, message: message) }

    func willEvaluate(_ turn: Turn) {
        if skipping == 0 { writer.willEvaluate(turn) }
    }

    func record(_ turn: Turn) throws {
        if skipping > 0 {
            skipping -= 1
            return
        }
        try writer.record(turn)
    }
}

/// Gives the recorded answers again, in order, then hands over to the live front end.
final class ResumingFrontend: SessionFrontend {
    private var recorded: [Turn]
    private let live: SessionFrontend

    init(recorded: [Turn], then live: SessionFrontend) {
        self.recorded = recorded
        self.live = live
    }

    func ask(_ prompt: QuestionPrompt) throws -> AnswerInput {
        guard !recorded.isEmpty else { return try live.ask(prompt) }
        let turn = recorded.removeFirst()
        guard turn.questionID == prompt.questionID else {
            throw SimulatorError.transcript("the recorded turn \(turn.index) answered '\(turn.questionID)', but the session now asks '\(prompt.questionID)'; it cannot be resumed")
        }
        return turn.answer.map(AnswerInput.answer) ?? .skip
    }
}
