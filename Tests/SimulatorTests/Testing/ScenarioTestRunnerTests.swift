import Simulator
import TestSupport
import XCTest

final class ScenarioTestRunnerTests: XCTestCase {
    let folder = TemporaryFolder()

    private func runner() -> ScenarioTestRunner {
        let path = folder.write("demo.lua", """
            return { id = "demo", title = "Demo", role = "R", company = { name = "C" },
              questions = {
                { id = "one", text = "One?", evaluate = function(answer)
                    local span = text.find(answer, "whatever")[1]
                    return { scores = { s = span and 20 or 90 },
                             flags = span and { { id = "lack-of-aspiration", evidence = span, advice = "a" } } or {} }
                  end,
                  followups = { { id = "why", text = "Why?", when = { flag = "lack-of-aspiration" } } } },
                { id = "two", text = "Two?" },
              } }
            """)
        return ScenarioTestRunner(scenarioPath: path)
    }

    func testCasesLoadFromTheSiblingTestFile() throws {
        XCTAssertEqual(ScenarioTestRunner.testFile(for: "Scenarios/x.lua"), "Scenarios/x.test.lua")
        let path = folder.write("demo.test.lua", """
            return {
              { name = "plain", seed = 3, answers = { "I plan ahead", "yes" },
                expect = { asked = { "one", "two" }, no_flags = true, score = { min = 80, max = 100 } } },
              { answers = { "whatever", "no idea" }, expect = { flags = { "lack-of-aspiration" }, asked_includes = { "why" } } },
            }
            """)
        let cases = try runner().loadCases(from: path)
        XCTAssertEqual(cases.map(\.name), ["plain", "case 2"])
        XCTAssertEqual(cases[0].seed, 3)
        XCTAssertEqual(cases[0].expect.asked, ["one", "two"])
        XCTAssertEqual(cases[0].expect.score, 80 ... 100)
        XCTAssertEqual(try cases.map { try runner().run($0).failures }, [[], []])
    }

    func testFailuresSayWhatHappened() throws {
        let testCase = ScenarioTestCase(name: "wrong", seed: 1, answers: ["whatever", "x", "y"], expect: .init(
            asked: ["one", "two"], askedIncludes: ["nope"], notAsked: ["why"], flags: ["cliche-answer"],
            notFlags: ["lack-of-aspiration"], noFlags: true, score: 90 ... 100))
        let result = try runner().run(testCase)
        XCTAssertEqual(result.failures, [
            "asked one, why, two; expected one, two",
            "'nope' was not asked",
            "'why' was asked",
            "red flag 'cliche-answer' was not raised",
            "red flag 'lack-of-aspiration' was raised",
            "red flags were raised: lack-of-aspiration on 'whatever'",
            "the score was 20, expected 90–100",
        ])
    }

    func testAMistypedExpectationIsAnError() throws {
        let path = folder.write("bad.test.lua", "return { { answers = { 'a' }, expect = { flag = { 'x' } } } }")
        XCTAssertThrowsError(try runner().loadCases(from: path)) { error in
            XCTAssertEqual("\(error)", "\(path): case 1: unknown expectation 'flag' (did you mean 'flags'?)")
        }
    }
}
