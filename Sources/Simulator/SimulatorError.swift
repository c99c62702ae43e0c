import LuaBridge

/// Everything that can stop a simulation, each with a one-line message a person can act on.
///
/// Messages name the file and, where there is one, the line (`Scenarios/x.lua:12: …`), the way a
/// compiler does. ``exitCode`` is the documented exit status for each kind.
public enum SimulatorError: Error, CustomStringConvertible, Equatable {
    /// The scenario or a plugin is broken: it does not parse, has the wrong shape, raises an error, or
    /// went over its budget. The message is `path:line: what is wrong`.
    case scenario(String)
    /// A script raised or went over a limit; the traceback is kept for `--verbose`.
    case script(LuaBridgeError)
    /// The answers cannot be used: unreadable, binary, too large, or none at all.
    case answers(String)
    /// A transcript cannot be written or read.
    case transcript(String)
    /// Options that cannot work with what they were given (found only once the input is read, so not by
    /// the command line's own checks): a fit's penalty too strong for the number of answers.
    case usage(String)

    public var description: String {
        switch self {
        case .scenario(let message), .answers(let message), .transcript(let message), .usage(let message): message
        case .script(let error):
            switch error {
            case .instructionBudgetExhausted(let message):
                "\(message); raise it with --instruction-limit if the script is right"
            case .memoryLimitExceeded(let message):
                "\(message); raise it with --memory-limit if the script is right"
            default: error.description
            }
        }
    }

    /// Documented in the README: 1 scenario or script error, 2 usage, 3 answers, 4 transcript.
    public var exitCode: Int32 {
        switch self {
        case .scenario, .script: 1
        case .usage: 2
        case .answers: 3
        case .transcript: 4
        }
    }

    /// The Lua traceback, when there is one.
    public var traceback: String? {
        if case .script(let error) = self { return error.traceback }
        return nil
    }
}
