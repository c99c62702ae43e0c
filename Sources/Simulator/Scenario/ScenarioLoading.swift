import Foundation
import LuaBridge

/// A step of loading that failed, as the session reports it and as `check` lists it.
struct LoadFailure: Error {
    let diagnostic: Diagnostic
    let error: SimulatorError
}

/// The steps of loading a scenario into its own sandbox, shared by sessions (which stop at the first
/// problem) and by ``ScenarioChecker`` (which reports every problem it can find).
struct ScenarioLoading {
    let path: String
    let sandbox: LuaSandbox
    /// The scenario file's text, once read.
    private(set) var source = ""

    init(path: String, options: HostOptions, seed: UInt64) throws {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            sandbox = try LuaSandbox.forPlugins(
                moduleRoots: ScenarioHost.moduleRoots(scenarioFolder: folder, extra: options.pluginFolders), limits: options.limits)
            try sandbox.state.seedRandom(seed)
        } catch let error as LuaBridgeError {
            throw Self.failure(error, path: path)
        }
    }

    /// Runs the scenario file and returns the value it returned.
    mutating func runScript() throws -> LuaValue {
        do {
            let results = try sandbox.run(scriptAt: path)
            source = String(decoding: sandbox.loaded.first?.bytes ?? [], as: UTF8.self)
            return results.first ?? .nil
        } catch let error as SandboxError {
            throw LoadFailure(diagnostic: Diagnostic(file: path, line: nil, column: nil, severity: .error, code: .scriptError,
                                                     message: error.description),
                              error: .scenario(error.description))
        } catch let error as LuaBridgeError {
            throw Self.failure(error, path: path)
        }
    }

    /// Loads a declared plugin and returns its `evaluate` and the red flags it says it raises (`flags`).
    func plugin(named name: String) throws -> (evaluate: LuaReference, flags: [String]) {
        let position = SourceLocator(source).position(ofString: name)
        func failure(_ code: DiagnosticCode, _ message: String) -> LoadFailure {
            let diagnostic = Diagnostic(file: path, line: position?.line, column: position?.column, severity: .error, code: code, message: message)
            return LoadFailure(diagnostic: diagnostic, error: .scenario(diagnostic.shortDescription))
        }
        do {
            let module = try sandbox.state.value(of: try sandbox.require(name))
            guard case .function(let evaluate)? = module.tableValue?.fields["evaluate"] else {
                throw failure(.pluginShape, "plugin '\(name)' has no evaluate function; a plugin returns { evaluate = function(answer, ctx) … end }")
            }
            let flags = module.tableValue?["flags"].tableValue?.array.compactMap(\.stringValue) ?? []
            return (evaluate, flags)
        } catch let error as SandboxError {
            throw failure(.pluginMissing, error.description.replacingOccurrences(of: "module '", with: "plugin '"))
        } catch let error as LuaLocatedError {
            var located = Self.diagnostic(from: error.message, fallbackFile: path, code: .pluginFails)
            if sandbox.state.isStopped { located.code = .limitExceeded }
            throw LoadFailure(diagnostic: located, error: .scenario(error.message))
        } catch let error as LuaBridgeError {
            throw Self.failure(error, path: path)
        }
    }

    /// A bridge error as a load failure: syntax and runtime errors keep their file and line.
    static func failure(_ error: LuaBridgeError, path: String) -> LoadFailure {
        let code: DiagnosticCode
        let simulatorError: SimulatorError
        switch error {
        case .syntax(let message):
            code = .syntax
            simulatorError = .scenario(message)
        case .instructionBudgetExhausted, .memoryLimitExceeded:
            code = .limitExceeded
            simulatorError = .script(error)
        default:
            code = .scriptError
            simulatorError = .script(error)
        }
        return LoadFailure(diagnostic: diagnostic(from: simulatorError.description, fallbackFile: path, code: code), error: simulatorError)
    }

    /// Splits "path:line: message" into a diagnostic.
    static func diagnostic(from message: String, fallbackFile: String, code: DiagnosticCode) -> Diagnostic {
        let parts = message.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        if parts.count == 3, let line = Int(parts[1]), parts[2].hasPrefix(" ") {
            return Diagnostic(file: String(parts[0]), line: line, column: nil, severity: .error, code: code,
                              message: String(parts[2].dropFirst()))
        }
        return Diagnostic(file: fallbackFile, line: nil, column: nil, severity: .error, code: code, message: message)
    }
}
