import Foundation
import LuaBridge

/// One scripted playtest of a scenario, from its `NAME.test.lua` file.
public struct ScenarioTestCase: Sendable, Equatable {
    public var name: String
    public var seed: UInt64
    public var answers: [String]
    public var expect: Expectations

    /// What the case checks; every part is optional.
    public struct Expectations: Sendable, Equatable {
        /// The exact ids asked, in order.
        public var asked: [String]?
        public var askedIncludes: [String] = []
        public var notAsked: [String] = []
        /// Each raised at least once.
        public var flags: [String] = []
        /// None of these raised.
        public var notFlags: [String] = []
        /// Nothing raised at all.
        public var noFlags = false
        public var score: ClosedRange<Int>?

        public init(asked: [String]? = nil, askedIncludes: [String] = [], notAsked: [String] = [], flags: [String] = [],
                    notFlags: [String] = [], noFlags: Bool = false, score: ClosedRange<Int>? = nil) {
            self.asked = asked
            self.askedIncludes = askedIncludes
            self.notAsked = notAsked
            self.flags = flags
            self.notFlags = notFlags
            self.noFlags = noFlags
            self.score = score
        }
    }

    public init(name: String, seed: UInt64, answers: [String], expect: Expectations) {
        self.name = name
        self.seed = seed
        self.answers = answers
        self.expect = expect
    }
}

/// The outcome of one case.
public struct ScenarioTestResult: Sendable, Equatable {
    public var name: String
    /// Empty when the case passed.
    public var failures: [String]
    public var asked: [String]
    public var flags: [String]
    public var score: Int

    public var passed: Bool { failures.isEmpty }
}

/// Runs a scenario's test cases through the real engine: the same host, plugins and seed as a session.
public struct ScenarioTestRunner {
    public let scenarioPath: String
    public let options: HostOptions

    public init(scenarioPath: String, options: HostOptions = HostOptions()) {
        self.scenarioPath = scenarioPath
        self.options = options
    }

    /// The test file beside a scenario: `x.lua` → `x.test.lua`.
    public static func testFile(for scenarioPath: String) -> String {
        let base = scenarioPath.hasSuffix(".lua") ? String(scenarioPath.dropLast(4)) : scenarioPath
        return base + ".test.lua"
    }

    /// Reads the cases of a test file (a Lua file returning a list of cases, run in the sandbox).
    /// - Throws: ``SimulatorError/scenario(_:)`` naming the file for a malformed case.
    public func loadCases(from path: String) throws -> [ScenarioTestCase] {
        let value: LuaValue
        do {
            let sandbox = try LuaSandbox(state: try LuaState(configuration: options.limits),
                                         configuration: LuaSandbox.Configuration(moduleRoots: []))
            value = try sandbox.run(scriptAt: path).first ?? .nil
        } catch let error as LuaBridgeError {
            throw SimulatorError.scenario(error.description)
        } catch {
            throw SimulatorError.scenario("\(error)")
        }
        return try cases(from: value, path: path)
    }

    /// Reads a list of cases (a test file's, or a scenario's `tests`).
    public func cases(from value: LuaValue, path: String) throws -> [ScenarioTestCase] {
        guard case .table(let list) = value, !list.array.isEmpty else {
            throw SimulatorError.scenario("\(path): test cases are a list of { name = …, answers = { … }, expect = { … } }")
        }
        return try list.array.enumerated().map { index, entry in try testCase(entry, index: index + 1, path: path) }
    }

