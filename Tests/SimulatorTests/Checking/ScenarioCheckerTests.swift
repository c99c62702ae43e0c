import Simulator
import TestSupport
import XCTest

/// `simulate check` reports every problem it can find, placed and coded.
final class ScenarioCheckerTests: XCTestCase {
    let folder = TemporaryFolder()

    private func check(_ source: String) -> [String] {
        let path = folder.write("x.lua", source)
        return ScenarioChecker.check(path: path).map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
    }

    func testEveryProblemOfABrokenScenarioIsReported() {
        let diagnostics = check("""
            return {
              id = "x", title = "X", role = "R",
              company = { name = "C", knwon_for = "care" },
              plugins = { "nope" },
              questions = {
                { id = "a", text = "A?", exmaple = "…", next = "c" },
                { id = "a", text = "Again?" },
                { id = "b", followups = { { id = "b1", text = "B1?" } } },
              },
            }
            """)
        XCTAssertEqual(diagnostics, [
            "x.lua:3:27: error: [S011] unknown key 'knwon_for' in company (did you mean 'known_for'?)",
            "x.lua:4:15: error: [P001] plugin 'nope' not found in \(folder.path), Plugins",
            "x.lua:6:30: error: [S011] unknown key 'exmaple' in questions[1] (did you mean 'example'?)",
            "x.lua:8:1: error: [S012] question 'b' needs 'text' (a string)",
            "x.lua:8:17: error: [S022] question 'b1' is a follow-up without 'when': say when to ask it",
        ])
    }

    func testStructuralProblemsOnceTheShapeIsRight() {
        let diagnostics = check("""
            return {
              id = "x", title = "X", role = "R", company = { name = "C" },
              max_followup_depth = 1,
              questions = {
                { id = "a", text = "A?", example = "e", next = "d",
                  followups = {
                    { id = "a1", text = "A1?", example = "e", when = { contains = { "x" } },
                      followups = { { id = "a2", text = "A2?", example = "e", when = { missing = { "y" } } } } },
                    { id = "a3", text = "A3?", example = "e", when = { contains = { "x" } } },
                    { id = "a4", text = "A4?", example = "e", when = { contains = { "z" }, missing = { "z" } } },
                  } },
                { id = "a1", text = "Again?" },
              },
            }
            """)
        XCTAssertEqual(diagnostics, [
            "x.lua:5:52: error: [S021] question 'a' jumps to 'd', which is not a top-level question (did you mean 'a'?)",
            "x.lua:8:32: warning: [W001] follow-up 'a2' is deeper than max_followup_depth (1) and is never asked",
            "x.lua:9:16: warning: [W002] follow-up 'a3' has the same condition as an earlier one, which is always asked instead",
            "x.lua:10:16: warning: [W003] follow-up 'a4' is never asked: it needs 'z' both present and missing",
            "x.lua:12:12: error: [S020] question id 'a1' is used twice; ids must be unique",
            "x.lua:12:12: warning: [W004] question 'a1' has no example of a strong answer",
        ])
    }

    func testSyntaxAndScriptErrors() {
        XCTAssertEqual(check("return {\n  id = 'x'\n  title = 'y'\n}"),
                       ["x.lua:3:1: error: [S001] '}' expected (to close '{' at line 1) near 'title'"])
        XCTAssertEqual(check("local t = nil\nreturn t.x"), ["x.lua:2:1: error: [S002] attempt to index a nil value (local 't')"])
        XCTAssertEqual(check("while true do end"),
                       ["x.lua:1:1: error: [S003] instruction budget exhausted (50000000 instructions); raise it with --instruction-limit if the script is right"])
    }

    func testABrokenPluginIsReportedAtItsOwnLine() {
        folder.write("broken.lua", "local x\nreturn x.y")
        folder.write("shapeless.lua", "return {}")
        let diagnostics = check("""
            return { id = "x", title = "X", role = "R", company = { name = "C" },
              plugins = { "broken", "shapeless" },
              questions = { { id = "q", text = "Q?", example = "e" } } }
            """)
        XCTAssertEqual(diagnostics, [
            "broken.lua:2:1: error: [P002] attempt to index a nil value (local 'x')",
            "x.lua:2:25: error: [P003] plugin 'shapeless' has no evaluate function; a plugin returns { evaluate = function(answer, ctx) … end }",
        ])
    }

    func testACleanScenarioHasNothingToSay() {
        XCTAssertEqual(check("""
            return { id = "x", title = "X", role = "R", company = { name = "C" },
              questions = { { id = "q", text = "Q?", example = "e" } } }
            """), [])
    }

    func testEveryCodeIsDocumented() throws {
        let guide = try String(contentsOfFile: Repository.path("docs/writing-scenarios.md"), encoding: .utf8)
        for code in DiagnosticCode.allCases {
            XCTAssertTrue(guide.contains("`\(code.rawValue)`"), "\(code.rawValue) is not in docs/writing-scenarios.md")
        }
    }
}
