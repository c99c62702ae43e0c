import Foundation
import Simulator
import TestSupport
import XCTest

/// `simulate FILE` end to end: the built executable, scripted answers, its output and its files.
final class RunCommandTests: XCTestCase {
    let folder = TemporaryFolder()

    static let guideAnswers = [
        "In the short term, I hope to work as a customer service representative for a company like yours. I'm excited to work for a company that is known for its excellent customer care and service in general. Starting as a customer service representative will give me the needed knowledge of the service, support, and solutions that the company offers. My primary goal is to eventually work my way from a customer service representative to a team leader. I feel that what your company offers is a strong path towards my goals and I'm very excited about what this position has to offer.",
        "I want to grow the client portfolio by 50% in my first month.",
        "I'm a team player and I always give 110%.",
        "Honestly I don't really have goals, I just want a job.",
        "I completed a customer service certificate last year and I plan to finish a conflict-resolution course within six months, so I can handle difficult calls and mentor new colleagues.",
        "Your company is known for excellent customer care, and I want to learn how you train people so I can grow into a team leader here.",
        "I am proud that I raised my team's customer satisfaction score from 82% to 90% in one year by writing clearer help articles.",
        "Within two years I would like to coach new representatives, and in five years lead a team here.",
    ]

    private func answersFile(_ answers: [String]) -> String {
        folder.write("answers.txt", answers.joined(separator: "\n---\n") + "\n")
    }

    func testAScriptedSessionWritesJSONFeedbackAndATranscript() throws {
        let transcript = folder.url.appendingPathComponent("session.jsonl").path
        let output = try SimulateProcess.run(["Scenarios/customer-service.lua", "--answers", answersFile(Self.guideAnswers),
                                              "--seed", "7", "--format", "json", "--transcript", transcript])
        XCTAssertEqual(output.status, 0, output.stderr)
        let report = try JSONDecoder().decode(FeedbackReport.self, from: Data(output.stdout.utf8))
        XCTAssertEqual(report.scenario, "customer-service")
        XCTAssertTrue((0 ... 100).contains(report.score))
        XCTAssertFalse(report.criteria.isEmpty)
        XCTAssertEqual(report.turns.first?.questionID, "goals")
        XCTAssertEqual(report.turns.first?.answer, Self.guideAnswers[0])
        XCTAssertEqual(report.turns.first?.flags, [], "the guide's example 1 raises no red flag")
        XCTAssertTrue(report.flags.contains { $0.id == "unrealistic-or-unclear-goals" && $0.evidence.contains("50%") }, "\(report.flags)")
        XCTAssertTrue(output.stderr.contains("Transcript saved to \(transcript)"), output.stderr)

        let recorded = try TranscriptReader.read(path: transcript)
        XCTAssertEqual(recorded.header.scenario.id, "customer-service")
        XCTAssertEqual(recorded.header.scenario.path, "Scenarios/customer-service.lua")
        XCTAssertEqual(recorded.header.seed, 7)
        XCTAssertEqual(recorded.header.scenario.sha256.count, 64)
        XCTAssertEqual(Set(recorded.header.plugins.compactMap(\.name)).isSuperset(of: ["red_flags", "goal_setting"]), true)
        XCTAssertEqual(recorded.turns.map(\.answer), report.turns.map(\.answer))
        XCTAssertEqual(recorded.feedback, report)
        XCTAssertNotNil(recorded.end)
    }

    func testTheLowerCasePathFromTheReadmeWorksWithPipedAnswers() throws {
        let output = try SimulateProcess.run(["scenarios/customer-service.lua", "--no-record", "--seed", "1"],
                                             stdin: Self.guideAnswers.prefix(2).joined(separator: "\n---\n"))
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.contains("Question 1 of "), output.stdout)
        XCTAssertTrue(output.stdout.contains("Overall score: "), output.stdout)
        XCTAssertTrue(output.stdout.contains("! Unrealistic or unclear goals (question "), output.stdout)
        XCTAssertFalse(output.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    func testTheSameSeedAndAnswersGiveTheSameFeedback() throws {
        let answers = answersFile(Self.guideAnswers)
        let first = try SimulateProcess.run(["Scenarios/customer-service.lua", "--answers", answers, "--seed", "11", "--format", "json", "--no-record"])
        let second = try SimulateProcess.run(["Scenarios/customer-service.lua", "--answers", answers, "--seed", "11", "--format", "json", "--no-record"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stdout, second.stdout)
    }

    func testMarkdownFormat() throws {
        let output = try SimulateProcess.run(["Scenarios/customer-service.lua", "--format", "markdown", "--no-record", "--seed", "3"],
                                             stdin: Self.guideAnswers[0])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.contains("# Feedback: "), output.stdout)
        XCTAssertTrue(output.stdout.contains("## Answers"), output.stdout)
    }

    func testDefaultTranscriptFolderIsUnderTheCurrentFolder() throws {
        let scenario = folder.write("demo.lua", Self.demoScenario)
        let output = try SimulateProcess.run([scenario, "--seed", "5"], stdin: "An answer.", directory: folder.path)
        XCTAssertEqual(output.status, 0, output.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/transcripts")
        XCTAssertEqual(files.count, 1)
        XCTAssertTrue(files[0].hasPrefix("demo-") && files[0].hasSuffix("-5.jsonl"), files[0])
        let transcript = try TranscriptReader.read(path: folder.path + "/transcripts/" + files[0])
        XCTAssertEqual(transcript.end?.reason, .inputEnded)
        XCTAssertEqual(transcript.turns.count, 1)
    }

    func testASeedIsDrawnAndRecordedWhenNoneIsGiven() throws {
        let scenario = folder.write("demo.lua", Self.demoScenario)
        let transcript = folder.url.appendingPathComponent("t.jsonl").path
        let output = try SimulateProcess.run([scenario, "--transcript", transcript], stdin: "x")
        XCTAssertEqual(output.status, 0, output.stderr)
        let header = try TranscriptReader.read(path: transcript).header
        XCTAssertLessThanOrEqual(header.seed, RunConfiguration.maximumSeed)
    }

    static let demoScenario = """
        return { id = "demo", title = "Demo", role = "R", company = { name = "C" },
          questions = { { id = "one", text = "One?" }, { id = "two", text = "Two?" } } }
        """
}
