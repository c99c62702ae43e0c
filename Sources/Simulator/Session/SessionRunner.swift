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
        let engine = SessionEngine(host: host)
        let interactive: Bool
        let reader: LineReader
        let inputName: String
        switch configuration.answers {
        case .file(let answersPath):
            reader = try LineReader(path: answersPath, maximumLineLength: AnswerText.maximumBytes)
            interactive = false
            inputName = answersPath
        case .standardInput:
            reader = LineReader(descriptor: STDIN_FILENO, maximumLineLength: AnswerText.maximumBytes)
            interactive = isatty(STDIN_FILENO) == 1
            inputName = "standard input"
        }
        let writer = try openTranscript(host: host, seed: seed, interactive: interactive)
        if let writer { onTranscriptOpened(writer) }

        let show = configuration.format == .json ? standardError : standardOutput
        let frontend: SessionFrontend = interactive
            ? InteractiveFrontend(reader: reader, output: show, colour: configuration.colour)
            : ScriptedFrontend(reader: reader, name: inputName, output: configuration.format == .json ? nil : show)
        if interactive {
            show(configuration.colour ? host.scenario.title.bold + "\n" : host.scenario.title + "\n")
            if let description = host.scenario.description { show(description + "\n") }
            show("\n")
        }
        do {
            let result = try engine.run(frontend: frontend, recorder: writer)
            let report = try FeedbackBuilder.build(host: host, turns: result.turns, reason: result.reason)
            try writer?.write(.feedback(report))
            writer?.end(result.reason)
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
