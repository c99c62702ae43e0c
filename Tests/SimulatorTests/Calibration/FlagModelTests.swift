import Foundation
import LuaBridge
import Simulator
import TestSupport
import XCTest

/// The learned second opinion: features read by the plugin, the trainer, and the weights file.
final class FlagModelTests: XCTestCase {
    let folder = TemporaryFolder()
    /// The flags the toy model is fitted on (a scenario's come from its plugins).
    static let flags = ["misaligned-goals", "lack-of-aspiration", "cliche-answer", "unrealistic-or-unclear-goals"]

    func testTheFlagsToFitAreTheOnesTheScenariosPluginsDeclare() throws {
        let host = try ScenarioHost(scenarioAt: Repository.path("Scenarios/customer-service.lua"), options: HostOptions(), seed: 1)
        XCTAssertEqual(host.declaredFlags, Self.flags, "red_flags declares the guide's four, in report order")
        folder.write("plain.lua", """
            return { id = "plain", title = "Plain", role = "clerk", company = { name = "Acme" },
              plugins = { "delivery" }, questions = { { id = "q", text = "What are your goals?", example = "To run the post room." } } }
            """)
        XCTAssertThrowsError(try Calibration.run(.init(scenarioPath: folder.path + "/plain.lua", sets: [folder.path + "/plain.lua"],
                                                       options: HostOptions(pluginFolders: [Repository.path("Plugins")])))) { error in
            XCTAssertTrue("\(error)".contains("declares the flags it can raise"), "\(error)")
        }
    }

    func testFeaturesAreWordsPairsNumbersAndNegationWithinAClause() throws {
        let features = try FlagModelTrainer.features(of: ["I don't want a stepping stone, 50% growth in 3 months."],
                                                     moduleRoots: [Repository.path("Plugins")])[0]
        for expected in ["i", "dont", "not_want", "not_a", "not_stepping", "stone", "i_dont", "dont_not_want",
                         "not_stepping_stone", "<pct>", "<pct>_growth", "in_<num>", "<num>_months"] {
            XCTAssertTrue(features.contains(expected), "\(expected) in \(features)")
        }
        XCTAssertTrue(features.contains("<pct:large>"), "50% is a large percentage: \(features)")
        XCTAssertFalse(features.contains("stone_<pct>"), "a comma ends the clause and the pair")
        XCTAssertFalse(features.contains("not_growth"), "a comma ends the negation")
        XCTAssertEqual(features.count, Set(features).count, "each feature once")
    }

    func testFeaturesAlsoSayHowConcreteAndHowSoonAnAnswerIs() throws {
        let answers = ["I want to be regional manager within six months.",
                       "I want to pass my CIPD Level 3 within two years and run the onboarding course.",
                       "I just want to see where life takes me."]
        let features = try FlagModelTrainer.features(of: answers, moduleRoots: [Repository.path("Plugins")])
        XCTAssertTrue(features[0].contains("<soonest:year>"), "\(features[0])")
        XCTAssertTrue(features[1].contains("<soonest:years>"), "\(features[1])")
        XCTAssertTrue(features[2].contains("<undated>"), "\(features[2])")
        XCTAssertTrue(features[2].contains("<concrete:0>"), "\(features[2])")
        let sizes = try FlagModelTrainer.features(of: ["Cut errors by 10 per cent.", "Grow sales by 20%.", "Retain 100% of clients."],
                                                  moduleRoots: [Repository.path("Plugins")])
        XCTAssertEqual(sizes.map { $0.filter { $0.hasPrefix("<pct:") } }, [["<pct:small>"], ["<pct:mid>"], ["<pct:whole>"]])
        XCTAssertTrue(sizes[0].contains("per") && sizes[0].contains("cent"), "the words stay words: \(sizes[0])")
        let concrete = features[1].first { $0.hasPrefix("<concrete:") }
        XCTAssertNotNil(concrete)
        XCTAssertNotEqual(concrete, "<concrete:0>", "a course, a level and a time are concrete")
    }

