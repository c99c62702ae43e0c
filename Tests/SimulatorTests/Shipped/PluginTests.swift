import Foundation
import Simulator
import TestSupport
import XCTest

/// The shipped plugins, through the real host, on the guide's examples and the labelled answers.
final class PluginTests: XCTestCase {
    static let redFlags = ["misaligned-goals", "lack-of-aspiration", "cliche-answer", "unrealistic-or-unclear-goals"]

    struct Labelled: Decodable {
        var answer: String
        var flags: [String]
        var note: String?
    }

    static let labelled: [Labelled] = {
        let data = FileManager.default.contents(atPath: Repository.path("Tests/SimulatorTests/Fixtures/labelled-answers.json"))!
        return try! JSONDecoder().decode([Labelled].self, from: data)
    }()

    func testTheGuidesExampleAnswersRaiseNoFlagAndScoreWell() throws {
        for (index, answer) in GuideExamples.all.enumerated() {
            let evaluation = try evaluate(answer, plugins: ["red_flags", "goal_quality"])
            XCTAssertEqual(evaluation.flags.map(\.id), [], "example \(index + 1)")
            XCTAssertGreaterThanOrEqual(evaluation.score ?? 0, 75, "example \(index + 1): \(evaluation.scores)")
            XCTAssertFalse(evaluation.strengths.isEmpty, "example \(index + 1) says what worked")
        }
    }

    func testTheGuidesUnrealisticGoalIsFlaggedWithItsWords() throws {
        let evaluation = try evaluate(GuideExamples.unrealistic, plugins: ["red_flags"])
        let flag = try XCTUnwrap(evaluation.flags.first { $0.id == "unrealistic-or-unclear-goals" })
        XCTAssertTrue(flag.evidence.contains("50% in my first month"), flag.evidence)
        XCTAssertFalse(flag.advice.isEmpty)
        XCTAssertEqual(evaluation.scores, [:], "red_flags scores nothing; goal_quality does")
    }

    func testEachRedFlagCarriesEvidenceFromTheAnswerAndAdvice() throws {
        let samples = [
            "misaligned-goals": "Honestly this job is just a stepping stone until I can start my career in graphic design.",
            "lack-of-aspiration": "I don't really have goals. I just want a job.",
            "cliche-answer": "I'm a team player and a hard worker who always gives 110%.",
            "unrealistic-or-unclear-goals": "I want to be the CEO of this company in two years.",
        ]
        for (id, answer) in samples {
            let evaluation = try evaluate(answer, plugins: ["red_flags"])
            let flag = try XCTUnwrap(evaluation.flags.first { $0.id == id }, "\(id) on \(answer)")
            XCTAssertTrue(answer.contains(flag.evidence), "\(id): \(flag.evidence)")
            XCTAssertGreaterThan(flag.advice.count, 40, id)
        }
    }

    func testGoalQualityScoresTheGuidesCriteria() throws {
        let evaluation = try evaluate(GuideExamples.example1, plugins: ["goal_quality"])
        XCTAssertEqual(Set(evaluation.scores.keys), ["alignment", "specificity", "ambition", "action-plan", "delivery"])
        let weak = try evaluate("I want to be successful.", plugins: ["goal_quality"])
        XCTAssertLessThan(weak.score ?? 100, (evaluation.score ?? 0) - 25)
    }

    /// The labelled set: every flag caught (recall ≥ 0.9), nothing raised on good answers, and good
    /// answers well ahead of flagged ones.
    func testTheLabelledAnswers() throws {
        var caught: [String: Int] = [:], expected: [String: Int] = [:], raised: [String: Int] = [:], correct: [String: Int] = [:]
        var falseAlarms: [String] = []
        var goodScores: [Int] = [], flaggedScores: [Int] = []
        let harness = try PluginHarness(plugins: ["red_flags", "goal_quality"])
        for item in Self.labelled {
            let evaluation = try harness.evaluate(item.answer)
            let got = Set(evaluation.flags.map(\.id))
            for id in item.flags {
                expected[id, default: 0] += 1
                if got.contains(id) { caught[id, default: 0] += 1 }
            }
            for id in got {
                raised[id, default: 0] += 1
                if item.flags.contains(id) { correct[id, default: 0] += 1 }
            }
            if item.flags.isEmpty {
                goodScores.append(evaluation.score ?? 0)
                if !got.isEmpty { falseAlarms.append("\(got.sorted()): \(item.answer)") }
            } else {
                flaggedScores.append(evaluation.score ?? 0)
            }
        }
        for id in Self.redFlags {
            let recall = Double(caught[id] ?? 0) / Double(max(expected[id] ?? 0, 1))
            let precision = Double(correct[id] ?? 0) / Double(max(raised[id] ?? 0, 1))
            print(id.padding(toLength: 30, withPad: " ", startingAt: 0)
                + String(format: " recall %.2f  precision %.2f  (%d labelled)", recall, precision, expected[id] ?? 0))
            XCTAssertGreaterThanOrEqual(expected[id] ?? 0, 8, "enough labelled answers for \(id)")
            XCTAssertGreaterThanOrEqual(recall, 0.9, id)
        }
        XCTAssertEqual(falseAlarms, [], "no red flag on a good answer")
        let good = Double(goodScores.reduce(0, +)) / Double(goodScores.count)
        let flagged = Double(flaggedScores.reduce(0, +)) / Double(flaggedScores.count)
        print(String(format: "good answers score %.1f on average, flagged ones %.1f", good, flagged))
        XCTAssertGreaterThanOrEqual(good - flagged, 25)
    }
}
