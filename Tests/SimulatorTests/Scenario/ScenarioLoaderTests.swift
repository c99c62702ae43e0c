import Simulator
import TestSupport
import XCTest

/// Broken scenarios get one-line errors that name the file and line, like a compiler's.
final class ScenarioLoaderTests: XCTestCase {
    let folder = TemporaryFolder()

    private func loadError(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try makeHost(source, in: folder, name: "x.lua")
            XCTFail("expected an error", file: file, line: line)
        } catch {
            return "\(error)".replacingOccurrences(of: folder.path + "/", with: "")
        }
        return ""
    }

    static let valid = """
        return {
          id = "demo",
          title = "Demo",
          role = "Tester",
          company = { name = "Acme", known_for = "quality", values = { "care" }, growth_paths = { "lead" } },
          questions = {
            { id = "goals", text = "What are your goals?", example = "Lead a team." },
          },
        }
        """

    func testAValidScenarioLoads() throws {
        let host = try makeHost(Self.valid, in: folder)
        XCTAssertEqual(host.scenario.id, "demo")
        XCTAssertEqual(host.scenario.company, .init(name: "Acme", knownFor: "quality", values: ["care"], growthPaths: ["lead"]))
        XCTAssertEqual(host.scenario.topLevelQuestions.map(\.id), ["goals"])
        XCTAssertEqual(host.scenario.maxFollowupDepth, 2)
    }

    func testASyntaxErrorNamesFileAndLine() {
        XCTAssertEqual(loadError("return {\n  id = 'x'\n  title = 'y',\n}"),
                       "x.lua:3: '}' expected (to close '{' at line 1) near 'title'")
    }

    func testAnUnknownKeyIsPlacedAndCorrected() {
        let source = Self.valid.replacingOccurrences(of: "example = ", with: "exmaple = ")
        XCTAssertEqual(loadError(source), "x.lua:7: unknown key 'exmaple' in questions[1] (did you mean 'example'?)")
    }

    func testAWrongTypeIsNamed() {
        let source = Self.valid.replacingOccurrences(of: "role = \"Tester\"", with: "role = 42")
        XCTAssertEqual(loadError(source), "x.lua:4: the scenario: 'role' must be a string (got number)")
    }

    func testAMissingFieldIsNamed() {
        let source = Self.valid.replacingOccurrences(of: "  title = \"Demo\",\n", with: "")
        XCTAssertEqual(loadError(source), "x.lua:1: the scenario needs 'title' (a string)")
        let question = Self.valid.replacingOccurrences(of: "text = \"What are your goals?\", ", with: "")
        XCTAssertEqual(loadError(question), "x.lua:7: question 'goals' needs 'text' (a string)")
    }

    func testNotATable() {
        XCTAssertEqual(loadError("local x = 1\nreturn 42"), "x.lua:2: the scenario must return a table (got number)")
    }

    func testDuplicateIDs() {
        let source = Self.valid.replacingOccurrences(
            of: "{ id = \"goals\", text = \"What are your goals?\", example = \"Lead a team.\" },",
            with: "{ id = \"goals\", text = \"A?\" },\n    { id = \"goals\", text = \"B?\" },")
        XCTAssertEqual(loadError(source), "x.lua:8: question id 'goals' is used twice; ids must be unique")
    }

    func testAJumpToAMissingQuestion() {
        let source = Self.valid.replacingOccurrences(of: "example = \"Lead a team.\"", with: "next = \"goal\"")
        XCTAssertEqual(loadError(source), "x.lua:7: question 'goals' jumps to 'goal', which is not a top-level question (did you mean 'goals'?)")
    }

    func testAFollowupNeedsACondition() {
        let source = Self.valid.replacingOccurrences(of: "example = \"Lead a team.\"",
                                                     with: "followups = { { id = \"more\", text = \"More?\" } }")
        XCTAssertEqual(loadError(source), "x.lua:7: question 'more' is a follow-up without 'when': say when to ask it")
    }

    func testAnUnknownConditionIsCorrected() {
        let source = Self.valid.replacingOccurrences(of: "example = \"Lead a team.\"",
                                                     with: "followups = { { id = \"more\", text = \"More?\", when = { contain = { \"x\" } } } }")
        XCTAssertEqual(loadError(source), "x.lua:7: unknown key 'contain' in question 'more' when (did you mean 'contains'?)")
    }

    func testAMissingPluginIsPlaced() {
        let source = Self.valid.replacingOccurrences(of: "  questions = {", with: "  plugins = { \"nope\" },\n  questions = {")
        XCTAssertTrue(loadError(source).hasPrefix("x.lua:6: plugin 'nope' not found in "), loadError(source))
    }

    func testAPluginWithoutEvaluate() {
        folder.write("empty.lua", "return {}")
        let source = Self.valid.replacingOccurrences(of: "  questions = {", with: "  plugins = { \"empty\" },\n  questions = {")
        XCTAssertEqual(loadError(source), "x.lua:6: plugin 'empty' has no evaluate function; a plugin returns { evaluate = function(answer, ctx) … end }")
    }

    func testABrokenPluginReportsItsOwnLine() {
        folder.write("broken.lua", "local x = nil\nreturn x.field")
        let source = Self.valid.replacingOccurrences(of: "  questions = {", with: "  plugins = { \"broken\" },\n  questions = {")
        XCTAssertEqual(loadError(source), "broken.lua:2: attempt to index a nil value (local 'x')")
    }

    func testAPoolPickingTooMany() {
        let source = Self.valid.replacingOccurrences(
            of: "{ id = \"goals\", text = \"What are your goals?\", example = \"Lead a team.\" },",
            with: "{ pool = \"p\", pick = 3, questions = { { id = \"a\", text = \"A?\" } } },")
        XCTAssertEqual(loadError(source), "x.lua:7: pool 'p' picks 3 of 1 questions; pick must be 1 to 1")
    }

    func testAHugePoolSizeIsAnErrorNotACrash() {
        let source = Self.valid.replacingOccurrences(
            of: "{ id = \"goals\", text = \"What are your goals?\", example = \"Lead a team.\" },",
            with: "{ pool = \"p\", pick = math.huge, questions = { { id = \"a\", text = \"A?\" } } },")
        XCTAssertEqual(loadError(source), "x.lua:7: pool 'p' picks inf of 1 questions; pick must be 1 to 1")
    }

    func testAScenarioThatLoopsForeverAtLoad() {
        let message = loadError("while true do end")
        XCTAssertEqual(message, "x.lua:1: instruction budget exhausted (50000000 instructions); raise it with --instruction-limit if the script is right")
    }
}
