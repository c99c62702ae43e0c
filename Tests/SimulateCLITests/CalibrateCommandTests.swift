import Foundation
import TestSupport
import XCTest

/// `simulate calibrate` end to end: measuring the flags on labelled answers, and fitting the flag model.
final class CalibrateCommandTests: XCTestCase {
    let folder = TemporaryFolder()

    private var set: String {
        folder.write("set.json", """
            [
              { "answer": "Honestly this job is just a stepping stone until I can start my career in graphic design.", "flags": ["misaligned-goals"] },
              { "answer": "I don't really have goals. I just want a job.", "flags": ["lack-of-aspiration"] },
              { "answer": "In my first year I want to complete the complaint-handling course and cut my average handling time by 10% by building templates for common questions. In the long term I'd like to become a team leader here and coach new representatives.", "flags": [] },
              { "answer": "Seeing a customer leave happier than they arrived. Last month I turned round a refund complaint into a five-star review by calling back the same day.", "flags": [], "question": "What motivates you?" }
            ]
            """)
    }

    func testItPrintsRecallPrecisionAndTheScoreGap() throws {
        let output = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, "--show-misses"])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.hasPrefix("\(set) (4 answers): per-flag recall and precision\n"), output.stdout)
        XCTAssertTrue(output.stdout.contains("  misaligned-goals              recall 1.00  precision 1.00  (1 labelled)"), output.stdout)
        XCTAssertTrue(output.stdout.contains("  lack-of-aspiration            recall 1.00  precision 1.00  (1 labelled)"), output.stdout)
        XCTAssertTrue(output.stdout.contains("0 of 2 good answers flagged"), output.stdout)
        XCTAssertTrue(output.stdout.contains("  criteria (good / flagged): action-plan "), output.stdout)

        let json = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let result = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let report = (result["sets"] as! [[String: Any]])[0]["report"] as! [String: Any]
        XCTAssertEqual(report["answers"] as? Int, 4)
        XCTAssertEqual(report["good_flagged"] as? Int, 0)
        XCTAssertEqual((report["raised"] as! [[String]]).map(\.count), [1, 1, 0, 0])
    }

    /// Regression (session 31): what the plugins read once per role (its ladders, level, title, phrases) was
    /// kept for good, so one run over thousands of roles outgrew the memory cap. The roles of the fitting
    /// sets, read in one run under a tighter cap than the default, must fit: the memos forget as they fill.
    func testThousandsOfRolesInOneRunStayWithinTheMemoryCap() throws {
        var roles: [String] = []
        var seen = Set<String>()
        let fixtures = Repository.path("Tests/SimulatorTests/Fixtures")
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures).sorted() where name.hasPrefix("training-") {
            let items = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: fixtures + "/" + name))) as! [[String: Any]]
            for case let role as String in items.compactMap({ $0["role"] }) where seen.insert(role).inserted { roles.append(role) }
        }
        roles = stride(from: 0, to: roles.count, by: 3).map { roles[$0] }
        XCTAssertGreaterThan(roles.count, 2500)
        let answers = roles.map { role in
            ["role": role, "answer": "In five years I'd like to lead a small team here and finish my Level 3 diploma.", "flags": []] as [String: Any]
        }
        let path = folder.write("roles.json", String(decoding: try JSONSerialization.data(withJSONObject: answers), as: UTF8.self))
        let output = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", path, "--memory-limit", "32"])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.contains("0 of \(roles.count) good answers flagged"), output.stdout)
    }

    func testAScenarioAsASetGivesItsExamplesAsGoodAnswers() throws {
        let output = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", "Scenarios/five-years.lua"])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.contains("Scenarios/five-years.lua ("), output.stdout)
        let json = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", "Scenarios/five-years.lua", "--format", "json"])
        let result = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let report = (result["sets"] as! [[String: Any]])[0]["report"] as! [String: Any]
        XCTAssertGreaterThan(report["good"] as? Int ?? 0, 5, "every question's example is a good answer")
        XCTAssertEqual(report["good_flagged"] as? Int, 0, "no shipped example raises a flag")
    }

    func testTrainWritesWeightsThatTheScenarioThenUses() throws {
        let plugins = folder.url.appendingPathComponent("plugins").path
        try FileManager.default.createDirectory(atPath: plugins, withIntermediateDirectories: true)
        let weights = plugins + "/flag_weights.lua"
        let output = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, "--train", weights,
                                              "--plugins", plugins])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.hasPrefix("Fitted "), output.stdout)
        XCTAssertTrue(output.stdout.contains("wrote \(weights)"), output.stdout)
        XCTAssertFalse(output.stdout.contains("The figures below are with"), "the scenario loads the fitted weights: \(output.stdout)")

        let elsewhere = folder.url.appendingPathComponent("elsewhere.lua").path
        let unused = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, "--train", elsewhere])
        XCTAssertEqual(unused.status, 0, unused.stderr)
        XCTAssertTrue(unused.stdout.contains("The figures below are with Plugins/flag_weights.lua"), unused.stdout)
        let written = try String(contentsOfFile: weights, encoding: .utf8)
        XCTAssertTrue(written.contains("--   \(set) (4 answers)"), written)
        XCTAssertTrue(written.contains("flags = { \"misaligned-goals\", \"lack-of-aspiration\", \"cliche-answer\", \"unrealistic-or-unclear-goals\" }"))

        // the scenario now reads with the fitted weights: a model that knows four answers has no
        // opinion on most words, so the shipped model's catch on unknown wording is gone
        let unknownWording = "What I'm really after is the wine trade. I'm working through my WSET qualifications, so the lab keeps a steady income coming in."
        let shipped = try SimulateProcess.run(["try", "Scenarios/customer-service.lua", "--question", "goals", "--answer", unknownWording])
        XCTAssertTrue(shipped.stdout.contains("! misaligned-goals"), shipped.stdout)
        let fitted = try SimulateProcess.run(["try", "Scenarios/customer-service.lua", "--question", "goals", "--answer", unknownWording,
                                              "--plugins", plugins])
        XCTAssertEqual(fitted.status, 0, fitted.stderr)
        XCTAssertFalse(fitted.stdout.contains("! misaligned-goals"), fitted.stdout)
    }

    /// The fit's penalty and length are options, written into the weights' header; a stronger penalty
    /// gives smaller weights, and settings that mean nothing are refused as usage errors.
    func testTheFitsSettingsAreOptionsNamedInTheWeights() throws {
        let plain = folder.url.appendingPathComponent("plain.lua").path
        let humble = folder.url.appendingPathComponent("humble.lua").path
        for (path, extra) in [(plain, ["--regularisation", "0", "--iterations", "300"]),
                              (humble, ["--regularisation", "4", "--iterations", "300"])] {
            let output = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, "--train", path] + extra)
            XCTAssertEqual(output.status, 0, output.stderr)
        }
        let plainText = try String(contentsOfFile: plain, encoding: .utf8)
        XCTAssertTrue(plainText.contains("\n-- Fitted with: --regularisation 0.0 --iterations 300\n"), plainText)
        func largest(_ text: String) -> Double {
            text.split(separator: "\n").filter { $0.hasPrefix("[\"") }.flatMap { line in
                line.split(separator: "{").last!.dropLast(2).split(separator: ",").map { Double("0" + $0.replacingOccurrences(of: "-", with: "")) ?? 0 }
            }.max() ?? 0
        }
        let humbleText = try String(contentsOfFile: humble, encoding: .utf8)
        XCTAssertGreaterThan(largest(plainText), 0, plainText)
        XCTAssertLessThan(largest(humbleText), largest(plainText), "a stronger penalty keeps the weights smaller")

        for (bad, message) in [("--iterations=0", "--iterations must be at least 1"),
                               ("--regularisation=-1", "--regularisation must be a number of 0 or more"),
                               ("--regularisation=nan", "--regularisation must be a number of 0 or more"),
                               ("--regularisation=inf", "--regularisation must be a number of 0 or more")] {
            let output = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, "--train", plain, bad])
            XCTAssertEqual(output.status, 2, output.stderr)
            XCTAssertTrue(output.stderr.contains(message), "\(bad): \(output.stderr)")
        }
        // settings of a fit, without a fit, are refused rather than ignored
        let measuring = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, "--iterations", "300"])
        XCTAssertEqual(measuring.status, 2, measuring.stderr)
        XCTAssertTrue(measuring.stderr.contains("give them with --train or --hold-out"), measuring.stderr)
        // a penalty too strong for four answers would make the steps overshoot: refused, one line, no weights written
        let diverging = folder.url.appendingPathComponent("diverging.lua").path
        let strong = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, "--train", diverging,
                                              "--regularisation", "100"])
        XCTAssertEqual(strong.status, 2, strong.stderr)
        XCTAssertEqual(strong.stderr, "simulate: --regularisation 100.0 is too strong for 4 answers: the fit would diverge; give less than 15.2\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: diverging))
    }

    func testHoldOutMeasuresEachSetWithWeightsFittedOnTheOthers() throws {
        let other = folder.write("other.json", """
            [
              { "answer": "To be honest I'm only here until my acting career takes off.", "flags": ["misaligned-goals"] },
              { "answer": "I'm a team player who gives 110% and always goes above and beyond.", "flags": ["cliche-answer"] },
              { "answer": "Within six months I want to finish your product training and handle escalations on my own.", "flags": [] }
            ]
            """)
        let shipped = try String(contentsOfFile: Repository.path("Plugins/flag_weights.lua"), encoding: .utf8)
        let output = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, other, "--hold-out",
                                              "--format", "json"])
        XCTAssertEqual(output.status, 0, output.stderr)
        let result = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as! [String: Any]
        let sets = result["sets"] as! [[String: Any]]
        XCTAssertEqual(sets.map { $0["path"] as? String }, [set, other])
        let total = result["held_out_total"] as! [String: Any]
        XCTAssertEqual(total["answers"] as? Int, 7, "every held-out answer, once")
        XCTAssertEqual(try String(contentsOfFile: Repository.path("Plugins/flag_weights.lua"), encoding: .utf8), shipped,
                       "the shipped weights are left alone")

        // the same as fitting on the other set by hand and measuring with those weights
        let plugins = folder.url.appendingPathComponent("fold").path
        try FileManager.default.createDirectory(atPath: plugins, withIntermediateDirectories: true)
        let fitted = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", other, "--train",
                                              plugins + "/flag_weights.lua", "--plugins", plugins])
        XCTAssertEqual(fitted.status, 0, fitted.stderr)
        let byHand = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, "--plugins", plugins,
                                              "--format", "json"])
        let handReport = ((try JSONSerialization.jsonObject(with: Data(byHand.stdout.utf8)) as! [String: Any])["sets"]
            as! [[String: Any]])[0]["report"] as! [String: Any]
        let heldReport = sets[0]["report"] as! [String: Any]
        XCTAssertEqual(heldReport["raised"] as? [[String]], handReport["raised"] as? [[String]])
        XCTAssertEqual(heldReport["good_mean_score"] as? Double, handReport["good_mean_score"] as? Double)

        let text = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, other, "--hold-out"])
        XCTAssertTrue(text.stdout.hasPrefix("Held out: each set is measured with weights fitted on all the other sets"), text.stdout)
        XCTAssertTrue(text.stdout.contains("all held-out sets (7 answers)"), text.stdout)

        let one = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, "--hold-out"])
        XCTAssertEqual(one.status, 3, one.stderr)
        XCTAssertTrue(one.stderr.contains("--hold-out needs at least two labelled sets"), one.stderr)
        let both = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, other, "--hold-out",
                                            "--train", plugins + "/x.lua"])
        XCTAssertEqual(both.status, 2, both.stderr)
        XCTAssertTrue(both.stderr.contains("leave out --train"), both.stderr)
    }

    /// With many sets, one fit per set is slow: `--folds K` deals the sets in turn into K folds and
    /// holds each fold out whole, the sets outside it fitted; a scenario given as a set is fitted in
    /// every fold and never held out.
    func testHoldOutInFoldsHoldsEachFoldOutWhole() throws {
        let other = folder.write("other.json", """
            [
              { "answer": "To be honest I'm only here until my acting career takes off.", "flags": ["misaligned-goals"] },
              { "answer": "Within six months I want to finish your product training and handle escalations on my own.", "flags": [] }
            ]
            """)
        let third = folder.write("third.json", """
            [
              { "answer": "I'm a team player who gives 110% and always goes above and beyond.", "flags": ["cliche-answer"] },
              { "answer": "I'd like to be running the whole company within a year.", "flags": ["unrealistic-or-unclear-goals"] }
            ]
            """)
        let examples = "Scenarios/five-years.lua"
        let output = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, other, examples, third,
                                              "--hold-out", "--folds", "2", "--format", "json"])
        XCTAssertEqual(output.status, 0, output.stderr)
        let result = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as! [String: Any]
        XCTAssertEqual(result["folds"] as? Int, 2)
        let sets = result["sets"] as! [[String: Any]]
        XCTAssertEqual(sets.map { $0["path"] as? String }, [set, other, third], "the labelled sets, in the order given")
        XCTAssertEqual((result["held_out_total"] as! [String: Any])["answers"] as? Int, 8)

        // the first and third sets are the first fold: measured with weights fitted on the second set and
        // the scenario's examples, not on the third set as one fold per set would
        func heldBy(fittingOn fitted: [String]) throws -> [String: Any] {
            let plugins = folder.url.appendingPathComponent("fold-\(fitted.count)").path
            try FileManager.default.createDirectory(atPath: plugins, withIntermediateDirectories: true)
            let fit = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua"] + fitted
                                              + ["--train", plugins + "/flag_weights.lua", "--plugins", plugins])
            XCTAssertEqual(fit.status, 0, fit.stderr)
            let byHand = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, "--plugins", plugins,
                                                  "--format", "json"])
            return ((try JSONSerialization.jsonObject(with: Data(byHand.stdout.utf8)) as! [String: Any])["sets"]
                as! [[String: Any]])[0]["report"] as! [String: Any]
        }
        let heldReport = sets[0]["report"] as! [String: Any]
        let fold = try heldBy(fittingOn: [other, examples])
        XCTAssertEqual(heldReport["raised"] as? [[String]], fold["raised"] as? [[String]])
        XCTAssertEqual(heldReport["good_mean_score"] as? Double, fold["good_mean_score"] as? Double)
        XCTAssertEqual(heldReport["flagged_mean_score"] as? Double, fold["flagged_mean_score"] as? Double)
        let alone = try heldBy(fittingOn: [other, examples, third])
        XCTAssertNotEqual(heldReport["good_mean_score"] as? Double, alone["good_mean_score"] as? Double,
                          "the third set's answers were not fitted on for the first")

        let text = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, other, third, "--hold-out", "--folds", "2"])
        XCTAssertTrue(text.stdout.hasPrefix("Held out in 2 folds: each set is measured with weights fitted on the sets outside its fold"),
                      text.stdout)
        let many = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, other, "--hold-out", "--folds", "5"])
        XCTAssertEqual(many.status, 0, many.stderr)
        XCTAssertTrue(many.stdout.hasPrefix("Held out: each set is measured with weights fitted on all the other sets"),
                      "more folds than sets: each set a fold of its own")

        let without = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, other, "--folds", "2"])
        XCTAssertEqual(without.status, 2, without.stderr)
        XCTAssertTrue(without.stderr.contains("give it with --hold-out"), without.stderr)
        let one = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", set, other, "--hold-out", "--folds", "1"])
        XCTAssertEqual(one.status, 2, one.stderr)
        XCTAssertTrue(one.stderr.contains("--folds must be at least 2"), one.stderr)
    }

    /// A scenario with its own `flag_weights.lua` beside it would never read the weights fitted for a
    /// fold (its folder comes before every other), so every fold would be measured with the same weights.
    func testHoldOutRefusesAScenarioThatLoadsItsOwnWeights() throws {
        let scenario = folder.write("own/customer-service.lua",
                                    try String(contentsOfFile: Repository.path("Scenarios/customer-service.lua"), encoding: .utf8))
        folder.write("own/flag_weights.lua", try String(contentsOfFile: Repository.path("Plugins/flag_weights.lua"), encoding: .utf8))
        let other = folder.write("other.json", """
            [{ "answer": "I'm a team player who gives 110% and always goes above and beyond.", "flags": ["cliche-answer"] }]
            """)
        let output = try SimulateProcess.run(["calibrate", scenario, set, other, "--hold-out"])
        XCTAssertEqual(output.status, 1, output.stderr)
        XCTAssertEqual(output.stdout, "")
        XCTAssertTrue(output.stderr.contains("\(scenario): its plugins do not load flag_weights from the folders given with --plugins"),
                      output.stderr)
    }

    func testAnUnknownFlagInASetIsRefusedBeforeAnyFitting() throws {
        let typo = folder.write("typo.json", #"[{ "answer": "I want to open a bakery.", "flags": ["misalinged-goals"] }]"#)
        let weights = folder.url.appendingPathComponent("w.lua").path
        let output = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", typo, "--train", weights])
        XCTAssertEqual(output.status, 3)
        XCTAssertTrue(output.stderr.contains("\(typo): answer 1 has the unknown flag 'misalinged-goals'"), output.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: weights))
    }

    /// The shipped weights are exactly what fitting on the sets their header names gives: nobody
    /// edited them by hand, and anyone can fit them again.
    func testTheShippedWeightsAreWhatTrainingGives() throws {
        let shipped = try String(contentsOfFile: Repository.path("Plugins/flag_weights.lua"), encoding: .utf8)
        let sources = shipped.split(separator: "\n").prefix { $0.hasPrefix("--") }.compactMap { line -> String? in
            guard line.hasPrefix("--   "), let end = line.range(of: " (") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 5) ..< end.lowerBound])
        }
        XCTAssertGreaterThanOrEqual(sources.count, 2, "the header names the sets")
        let settings = shipped.split(separator: "\n").first { $0.hasPrefix("-- Fitted with: ") }
            .map { $0.dropFirst("-- Fitted with: ".count).split(separator: " ").map(String.init) } ?? []
        XCTAssertEqual(settings.count, 4, "the header names the fit's settings: \(settings)")
        XCTAssertEqual(settings.first, "--regularisation")
        XCTAssertEqual(settings.dropFirst(2).first, "--iterations")
        let fitted = folder.url.appendingPathComponent("flag_weights.lua").path
        let output = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua"] + sources + settings + ["--train", fitted])
        XCTAssertEqual(output.status, 0, output.stderr)
        let again = try String(contentsOfFile: fitted, encoding: .utf8)
        XCTAssertTrue(again == shipped, "Plugins/flag_weights.lua differs from a fresh fit: run simulate calibrate --train (docs/heuristics.md)")
    }

    func testABadSetIsOneLineAndExitThree() throws {
        let broken = folder.write("broken.json", "{ not json")
        let output = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua", broken])
        XCTAssertEqual(output.status, 3)
        XCTAssertEqual(output.stdout, "")
        XCTAssertTrue(output.stderr.hasPrefix("simulate: \(broken): not a labelled set"), output.stderr)
        XCTAssertEqual(output.stderr.filter { $0 == "\n" }.count, 1, output.stderr)

        let none = try SimulateProcess.run(["calibrate", "Scenarios/customer-service.lua"])
        XCTAssertEqual(none.status, 2, none.stderr)
    }
}