    /// Each word counts again as `soon_WORD` when the answer names a time frame still ahead within about
    /// three years, so that the model can weigh what is claimed against how soon (session 23); not beyond
    /// that, not undated, not a time gone or served, and not a word under negation.
    func testWordsSaidSoonAlsoCountAsSoonWords() throws {
        let answers = ["Partner within two years.", "Partner in ten years.", "I want to be a partner.",
                       "Within a year I won't be a manager.", "Two years ago I was a partner's PA.",
                       "I've been a supervisor for two years and want to be store manager next."]
        let features = try FlagModelTrainer.features(of: answers, moduleRoots: [Repository.path("Plugins")])
        XCTAssertTrue(features[0].contains("partner") && features[0].contains("soon_partner"), "\(features[0])")
        XCTAssertTrue(features[0].contains("soon_years"), "\(features[0])")
        XCTAssertFalse(features[1].contains { $0.hasPrefix("soon_") }, "ten years is not soon: \(features[1])")
        XCTAssertFalse(features[2].contains { $0.hasPrefix("soon_") }, "undated: \(features[2])")
        XCTAssertTrue(features[3].contains("soon_within") && features[3].contains("not_manager"), "\(features[3])")
        XCTAssertFalse(features[3].contains("soon_manager") || features[3].contains("soon_not_manager"),
                       "a negated word is not said soon: \(features[3])")
        XCTAssertFalse(features[4].contains { $0.hasPrefix("soon_") }, "a time gone: \(features[4])")
        XCTAssertFalse(features[5].contains { $0.hasPrefix("soon_") }, "a time served: \(features[5])")
    }

    /// Scoring reads the model's features from the analysis the rules made with the scenario, not
    /// from a second reading: they must be the features training reads without it.
    func testTheFeaturesFromTheScenariosAnalysisAreTheFeaturesOfTraining() throws {
        let script = try PluginScript("""
            local signals = require("career_signals")
            local features = require("flag_features").features
            -- a scenario with growth paths of its own, which a reading without it cannot see
            local ctx = { scenario = { role = "customer service representative", company = { name = "Acme",
              known_for = "fast friendly service", values = { "customer care" }, growth_paths = { "team leader", "quality analyst" } } } }
            return {
              same = function(answer, role)
                ctx.scenario.role = role ~= "" and role or "customer service representative"
                local plain, shared = features(answer), features(answer, signals.analyze(answer, ctx))
                return table.concat(plain, " ") == table.concat(shared, " ")
              end,
            }
            """)
        let items = try LabelledAnswer.load(from: Repository.path("Tests/SimulatorTests/Fixtures/training-20-answers.json"))
            + [LabelledAnswer(answer: "I'd like to become a team leader here within two years.", flags: []),
               LabelledAnswer(answer: "In two years I'd like to be a quality analyst.", flags: [])]
        for item in items {
            XCTAssertEqual(try script.call("same", [.string(item.answer), .string(item.role ?? "")]), .boolean(true), item.answer)
        }
    }

    func testMomentumOnlySpeedsTheFitUp() {
        let plain = FlagModelTrainer(flags: Self.flags, configuration: .init(minimumCount: 2, iterations: 2000, momentum: 0))
            .fit(features: toy.features, labels: toy.labels)
        let fast = FlagModelTrainer(flags: Self.flags, configuration: .init(minimumCount: 2, iterations: 200, momentum: 0.9))
            .fit(features: toy.features, labels: toy.labels)
        for list in toy.features {
            let a = plain.probabilities(list), b = fast.probabilities(list)
            for id in Self.flags { XCTAssertEqual(a[id]!, b[id]!, accuracy: 0.1, "\(list) \(id)") }
        }
    }

    func testAMissingFeaturesModuleIsAScenarioError() {
        XCTAssertThrowsError(try FlagModelTrainer.features(of: ["x"], moduleRoots: [folder.path])) { error in
            XCTAssertEqual((error as? SimulatorError)?.exitCode, 1)
            XCTAssertTrue("\(error)".contains("flag_features"), "\(error)")
        }
    }

    /// A tiny set the model must separate: each flag's words weigh for it and against the others.
    private let toy: (features: [[String]], labels: [[String]]) = (
        [["pay", "bills", "the"], ["pay", "bills", "until", "the"], ["dont", "care"], ["whatever", "dont", "care"],
         ["team", "player"], ["team", "player", "passion"], ["ceo", "month"], ["ceo", "month", "double"],
         ["course", "plan"], ["course", "plan", "lead"], ["plan", "lead"], ["lead", "course"], ["lone"]],
        [["misaligned-goals"], ["misaligned-goals"], ["lack-of-aspiration"], ["lack-of-aspiration"],
         ["cliche-answer"], ["cliche-answer"], ["unrealistic-or-unclear-goals"], ["unrealistic-or-unclear-goals"],
         [], [], [], [], []]
    )

