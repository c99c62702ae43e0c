import Foundation
import Simulator
import TestSupport
import XCTest

/// The Lua in `docs/scenario-api.md` runs as written, so the documentation cannot go stale.
final class DocumentationTests: XCTestCase {
    private func luaBlocks(in document: String) throws -> [String] {
        let text = try String(contentsOfFile: Repository.path(document), encoding: .utf8)
        return text.components(separatedBy: "```lua\n").dropFirst().map { String($0.components(separatedBy: "```")[0]) }
    }

    func testTheCompleteExampleRunsASession() throws {
        let folder = TemporaryFolder()
        let blocks = try luaBlocks(in: "docs/scenario-api.md")
        let scenario = try XCTUnwrap(blocks.first { $0.contains("Scenarios/barista.lua") })
        let host = try makeHost(scenario, seed: 3, in: folder, name: "barista.lua")
        XCTAssertEqual(host.scenario.id, "barista")
        let frontend = ListFrontend(answers: [
            "I just want a job, whatever comes.", "I guess so.", "I love coffee, honestly.", "I want to take the roasting course within a year.",
            "Roasting is a craft I want to master.",
        ])
        let result = try SessionEngine(host: host).run(frontend: frontend)
        XCTAssertEqual(frontend.askedIDs[1], "goals-probe", "the flag follow-up: \(frontend.askedIDs)")
        XCTAssertEqual(frontend.askedIDs.suffix(2), ["learning", "roasting"], "the jump skipped wrap-up: \(frontend.askedIDs)")
        let report = try FeedbackBuilder.build(host: host, turns: result.turns, reason: result.reason)
        XCTAssertTrue(report.summary?.hasPrefix("You scored") ?? false)
        XCTAssertEqual(report.criteria["education"], 90)
    }

    func testThePluginExampleWorks() throws {
        let folder = TemporaryFolder()
        let plugin = try XCTUnwrap(try luaBlocks(in: "docs/scenario-api.md").first { $0.contains("Plugins/enthusiasm.lua") })
        folder.write("enthusiasm.lua", plugin)
        let host = try makeHost("""
            return { id = "x", title = "X", role = "R", company = { name = "C" }, plugins = { "enthusiasm" },
                     questions = { { id = "q", text = "Q?" } } }
            """, in: folder)
        let evaluation = try host.evaluate("I'm really excited about it", for: host.scenario.topLevelQuestions[0], parent: nil, turns: [])
        XCTAssertEqual(evaluation.scores, ["enthusiasm": 90])
        XCTAssertEqual(evaluation.strengths, ["You showed excitement about the role."])
    }
}
