/// Everything that can go wrong between Swift and a Lua script.
///
/// Messages already carry the script's location the way a compiler prints it (`path:line: message`),
/// so callers can show ``description`` as a single line.
public enum LuaBridgeError: Error, Equatable, CustomStringConvertible {
    /// The script does not parse (or is a binary chunk).
    case syntax(String)
    /// The script raised an error; `traceback` is Lua's stack traceback, for verbose output.
    case runtime(String, traceback: String)
    /// The script used up its instruction budget.
    case instructionBudgetExhausted(String)
    /// The script went over the memory cap.
    case memoryLimitExceeded(String)
    /// A value that cannot cross the bridge (a cyclic or too deeply nested table, for example).
    case invalidValue(String)
    /// The state could not be created or prepared.
    case stateUnavailable(String)

    public var description: String {
        switch self {
        case .syntax(let message), .runtime(let message, _), .instructionBudgetExhausted(let message),
            .memoryLimitExceeded(let message), .invalidValue(let message), .stateUnavailable(let message):
            message
        }
    }

    /// The traceback of a runtime error, if there is one.
    public var traceback: String? {
        if case .runtime(_, let traceback) = self { return traceback }
        return nil
    }
}
