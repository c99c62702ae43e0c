import Crypto
import Foundation
import LuaBridge

/// A script the session ran, with its hash, so a transcript says exactly what scored it.
public struct SourceFile: Codable, Equatable, Sendable {
    /// The module name for a plugin, nil for the scenario itself.
    public var name: String?
    public var path: String
    public var sha256: String

    public init(name: String?, path: String, sha256: String) {
        self.name = name
        self.path = path
        self.sha256 = sha256
    }
}

/// How a scenario is run: its limits and where its plugins come from.
public struct HostOptions: Sendable {
    public var limits: LuaConfiguration
    /// Extra folders to load plugins from, before the defaults.
    public var pluginFolders: [String]

    public init(limits: LuaConfiguration = LuaConfiguration(), pluginFolders: [String] = []) {
        self.limits = limits
        self.pluginFolders = pluginFolders
    }
}

/// A loaded scenario and its plugins, in their own sandboxed Lua state: the host side of the
/// scenario API. It runs the scenario's hooks and turns what they return into typed values.
public final class ScenarioHost {
    public let scenario: Scenario
    private let sandbox: LuaSandbox
    private var state: LuaState { sandbox.state }
    private var plugins: [(name: String, evaluate: LuaReference)] = []
    /// The red flags the declared plugins say they raise (their `flags` list).
    private var pluginFlags: [String] = []
    private let scenarioContext: LuaValue
    public let seed: UInt64

    /// Loads a scenario file and the plugins it declares.
    /// - Parameters:
    ///   - path: the scenario file, anywhere on disk.
    ///   - options: limits and plugin folders.
    ///   - seed: seeds `math.random` for the scripts.
    /// - Throws: ``SimulatorError/scenario(_:)`` or ``SimulatorError/script(_:)`` naming the file and line
    ///   of the first problem (`simulate check` reports them all).
    public init(scenarioAt path: String, options: HostOptions = HostOptions(), seed: UInt64) throws {
        self.seed = seed
        do {
            var loading = try ScenarioLoading(path: path, options: options, seed: seed)
            let value = try loading.runScript()
            let loader = ScenarioLoader(path: path, source: loading.source)
            guard let scenario = loader.load(value) else {
                let first = loader.diagnostics.first { $0.severity == .error }
                throw SimulatorError.scenario(first?.shortDescription ?? "\(path): not a valid scenario")
            }
            self.scenario = scenario
            sandbox = loading.sandbox
            for name in scenario.plugins {
                let plugin = try loading.plugin(named: name)
                plugins.append((name, plugin.evaluate))
                pluginFlags += plugin.flags
            }
        } catch let failure as LoadFailure {
            throw failure.error
        }
        scenarioContext = Self.context(of: scenario, seed: seed)
        sandbox.acceptsNewModules = false  // the transcript's header lists every module from here on
    }

