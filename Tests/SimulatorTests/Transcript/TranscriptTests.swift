import Simulator
import TestSupport
import XCTest

final class TranscriptTests: XCTestCase {
    let folder = TemporaryFolder()

    private func header() -> TranscriptHeader {
        TranscriptHeader(scenario: .init(id: "demo", title: "Demo", path: "Scenarios/demo.lua", sha256: String(repeating: "a", count: 64)),
                         plugins: [SourceFile(name: "red_flags", path: "Plugins/red_flags.lua", sha256: String(repeating: "b", count: 64))],
                         seed: 42, started: Date(timeIntervalSince1970: 1_800_000_000), mode: "scripted",
                         limits: .init(memoryBytes: 1024, instructions: 1000))
    }

    private func turn(_ index: Int) -> Turn {
        let flag = RedFlag(id: "cliche-answer", evidence: "team player", from: 3, to: 13, advice: "Be specific.", source: "Plugins/red_flags.lua")
        return Turn(index: index, questionID: "q\(index)", question: "Question \(index)?", parent: nil, depth: 0,
                    answer: "a team player", askedAt: Date(timeIntervalSince1970: 1_800_000_000),
                    answeredAt: Date(timeIntervalSince1970: 1_800_000_012), evaluation: Evaluation(scores: ["a": 40], flags: [flag], strengths: []))
    }

    func testWrittenTranscriptsReadBack() throws {
        let path = folder.url.appendingPathComponent("nested/t.jsonl").path
        let writer = try TranscriptWriter(path: path)
        try writer.write(.header(header()))
        try writer.record(turn(1))
        try writer.record(turn(2))
        writer.end(.completed)
        writer.end(.interrupted)  // only the first end counts
        let transcript = try TranscriptReader.read(path: path)
        XCTAssertEqual(transcript.header, header())
        XCTAssertEqual(transcript.turns, [turn(1), turn(2)])
        XCTAssertEqual(transcript.end?.reason, .completed)
        XCTAssertFalse(transcript.truncated)
        XCTAssertEqual(transcript.turns[0].seconds, 12)
    }

