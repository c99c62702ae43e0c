import ArgumentParser
import Foundation
import Simulator

/// `simulate test FILE…`: the scenarios' scripted test cases, and what they cover.
struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run scenarios' test cases (NAME.test.lua) and report coverage.",
        discussion: "Each case plays scripted answers and checks the questions asked, the red flags and the score. Exits 1 when a case fails."
    )

    @Argument(help: "Scenario files.")
    var files: [String]

    @Option(name: .long, help: "text or json.")
    var format: ReportFormat = .text

    @OptionGroup var lua: LuaOptions

    struct Output: Encodable {
        var scenario: String
        var cases: [Case]
        var coverage: Coverage

        struct Case: Encodable {
            var name: String
            var passed: Bool
            var failures: [String]
            var asked: [String]
            var flags: [String]
            var score: Int
        }
    }

    func run() throws {
        var reports: [ScenarioTestReport] = []
        do {
            for file in files {
                reports.append(try ScenarioTestSuite.run(scenarioPath: try ScenarioPath.resolve(file), options: lua.hostOptions))
            }
        } catch let error as SimulatorError {
            throw fail(error)
        }
        switch format {
        case .json:
            Terminal.write(try JSONOutput.encode(reports.map { report in
                Output(scenario: report.scenario, cases: report.results.map {
                    .init(name: $0.name, passed: $0.passed, failures: $0.failures, asked: $0.asked, flags: $0.flags, score: $0.score)
                }, coverage: report.coverage)
            }))
        case .text:
            for report in reports { Terminal.write(Self.text(report)) }
        }
        if !reports.allSatisfy(\.passed) { throw ExitCode(1) }
    }

    static func text(_ report: ScenarioTestReport) -> String {
        var lines = ["\(report.scenario) (\(report.testFile))"]
        for result in report.results {
            lines.append("  \(result.passed ? "PASS" : "FAIL") \(result.name)")
            for failure in result.failures { lines.append("       \(failure)") }
        }
        let coverage = report.coverage
        func part(_ name: String, _ all: [String], _ missed: [String]) -> String {
            "\(all.count - missed.count)/\(all.count) \(name)"
        }
        lines.append("  coverage: " + [part("questions", coverage.questions, coverage.missedQuestions),
                                      part("follow-ups", coverage.followups, coverage.missedFollowups),
                                      part("red flags", coverage.flags, coverage.missedFlags)].joined(separator: ", "))
        if !coverage.missedQuestions.isEmpty { lines.append("    questions never asked: " + coverage.missedQuestions.joined(separator: ", ")) }
        if !coverage.missedFollowups.isEmpty { lines.append("    follow-ups never asked: " + coverage.missedFollowups.joined(separator: ", ")) }
        if !coverage.missedFlags.isEmpty { lines.append("    red flags never raised: " + coverage.missedFlags.joined(separator: ", ")) }
        let passed = report.results.filter(\.passed).count
        lines.append("  \(passed) passed, \(report.results.count - passed) failed")
        return lines.joined(separator: "\n") + "\n"
    }
}
