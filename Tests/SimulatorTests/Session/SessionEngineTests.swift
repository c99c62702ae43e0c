import Simulator
import TestSupport
import XCTest

final class SessionEngineTests: XCTestCase {
    static let branching = """
        local function length_score(answer) return #answer > 40 and 90 or 30 end
        return {
          id = "branching", title = "Branching", role = "Tester",
          company = { name = "Acme" },
          max_followup_depth = 2,
          questions = {
            { id = "goals", text = "Your goals?",
              evaluate = function(answer)
                local flags = {}
                local span = text.find(answer, "whatever")[1]
                if span then flags[1] = { id = "lack-of-aspiration", evidence = span, advice = "Show excitement." } end
                return { scores = { depth = length_score(answer) }, flags = flags }
              end,
              followups = {
                { id = "why-not", text = "Why no goals?", when = { flag = "lack-of-aspiration" },
                  followups = { { id = "really", text = "Really?", when = { contains = { "really" } },
                                  followups = { { id = "too-deep", text = "Never asked", when = function() return true end } } } } },
                { id = "long-term", text = "And the long term?", when = { missing = { "long term", "long-term" } } },
              },
            },
            { id = "short", text = "Short question?",
              evaluate = function(answer) return { scores = { depth = length_score(answer) } } end,
              followups = { { id = "more", text = "Say more?", when = { score_below = 50 } } },
              next = function(answer) if answer:find("skip ahead") then return "last" end end,
            },
            { id = "middle", text = "Middle?" },
            { pool = "pool", pick = 2, questions = {
                { id = "p1", text = "P1?" }, { id = "p2", text = "P2?" }, { id = "p3", text = "P3?" }, { id = "p4", text = "P4?" } } },
            { id = "last", text = "Last?" },
          },
        }
        """

    let folder = TemporaryFolder()

    private func engine(seed: UInt64 = 1) throws -> SessionEngine {
        SessionEngine(host: try makeHost(Self.branching, seed: seed, in: folder))
    }

    func testAFlagTriggersItsFollowupAndNestingStopsAtTheDepthLimit() throws {
        let frontend = ListFrontend(answers: ["whatever, I don't mind", "really nothing", "fine", String(repeating: "long answer ", count: 5)])
        let result = try engine().run(frontend: frontend)
        XCTAssertEqual(Array(frontend.askedIDs.prefix(4)), ["goals", "why-not", "really", "short"])
        XCTAssertEqual(result.turns[1].parent, "goals")
        XCTAssertEqual(result.turns[2].parent, "why-not")
        XCTAssertEqual(result.turns[2].depth, 2)
        XCTAssertEqual(frontend.prompts[1].number, 1, "a follow-up carries its main question's number")
    }

    func testAMissingPhraseTriggersAFollowup() throws {
        let frontend = ListFrontend(answers: ["I want to lead a team one day, after learning the job well.", "In the long term, a manager."])
        _ = try engine().run(frontend: frontend)
        XCTAssertEqual(Array(frontend.askedIDs.prefix(3)), ["goals", "long-term", "short"])
    }

    func testNoFollowupWhenNoConditionHolds() throws {
        let frontend = ListFrontend(answers: ["In the long term I want to lead a team at a company like this.", "x"])
        _ = try engine().run(frontend: frontend)
        XCTAssertEqual(Array(frontend.askedIDs.prefix(3)), ["goals", "short", "more"])
    }

    func testAJumpSkipsAhead() throws {
        let frontend = ListFrontend(answers: ["long-term: lead a team of people in the service department", "please skip ahead to the end, thank you kindly", "done"])
        let result = try engine().run(frontend: frontend)
        XCTAssertEqual(frontend.askedIDs, ["goals", "short", "last"])
        XCTAssertEqual(result.reason, .completed)
    }