    /// Plugins are found in the scenario's folder, the given folders, a `Plugins/` folder beside the
    /// scenario's folder, and `Plugins/` in the current folder, in that order.
    static func moduleRoots(scenarioFolder: String, extra: [String]) -> [String] {
        let folder = URL(fileURLWithPath: scenarioFolder.isEmpty ? "." : scenarioFolder).standardizedFileURL
        var roots = [folder] + extra.map { URL(fileURLWithPath: $0).standardizedFileURL }
        for candidate in [folder.deletingLastPathComponent().appendingPathComponent("Plugins"),
                          URL(fileURLWithPath: "Plugins").standardizedFileURL]
        {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), isFolder.boolValue,
                !roots.contains(where: { $0.path == candidate.standardizedFileURL.path })
            {
                roots.append(candidate.standardizedFileURL)
            }
        }
        return roots.map(\.path)
    }

    /// The red flags this scenario's plugins say they can raise (each plugin's `flags` field, in
    /// their order): what `simulate calibrate` measures and fits, so the flags are named in Lua only.
    public var declaredFlags: [String] { Self.unique(pluginFlags) }

    /// The red flags this scenario can raise, as far as it says: those its plugins list in their `flags`
    /// field, those its follow-ups wait for, and those its questions give advice for.
    public var possibleFlags: [String] {
        var flags = pluginFlags
        func walk(_ question: Scenario.Question) {
            flags += question.advice.keys.sorted()
            for followup in question.followups {
                if case .rules(let rules) = followup.condition { flags += rules.flags }
                walk(followup.question)
            }
        }
        scenario.topLevelQuestions.forEach(walk)
        return Self.unique(flags)
    }

    /// Each flag once, in the order of its first mention.
    private static func unique(_ flags: [String]) -> [String] {
        var seen: Set<String> = []
        return flags.filter { seen.insert($0).inserted }
    }

    /// The scenario and every plugin it loaded, with their SHA-256.
    public var sources: [SourceFile] {
        sandbox.loaded.enumerated().map { index, module in
            let digest = SHA256.hash(data: module.bytes).map { String(format: "%02x", $0) }.joined()
            return SourceFile(name: index == 0 ? nil : module.name, path: module.displayPath, sha256: digest)
        }
    }

    // MARK: - Hooks

    /// Runs the question's own `evaluate` and every declared plugin on an answer, and merges them.
    /// - Parameter role: read the answer as if the scenario were for this role (calibration reads
    ///   each labelled answer for the role it was written for); the scenario's own role when nil.
    /// - Throws: ``SimulatorError`` when a hook fails or returns something malformed.
    public func evaluate(_ answer: String, for question: Scenario.Question, parent: String?, turns: [Turn],
                         role: String? = nil) throws -> Evaluation {
        var asRole: LuaValue?
        if let role {
            var other = scenario
            other.role = role
            asRole = Self.context(of: other, seed: seed)
        }
        let context = self.context(question: question, parent: parent, turns: turns, scenario: asRole)
        var parts: [Evaluation] = []
        let hooks = (question.evaluate.map { [$0] } ?? []) + plugins.map(\.evaluate)
        for hook in hooks {
            let result = try run(hook, [.string(answer), context]).first ?? .nil
            parts.append(try EvaluationReader(answer: answer, source: source(of: hook), location: locationText(hook)).read(result))
        }
        var merged = Evaluation.merge(parts)
        for index in merged.flags.indices {
            if let advice = question.advice[merged.flags[index].id] { merged.flags[index].advice = advice }
        }
        return merged
    }

    /// Whether a follow-up's condition holds for an answer.
    public func shouldAsk(_ followup: Scenario.Followup, answer: String, evaluation: Evaluation,
                          question: Scenario.Question, parent: String?, turns: [Turn]) throws -> Bool {
        switch followup.condition {
        case .function(let function):
            let context = self.context(question: question, parent: parent, turns: turns)
            return (try run(function, [.string(answer), Self.luaValue(evaluation), context]).first ?? .nil).isTruthy
        case .rules(let rules):
            let text = TextAnalysis(answer)
            if !rules.contains.isEmpty, text.findAny(rules.contains) == nil { return false }
            if !rules.missing.isEmpty, text.findAny(rules.missing) != nil { return false }
            if !rules.flags.isEmpty, !evaluation.flags.contains(where: { rules.flags.contains($0.id) }) { return false }
            if let threshold = rules.scoreBelow {
                guard let score = evaluation.score, Double(score) < threshold else { return false }
            }
            return true
        }
    }

    /// Where a question's `next` jumps to, if anywhere.
    public func jump(after question: Scenario.Question, answer: String, evaluation: Evaluation, turns: [Turn]) throws -> String? {
        switch question.next {
        case nil: return nil
        case .question(let id): return id
        case .function(let function):
            let context = self.context(question: question, parent: nil, turns: turns)
            switch try run(function, [.string(answer), Self.luaValue(evaluation), context]).first ?? .nil {
            case .nil: return nil
            case .string(let id):
                guard scenario.topLevelQuestions.contains(where: { $0.id == id }) else {
                    throw SimulatorError.scenario("\(locationText(function)): next returned '\(id)', which is not a top-level question")
                }
                return id
            case let other:
                throw SimulatorError.scenario("\(locationText(function)): next must return a question id or nil, not a \(other.typeName)")
            }
        }
    }

    /// The scenario's overall feedback hook, if it has one.
    public func overallFeedback(_ summary: LuaValue) throws -> (summary: String?, advice: [String])? {
        guard let hook = scenario.feedback else { return nil }
        let result = try run(hook, [summary]).first ?? .nil
        guard case .table(let table) = result else {
            if result == .nil { return nil }
            throw SimulatorError.scenario("\(locationText(hook)): feedback must return a table { summary = …, advice = { … } }")
        }
        let advice = table["advice"].tableValue?.array.compactMap(\.stringValue) ?? []
        return (table["summary"].stringValue, advice)
    }

    private func run(_ function: LuaReference, _ arguments: [LuaValue]) throws -> [LuaValue] {
        do {
            return try state.call(function, arguments)
        } catch let error as LuaBridgeError {
            throw SimulatorError.script(error)
        }
    }

    private func source(of function: LuaReference) -> String {
        state.location(of: function)?.source ?? scenario.path
    }

    private func locationText(_ function: LuaReference) -> String {
        guard let location = state.location(of: function) else { return scenario.path }
        return "\(location.source):\(location.line)"
    }

    // MARK: - Context

    private func context(question: Scenario.Question, parent: String?, turns: [Turn], scenario: LuaValue? = nil) -> LuaValue {
        var questionFields: [String: LuaValue] = ["id": .string(question.id), "text": .string(question.text)]
        if let parent { questionFields["parent"] = .string(parent) }
        let history: [LuaValue] = turns.map { turn in
            var fields: [String: LuaValue] = ["question_id": .string(turn.questionID)]
            if let answer = turn.answer { fields["answer"] = .string(answer) }
            if let evaluation = turn.evaluation { fields["evaluation"] = Self.luaValue(evaluation) }
            return .record(fields)
        }
        return .record([
            "scenario": scenario ?? scenarioContext,
            "question": .record(questionFields),
            "turns": .list(history),
            "seed": .integer(Int64(bitPattern: seed)),
        ])
    }

    private static func context(of scenario: Scenario, seed: UInt64) -> LuaValue {
        var company: [String: LuaValue] = [
            "name": .string(scenario.company.name),
            "values": .list(scenario.company.values.map(LuaValue.string)),
            "growth_paths": .list(scenario.company.growthPaths.map(LuaValue.string)),
        ]
        if let knownFor = scenario.company.knownFor { company["known_for"] = .string(knownFor) }
        return .record([
            "id": .string(scenario.id), "title": .string(scenario.title), "role": .string(scenario.role),
            "company": .record(company),
        ])
    }

    /// An evaluation as Lua sees it in `when`, `next` and `ctx.turns`.
    static func luaValue(_ evaluation: Evaluation) -> LuaValue {
        var fields: [String: LuaValue] = [
            "scores": .record(evaluation.scores.mapValues { .number($0) }),
            "flags": .list(evaluation.flags.map { flag in
                .record(["id": .string(flag.id), "title": .string(flag.title), "evidence": .string(flag.evidence),
                         "advice": .string(flag.advice),
                         "from": .number(flag.from), "to": .number(flag.to)])
            }),
            "strengths": .list(evaluation.strengths.map(LuaValue.string)),
        ]
        if let score = evaluation.score { fields["score"] = .number(score) }
        return .record(fields)
    }
}

