import Foundation
import LuaBridge

/// `simulate check`: loads a scenario in the sandbox and reports every problem it can find, without
/// running a session.
public enum ScenarioChecker {
    /// - Returns: the diagnostics, in file order (an empty list: nothing to report).
    public static func check(path: String, options: HostOptions = HostOptions()) -> [Diagnostic] {
        guard FileManager.default.fileExists(atPath: path) else {
            return [Diagnostic(file: path, line: nil, column: nil, severity: .error, code: .scriptError, message: "no such scenario file")]
        }
        if path.hasSuffix(".test.lua") { return checkTests(path: path, options: options) }
        var diagnostics: [Diagnostic] = []
        do {
            var loading = try ScenarioLoading(path: path, options: options, seed: 1)
            let value = try loading.runScript()
            let loader = ScenarioLoader(path: path, source: loading.source)
            _ = loader.load(value)
            diagnostics += loader.diagnostics
            // Plugins are checked even when the scenario has other problems: every problem counts.
            let declared = value.tableValue?["plugins"].tableValue?.array.compactMap(\.stringValue) ?? []
            for name in declared {
                do { _ = try loading.plugin(named: name) } catch let failure as LoadFailure { diagnostics.append(failure.diagnostic) }
            }
        } catch let failure as LoadFailure {
            diagnostics.append(failure.diagnostic)
        } catch {
            diagnostics.append(Diagnostic(file: path, line: nil, column: nil, severity: .error, code: .scriptError, message: "\(error)"))
        }
        return diagnostics.enumerated().sorted { a, b in
            (a.element.file, a.element.line ?? 0, a.element.column ?? 0, a.offset)
                < (b.element.file, b.element.line ?? 0, b.element.column ?? 0, b.offset)
        }.map(\.element)
    }

    /// A test file: its cases must load, and its scenario (the file beside it) must exist.
    static func checkTests(path: String, options: HostOptions) -> [Diagnostic] {
        let scenario = String(path.dropLast(".test.lua".count)) + ".lua"
        guard FileManager.default.fileExists(atPath: scenario) else {
            return [Diagnostic(file: path, line: nil, column: nil, severity: .error, code: .missingKey,
                               message: "no scenario \(scenario) beside this test file")]
        }
        do {
            _ = try ScenarioTestRunner(scenarioPath: scenario, options: options).loadCases(from: path)
            return []
        } catch let error as SimulatorError {
            return [ScenarioLoading.diagnostic(from: error.description, fallbackFile: path, code: .invalidValue)]
        } catch {
            return [Diagnostic(file: path, line: nil, column: nil, severity: .error, code: .scriptError, message: "\(error)")]
        }
    }
}
