import Simulator
import TestSupport
import XCTest

/// `Scenarios/customer-service.lua`: the guide's example 1 as an interview.
final class CustomerServiceScenarioTests: XCTestCase {
    private func host(seed: UInt64 = 1) throws -> ScenarioHost {
        try ScenarioHost(scenarioAt: Repository.path("Scenarios/customer-service.lua"),
                         options: HostOptions(pluginFolders: [Repository.path("Plugins")]), seed: seed)
    }

    /// Every question of the scenario, follow-ups included.
    private func allQuestions(_ scenario: Scenario) -> [Scenario.Question] {
        func walk(_ questions: [Scenario.Question]) -> [Scenario.Question] {
            questions.flatMap { [$0] + walk($0.followups.map(\.question)) }
        }
        return walk(scenario.topLevelQuestions)
    }

    func testItIsACustomerServiceRoleAtACompanyKnownForCare() throws {
        let scenario = try host().scenario
        XCTAssertEqual(scenario.id, "customer-service")
        XCTAssertTrue(scenario.role.lowercased().contains("customer service"))
        XCTAssertTrue(scenario.company.knownFor?.contains("customer care") ?? false)
        XCTAssertEqual(Set(scenario.plugins), ["red_flags", "goal_types", "goal_setting", "answer_structure", "delivery"])
    }

    func testItOpensWithShortAndLongTermGoalsAndAsksFiveToEightQuestions() throws {
        for seed: UInt64 in [1, 2, 3, 99] {
            let plan = SessionEngine(host: try host(seed: seed)).plan
            XCTAssertEqual(plan.first?.id, "goals")
            XCTAssertTrue(plan.first?.text.contains("short- and long-term career goals") ?? false)
            XCTAssertTrue((5 ... 8).contains(plan.count), "\(plan.count) questions")
        }
    }

    func testTheOpeningExampleIsTheGuidesExample1() throws {
        XCTAssertEqual(try host().scenario.topLevelQuestions.first?.example, GuideExamples.example1)
    }

    func testEveryQuestionHasAnExampleThatRaisesNoFlag() throws {
        let host = try host()
        for question in allQuestions(host.scenario) {
            let example = try XCTUnwrap(question.example, question.id)
            let evaluation = try host.evaluate(example, for: question, parent: nil, turns: [])
            XCTAssertEqual(evaluation.flags.map(\.id), [], "\(question.id): \(example)")
            XCTAssertGreaterThanOrEqual(evaluation.score ?? 0, 65, "\(question.id)")
        }
    }

    /// What a real interviewer would probe: each red flag, a missing long-term goal, a vague plan.
    func testTheOpeningQuestionsFollowUps() throws {
        let cases: [(answer: String, followup: String)] = [
            ("I'll take this for now, but it's just a stepping stone until I can start my career in graphic design.", "goals-fit"),
            ("I don't really have goals. I just want a job.", "goals-aspiration"),
            (GuideExamples.unrealistic, "goals-realistic"),
            ("I'm a team player and a hard worker who always gives 110%.", "goals-concrete"),
            ("In my first year I want to learn your products and reach a customer satisfaction score above 90% by asking for feedback on my calls every week.", "goals-long-term"),
        ]
        for (answer, followup) in cases {
            let frontend = ListFrontend(answers: [answer, "I'd like to lead a team here in five years by taking your leadership training."])
            _ = try SessionEngine(host: try host()).run(frontend: frontend)
            XCTAssertEqual(frontend.askedIDs.dropFirst().first, followup, answer)
        }
        let frontend = ListFrontend(answers: [GuideExamples.example1])
        _ = try SessionEngine(host: try host()).run(frontend: frontend)
        XCTAssertEqual(frontend.askedIDs.count, 2, "a strong answer gets no follow-up: \(frontend.askedIDs)")
    }

    func testAFullSessionEndsWithFeedbackFromTheScenario() throws {
        let host = try host(seed: 4)
        let engine = SessionEngine(host: host)
        let result = try engine.run(frontend: ListFrontend(answers: Array(repeating: GuideExamples.example1, count: 20)))
        XCTAssertEqual(result.reason, .completed)
        let report = try FeedbackBuilder.build(host: host, turns: result.turns, reason: result.reason)
        XCTAssertEqual(report.flags, [])
        XCTAssertTrue(report.summary?.contains("No red flags") ?? false, report.summary ?? "")
        XCTAssertFalse(report.advice.isEmpty)
        XCTAssertEqual(report.examples.count, result.turns.count)
    }

    func testFlaggedAnswersGetTheGuidesAdviceInTheSummary() throws {
        let host = try host()
        let result = try SessionEngine(host: host).run(frontend: ListFrontend(answers: ["I don't really have goals. I just want a job."]))
        let report = try FeedbackBuilder.build(host: host, turns: result.turns, reason: result.reason)
        // the flag by the name a candidate reads, not its id
        XCTAssertTrue(report.summary?.contains("To work on: lack of aspiration (1).") ?? false, report.summary ?? "")
        XCTAssertEqual(report.flags.map(\.title), ["Lack of aspiration"])
        XCTAssertTrue(report.advice.contains(report.flags[0].advice), "\(report.advice)")
        // the count of answers agrees with its noun ("over 1 answer", "over 2 answers")
        let summary = try XCTUnwrap(report.summary)
        let count = try XCTUnwrap(summary.firstMatch(of: /over (\d+) (answers?)\./), summary)
        XCTAssertEqual(count.2 == "answer", count.1 == "1", summary)
    }

    /// A red flag's advice already says what its criterion's tip would ("Keep goals challenging but
    /// achievable" after the advice on an over-the-top goal): the next steps give it once.
    func testNextStepsDoNotRepeatAFlagsAdviceAsATip() throws {
        let host = try host()
        let result = try SessionEngine(host: host).run(frontend: ListFrontend(answers: [GuideExamples.unrealistic]))
        let report = try FeedbackBuilder.build(host: host, turns: result.turns, reason: result.reason)
        XCTAssertEqual(report.flags.map(\.id), ["unrealistic-or-unclear-goals"])
        XCTAssertTrue(report.advice.contains(report.flags[0].advice), "\(report.advice)")
        XCTAssertFalse(report.advice.contains { $0.hasPrefix("Keep goals challenging but achievable") }, "\(report.advice)")
        // the tips of the other weak criteria still follow
        XCTAssertGreaterThan(report.advice.count, 1, "\(report.advice)")
    }

    /// The opening question's advice for an unrealistic or unclear goal speaks to both halves of the
    /// flag, so it fits the guide's "50% in my first month" as well as a goal too vague to act on.
    func testTheUnrealisticAdviceFitsAClaimAndAVagueGoal() throws {
        let host = try host()
        for answer in [GuideExamples.unrealistic, "I want to be really successful and do great things."] {
            let evaluation = try host.evaluate(answer, for: host.scenario.topLevelQuestions[0], parent: nil, turns: [])
            let flag = try XCTUnwrap(evaluation.flags.first { $0.id == "unrealistic-or-unclear-goals" }, answer)
            XCTAssertTrue(flag.advice.contains("over-the-top") && flag.advice.contains("too vague"), flag.advice)
        }
    }
}
