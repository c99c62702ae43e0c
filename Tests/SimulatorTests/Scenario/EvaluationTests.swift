import Simulator
import TestSupport
import XCTest

final class EvaluationTests: XCTestCase {
    private func evaluateWith(_ body: String, answer: String = "I am a team player who gives 110%.") throws -> Evaluation {
        let host = try makeHost("""
            return { id = "x", title = "X", role = "R", company = { name = "C" },
              questions = { { id = "q", text = "Q?", evaluate = function(answer, ctx)
                \(body)
              end } } }
            """)
        return try host.evaluate(answer, for: host.scenario.topLevelQuestions[0], parent: nil, turns: [])
    }

    func testEvidenceAsASpanQuotesTheAnswersExactWords() throws {
        let evaluation = try evaluateWith("""
            return { scores = { a = 80, b = 61 }, strengths = { "Clear." },
                     flags = { { id = "cliche-answer", evidence = text.find(answer, "TEAM PLAYER")[1], advice = "Be concrete." } } }
            """)
        XCTAssertEqual(evaluation.flags, [RedFlag(id: "cliche-answer", evidence: "team player", from: 8, to: 18, advice: "Be concrete.",
                                                  source: evaluation.flags.first?.source ?? "")])
        XCTAssertEqual(evaluation.scores, ["a": 80, "b": 61])
        XCTAssertEqual(evaluation.score, 71)
        XCTAssertEqual(evaluation.strengths, ["Clear."])
    }

    func testEvidenceAsWordsIsFoundInTheAnswer() throws {
        let evaluation = try evaluateWith("return { flags = { { id = 'x', evidence = 'gives 110%', advice = 'a' } } }")
        XCTAssertEqual(evaluation.flags.first?.evidence, "gives 110%")
        XCTAssertEqual(evaluation.flags.first?.from, 24)
    }

    func testAFlagsTitleIsItsOwnOrItsIdInWords() throws {
        let evaluation = try evaluateWith("""
            return { flags = { { id = 'cliche-answer', title = 'Cliché answer', evidence = 'gives 110%', advice = 'a' },
                               { id = 'no_real-plan', evidence = 'team player', advice = 'b' } } }
            """)
        XCTAssertEqual(evaluation.flags.map(\.title), ["Cliché answer", "No real plan"])
        XCTAssertThrowsError(try evaluateWith("return { flags = { { id = 'x', title = 'two\\nlines', evidence = 'team', advice = 'a' } } }")) { error in
            XCTAssertTrue("\(error)".contains("flag 'x': title must be a line of text"), "\(error)")
        }
        XCTAssertThrowsError(try evaluateWith("return { flags = { { id = 'x', title = '   ', evidence = 'team', advice = 'a' } } }")) { error in
            XCTAssertTrue("\(error)".contains("flag 'x': title must be a line of text"), "\(error)")
        }
    }

    func testEvidenceThatIsNotInTheAnswerIsRefused() {
        XCTAssertThrowsError(try evaluateWith("return { flags = { { id = 'x', evidence = 'never said', advice = 'a' } } }")) { error in
            XCTAssertTrue("\(error)".contains("the evidence \"never said\" is not in the answer"), "\(error)")
        }
    }

    func testScoresOutOfRangeAreRefused() {
        XCTAssertThrowsError(try evaluateWith("return { scores = { a = 120 } }")) { error in
            XCTAssertTrue("\(error)".contains("scenario.lua:2: the score for 'a' must be a number from 0 to 100 (got 120)"), "\(error)")
        }
    }

    func testUnknownKeysAreRefused() {
        XCTAssertThrowsError(try evaluateWith("return { score = 50 }")) { error in
            XCTAssertTrue("\(error)".contains("evaluate returned an unknown key 'score' (did you mean 'scores'?)"), "\(error)")
        }
    }

    func testMergeAveragesCriteriaAndKeepsFlagsOnce() {
        let flag = RedFlag(id: "f", evidence: "e", from: 1, to: 1, advice: "a", source: "s")
        let merged = Evaluation.merge([
            Evaluation(scores: ["a": 100, "b": 50], flags: [flag], strengths: ["x"]),
            Evaluation(scores: ["a": 50], flags: [flag], strengths: ["x", "y"]),
        ])
        XCTAssertEqual(merged.scores, ["a": 75, "b": 50])
        XCTAssertEqual(merged.flags, [flag])
        XCTAssertEqual(merged.strengths, ["x", "y"])
    }

    func testTheContextDescribesScenarioQuestionAndHistory() throws {
        let host = try makeHost("""
            return { id = "ctx", title = "T", role = "Agent",
              company = { name = "C", known_for = "care", values = { "v" }, growth_paths = { "lead" } },
              questions = { { id = "q", text = "Q?", evaluate = function(answer, ctx)
                return { strengths = { ctx.scenario.role, ctx.scenario.company.known_for, ctx.question.id,
                                       ctx.question.parent, tostring(#ctx.turns), ctx.scenario.company.growth_paths[1] } }
              end } } }
            """)
        let question = host.scenario.topLevelQuestions[0]
        let earlier = Turn(index: 1, questionID: "q0", question: "Q0?", parent: nil, depth: 0, answer: "a",
                           askedAt: Date(), answeredAt: Date(), evaluation: Evaluation())
        let evaluation = try host.evaluate("x", for: question, parent: "q0", turns: [earlier])
        XCTAssertEqual(evaluation.strengths, ["Agent", "care", "q", "q0", "1", "lead"])
    }

    func testAQuestionsOwnAdviceReplacesThePluginsForItsFlags() throws {
        let host = try makeHost("""
            return { id = "x", title = "X", role = "R", company = { name = "C" },
              questions = { { id = "q", text = "Q?",
                advice = { ["cliche-answer"] = "For this question, name one thing you did." },
                evaluate = function(answer)
                  return { flags = { { id = "cliche-answer", evidence = "team player", advice = "Generic advice." },
                                     { id = "other", evidence = "110%", advice = "Kept." } } }
                end } } }
            """)
        let evaluation = try host.evaluate("a team player at 110%", for: host.scenario.topLevelQuestions[0], parent: nil, turns: [])
        XCTAssertEqual(evaluation.flags.map(\.advice), ["For this question, name one thing you did.", "Kept."])
    }

    func testAdviceMustMapFlagIDsToText() {
        XCTAssertThrowsError(try makeHost("""
            return { id = "x", title = "X", role = "R", company = { name = "C" },
              questions = { { id = "q", text = "Q?", advice = { "just a string" } } } }
            """)) { error in
            XCTAssertTrue("\(error)".hasSuffix("scenario.lua:2: question 'q': advice maps red flag ids to advice, as { [\"cliche-answer\"] = \"…\" }"), "\(error)")
        }
    }

    func testSpansOutsideTheAnswerAreRefusedWhateverTheirSize() {
        for span in ["{ from = 1, to = 1e300 }", "{ from = 1, to = math.huge }", "{ from = 1.5, to = 3 }", "{ from = 0/0, to = 1 }"] {
            XCTAssertThrowsError(try evaluateWith("return { flags = { { id = 'x', evidence = \(span), advice = 'a' } } }"), span) { error in
                XCTAssertTrue("\(error)".contains("evidence { from, to } must lie inside the answer"), "\(error)")
            }
        }
    }

    func testAModuleCannotBeLoadedOnceTheSessionHasStarted() {
        XCTAssertThrowsError(try evaluateWith("return require('red_flags')")) { error in
            XCTAssertTrue("\(error)".contains("require('red_flags') must run while the scenario loads"), "\(error)")
        }
    }
}
