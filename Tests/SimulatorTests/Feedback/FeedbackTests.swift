import Simulator
import TestSupport
import XCTest

final class FeedbackTests: XCTestCase {
    private func report() throws -> FeedbackReport {
        let host = try makeHost("""
            return { id = "fb", title = "Feedback demo", role = "R", company = { name = "C" },
              questions = {
                { id = "a", text = "A?", example = "A strong answer to A.", why = "It is concrete.", evaluate = function(answer)
                    local span = text.find(answer, "110%")[1]
                    return { scores = { clarity = span and 40 or 90, alignment = 80 },
                             flags = span and { { id = "cliche-answer", title = "Cliché answer", evidence = span, advice = "Say what you will do." } } or {},
                             strengths = { "You were brief." } }
                  end },
                { id = "b", text = "B?", example = "A strong answer to B." },
              },
              feedback = function(session)
                return { summary = "Score " .. session.score .. " with " .. #session.flags .. " flag(s).", advice = { "Practise B." } }
              end,
            }
            """)
        let result = try SessionEngine(host: host).run(frontend: ListFrontend([.answer("I give 110% always"), .skip]))
        return try FeedbackBuilder.build(host: host, turns: result.turns, reason: result.reason)
    }

    func testTheReportAddsUpTheTurns() throws {
        let report = try report()
        XCTAssertEqual(report.score, 60)
        XCTAssertEqual(report.criteria, ["clarity": 40, "alignment": 80])
        XCTAssertEqual(report.flags, [.init(id: "cliche-answer", title: "Cliché answer", questionID: "a", evidence: "110%", advice: "Say what you will do.")])
        XCTAssertEqual(report.turns.map(\.score), [60, nil])
        XCTAssertEqual(report.turns.map(\.answer), ["I give 110% always", nil])
        XCTAssertEqual(report.summary, "Score 60 with 1 flag(s).")
        XCTAssertEqual(report.advice, ["Practise B."])
        XCTAssertEqual(report.examples.map(\.questionID), ["a", "b"])
        XCTAssertEqual(report.reason, "completed")
    }

    func testTheJSONContract() throws {
        let json = FeedbackRenderer.json(try report())
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        for key in ["scenario", "score", "criteria", "flags", "turns"] { XCTAssertNotNil(object[key], key) }
        XCTAssertEqual(object["scenario"] as? String, "fb")
        let flag = (object["flags"] as! [[String: Any]])[0]
        XCTAssertEqual(Set(flag.keys), ["id", "title", "question_id", "evidence", "advice"])
        XCTAssertEqual(flag["title"] as? String, "Cliché answer")
        let turn = (object["turns"] as! [[String: Any]])[1]
        XCTAssertEqual(Set(turn.keys), ["question_id", "question", "answer", "score", "flags", "strengths"])
        XCTAssertTrue(turn["answer"] is NSNull)
        let examples = object["examples"] as! [[String: Any]]
        XCTAssertEqual(examples[0]["why"] as? String, "It is concrete.")
        XCTAssertTrue(examples[1]["why"] is NSNull)
    }

    func testTextShowsScoresEvidenceAdviceStrengthsAndAnExample() throws {
        let text = FeedbackRenderer(format: .text).render(try report())
        for expected in ["Overall score: 60/100", "clarity", "! Cliché answer (question a)", "You said: \"110%\"",
                         "Advice: Say what you will do.", "+ You were brief.", "A strong answer to \"A?\"",
                         "\"A strong answer to A.\"", "Why it works: It is concrete.", "Score 60 with 1 flag(s).", "- Practise B."] {
            XCTAssertTrue(text.contains(expected), "missing \(expected) in\n\(text)")
        }
        XCTAssertFalse(text.contains("\u{1B}["), "no colour unless asked")
    }

    func testMarkdown() throws {
        let markdown = FeedbackRenderer(format: .markdown).render(try report())
        XCTAssertTrue(markdown.hasPrefix("# Feedback: Feedback demo\n"))
        XCTAssertTrue(markdown.contains("| clarity | 40 |"))
        XCTAssertTrue(markdown.contains("- **Cliché answer** (question `a`): you said \"110%\". Say what you will do."))
        XCTAssertTrue(markdown.contains("_Skipped._"))
    }

    func testTextWrapsToTheTerminalWidthUnderItsIndentation() throws {
        var report = try report()
        report.flags[0].advice = String(repeating: "Say what you will do and by when. ", count: 6)
        let text = FeedbackRenderer(format: .text, width: 50).render(report)
        for line in text.split(separator: "\n") { XCTAssertLessThanOrEqual(line.count, 50, String(line)) }
        XCTAssertTrue(text.contains("    Advice: Say what you will do and by when. Say\n            what you will do"), text)
    }
}
