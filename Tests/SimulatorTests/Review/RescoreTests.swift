import Foundation
import Simulator
import TestSupport
import XCTest

final class RescoreTests: ReviewTestCase {
    func testAnUnchangedScenarioChangesNothing() throws {
        let path = try record(["whatever", "because", "done"])
        let result = try Rescorer.rescore(transcriptAt: path)
        XCTAssertEqual(result.changedSources, [])
        XCTAssertFalse(result.changed)
        XCTAssertEqual(result.scoreBefore, result.scoreAfter)
        XCTAssertTrue(result.text.contains("The scenario and its plugins are unchanged since the recording."))
    }

    func testAChangedHeuristicShowsScoresFlagsAndTheNewPath() throws {
        let path = try record(["I have a plan", "done"])
        // The heuristic now flags "plan", and the follow-up now comes for it: the recording has no
        // answer to the follow-up, so it is newly asked and skipped.
        folder.write("demo.lua", scenarioSource(flagWord: "plan"))
        let result = try Rescorer.rescore(transcriptAt: path)
        XCTAssertEqual(result.changedSources.map(\.change), ["changed"])
        XCTAssertTrue(result.changed)
        XCTAssertEqual(result.turns.map(\.questionID), ["goals", "last", "why"])
        XCTAssertEqual(result.turns.map(\.status), ["changed", "same", "newly-asked"])
        XCTAssertEqual(result.turns[0].flagsGained, ["lack-of-aspiration"])
        XCTAssertEqual(result.scoreBefore, 80)
        XCTAssertEqual(result.scoreAfter, 45)
        XCTAssertTrue(result.text.contains("score 80 → 45 (-35)"), result.text)
        XCTAssertTrue(result.text.contains("why: would now be asked (no recorded answer)"), result.text)
    }

    func testAFollowupTheScenarioNoLongerAsks() throws {
        let path = try record(["whatever", "because", "done"])
        folder.write("demo.lua", scenarioSource(flagWord: "nothing-matches"))
        let result = try Rescorer.rescore(transcriptAt: path)
        XCTAssertEqual(result.turns.map(\.status), ["changed", "no-longer-asked", "same"])
        XCTAssertEqual(result.turns[0].flagsLost, ["lack-of-aspiration"])
        XCTAssertEqual(result.scoreBefore, 45)
        XCTAssertEqual(result.scoreAfter, 80)
        XCTAssertTrue(result.text.contains("why: no longer asked"), result.text)
        XCTAssertTrue(result.text.contains("goals: score 45 → 80; loses lack-of-aspiration"), result.text)
    }

    func testAMissingScenarioIsNamed() throws {
        let path = try record(["x", "y"])
        try FileManager.default.removeItem(atPath: folder.url.appendingPathComponent("demo.lua").path)
        XCTAssertThrowsError(try Rescorer.rescore(transcriptAt: path)) { error in
            XCTAssertTrue("\(error)".contains("its scenario \(folder.path)/demo.lua is not found"), "\(error)")
        }
    }

    func testManyAtOnceGiveTheSameSummaryWhateverTheNumberOfWorkers() throws {
        for index in 0 ..< 24 {
            let answers = index % 3 == 0 ? ["whatever", "because", "done"] : ["I have a plan \(index)", "done"]
            try record(answers, name: "batch/\(index % 4)/t\(index).jsonl")
        }
        folder.write("batch/broken.jsonl", "not a transcript\n")
        folder.write("demo.lua", scenarioSource(flagWord: "plan"))
        let one = BatchRescorer(jobs: 1).run([folder.path + "/batch"])
        let four = BatchRescorer(jobs: 4).run([folder.path + "/batch"])
        XCTAssertEqual(one, four)
        XCTAssertEqual(one.files, 24)
        XCTAssertEqual(one.failed, 1)
        XCTAssertEqual(one.failures, ["\(folder.path)/batch/broken.jsonl:1: not a transcript record of format 1"])
        XCTAssertEqual(one.changed, 24)
        XCTAssertEqual(one.distributionBefore.reduce(0, +), 24)
        XCTAssertEqual(one.distributionAfter.reduce(0, +), 24)
        XCTAssertEqual(one.flagsGained["lack-of-aspiration"], 16)
        XCTAssertEqual(one.flagsLost["lack-of-aspiration"], 8)
        XCTAssertEqual(one.movedMost.count, 10)
        XCTAssertTrue(one.text.contains("25 transcripts: 24 changed, 0 unchanged, 1 could not be re-scored"), one.text)
    }
}
