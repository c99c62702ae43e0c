import Foundation
import Simulator
import TestSupport
import XCTest

/// Records real sessions of a small scenario, for the review tests.
class ReviewTestCase: XCTestCase {
    var folder: TemporaryFolder!

    override func setUp() {
        folder = TemporaryFolder()
    }

    /// A scenario whose evaluate flags "whatever", and whose follow-up asks why.
    func scenarioSource(flagWord: String = "whatever", followupWhen: String = "{ flag = \"lack-of-aspiration\" }") -> String {
        """
        return { id = "demo", title = "Demo <interview>", role = "R", company = { name = "C" },
          questions = {
            { id = "goals", text = "Your goals?", example = "A real plan.", why = "It is concrete.",
              evaluate = function(answer)
                local span = text.find(answer, "\(flagWord)")[1]
                return { scores = { clarity = span and 20 or 90, plan = 70 },
                         flags = span and { { id = "lack-of-aspiration", evidence = span, advice = "Name one goal." } } or {},
                         strengths = span and {} or { "You had a plan." } }
              end,
              followups = { { id = "why", text = "Why?", when = \(followupWhen) } } },
            { id = "last", text = "Last?" },
          } }
        """
    }

    /// Plays `answers` and records the transcript; returns its path.
    @discardableResult
    func record(_ answers: [String], name: String = "t.jsonl", seed: UInt64 = 5, scenario: String = "demo.lua") throws -> String {
        let scenarioPath = folder.url.appendingPathComponent(scenario).path
        if !FileManager.default.fileExists(atPath: scenarioPath) { folder.write(scenario, scenarioSource()) }
        var configuration = RunConfiguration(scenarioPath: scenarioPath)
        let answersPath = folder.write("answers-\(name).txt", answers.joined(separator: "\n---\n"))
        configuration.answers = .file(answersPath)
        configuration.seed = seed
        let path = folder.url.appendingPathComponent(name).path
        configuration.recording = .path(path)
        _ = try SessionRunner(configuration: configuration, standardOutput: { _ in }, standardError: { _ in }).run()
        return path
    }
}
