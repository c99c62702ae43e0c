import Foundation
import Simulator
import TestSupport
import XCTest

/// Measuring flags against labels, and reading labelled sets.
final class CalibrationReportTests: XCTestCase {
    let folder = TemporaryFolder()

    func testRecallPrecisionMissesAndScoresAreCountedPerFlag() throws {
        let items = [
            LabelledAnswer(answer: "a", flags: ["misaligned-goals"]),
            LabelledAnswer(answer: "b", flags: ["misaligned-goals"]),
            LabelledAnswer(answer: "c", flags: []),
            LabelledAnswer(answer: "d", flags: [], question: "What motivates you?"),
        ]
        var asked: [String?] = []
        let report = try CalibrationReport.measure(items, flagIDs: ["misaligned-goals", "cliche-answer"]) { item in
            asked.append(item.question)
            let flags = ["a": ["misaligned-goals"], "c": ["cliche-answer"]][item.answer] ?? []
            return Evaluation(scores: ["s": item.flags.isEmpty ? 80 : 20],
                              flags: flags.map { RedFlag(id: $0, evidence: item.answer, from: 1, to: 1, advice: "x", source: "test") },
                              strengths: [])
        }
        XCTAssertEqual(asked, [nil, nil, nil, "What motivates you?"])
        XCTAssertEqual(report["misaligned-goals"].labelled, 2)
        XCTAssertEqual(report["misaligned-goals"].recall, 0.5)
        XCTAssertEqual(report["misaligned-goals"].precision, 1)
        XCTAssertEqual(report["cliche-answer"].precision, 0)
        XCTAssertEqual(report.good, 2)
        XCTAssertEqual(report.goodFlagged, 1)
        XCTAssertEqual(report.goodMeanScore, 80)
        XCTAssertEqual(report.flaggedMeanScore, 20)
        XCTAssertEqual(report.criteria, [CalibrationReport.Criterion(id: "s", goodMean: 80, flaggedMean: 20)])
        XCTAssertEqual(report.raised, [["misaligned-goals"], [], ["cliche-answer"], []])
        XCTAssertEqual(report.misses.map(\.answer), ["b", "c"])
        XCTAssertEqual(report.misses[1].unexpected, ["cliche-answer"])
        let text = report.text(title: "set", misses: true)
        XCTAssertTrue(text.contains("misaligned-goals              recall 0.50  precision 1.00  (2 labelled)"), text)
        XCTAssertTrue(text.contains("1 of 2 good answers flagged"), text)
        XCTAssertTrue(text.contains("  missed misaligned-goals: b"), text)
        XCTAssertTrue(text.contains("  raised cliche-answer: c"), text)
    }

    func testABadLabelledSetIsAnAnswersErrorNamingTheFileAndItem() {
        let cases: [(String, String?, String)] = [
            ("missing.json", nil, "cannot read"),
            ("broken.json", "[{\"answer\": \"x\"", "not a labelled set"),
            ("keyless.json", "[{\"answer\": \"x\", \"flags\": []}, {\"answer\": \"y\"}]", "item 2 has no 'flags'"),
            ("empty.json", "[]", "no labelled answers"),
            ("blank.json", "[{\"answer\": \"  \", \"flags\": []}]", "answer 1 is empty"),
        ]
        for (name, contents, message) in cases {
            let path = contents.map { folder.write(name, $0) } ?? folder.url.appendingPathComponent(name).path
            XCTAssertThrowsError(try LabelledAnswer.load(from: path), name) { error in
                XCTAssertEqual((error as? SimulatorError)?.exitCode, 3, name)
                XCTAssertTrue("\(error)".hasPrefix(path + ": "), "\(error)")
                XCTAssertTrue("\(error)".contains(message), "\(name): \(error)")
            }
        }
    }
}
