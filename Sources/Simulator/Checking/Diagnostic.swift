/// A problem found in a scenario, placed like a compiler's: `path:line:column: error: [S011] message`.
public struct Diagnostic: Codable, Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable {
        case error
        case warning
    }

    public var file: String
    public var line: Int?
    public var column: Int?
    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String

    public init(file: String, line: Int?, column: Int?, severity: Severity, code: DiagnosticCode, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.code = code
        self.message = message
    }

    /// `path:line:column: severity: [CODE] message`, the form editors jump to.
    public var description: String {
        "\(file):\(line ?? 1):\(column ?? 1): \(severity.rawValue): [\(code.rawValue)] \(message)"
    }

    /// `path:line: message`, as `simulate` prints the first error that stops a session.
    public var shortDescription: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}

/// The stable codes of ``Diagnostic``s, listed in `docs/writing-scenarios.md`.
public enum DiagnosticCode: String, Codable, Sendable, CaseIterable {
    case syntax = "S001"
    case scriptError = "S002"
    case limitExceeded = "S003"
    case wrongType = "S010"
    case unknownKey = "S011"
    case missingKey = "S012"
    case invalidValue = "S013"
    case duplicateID = "S020"
    case unknownQuestion = "S021"
    case badCondition = "S022"
    case nestedTooDeep = "S023"
    case pluginMissing = "P001"
    case pluginFails = "P002"
    case pluginShape = "P003"
    case unreachable = "W001"
    case shadowed = "W002"
    case neverHolds = "W003"
    case noExample = "W004"

    /// What the code means, for the documentation and `--help`.
    public var summary: String {
        switch self {
        case .syntax: "the file is not valid Lua"
        case .scriptError: "the file raised an error while loading"
        case .limitExceeded: "the file went over its instruction budget or memory cap while loading"
        case .wrongType: "a value has the wrong type"
        case .unknownKey: "a key the scenario API does not know (often a typo)"
        case .missingKey: "a required key is missing"
        case .invalidValue: "a value is out of range or malformed"
        case .duplicateID: "two questions share an id"
        case .unknownQuestion: "a jump leads to a question that does not exist"
        case .badCondition: "a follow-up's condition is missing or malformed"
        case .nestedTooDeep: "follow-ups nest too deeply"
        case .pluginMissing: "a declared plugin cannot be found"
        case .pluginFails: "a plugin raised an error while loading"
        case .pluginShape: "a plugin does not return { evaluate = function … }"
        case .unreachable: "a follow-up no session can reach"
        case .shadowed: "a follow-up hidden behind an earlier one with the same condition"
        case .neverHolds: "a follow-up whose condition can never hold"
        case .noExample: "a question without an example of a strong answer"
        }
    }
}

/// A problem that stops the check of one part of a scenario.
struct Problem: Error {
    let diagnostic: Diagnostic
    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
