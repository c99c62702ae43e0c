import Foundation
import LuaBridge

/// What a scenario's test cases reached, and what they missed.
public struct Coverage: Codable, Equatable, Sendable {
    public var questions: [String]
    public var followups: [String]
    public var flags: [String]
    public var missedQuestions: [String]
    public var missedFollowups: [String]
    public var missedFlags: [String]

    enum CodingKeys: String, CodingKey {
        case questions, followups, flags
        case missedQuestions = "missed_questions"
        case missedFollowups = "missed_followups"
        case missedFlags = "missed_flags"
    }
}

/// The results of all of a scenario's test cases.
public struct ScenarioTestReport: Sendable {
    public var scenario: String
    public var testFile: String
    public var results: [ScenarioTestResult]
    public var coverage: Coverage

    public var passed: Bool { results.allSatisfy(\.passed) }
}

/// `simulate test`: runs a scenario's cases (from `NAME.test.lua`) and measures their coverage.
public enum ScenarioTestSuite {
    /// - Throws: ``SimulatorError`` when the scenario or its test file cannot be loaded, or a case
    ///   makes the scenario fail.
    public static func run(scenarioPath: String, options: HostOptions = HostOptions()) throws -> ScenarioTestReport {
        let runner = ScenarioTestRunner(scenarioPath: scenarioPath, options: options)
        let host = try ScenarioHost(scenarioAt: scenarioPath, options: options, seed: 1)
        var testFile = ScenarioTestRunner.testFile(for: scenarioPath)
        let cases: [ScenarioTestCase]
        if FileManager.default.fileExists(atPath: testFile) {
            cases = try runner.loadCases(from: testFile)
        } else if let tests = host.scenario.tests {
            cases = try runner.cases(from: tests, path: scenarioPath)
            testFile = scenarioPath
        } else {
            throw SimulatorError.scenario("\(scenarioPath): no test cases; write them in \(testFile) or in the scenario's tests (see docs/writing-scenarios.md)")
        }
        let results = try cases.map { try runner.run($0) }
        let asked = Set(results.flatMap(\.asked)), raised = Set(results.flatMap(\.flags))
        var questions: [String] = [], followups: [String] = []
        func walk(_ question: Scenario.Question, isFollowup: Bool) {
            if isFollowup { followups.append(question.id) } else { questions.append(question.id) }
            for followup in question.followups { walk(followup.question, isFollowup: true) }
        }
        for question in host.scenario.topLevelQuestions { walk(question, isFollowup: false) }
        let flags = host.possibleFlags
        let coverage = Coverage(questions: questions, followups: followups, flags: flags,
                                missedQuestions: questions.filter { !asked.contains($0) },
                                missedFollowups: followups.filter { !asked.contains($0) },
                                missedFlags: flags.filter { !raised.contains($0) })
        return ScenarioTestReport(scenario: host.scenario.id, testFile: testFile, results: results, coverage: coverage)
    }
}
