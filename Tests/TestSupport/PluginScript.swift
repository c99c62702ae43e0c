import Foundation
import LuaBridge

/// A Lua script run once in the plugins' sandbox, with the shipped `Plugins/` as its modules: how a
/// test reads what a library module computes (career_signals' destinations, claims' verdicts). The
/// script returns a table of functions; a test calls them by name.
public final class PluginScript {
    public let sandbox: LuaSandbox
    private let functions: [String: LuaReference]
    private let folder = TemporaryFolder()

    /// A script's failure to give what a test asked of it.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `source` in a fresh plugins' sandbox.
    /// - Throws: the script's errors, or ``Failure`` when it does not return a table of functions.
    public init(_ source: String) throws {
        folder.write("script.lua", source)
        sandbox = try LuaSandbox.forPlugins(moduleRoots: [Repository.path("Plugins")])
        guard let table = try sandbox.run(scriptAt: folder.path + "/script.lua").first?.tableValue else {
            throw Failure(description: "the script must return a table of functions")
        }
        var functions: [String: LuaReference] = [:]
        for (name, value) in table.fields {
            if case .function(let function) = value { functions[name] = function }
        }
        self.functions = functions
    }

    /// Calls the script's function `name`; returns its first result (nil when it returns none).
    /// - Throws: ``Failure`` when the script has no such function; the function's errors.
    public func call(_ name: String, _ arguments: [LuaValue]) throws -> LuaValue {
        guard let function = functions[name] else { throw Failure(description: "the script has no function \(name)") }
        return try sandbox.state.call(function, arguments).first ?? .nil
    }
}