    func testAJumpOutsideThePlanNeverCountsPastTheTotal() throws {
        let host = try makeHost("""
            return { id = "j", title = "J", role = "R", company = { name = "C" },
              questions = {
                { id = "a", text = "A?", next = "extra" },
                { pool = "p", pick = 1, questions = { { id = "b", text = "B?" }, { id = "extra", text = "Extra?" } } },
              } }
            """, seed: 1, in: folder)
        let engine = SessionEngine(host: host)
        let frontend = ListFrontend(answers: ["x", "y", "z"])
        _ = try engine.run(frontend: frontend)
        XCTAssertTrue(frontend.prompts.allSatisfy { $0.number <= $0.total }, "\(frontend.prompts.map { "\($0.number)/\($0.total)" })")
    }

    func testPoolsAreDrawnWithTheSeed() throws {
        func pooled(_ seed: UInt64) throws -> [String] {
            try engine(seed: seed).plan.map(\.id).filter { $0.hasPrefix("p") }
        }
        XCTAssertEqual(try pooled(5), try pooled(5))
        XCTAssertEqual(try pooled(5).count, 2)
        let draws = Set(try (0 ..< 20).map { try pooled(UInt64($0)) })
        XCTAssertGreaterThan(draws.count, 3, "different seeds draw different questions")
        XCTAssertEqual(try engine().plan.count, 6)
    }

    func testQuestionNumbersCountMainQuestions() throws {
        let frontend = ListFrontend(answers: Array(repeating: "In the long term I lead a team of great people here.", count: 10))
        _ = try engine().run(frontend: frontend)
        XCTAssertEqual(frontend.prompts.filter { $0.parent == nil }.map(\.number), [1, 2, 3, 4, 5, 6])
        XCTAssertTrue(frontend.prompts.allSatisfy { $0.total == 6 })
    }

    func testSkipQuitAndEndOfInput() throws {
        let skipped = try engine().run(frontend: ListFrontend([.skip, .quit]))
        XCTAssertEqual(skipped.reason, .quit)
        XCTAssertEqual(skipped.turns.count, 1)
        XCTAssertTrue(skipped.turns[0].skipped)
        XCTAssertNil(skipped.turns[0].evaluation)

        let ended = try engine().run(frontend: ListFrontend(answers: ["In the long term I lead a team here, that is my plan."]))
        XCTAssertEqual(ended.reason, .inputEnded)
        XCTAssertEqual(ended.turns.count, 1)
    }

    func testTheSameSeedAndAnswersGiveTheSameSession() throws {
        let answers = ["whatever", "really", "ok", "skip ahead", "x", "y", "z"]
        let first = try engine(seed: 9).run(frontend: ListFrontend(answers: answers))
        let second = try engine(seed: 9).run(frontend: ListFrontend(answers: answers))
        XCTAssertEqual(first.turns.map(\.questionID), second.turns.map(\.questionID))
        XCTAssertEqual(first.turns.map(\.evaluation), second.turns.map(\.evaluation))
    }

    func testTurnsAreRecordedAsTheyHappen() throws {
        final class Recorder: SessionRecorder {
            var seen: [String] = []
            func record(_ turn: Turn) throws { seen.append(turn.questionID) }
        }
        let recorder = Recorder()
        let result = try engine().run(frontend: ListFrontend(answers: ["whatever", "fine"]), recorder: recorder)
        XCTAssertEqual(recorder.seen, result.turns.map(\.questionID))
    }

    func testAFailingHookStopsTheSessionWithTheScriptsLine() throws {
        let host = try makeHost("""
            return { id = "x", title = "X", role = "R", company = { name = "C" },
              questions = { { id = "q", text = "Q?", evaluate = function(answer)
                return answer.nothing.here
              end } } }
            """)
        XCTAssertThrowsError(try SessionEngine(host: host).run(frontend: ListFrontend(answers: ["a"]))) { error in
            XCTAssertTrue("\(error)".hasSuffix("scenario.lua:3: attempt to index a nil value (field 'nothing')"), "\(error)")
        }
    }
}
