import Foundation
import Simulator
import TestSupport
import XCTest

/// `simulate replay|rescore|history|resume` end to end, and how they read damaged transcripts.
final class ReviewCommandTests: XCTestCase {
    let folder = TemporaryFolder()

    private var scenario: String {
        let path = folder.url.appendingPathComponent("demo.lua").path
        if !FileManager.default.fileExists(atPath: path) {
            folder.write("demo.lua", """
                return { id = "demo", title = "Demo", role = "R", company = { name = "C" },
                  questions = {
                    { id = "goals", text = "Goals?", example = "A plan.", evaluate = function(answer)
                        local span = text.find(answer, "whatever")[1]
                        return { scores = { s = span and 20 or 90 },
                                 flags = span and { { id = "lack-of-aspiration", evidence = span, advice = "Name a goal." } } or {} }
                      end },
                    { id = "last", text = "Last?" },
                  } }
                """)
        }
        return path
    }

    private func record(_ answers: [String], name: String = "t.jsonl") throws -> String {
        let path = folder.url.appendingPathComponent(name).path
        let output = try SimulateProcess.run([scenario, "--seed", "2", "--transcript", path], stdin: answers.joined(separator: "\n---\n"))
        XCTAssertEqual(output.status, 0, output.stderr)
        return path
    }

