import ArgumentParser
import Foundation
import Simulator

/// `simulate check FILE…`: every problem in the scenarios, without running a session.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report every problem in scenarios without running them.",
        discussion: "Diagnostics read path:line:column: error|warning: [CODE] message; codes are listed in docs/writing-scenarios.md. Exits 1 when there is an error."
    )

    @Argument(help: "Scenario files.")
    var files: [String]

    @Option(name: .long, help: "text or json.")
    var format: ReportFormat = .text

    @OptionGroup var lua: LuaOptions

    func run() throws {
        var diagnostics: [Diagnostic] = []
        for file in files {
            let path = (try? ScenarioPath.resolve(file)) ?? file
            diagnostics += ScenarioChecker.check(path: path, options: lua.hostOptions)
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        switch format {
        case .json: Terminal.write(try JSONOutput.encode(diagnostics))
        case .text:
            for diagnostic in diagnostics { Terminal.write(diagnostic.description + "\n") }
            let warnings = diagnostics.count - errors
            Terminal.writeError("\(files.count) file\(files.count == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
        }
        if errors > 0 { throw ExitCode(1) }
    }
}

/// Text for people, JSON for programs.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