    func testEveryLineIsOneJSONObjectWithAType() throws {
        let path = folder.url.appendingPathComponent("t.jsonl").path
        let writer = try TranscriptWriter(path: path)
        try writer.write(.header(header()))
        try writer.record(turn(1))
        writer.end(.quit)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 3)
        let types = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }.map { $0["type"] as? String }
        XCTAssertEqual(types, ["header", "turn", "end"])
        let turnObject = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as! [String: Any]
        XCTAssertEqual(Set(turnObject.keys), ["type", "index", "question_id", "question", "parent", "depth", "answer",
                                              "asked_at", "answered_at", "seconds", "evaluation"])
    }

    func testAFlagRecordedBeforeFlagsHadTitlesReadsItsIdInWords() throws {
        let line = #"{"advice":"a","evidence":"e","from":1,"id":"unrealistic-or-unclear-goals","source":"s","to":1}"#
        let flag = try JSONDecoder().decode(RedFlag.self, from: Data(line.utf8))
        XCTAssertEqual(flag.title, "Unrealistic or unclear goals")
        let titled = try JSONDecoder().decode(RedFlag.self, from: JSONEncoder().encode(RedFlag(
            id: "x", title: "Cliché answer", evidence: "e", from: 1, to: 1, advice: "a", source: "s")))
        XCTAssertEqual(titled.title, "Cliché answer")
    }

    func testATranscriptWrittenBeforeFlagsHadTitlesStillReads() throws {
        let path = folder.url.appendingPathComponent("old.jsonl").path
        let writer = try TranscriptWriter(path: path)
        try writer.write(.header(header()))
        var titled = turn(1)
        titled.evaluation?.flags[0].title = "Cliché answer"
        try writer.record(titled)
        try writer.write(.feedback(FeedbackBuilder.summarize(id: "demo", title: "Demo", turns: [titled], reason: .completed)))
        writer.end(.completed)
        // as a transcript of an earlier version wrote it: no title on any flag
        let old = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: #",?"title":"Cliché answer",?"#, with: ",", options: .regularExpression)
            .replacingOccurrences(of: "{,", with: "{").replacingOccurrences(of: ",}", with: "}")
        XCTAssertFalse(old.contains("\"title\":\"Cliché"), old)
        try old.write(toFile: path, atomically: true, encoding: .utf8)
        let transcript = try TranscriptReader.read(path: path)
        XCTAssertEqual(transcript.turns.first?.evaluation?.flags.map(\.title), ["Cliche answer"])
        XCTAssertEqual(transcript.feedback?.flags.map(\.title), ["Cliche answer"])
    }

    func testATranscriptIsNeverOverwritten() throws {
        let path = folder.write("exists.jsonl", "keep me\n")
        XCTAssertThrowsError(try TranscriptWriter(path: path))
        XCTAssertEqual(folder.read("exists.jsonl"), "keep me\n")
    }

    func testALastLineCutOffByACrashIsTolerated() throws {
        let path = folder.url.appendingPathComponent("t.jsonl").path
        let writer = try TranscriptWriter(path: path)
        try writer.write(.header(header()))
        try writer.record(turn(1))
        let handle = FileHandle(forWritingAtPath: path)!
        handle.seekToEndOfFile()
        handle.write(Data("{\"type\":\"turn\",\"index\":2,\"quest".utf8))
        try handle.close()
        let transcript = try TranscriptReader.read(path: path)
        XCTAssertTrue(transcript.truncated)
        XCTAssertEqual(transcript.turns.count, 1)
        XCTAssertNil(transcript.end)
    }

    func testACorruptLineIsReportedWithItsNumber() throws {
        let path = folder.url.appendingPathComponent("t.jsonl").path
        let writer = try TranscriptWriter(path: path)
        try writer.write(.header(header()))
        let handle = FileHandle(forWritingAtPath: path)!
        handle.seekToEndOfFile()
        handle.write(Data("garbage\n".utf8))
        try handle.close()
        try writer.record(turn(1))
        XCTAssertThrowsError(try TranscriptReader.read(path: path)) { error in
            XCTAssertEqual("\(error)", "\(path):2: not a transcript record of format 1")
        }
    }

    func testAnotherFormatVersionIsRefused() throws {
        var future = header()
        future.format = 99
        let path = folder.url.appendingPathComponent("t.jsonl").path
        try TranscriptWriter(path: path).write(.header(future))
        XCTAssertThrowsError(try TranscriptReader.read(path: path)) { error in
            XCTAssertEqual("\(error)", "\(path):1: transcript format 99 is not supported (this simulate reads format 1)")
        }
    }

    func testAFileThatIsNotATranscript() {
        let path = folder.write("notes.txt", "hello\n")
        XCTAssertThrowsError(try TranscriptReader.read(path: path)) { error in
            XCTAssertEqual("\(error)", "\(path):1: not a transcript record of format 1")
        }
    }

    func testDefaultPathsAreUniqueEvenForSessionsStartingTogether() throws {
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        let first = try TranscriptWriter(folder: folder.path + "/transcripts", scenario: "demo", seed: 7, date: date)
        let second = try TranscriptWriter(folder: folder.path + "/transcripts", scenario: "demo", seed: 7, date: date)
        XCTAssertEqual(first.path, folder.path + "/transcripts/demo-20270115-080000-7.jsonl")
        XCTAssertEqual(second.path, folder.path + "/transcripts/demo-20270115-080000-7-2.jsonl")
    }

    func testAnInterruptedEvaluationKeepsItsAnswer() throws {
        let path = folder.url.appendingPathComponent("t.jsonl").path
        let writer = try TranscriptWriter(path: path)
        try writer.write(.header(header()))
        try writer.record(turn(1))
        var pending = turn(2)
        pending.evaluation = nil
        writer.willEvaluate(pending)
        writer.end(.interrupted)
        let transcript = try TranscriptReader.read(path: path)
        XCTAssertEqual(transcript.turns.map(\.answer), ["a team player", "a team player"])
        XCTAssertNil(transcript.turns[1].evaluation)
        XCTAssertEqual(transcript.end?.reason, .interrupted)
    }

    func testAnEvaluatedAnswerIsNotWrittenTwice() throws {
        let path = folder.url.appendingPathComponent("t.jsonl").path
        let writer = try TranscriptWriter(path: path)
        try writer.write(.header(header()))
        writer.willEvaluate(turn(1))
        try writer.record(turn(1))
        writer.end(.interrupted)
        XCTAssertEqual(try TranscriptReader.read(path: path).turns.count, 1)
    }
}
