import Foundation
import Simulator
import TestSupport
import XCTest

/// The shipped plugins, through the real host, on the guide's examples and the labelled answers.
final class PluginTests: XCTestCase {
    static let redFlags = ["misaligned-goals", "lack-of-aspiration", "cliche-answer", "unrealistic-or-unclear-goals"]
    static let allPlugins = ["red_flags", "goal_types", "goal_setting", "answer_structure", "delivery"]

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
            let evaluation = try evaluate(answer, plugins: Self.allPlugins)
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
        XCTAssertEqual(evaluation.scores, [:], "red_flags scores nothing; the other plugins do")
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

    func testThePluginsScoreTheGuidesCriteria() throws {
        let evaluation = try evaluate(GuideExamples.example1, plugins: Self.allPlugins)
        XCTAssertEqual(Set(evaluation.scores.keys), ["goal-types", "specific", "measurable", "realistic", "action-plan",
                                                     "short-and-long-term", "alignment", "contribution", "delivery"])
        let weak = try evaluate("I want to be successful.", plugins: Self.allPlugins)
        XCTAssertLessThan(weak.score ?? 100, (evaluation.score ?? 0) - 25)
    }

    /// Precision and recall per red flag, good answers flagged, and the score gap, over a labelled set.
    struct Figures {
        var recall: [String: Double] = [:]
        var precision: [String: Double] = [:]
        var labelled: [String: Int] = [:]
        var falseAlarms: [String] = []
        var missed: [String] = []
        var goodMean = 0.0
        var flaggedMean = 0.0

        func report(_ name: String) {
            print("\(name): per-flag recall and precision")
            for id in PluginTests.redFlags {
                print("  " + id.padding(toLength: 30, withPad: " ", startingAt: 0)
                    + String(format: "recall %.2f  precision %.2f  (%d labelled)", recall[id] ?? 0, precision[id] ?? 0, labelled[id] ?? 0))
            }
            print(String(format: "  good answers score %.1f on average, flagged ones %.1f; %d good answers flagged",
                         goodMean, flaggedMean, falseAlarms.count))
        }
    }

    static func measure(_ items: [Labelled]) throws -> Figures {
        var caught: [String: Int] = [:], raised: [String: Int] = [:], correct: [String: Int] = [:]
        var figures = Figures()
        var good: [Int] = [], flagged: [Int] = []
        let harness = try PluginHarness(plugins: allPlugins)
        for item in items {
            let evaluation = try harness.evaluate(item.answer)
            let got = Set(evaluation.flags.map(\.id))
            for id in item.flags {
                figures.labelled[id, default: 0] += 1
                if got.contains(id) { caught[id, default: 0] += 1 } else { figures.missed.append("\(id): \(item.answer)") }
            }
            for id in got {
                raised[id, default: 0] += 1
                if item.flags.contains(id) { correct[id, default: 0] += 1 }
            }
            if item.flags.isEmpty {
                good.append(evaluation.score ?? 0)
                if !got.isEmpty { figures.falseAlarms.append("\(got.sorted()): \(item.answer)") }
            } else {
                flagged.append(evaluation.score ?? 0)
            }
        }
        for id in redFlags {
            figures.recall[id] = Double(caught[id] ?? 0) / Double(max(figures.labelled[id] ?? 0, 1))
            figures.precision[id] = Double(correct[id] ?? 0) / Double(max(raised[id] ?? 0, 1))
        }
        figures.goodMean = Double(good.reduce(0, +)) / Double(max(good.count, 1))
        figures.flaggedMean = Double(flagged.reduce(0, +)) / Double(max(flagged.count, 1))
        return figures
    }

    static func load(_ name: String) -> [Labelled] {
        guard let data = FileManager.default.contents(atPath: Repository.path("Tests/SimulatorTests/Fixtures/\(name)")) else { return [] }
        return (try? JSONDecoder().decode([Labelled].self, from: data)) ?? []
    }

    /// The labelled set: every flag caught (recall ≥ 0.9), nothing raised on good answers, and good
    /// answers well ahead of flagged ones.
    func testTheLabelledAnswers() throws {
        let items = Self.load("labelled-answers.json")
        XCTAssertGreaterThanOrEqual(items.count, 60)
        let figures = try Self.measure(items)
        figures.report("labelled set (\(items.count) answers)")
        for id in Self.redFlags {
            XCTAssertGreaterThanOrEqual(figures.labelled[id] ?? 0, 8, "enough labelled answers for \(id)")
            XCTAssertGreaterThanOrEqual(figures.recall[id] ?? 0, 0.9, id)
        }
        XCTAssertEqual(figures.falseAlarms, [], "no red flag on a good answer")
        XCTAssertGreaterThanOrEqual(figures.goodMean - figures.flaggedMean, 25)
    }

    /// The held-out set, written without seeing the heuristics and never tuned on: how they generalise.
    func testTheHeldOutAnswers() throws {
        try checkBlind("heldout-answers.json", minimum: 200)
    }

    /// A second blind set, by another author, with other roles and wordings.
    func testTheBlindAnswers() throws {
        try checkBlind("blind-answers.json", minimum: 160)
    }

    private func checkBlind(_ name: String, minimum: Int) throws {
        let items = Self.load(name)
        XCTAssertGreaterThanOrEqual(items.count, minimum)
        let figures = try Self.measure(items)
        figures.report("\(name) (\(items.count) answers)")
        for id in Self.redFlags { XCTAssertGreaterThanOrEqual(figures.recall[id] ?? 0, HeldOutFloor.recall, id) }
        XCTAssertLessThanOrEqual(figures.falseAlarms.count, HeldOutFloor.falseAlarms, figures.falseAlarms.joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(figures.goodMean - figures.flaggedMean, 20)
    }
}

/// The floors the held-out figures must not fall below (see docs/heuristics.md): below the labelled
/// set's targets, since these answers were never tuned on, but high enough to catch a regression.
enum HeldOutFloor {
    static let recall = 0.45
    static let falseAlarms = 15
}
