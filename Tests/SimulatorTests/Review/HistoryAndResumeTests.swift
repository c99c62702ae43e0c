import Foundation
import Simulator
import TestSupport
import XCTest

final class HistoryAndResumeTests: ReviewTestCase {
    func testHistoryGroupsSessionsPerScenarioWithATrend() throws {
        try record(["whatever", "because", "done"], name: "history/a.jsonl")
        Thread.sleep(forTimeInterval: 1.1)  // transcripts are ordered by their start, to the second
        try record(["I have a plan", "done"], name: "history/b.jsonl")
        folder.write("history/notes.jsonl", "{}\n")
        let history = SessionHistory.read(folder: folder.path + "/history")
        XCTAssertEqual(history.scenarios.map(\.scenario), ["demo"])
        XCTAssertEqual(history.scenarios[0].sessions.map(\.score), [45, 80])
        XCTAssertEqual(history.scenarios[0].trend, 35)
        XCTAssertEqual(history.unreadable.count, 1)
        XCTAssertTrue(history.text.contains("Trend: +35 over 2 sessions (improving)"), history.text)
    }

    func testAnInterruptedSessionResumesWhereItStopped() throws {
        let path = try record(["whatever"], name: "resume.jsonl")
        XCTAssertEqual(try TranscriptReader.read(path: path).end?.reason, .inputEnded)
        var configuration = RunConfiguration(scenarioPath: "")
        configuration.answers = .file(folder.write("rest.txt", "because\n---\ndone\n"))
        let outcome = try SessionRunner(configuration: configuration, standardOutput: { _ in }, standardError: { _ in })
            .resume(transcriptAt: path)
        XCTAssertEqual(outcome.reason, .completed)
        let transcript = try TranscriptReader.read(path: path)
        XCTAssertEqual(transcript.turns.map(\.questionID), ["goals", "why", "last"])
        XCTAssertEqual(transcript.turns.map(\.index), [1, 2, 3])
        XCTAssertEqual(transcript.end?.reason, .completed)
        XCTAssertEqual(transcript.feedback?.turns.count, 3)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(text.components(separatedBy: "\"type\":\"header\"").count - 1, 1)
        XCTAssertEqual(text.components(separatedBy: "\"type\":\"resume\"").count - 1, 1)

        XCTAssertThrowsError(try SessionRunner(configuration: configuration, standardOutput: { _ in }, standardError: { _ in })
            .resume(transcriptAt: path)) { error in
            XCTAssertEqual("\(error)", "\(path): the session ended (completed); start a new one instead")
        }
    }

    func testResumingAfterTheScenarioChangedIsRefused() throws {
        let path = try record(["whatever"], name: "changed.jsonl")
        folder.write("demo.lua", scenarioSource(flagWord: "plan"))
        var configuration = RunConfiguration(scenarioPath: "")
        configuration.answers = .file(folder.write("rest.txt", "because\n"))
        XCTAssertThrowsError(try SessionRunner(configuration: configuration, standardOutput: { _ in }, standardError: { _ in })
            .resume(transcriptAt: path)) { error in
            XCTAssertTrue("\(error)".contains("demo.lua changed since the recording, so its answers may no longer fit"), "\(error)")
        }
    }

    func testResumingACutOffTranscriptDropsTheHalfLine() throws {
        let path = try record(["whatever"], name: "cut.jsonl")
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.components(separatedBy: "\n").filter { !$0.contains("\"type\":\"end\"") && !$0.contains("\"type\":\"feedback\"") }
            .joined(separator: "\n") + "{\"type\":\"tu"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var configuration = RunConfiguration(scenarioPath: "")
        configuration.answers = .file(folder.write("rest.txt", "because\n---\ndone\n"))
        _ = try SessionRunner(configuration: configuration, standardOutput: { _ in }, standardError: { _ in }).resume(transcriptAt: path)
        let transcript = try TranscriptReader.read(path: path)
        XCTAssertFalse(transcript.truncated)
        XCTAssertEqual(transcript.turns.count, 3)
    }
}