    func testReplayFormats() throws {
        let transcript = try record(["whatever", "done"])
        let text = try SimulateProcess.run(["replay", transcript])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("A: «whatever»"), text.stdout)
        XCTAssertTrue(text.stdout.contains("Advice: Name a goal."), text.stdout)
        let one = try SimulateProcess.run(["replay", transcript, "--turn", "2"])
        XCTAssertTrue(one.stdout.contains("Turn 2 of 2") && !one.stdout.contains("Turn 1 of 2"), one.stdout)
        for format in ["markdown", "json", "html"] {
            let output = try SimulateProcess.run(["replay", transcript, "--format", format])
            XCTAssertEqual(output.status, 0, "\(format): \(output.stderr)")
            XCTAssertFalse(output.stdout.isEmpty)
        }
        let stepped = try SimulateProcess.run(["replay", transcript, "--step"])
        XCTAssertTrue(stepped.stdout.contains("Turn 1 of 2") && stepped.stdout.contains("Overall score"), stepped.stdout)
    }

    func testTheHTMLPageOpensInARealBrowser() throws {
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
        try XCTSkipIf(chromium == nil, "no headless browser on this machine")
        let transcript = try record(["whatever", "done"])
        let page = folder.url.appendingPathComponent("review.html").path
        try SimulateProcess.run(["replay", transcript, "--format", "html"]).stdout.write(toFile: page, atomically: true, encoding: .utf8)
        let dom = try SimulateProcess.run(["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://" + page], program: chromium)
        XCTAssertTrue(dom.stdout.contains("<mark>whatever</mark>"), dom.stdout + dom.stderr)
        XCTAssertTrue(dom.stdout.contains("<svg class=\"chart\""), dom.stdout)
    }

    func testReplayRescore() throws {
        let transcript = try record(["whatever", "done"])
        let same = try SimulateProcess.run(["replay", transcript, "--rescore"])
        XCTAssertEqual(same.status, 0, same.stderr)
        XCTAssertTrue(same.stdout.contains("Nothing changed."), same.stdout)
        folder.write("demo.lua", try String(contentsOfFile: scenario, encoding: .utf8).replacingOccurrences(of: "\"whatever\"", with: "\"done\""))
        let changed = try SimulateProcess.run(["replay", transcript, "--rescore", "--format", "json"])
        let result = try JSONSerialization.jsonObject(with: Data(changed.stdout.utf8)) as! [String: Any]
        XCTAssertEqual(result["changed"] as? Bool, true)
        XCTAssertEqual((result["changed_sources"] as! [[String: Any]]).first?["change"] as? String, "changed")
    }

    func testRescoreManyWithProgressAndSummary() throws {
        for index in 0 ..< 6 { _ = try record(index % 2 == 0 ? ["whatever", "x"] : ["a plan", "x"], name: "many/t\(index).jsonl") }
        let text = try SimulateProcess.run(["rescore", folder.path + "/many", "--jobs", "2"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.hasPrefix("6 transcripts: 0 changed, 6 unchanged, 0 could not be re-scored"), text.stdout)
        let one = try SimulateProcess.run(["rescore", folder.path + "/many", "--jobs", "1", "--format", "json"])
        let two = try SimulateProcess.run(["rescore", folder.path + "/many", "--jobs", "2", "--format", "json"])
        XCTAssertEqual(one.stdout, two.stdout, "the same summary whatever the number of workers")
        folder.write("many/bad.jsonl", "oops\n")
        let failing = try SimulateProcess.run(["rescore", folder.path + "/many"])
        XCTAssertEqual(failing.status, 1)
        XCTAssertTrue(failing.stdout.contains("bad.jsonl:1: not a transcript record of format 1"), failing.stdout)
    }

    func testHistory() throws {
        _ = try record(["whatever", "x"], name: "history/a.jsonl")
        let output = try SimulateProcess.run(["history", folder.path + "/history"])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.hasPrefix("demo: Demo\n"), output.stdout)
        let empty = try SimulateProcess.run(["history", folder.path + "/nothing-here"])
        XCTAssertEqual(empty.stdout, "No sessions recorded yet.\n")
    }

    func testResumeAnInterruptedSession() throws {
        let transcript = try record(["a plan"])
        let output = try SimulateProcess.run(["resume", transcript, "--format", "json"], stdin: "the rest")
        XCTAssertEqual(output.status, 0, output.stderr)
        let recorded = try TranscriptReader.read(path: transcript)
        XCTAssertEqual(recorded.turns.compactMap(\.answer), ["a plan", "the rest"])
        XCTAssertEqual(recorded.end?.reason, .completed)
        let again = try SimulateProcess.run(["resume", transcript], stdin: "more")
        XCTAssertEqual(again.status, 4)
        XCTAssertEqual(again.stderr, "simulate: \(transcript): the session ended (completed); start a new one instead\n")
    }

    // MARK: - Robust reading

    func testACutOffTranscriptReplaysUpToItsLastCompleteTurnAndSaysSo() throws {
        let transcript = try record(["whatever", "done"])
        let lines = try String(contentsOfFile: transcript, encoding: .utf8).split(separator: "\n")
        try (lines.prefix(2).joined(separator: "\n") + "\n" + lines[2].prefix(30)).write(toFile: transcript, atomically: true, encoding: .utf8)
        let output = try SimulateProcess.run(["replay", transcript])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertEqual(output.stderr, "simulate: \(transcript): the last line was cut off; shown up to turn 1, the last complete one\n")
        XCTAssertTrue(output.stdout.contains("Turn 1 of 1"), output.stdout)
    }

    func testDamagedTranscriptsGetOneLineAndExitFour() throws {
        let transcript = try record(["whatever", "done"])
        var lines = try String(contentsOfFile: transcript, encoding: .utf8).components(separatedBy: "\n")
        let future = folder.write("future.jsonl", lines[0].replacingOccurrences(of: "\"format\":1", with: "\"format\":2") + "\n")
        lines[1] = "{not json"
        let corrupt = folder.write("corrupt.jsonl", lines.joined(separator: "\n"))
        let notTranscript = folder.write("notes.txt", "Dear diary\n")
        let cases = [
            (future, "simulate: \(future):1: transcript format 2 is not supported (this simulate reads format 1)"),
            (corrupt, "simulate: \(corrupt):2: not a transcript record of format 1"),
            (notTranscript, "simulate: \(notTranscript):1: not a transcript record of format 1"),
            (folder.path + "/missing.jsonl", "simulate: \(folder.path)/missing.jsonl: cannot read the file"),
        ]
        for (path, message) in cases {
            let output = try SimulateProcess.run(["replay", path])
            XCTAssertEqual(output.status, 4, path)
            XCTAssertEqual(output.stderr, message + "\n")
        }
    }

    func testRescoreWithAMissingScenario() throws {
        let transcript = try record(["whatever", "done"])
        try FileManager.default.removeItem(atPath: scenario)
        let output = try SimulateProcess.run(["replay", transcript, "--rescore"])
        XCTAssertEqual(output.status, 1)
        XCTAssertEqual(output.stderr.split(separator: "\n").count, 1)
        XCTAssertTrue(output.stderr.contains("its scenario \(folder.path)/demo.lua is not found"), output.stderr)
    }
}
