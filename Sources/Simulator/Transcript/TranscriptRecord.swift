import Foundation

/// The simulator's version, recorded in every transcript.
public enum SimulatorVersion {
    public static let current = "0.1.0"
}

/// The lines of a transcript (JSON Lines, specified in `docs/transcript-format.md`).
public enum TranscriptRecord: Equatable, Sendable {
    case header(TranscriptHeader)
    case turn(Turn)
    case feedback(FeedbackReport)
    case end(TranscriptEnd)
    /// `simulate resume` carried on after an `end` line: what follows continues the session.
    case resume(TranscriptResume)

    /// The version of the format this build writes and reads.
    public static let formatVersion = 1
}

/// The first line: what was run, with what, and when.
public struct TranscriptHeader: Codable, Equatable, Sendable {
    public var format: Int
    public var simulator: String
    public var scenario: ScenarioInfo
    /// Every plugin the scenario loaded, with its hash.
    public var plugins: [SourceFile]
    public var seed: UInt64
    public var started: Date
    /// `interactive` or `scripted`.
    public var mode: String
    public var limits: Limits

    public struct ScenarioInfo: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var path: String
        public var sha256: String

        public init(id: String, title: String, path: String, sha256: String) {
            self.id = id
            self.title = title
            self.path = path
            self.sha256 = sha256
        }
    }

    public struct Limits: Codable, Equatable, Sendable {
        public var memoryBytes: Int
        public var instructions: Int

        public init(memoryBytes: Int, instructions: Int) {
            self.memoryBytes = memoryBytes
            self.instructions = instructions
        }

        enum CodingKeys: String, CodingKey {
            case memoryBytes = "memory_bytes"
            case instructions
        }
    }

    public init(format: Int = TranscriptRecord.formatVersion, simulator: String = SimulatorVersion.current,
                scenario: ScenarioInfo, plugins: [SourceFile], seed: UInt64, started: Date, mode: String, limits: Limits) {
        self.format = format
        self.simulator = simulator
        self.scenario = scenario
        self.plugins = plugins
        self.seed = seed
        self.started = started
        self.mode = mode
        self.limits = limits
    }
}

/// The last line: why the session ended.
public struct TranscriptEnd: Codable, Equatable, Sendable {
    public var reason: EndReason
    public var at: Date
    /// The error that ended it, for `error`.
    public var message: String?

    public init(reason: EndReason, at: Date, message: String? = nil) {
        self.reason = reason
        self.at = at
        self.message = message
    }
}

/// A session taken up again by `simulate resume`.
public struct TranscriptResume: Codable, Equatable, Sendable {
    public var at: Date

    public init(at: Date) { self.at = at }
}

extension TranscriptRecord: Codable {
    private enum Kind: String, Codable {
        case header, turn, feedback, end, resume
    }

    private struct KindKey: Codable {
        var type: Kind
    }

    private enum TypeKey: String, CodingKey { case type }

    public init(from decoder: Decoder) throws {
        let kind = try KindKey(from: decoder).type
        switch kind {
        case .header: self = .header(try TranscriptHeader(from: decoder))
        case .turn: self = .turn(try Turn(from: decoder))
        case .feedback: self = .feedback(try FeedbackReport(from: decoder))
        case .end: self = .end(try TranscriptEnd(from: decoder))
        case .resume: self = .resume(try TranscriptResume(from: decoder))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: TypeKey.self)
        switch self {
        case .header(let header):
            try container.encode(Kind.header, forKey: .type)
            try header.encode(to: encoder)
        case .turn(let turn):
            try container.encode(Kind.turn, forKey: .type)
            try turn.encode(to: encoder)
        case .feedback(let report):
            try container.encode(Kind.feedback, forKey: .type)
            try report.encode(to: encoder)
        case .end(let end):
            try container.encode(Kind.end, forKey: .type)
            try end.encode(to: encoder)
        case .resume(let resume):
            try container.encode(Kind.resume, forKey: .type)
            try resume.encode(to: encoder)
        }
    }

    /// One line of JSON, keys sorted.
    public func line() throws -> Data {
        var data = try Self.encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}
