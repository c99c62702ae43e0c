import Foundation
import TestSupport
import XCTest

/// `simulate check|test|try|graph|new` end to end.
final class AuthoringCommandTests: XCTestCase {
    let folder = TemporaryFolder()

    private var demo: String {
        folder.write("demo.lua", """
            return { id = "demo", title = "Demo", role = "R", company = { name = "C" },
              questions = {
                { id = "goals", text = "Goals?", example = "A plan.", evaluate = function(answer)
                    local span = text.find(answer, "whatever")[1]
                    return { scores = { s = span and 20 or 90 },
                             flags = span and { { id = "lack-of-aspiration", evidence = span, advice = "Name a goal." } } or {} }
                  end,
                  followups = { { id = "why", text = "Why?", example = "Because.", when = { flag = "lack-of-aspiration" } } } },
              } }
            """)
    }

    func testCheckListsProblemsAndExitsOneOnErrors() throws {
        let broken = folder.write("broken.lua", """
            return { id = "b", title = "B", role = "R", company = { name = "C" },
              questions = { { id = "q", txt = "Q?" } } }
            """)
        let output = try SimulateProcess.run(["check", broken, demo])
        XCTAssertEqual(output.status, 1)
        XCTAssertEqual(output.stdout, """
            \(broken):2:1: error: [S012] question 'q' needs 'text' (a string)
            \(broken):2:29: error: [S011] unknown key 'txt' in questions[1] (did you mean 'text'?)

            """)
        XCTAssertEqual(output.stderr, "2 files checked: 2 errors, 0 warnings\n")

        let clean = try SimulateProcess.run(["check", demo, "--format", "json"])
        XCTAssertEqual(clean.status, 0, clean.stderr)
        XCTAssertEqual(clean.stdout, "[\n\n]\n")
    }

    func testCheckJSON() throws {
        let broken = folder.write("broken.lua", "return {")
        let output = try SimulateProcess.run(["check", broken, "--format", "json"])
        XCTAssertEqual(output.status, 1)
        let diagnostics = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as! [[String: Any]]
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics[0]["code"] as? String, "S001")
        XCTAssertEqual(diagnostics[0]["severity"] as? String, "error")
        XCTAssertEqual(diagnostics[0]["line"] as? Int, 1)
        XCTAssertEqual(diagnostics[0]["file"] as? String, broken)
    }

    func testTestRunsCasesAndReportsCoverage() throws {
        let scenario = demo
        folder.write("demo.test.lua", """
            return {
              { name = "plain", answers = { "I plan ahead" }, expect = { asked = { "goals" }, no_flags = true } },
              { name = "probed", answers = { "whatever", "because" }, expect = { asked_includes = { "why" }, flags = { "lack-of-aspiration" } } },
            }
            """)
        let output = try SimulateProcess.run(["test", scenario])
        XCTAssertEqual(output.status, 0, output.stdout + output.stderr)
        XCTAssertTrue(output.stdout.contains("  PASS plain\n  PASS probed\n"), output.stdout)
        XCTAssertTrue(output.stdout.contains("coverage: 1/1 questions, 1/1 follow-ups, 1/1 red flags"), output.stdout)
        XCTAssertTrue(output.stdout.contains("2 passed, 0 failed"), output.stdout)

        folder.write("demo.test.lua", "return { { name = 'wrong', answers = { 'I plan' }, expect = { flags = { 'cliche-answer' } } } }")
        let failing = try SimulateProcess.run(["test", scenario, "--format", "json"])
        XCTAssertEqual(failing.status, 1)
        let reports = try JSONSerialization.jsonObject(with: Data(failing.stdout.utf8)) as! [[String: Any]]
        let cases = reports[0]["cases"] as! [[String: Any]]
        XCTAssertEqual(cases[0]["failures"] as? [String], ["red flag 'cliche-answer' was not raised"])
        XCTAssertEqual((reports[0]["coverage"] as! [String: Any])["missed_followups"] as? [String], ["why"])
    }

    func testTryFromAnOptionOrStandardInput() throws {
        let scenario = demo
        let option = try SimulateProcess.run(["try", scenario, "--question", "goals", "--answer", "whatever"])
        XCTAssertEqual(option.status, 0, option.stderr)
        XCTAssertTrue(option.stdout.contains("Score: 20/100"), option.stdout)
        XCTAssertTrue(option.stdout.contains("Next: follow-up 'why'"), option.stdout)
        let piped = try SimulateProcess.run(["try", scenario, "--question", "goals", "--format", "json"], stdin: "I have a plan")
        let trial = try JSONSerialization.jsonObject(with: Data(piped.stdout.utf8)) as! [String: Any]
        XCTAssertEqual(trial["score"] as? Int, 90)
        XCTAssertTrue(trial["followup"] is NSNull || trial["followup"] == nil)
        let unknown = try SimulateProcess.run(["try", scenario, "--question", "nope", "--answer", "x"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.hasSuffix("no question 'nope'\n"), unknown.stderr)
    }

    func testGraph() throws {
        let output = try SimulateProcess.run(["graph", demo, "--format", "dot"])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.hasPrefix("digraph \"demo\" {"), output.stdout)
        XCTAssertTrue(output.stdout.contains("\"goals\" -> \"why\""), output.stdout)
    }

    func testNewWritesFilesThatPassCheckAndTest() throws {
        let output = try SimulateProcess.run(["new", "barista", "--folder", folder.path + "/Scenarios"])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.contains("wrote \(folder.path)/Scenarios/barista.lua"), output.stdout)
        let plugins = Repository.path("Plugins")
        let check = try SimulateProcess.run(["check", folder.path + "/Scenarios/barista.lua", "--plugins", plugins])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        let test = try SimulateProcess.run(["test", folder.path + "/Scenarios/barista.lua", "--plugins", plugins])
        XCTAssertEqual(test.status, 0, test.stdout + test.stderr)
        let again = try SimulateProcess.run(["new", "barista", "--folder", folder.path + "/Scenarios"])
        XCTAssertEqual(again.status, 1)
        let invalid = try SimulateProcess.run(["new", "Bad Name"])
        XCTAssertEqual(invalid.status, 2)
    }
}
