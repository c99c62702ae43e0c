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
            (a.element.file, a.element.line ?? 0, a.offset) < (b.element.file, b.element.line ?? 0, b.offset)
        }.map(\.element)
    }
}
