import Foundation
import Simulator
import TestSupport
import XCTest

/// The interactive front end in a real (pseudo-)terminal.
final class InteractiveTests: XCTestCase {
    let folder = TemporaryFolder()

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: SimulateProcess.terminalRunner), "script(1) is needed")
    }

    func testASessionInATerminal() throws {
        let transcript = folder.url.appendingPathComponent("t.jsonl").path
        let keys = "/help\nI want to become a team leader here within three years by taking your leadership training.\n\n/skip\n/quit\n"
        let output = try SimulateProcess.runInTerminal(["scenarios/customer-service.lua", "--seed", "1", "--transcript", transcript],
                                                       keys: keys, environment: ["NO_COLOR": ""])
        XCTAssertEqual(output.status, 0, output.stdout)
        for expected in ["Question 1 of 7", "/repeat  show the question again", "(answered in ", "Overall score: ", "Transcript saved to"] {
            XCTAssertTrue(output.stdout.contains(expected), "missing \(expected) in \(output.stdout)")
        }
        XCTAssertTrue(output.stdout.contains("\u{1B}["), "colour on a terminal")
        let recorded = try TranscriptReader.read(path: transcript)
        XCTAssertEqual(recorded.header.mode, "interactive")
        XCTAssertEqual(recorded.turns.count, 2)
        XCTAssertTrue(recorded.turns[1].skipped)
        XCTAssertEqual(recorded.end?.reason, .quit)
    }

    func testNoColourWithNO_COLOR() throws {
        let output = try SimulateProcess.runInTerminal(["scenarios/customer-service.lua", "--no-record"], keys: "/quit\n",
                                                       environment: ["NO_COLOR": "1"])
        XCTAssertEqual(output.status, 0, output.stdout)
        XCTAssertTrue(output.stdout.contains("Question 1 of"), output.stdout)
        XCTAssertFalse(output.stdout.contains("\u{1B}["), output.stdout)
    }
}
