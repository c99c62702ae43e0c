import Foundation
import Simulator
import TestSupport
import XCTest

/// Every scenario in `Scenarios/`: it loads, its own test cases pass and reach every follow-up and red
/// flag, and every question has an example answer that works and says why.
final class ShippedScenarioTests: XCTestCase {
    static let redFlags = ["misaligned-goals", "lack-of-aspiration", "cliche-answer", "unrealistic-or-unclear-goals"]
    static let options = HostOptions(pluginFolders: [Repository.path("Plugins")])

    static var scenarios: [String] {
        let folder = Repository.path("Scenarios")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".lua") && !$0.hasSuffix(".test.lua") }.sorted().map { folder + "/" + $0 }
    }

    private func allQuestions(_ scenario: Scenario) -> [(question: Scenario.Question, parent: String?)] {
        func walk(_ questions: [Scenario.Question], parent: String?) -> [(Scenario.Question, String?)] {
            questions.flatMap { [($0, parent)] + walk($0.followups.map(\.question), parent: $0.id) }
        }
        return walk(scenario.topLevelQuestions, parent: nil)
    }

    func testTheLibraryHasItsScenarios() {
        let names = Self.scenarios.map { URL(fileURLWithPath: $0).lastPathComponent }
        for expected in ["customer-service.lua", "project-coordinator.lua", "graduate-program.lua", "career-goals.lua", "five-years.lua"] {
            XCTAssertTrue(names.contains(expected), "missing \(expected)")
        }
    }

    func testEveryQuestionHasAnExampleThatWorksAndSaysWhy() throws {
        for path in Self.scenarios {
            let host = try ScenarioHost(scenarioAt: path, options: Self.options, seed: 1)
            for (question, parent) in allQuestions(host.scenario) {
                let place = "\(host.scenario.id)/\(question.id)"
                let example = try XCTUnwrap(question.example, "\(place) has no example")
                XCTAssertNotNil(question.why, "\(place) does not say why its example works")
                let evaluation = try host.evaluate(example, for: question, parent: parent, turns: [])
                XCTAssertEqual(evaluation.flags.map(\.id), [], "\(place): \(evaluation.flags.map(\.evidence))")
                XCTAssertGreaterThanOrEqual(evaluation.score ?? 0, 65, "\(place) example scores \(evaluation.score ?? 0)")
            }
        }
    }

    func testEveryScenarioDeclaresTheHeuristicsAndAsksAReasonableNumberOfQuestions() throws {
        for path in Self.scenarios {
            let host = try ScenarioHost(scenarioAt: path, options: Self.options, seed: 1)
            XCTAssertTrue(host.scenario.plugins.contains("red_flags"), host.scenario.id)
            let count = SessionEngine(host: host).plan.count
            let range = host.scenario.id == "five-years" ? 3 ... 4 : 5 ... 8
            XCTAssertTrue(range.contains(count), "\(host.scenario.id) asks \(count) main questions")
        }
    }

    func testEveryScenariosCasesPassAndReachEveryFollowupAndRedFlag() throws {
        for path in Self.scenarios {
            let runner = ScenarioTestRunner(scenarioPath: path, options: Self.options)
            let testFile = ScenarioTestRunner.testFile(for: path)
            XCTAssertTrue(FileManager.default.fileExists(atPath: testFile), "\(path) has no test file")
            guard FileManager.default.fileExists(atPath: testFile) else { continue }
            var asked: Set<String> = [], flags: Set<String> = []
            var cleanRun = false
            for testCase in try runner.loadCases(from: testFile) {
                let result = try runner.run(testCase)
                XCTAssertEqual(result.failures, [], "\(testFile): \(result.name)")
                asked.formUnion(result.asked)
                flags.formUnion(result.flags)
                if testCase.expect.noFlags { cleanRun = true }
            }
            let host = try ScenarioHost(scenarioAt: path, options: Self.options, seed: 1)
            let followups = allQuestions(host.scenario).filter { $0.parent != nil }.map(\.question.id)
            XCTAssertEqual(Set(followups).subtracting(asked), [], "\(host.scenario.id): follow-ups no case reaches")
            XCTAssertEqual(Set(Self.redFlags).subtracting(flags), [], "\(host.scenario.id): red flags no case raises")
            XCTAssertTrue(cleanRun, "\(host.scenario.id): no case of a strong candidate without red flags")
        }
    }
}
