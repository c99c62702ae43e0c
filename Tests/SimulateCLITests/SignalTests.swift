import Foundation
import Simulator
import TestSupport
import XCTest

/// Nothing is lost: answered turns survive `kill -9`, and Ctrl-C ends the transcript properly.
final class SignalTests: XCTestCase {
    let folder = TemporaryFolder()

    /// Waits until the transcript holds `count` turn lines.
    private func waitForTurns(_ count: Int, in path: String) {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            if text.components(separatedBy: "\"type\":\"turn\"").count - 1 >= count { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("the transcript never reached \(count) turns")
    }

    private func startSession(transcript: String) throws -> (Process, FileHandle) {
        let (process, input, _, _) = try SimulateProcess.start(["Scenarios/customer-service.lua", "--seed", "4", "--transcript", transcript])
        return (process, input.fileHandleForWriting)
    }

    func testEveryAnsweredTurnSurvivesKillNine() throws {
        let transcript = folder.url.appendingPathComponent("killed.jsonl").path
        let (process, input) = try startSession(transcript: transcript)
        let answers = [RunCommandTests.guideAnswers[0], "I want to lead a team within two years by taking the leadership course you offer.",
                       "I am proud of raising our satisfaction score by 8 points in a year."]
        for answer in answers { input.write(Data((answer + "\n---\n").utf8)) }
        waitForTurns(answers.count, in: transcript)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)

        let recorded = try TranscriptReader.read(path: transcript)
        XCTAssertEqual(recorded.turns.compactMap(\.answer), answers)
        XCTAssertNil(recorded.end, "killed: no end line, and nothing else lost")
    }

    /// Answers one question, sends `signal`, and checks the exit status and the transcript's end.
    private func assertInterrupted(by signal: Int32, exitsWith status: Int32, file: StaticString = #filePath, line: UInt = #line) throws {
        let transcript = folder.url.appendingPathComponent("interrupted-\(signal).jsonl").path
        let (process, input) = try startSession(transcript: transcript)
        input.write(Data((RunCommandTests.guideAnswers[0] + "\n---\n").utf8))
        waitForTurns(1, in: transcript)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, status, file: file, line: line)
        let recorded = try TranscriptReader.read(path: transcript)
        XCTAssertEqual(recorded.turns.count, 1, file: file, line: line)
        XCTAssertEqual(recorded.end?.reason, .interrupted, file: file, line: line)
    }

    func testCtrlCEndsTheTranscriptAsInterrupted() throws {
        try assertInterrupted(by: SIGINT, exitsWith: 130)
    }

    func testAClosedTerminalEndsTheTranscriptAsInterrupted() throws {
        try assertInterrupted(by: SIGHUP, exitsWith: 129)
    }

    func testSIGTERMEndsTheTranscriptAsInterrupted() throws {
        try assertInterrupted(by: SIGTERM, exitsWith: 143)
    }
}
