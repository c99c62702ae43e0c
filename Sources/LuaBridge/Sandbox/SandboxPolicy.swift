/// What a sandboxed script may use of Lua's standard library, as data, each with its reason.
///
/// Scenarios and plugins are shared between coaches, so they are untrusted. Every global that Lua's
/// libraries define must appear here; a test fails when a Lua update adds one, so that nobody lets a
/// new capability in by accident.
public struct SandboxPolicy: Sendable {
    /// What happens to one global or library member.
    public enum Decision: Sendable, Equatable {
        /// Given to scripts as it is.
        case allowed
        /// Replaced by a version in C that keeps the sandbox's guarantees.
        case guarded
        /// Replaced by the host's own implementation.
        case replaced
        /// Not given to scripts; calling it says so.
        case removed
    }

    public struct Entry: Sendable {
        public let name: String
        public let decision: Decision
        public let reason: String
    }

    /// Lua's globals, one entry each.
    public let globals: [Entry]
    /// Library members (`library.name`) that differ from the library as Lua ships it.
    public let libraryMembers: [Entry]
    /// The libraries scripts get, read-only.
    public let libraries: [String]

    public static let standard = SandboxPolicy(
        globals: [
            .init(name: "_G", decision: .replaced, reason: "each script's own environment, not the real globals"),
            .init(name: "_VERSION", decision: .allowed, reason: "a constant"),
            .init(name: "assert", decision: .allowed, reason: "pure"),
            .init(name: "error", decision: .allowed, reason: "pure"),
            .init(name: "getmetatable", decision: .allowed, reason: "the shared string metatable hides behind __metatable"),
            .init(name: "ipairs", decision: .allowed, reason: "pure"),
            .init(name: "next", decision: .allowed, reason: "pure (its order is unspecified: use pairs)"),
            .init(name: "rawequal", decision: .allowed, reason: "pure"),
            .init(name: "rawget", decision: .allowed, reason: "reads only; library tables are per-script proxies"),
            .init(name: "rawlen", decision: .allowed, reason: "pure"),
            .init(name: "rawset", decision: .allowed, reason: "can only reach the script's own proxies"),
            .init(name: "select", decision: .allowed, reason: "pure"),
            .init(name: "tonumber", decision: .allowed, reason: "pure"),
            .init(name: "tostring", decision: .guarded, reason: "never shows a memory address (they differ from run to run)"),
            .init(name: "type", decision: .allowed, reason: "pure"),
            .init(name: "string", decision: .allowed, reason: "read-only; patterns are budgeted; no dump"),
            .init(name: "table", decision: .allowed, reason: "read-only"),
            .init(name: "math", decision: .allowed, reason: "read-only; random is seeded by the session"),
            .init(name: "utf8", decision: .allowed, reason: "read-only"),
            .init(name: "coroutine", decision: .allowed, reason: "read-only; resume and close are guarded"),
            .init(name: "pcall", decision: .guarded, reason: "must not swallow the budget or memory error"),
            .init(name: "xpcall", decision: .guarded, reason: "must not swallow the budget or memory error"),
            .init(name: "pairs", decision: .guarded, reason: "visits keys in a fixed order, for deterministic results"),
            .init(name: "setmetatable", decision: .guarded, reason: "no __gc: finalizers would run outside the host's control"),
            .init(name: "require", decision: .replaced, reason: "loads Lua source only from the allowed folders"),
            .init(name: "print", decision: .replaced, reason: "writes to standard error, never into the program's output"),
            .init(name: "os", decision: .removed, reason: "runs programs, reads the clock and environment, removes files"),
            .init(name: "io", decision: .removed, reason: "reads and writes files"),
            .init(name: "debug", decision: .removed, reason: "breaks every other guarantee (hooks, upvalues, metatables)"),
            .init(name: "package", decision: .removed, reason: "loadlib loads native code; searchers read any path"),
            .init(name: "dofile", decision: .removed, reason: "reads any file"),
            .init(name: "loadfile", decision: .removed, reason: "reads any file"),
            .init(name: "load", decision: .removed, reason: "loads binary chunks; scripts are plain modules"),
            .init(name: "collectgarbage", decision: .removed, reason: "lets a script steer the collector the host relies on"),
            .init(name: "warn", decision: .removed, reason: "writes to the terminal"),
        ],
        libraryMembers: [
            .init(name: "string.dump", decision: .removed, reason: "makes binary chunks"),
            .init(name: "string.find", decision: .guarded, reason: "pattern matching charges the instruction budget"),
            .init(name: "string.match", decision: .guarded, reason: "pattern matching charges the instruction budget"),
            .init(name: "string.gmatch", decision: .guarded, reason: "pattern matching charges the instruction budget"),
            .init(name: "string.gsub", decision: .guarded, reason: "pattern matching charges the instruction budget"),
            .init(name: "string.rep", decision: .guarded, reason: "charges the budget for the loop it runs in C"),
            .init(name: "string.format", decision: .guarded, reason: "no %p, no addresses: they differ from run to run"),
            .init(name: "table.move", decision: .guarded, reason: "charges the budget for the loop it runs in C"),
            .init(name: "table.concat", decision: .guarded, reason: "charges the budget for the loop it runs in C"),
            .init(name: "table.unpack", decision: .guarded, reason: "charges the budget for the loop it runs in C"),
            .init(name: "table.insert", decision: .guarded, reason: "charges the budget for the elements it shifts"),
            .init(name: "table.remove", decision: .guarded, reason: "charges the budget for the elements it shifts"),
            .init(name: "table.sort", decision: .guarded, reason: "charges the budget for the comparisons it makes"),
            .init(name: "math.randomseed", decision: .removed, reason: "the session's seed decides randomness"),
            .init(name: "coroutine.resume", decision: .guarded, reason: "must not swallow the budget or memory error"),
            .init(name: "coroutine.close", decision: .guarded, reason: "must not swallow the budget or memory error"),
        ],
        libraries: ["string", "table", "math", "utf8", "coroutine"]
    )

    /// The names of the globals scripts can see, host libraries aside.
    public var visibleGlobals: [String] {
        globals.filter { $0.decision != .removed }.map(\.name).sorted()
    }

    /// The decision about a library member, `allowed` when not listed.
    public func decision(forMember name: String) -> Decision {
        libraryMembers.first { $0.name == name }?.decision ?? .allowed
    }
}