/// Reads and checks what an `evaluate` hook returned.
struct EvaluationReader {
    let answer: String
    /// The script, recorded with each flag.
    let source: String
    /// The script and line of the hook, for messages.
    let location: String

    func read(_ value: LuaValue) throws -> Evaluation {
        guard case .table(let table) = value else {
            if value == .nil { return Evaluation() }
            throw problem("evaluate must return a table { scores = …, flags = …, strengths = … }, not a \(value.typeName)")
        }
        for key in table.fields.keys.sorted() where !["scores", "flags", "strengths"].contains(key) {
            let hint = ScenarioLoader.suggestion(for: key, among: ["scores", "flags", "strengths"]).map { " (did you mean '\($0)'?)" } ?? ""
            throw problem("evaluate returned an unknown key '\(key)'\(hint)")
        }
        var evaluation = Evaluation()
        if let scores = table["scores"].tableValue {
            for (criterion, value) in scores.fields {
                guard let number = value.doubleValue, number >= 0, number <= 100 else {
                    throw problem("the score for '\(criterion)' must be a number from 0 to 100 (got \(LuaSandbox.displayValue(value)))")
                }
                evaluation.scores[criterion] = Int(number.rounded())
            }
        }
        for entry in table["flags"].tableValue?.array ?? [] {
            evaluation.flags.append(try flag(entry))
        }
        evaluation.strengths = table["strengths"].tableValue?.array.compactMap(\.stringValue) ?? []
        return evaluation
    }

    private func flag(_ value: LuaValue) throws -> RedFlag {
        guard case .table(let table) = value, let id = table["id"].stringValue, ScenarioLoader.isIdentifier(id) else {
            throw problem("each flag needs an id made of lower-case letters, digits and dashes")
        }
        guard let advice = table["advice"].stringValue, !advice.isEmpty else {
            throw problem("flag '\(id)' needs advice (a string)")
        }
        let title: String?
        switch table["title"] {
        case .nil: title = nil
        case .string(let text) where !text.trimmingCharacters(in: .whitespaces).isEmpty && text.count <= 80
            && !text.contains(where: \.isNewline):
            title = text
        default: throw problem("flag '\(id)': title must be a line of text (at most 80 characters)")
        }
        let bytes = Array(answer.utf8)
        let range: ClosedRange<Int>
        switch table["evidence"] {
        case .table(let span):
            guard let from = span["from"].doubleValue, let to = span["to"].doubleValue, from == from.rounded(),
                to == to.rounded(), from >= 1, to >= from, to <= Double(bytes.count)
            else {
                throw problem("flag '\(id)': evidence { from, to } must lie inside the answer (1 to \(bytes.count))")
            }
            range = Int(from) ... Int(to)
        case .string(let quote):
            guard let found = TextAnalysis(answer).find(quote).first ?? plainRange(of: quote) else {
                throw problem("flag '\(id)': the evidence \"\(quote)\" is not in the answer; quote the answer's own words")
            }
            range = found.from ... found.to
        default:
            throw problem("flag '\(id)' needs evidence: a span { from = i, to = j } or the answer's own words")
        }
        let evidence = String(decoding: bytes[(range.lowerBound - 1) ..< range.upperBound], as: UTF8.self)
        return RedFlag(id: id, title: title, evidence: evidence, from: range.lowerBound, to: range.upperBound, advice: advice, source: source)
    }

    private func plainRange(of quote: String) -> TextSpan? {
        guard !quote.isEmpty, let range = answer.range(of: quote, options: .caseInsensitive) else { return nil }
        let from = answer.utf8.distance(from: answer.startIndex, to: range.lowerBound) + 1
        let to = from + answer[range].utf8.count - 1
        return TextSpan(from: from, to: to, text: String(answer[range]))
    }

    private func problem(_ message: String) -> SimulatorError {
        .scenario("\(location): \(message)")
    }
}