    private func testCase(_ value: LuaValue, index: Int, path: String) throws -> ScenarioTestCase {
        func problem(_ message: String) -> SimulatorError { .scenario("\(path): case \(index): \(message)") }
        guard case .table(let table) = value else { throw problem("must be a table") }
        func strings(_ value: LuaValue, _ key: String) throws -> [String] {
            guard value != .nil else { return [] }
            guard let list = value.tableValue, list.fields.isEmpty, list.array.allSatisfy({ $0.stringValue != nil }) else {
                throw problem("\(key) must be a list of strings")
            }
            return list.array.compactMap(\.stringValue)
        }
        let name = table["name"].stringValue ?? "case \(index)"
        let answers = try strings(table["answers"], "answers")
        guard !answers.isEmpty else { throw problem("needs answers = { … }") }
        var expect = ScenarioTestCase.Expectations()
        if let expectations = table["expect"].tableValue {
            let known = ["asked", "asked_includes", "not_asked", "flags", "not_flags", "no_flags", "score"]
            for key in expectations.fields.keys.sorted() where !known.contains(key) {
                let hint = ScenarioLoader.suggestion(for: key, among: known).map { " (did you mean '\($0)'?)" } ?? ""
                throw problem("unknown expectation '\(key)'\(hint)")
            }
            expect.asked = expectations["asked"] == .nil ? nil : try strings(expectations["asked"], "asked")
            expect.askedIncludes = try strings(expectations["asked_includes"], "asked_includes")
            expect.notAsked = try strings(expectations["not_asked"], "not_asked")
            expect.flags = try strings(expectations["flags"], "flags")
            expect.notFlags = try strings(expectations["not_flags"], "not_flags")
            expect.noFlags = expectations["no_flags"].boolValue ?? false
            if let score = expectations["score"].tableValue {
                func bound(_ value: LuaValue, _ fallback: Int) -> Int {
                    guard let number = value.doubleValue, number.isFinite else { return fallback }
                    return Int(min(max(number, 0), 100))
                }
                let low = bound(score["min"], 0), high = bound(score["max"], 100)
                guard low <= high else { throw problem("score.min is above score.max") }
                expect.score = low ... high
            }
        }
        let seedNumber = table["seed"].doubleValue ?? 1
        guard seedNumber.isFinite, seedNumber >= 0,
            seedNumber <= Double(RunConfiguration.maximumSeed), seedNumber == seedNumber.rounded()
        else { throw problem("seed must be a whole number from 0 to \(RunConfiguration.maximumSeed)") }
        let seed = UInt64(seedNumber)
        return ScenarioTestCase(name: name, seed: seed, answers: answers, expect: expect)
    }

    /// Plays one case and checks its expectations.
    /// - Throws: ``SimulatorError`` when the scenario itself fails.
    public func run(_ testCase: ScenarioTestCase) throws -> ScenarioTestResult {
        let host = try ScenarioHost(scenarioAt: scenarioPath, options: options, seed: testCase.seed)
        let engine = SessionEngine(host: host)
        let frontend = QueuedFrontend(testCase.answers.map(AnswerInput.answer))
        let result = try engine.run(frontend: frontend)
        let report = try FeedbackBuilder.build(host: host, turns: result.turns, reason: result.reason)
        let asked = result.turns.map(\.questionID)  // the questions the answers went to
        let flags = report.flags.map(\.id)
        var failures: [String] = []
        let expect = testCase.expect
        if let expected = expect.asked, expected != asked {
            failures.append("asked \(asked.joined(separator: ", ")); expected \(expected.joined(separator: ", "))")
        }
        for id in expect.askedIncludes where !asked.contains(id) { failures.append("'\(id)' was not asked") }
        for id in expect.notAsked where asked.contains(id) { failures.append("'\(id)' was asked") }
        for id in expect.flags where !flags.contains(id) { failures.append("red flag '\(id)' was not raised") }
        for id in expect.notFlags where flags.contains(id) { failures.append("red flag '\(id)' was raised") }
        if expect.noFlags, !flags.isEmpty {
            let raised = report.flags.map { "\($0.id) on '\($0.evidence)'" }
            failures.append("red flags were raised: \(raised.joined(separator: "; "))")
        }
        if let range = expect.score, !range.contains(report.score) {
            failures.append("the score was \(report.score), expected \(range.lowerBound)–\(range.upperBound)")
        }
        return ScenarioTestResult(name: testCase.name, failures: failures, asked: asked, flags: flags, score: report.score)
    }
}

/// A front end that answers from a queue, then ends the input.
public final class QueuedFrontend: SessionFrontend {
    private var inputs: [AnswerInput]
    public private(set) var prompts: [QuestionPrompt] = []

    public init(_ inputs: [AnswerInput]) { self.inputs = inputs }

    public func ask(_ prompt: QuestionPrompt) throws -> AnswerInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .ended : inputs.removeFirst()
    }
}
