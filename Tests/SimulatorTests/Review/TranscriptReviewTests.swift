import Foundation
@testable import Simulator
import TestSupport
import XCTest

final class TranscriptReviewTests: ReviewTestCase {
    func testTextShowsEachTurnWithItsEvidenceMarkedAdviceScoresAndTime() throws {
        let path = try record(["Honestly, whatever comes.", "No reason.", "Done."])
        let review = TranscriptReview(transcript: try TranscriptReader.read(path: path))
        let text = try review.render(.text)
        for expected in ["Review: Demo <interview>", "Ended: completed", "Turn 1 of 3 · question goals · answered in 0.0s · score 45/100",
                         "A: Honestly, «whatever» comes.", "! Lack of aspiration: \"whatever\"", "Advice: Name one goal.",
                         "Turn 2 of 3 · follow-up why (to goals)", "Criteria: clarity 20, plan 70", "Overall score: 45/100"] {
            XCTAssertTrue(text.contains(expected), "missing \(expected) in\n\(text)")
        }
        XCTAssertFalse(text.contains("\u{1B}["))
    }

    func testOneTurn() throws {
        let path = try record(["I have a plan.", "Done."])
        let review = TranscriptReview(transcript: try TranscriptReader.read(path: path))
        let second = try review.render(.text, turn: 2)
        XCTAssertTrue(second.contains("Turn 2 of 2 · question last"), second)
        XCTAssertFalse(second.contains("Turn 1 of 2"), second)
        XCTAssertThrowsError(try review.render(.text, turn: 3)) { error in
            XCTAssertEqual("\(error)", "the transcript has 2 turns; --turn must be 1 to 2")
        }
    }

    func testMarkdownAndJSON() throws {
        let path = try record(["I want whatever *pays*.", "x", "y"])
        let review = TranscriptReview(transcript: try TranscriptReader.read(path: path))
        let markdown = try review.render(.markdown)
        XCTAssertTrue(markdown.hasPrefix("# Review: Demo <interview>"), markdown)
        XCTAssertTrue(markdown.contains("> I want **whatever** \\*pays\\*."), markdown)
        let json = try review.render(.json)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        XCTAssertEqual(try decoder.decode(Transcript.self, from: Data(json.utf8)), try TranscriptReader.read(path: path))
    }

    func testOverlappingSpansAreMergedAndOffsetsAreBytes() {
        let marked = TranscriptReview.highlight("Ça va très bien", spans: [1 ... 3, 3 ... 6, 14 ... 17]) { "[\($0)]" }
        XCTAssertEqual(marked, "[Ça va] très [bien]")
    }

    func testACutOffTranscriptIsReviewedUpToItsLastCompleteTurn() throws {
        let path = try record(["whatever", "because", "done"])
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        let lines = data.split(separator: UInt8(ascii: "\n"))
        data = Data(lines.prefix(3).joined(separator: [UInt8(ascii: "\n")])) + Data("\n{\"type\":\"turn\",\"ind".utf8)
        try data.write(to: URL(fileURLWithPath: path))
        let transcript = try TranscriptReader.read(path: path)
        XCTAssertTrue(transcript.truncated)
        let review = TranscriptReview(transcript: transcript)
        XCTAssertEqual(review.feedback.turns.count, 2)
        XCTAssertEqual(review.feedback.score, 45)
        XCTAssertTrue(try review.render(.text).contains("Ended: cut off mid-line (shown up to the last complete turn)"))
    }
}