    func testTheTrainerSeparatesASmallSetAndAlwaysGivesTheSameWeights() {
        let trainer = FlagModelTrainer(flags: Self.flags, configuration: .init(minimumCount: 2, iterations: 400))
        let model = trainer.fit(features: toy.features, labels: toy.labels)
        XCTAssertEqual(model.flags, Self.flags)
        XCTAssertNil(model.weights["lone"], "a feature seen once is left out")
        let misaligned = model.probabilities(["pay", "bills", "the"])
        XCTAssertGreaterThan(misaligned["misaligned-goals"]!, 0.5)
        XCTAssertLessThan(misaligned["cliche-answer"]!, 0.5)
        let good = model.probabilities(["course", "plan", "lead"])
        for id in Self.flags { XCTAssertLessThan(good[id]!, 0.5, id) }
        XCTAssertGreaterThan(model.probabilities(["ceo", "month"])["unrealistic-or-unclear-goals"]!, 0.5)
        XCTAssertEqual(trainer.fit(features: toy.features, labels: toy.labels), model, "deterministic")
    }

    func testWeightsAreWrittenInTheirShortestForm() {
        let model = FlagModel(flags: ["a", "b"], bias: [-0.5, 1.25], weights: ["x": [0.0004, -0.25], "y": [12.5, -3.0]])
        let source = model.luaSource(sources: [])
        XCTAssertTrue(source.contains("  bias = { -.5, 1.25 },"), source)
        XCTAssertTrue(source.contains("\n[\"x\"]={0,-.25},\n"), source)
        XCTAssertTrue(source.contains("\n[\"y\"]={12.5,-3},\n"), source)
    }

    func testTheWrittenWeightsScoreInLuaAsInSwift() throws {
        let model = FlagModelTrainer(flags: Self.flags, configuration: .init(minimumCount: 2, iterations: 400)).fit(features: toy.features, labels: toy.labels)
        let source = model.luaSource(sources: ["toy (13 answers)"])
        XCTAssertTrue(source.hasPrefix("-- flag_weights: the fitted weights"), source)
        XCTAssertTrue(source.contains("--   toy (13 answers)"))
        folder.write("flag_weights.lua", source)
        for module in ["flag_features.lua", "flag_model.lua", "career_signals.lua", "career_ladders.lua"] {
            folder.write(module, try String(contentsOfFile: Repository.path("Plugins/\(module)"), encoding: .utf8))
        }
        let sandbox = try LuaSandbox.forPlugins(moduleRoots: [folder.path])
        let flagModel = try sandbox.state.value(of: try sandbox.require("flag_model"))
        guard case .function(let probabilities)? = flagModel.tableValue?.fields["probabilities"],
              case .function(let flags)? = flagModel.tableValue?.fields["flags"] else {
            return XCTFail("flag_model exports probabilities and flags")
        }
        let answer = "I need to pay the bills until something comes up."
        let inLua = try XCTUnwrap(try sandbox.state.call(probabilities, [.string(answer)]).first?.tableValue)
        let features = try FlagModelTrainer.features(of: [answer], moduleRoots: [folder.path])[0]
        for (id, p) in model.probabilities(features) {
            XCTAssertEqual(inLua[id].doubleValue ?? -1, p, accuracy: 0.001, id)
        }
        let unknown = try XCTUnwrap(try sandbox.state.call(probabilities, [.string("Zzz qqq, xyzzy.")]).first?.tableValue)
        XCTAssertEqual(unknown.fields, [:], "too few known words: no opinion")
        let raised = try XCTUnwrap(try sandbox.state.call(flags, [.string(answer)]).first?.tableValue).array
        let first = try XCTUnwrap(raised.first?.tableValue)
        XCTAssertEqual(first["id"].stringValue, "misaligned-goals")
        let evidence = try XCTUnwrap(first["evidence"].tableValue)
        XCTAssertEqual(evidence["from"].doubleValue, 1)
        XCTAssertEqual(evidence["to"].doubleValue, Double(answer.utf8.count), "the sentence that weighs most")
    }
}
