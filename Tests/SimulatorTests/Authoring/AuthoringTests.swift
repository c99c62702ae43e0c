import Foundation
import Simulator
import TestSupport
import XCTest

final class AuthoringTests: XCTestCase {
    let folder = TemporaryFolder()

    static let scenario = """
        return { id = "demo", title = "Demo", role = "R", company = { name = "C" },
          questions = {
            { id = "goals", text = "Goals?", next = "last",
              evaluate = function(answer)
                local span = text.find(answer, "whatever")[1]
                return { scores = { s = span and 20 or 90 },
                         flags = span and { { id = "lack-of-aspiration", evidence = span, advice = "Name a goal." } } or {} }
              end,
              followups = { { id = "why", text = "Why?", when = { flag = "lack-of-aspiration" },
                              followups = { { id = "deeper", text = "Deeper?", when = { score_below = 50 } } } } } },
            { pool = "p", pick = 1, questions = { { id = "p1", text = "P1?" }, { id = "p2", text = "P2?" } } },
            { id = "last", text = "Last?" },
          } }
        """

    func testTryEvaluatesOneAnswerAndSaysWhatComesNext() throws {
        let host = try makeHost(Self.scenario, in: folder)
        let flagged = try AnswerTrial.run(host: host, questionID: "goals", answer: "whatever, really")
        XCTAssertEqual(flagged.score, 20)
        XCTAssertEqual(flagged.evaluation.flags.map(\.evidence), ["whatever"])
        XCTAssertEqual(flagged.followup, "why")
        XCTAssertTrue(flagged.text.contains("! lack-of-aspiration at 1-8: \"whatever\""), flagged.text)
        XCTAssertTrue(flagged.text.contains("Next: follow-up 'why'"), flagged.text)
        let plain = try AnswerTrial.run(host: host, questionID: "goals", answer: "I have a plan")
        XCTAssertNil(plain.followup)
        XCTAssertEqual(plain.jump, "last")
        let nested = try AnswerTrial.run(host: host, questionID: "why", answer: "no reason")
        XCTAssertNil(nested.jump, "follow-ups do not jump")
        XCTAssertThrowsError(try AnswerTrial.run(host: host, questionID: "goal", answer: "x")) { error in
            XCTAssertTrue("\(error)".hasSuffix("no question 'goal' (did you mean 'goals'?)"), "\(error)")
        }
    }

    func testGraphsShowOrderPoolsFollowupsAndJumps() throws {
        let scenario = try makeHost(Self.scenario, in: folder).scenario
        let mermaid = ScenarioGraph.render(scenario, format: .mermaid)
        for expected in ["flowchart TD", "n_start((start))", "n_start --> n_goals", "n_goals -.->|\"flag lack-of-aspiration\"| n_why",
                         "n_why -.->|\"score < 50\"| n_deeper", "n_goals ==>|\"next\"| n_last", "subgraph pool_0[\"pool p: 1 of 2\"]",
                         "n_goals -->|\"drawn\"| n_p1", "n_p2 --> n_last", "n_last --> n_end"] {
            XCTAssertTrue(mermaid.contains(expected), "missing \(expected) in\n\(mermaid)")
        }
        let dot = ScenarioGraph.render(scenario, format: .dot)
        for expected in ["digraph \"demo\" {", "\"goals\" -> \"why\" [label=\"flag lack-of-aspiration\", style=dashed];",
                         "\"goals\" -> \"last\" [label=\"next\", style=dotted, color=blue];", "subgraph \"cluster_0\""] {
            XCTAssertTrue(dot.contains(expected), "missing \(expected) in\n\(dot)")
        }
    }

    func testNewWritesAScenarioThatPassesCheckAndTest() throws {
        let written = try ScenarioTemplate.write(name: "barista", folder: folder.path + "/Scenarios")
        XCTAssertEqual(written, [folder.path + "/Scenarios/barista.lua", folder.path + "/Scenarios/barista.test.lua"])
        let options = HostOptions(pluginFolders: [Repository.path("Plugins")])
        XCTAssertEqual(ScenarioChecker.check(path: written[0], options: options).map(\.description), [])
        XCTAssertEqual(ScenarioChecker.check(path: written[1], options: options).map(\.description), [])
        let report = try ScenarioTestSuite.run(scenarioPath: written[0], options: options)
        XCTAssertEqual(report.results.map(\.failures), Array(repeating: [], count: report.results.count))
        XCTAssertEqual(report.coverage.missedFollowups, [])
        XCTAssertThrowsError(try ScenarioTemplate.write(name: "barista", folder: folder.path + "/Scenarios")) { error in
            XCTAssertTrue("\(error)".hasSuffix("barista.lua: already exists; choose another name or remove it"), "\(error)")
        }
    }

    func testCasesCanLiveInTheScenarioItself() throws {
        let path = folder.write("inline.lua", """
            return { id = "inline", title = "T", role = "R", company = { name = "C" },
              questions = { { id = "q", text = "Q?" } },
              tests = { { name = "one answer", answers = { "hello" }, expect = { asked = { "q" }, no_flags = true } } } }
            """)
        let report = try ScenarioTestSuite.run(scenarioPath: path)
        XCTAssertEqual(report.results.map(\.name), ["one answer"])
        XCTAssertTrue(report.passed)
        XCTAssertEqual(report.coverage.questions, ["q"])
    }
}
