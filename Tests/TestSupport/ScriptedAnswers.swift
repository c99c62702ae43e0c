import Foundation
import Simulator

/// The library's queued front end, under the name the tests use.
public typealias ListFrontend = QueuedFrontend

extension QueuedFrontend {
    public convenience init(answers: [String]) { self.init(answers.map(AnswerInput.answer)) }

    /// The ids of the questions asked, in order.
    public var askedIDs: [String] { prompts.map(\.questionID) }
}

/// Loads a scenario from text in a temporary folder (with the repository's plugins available).
public func makeHost(_ source: String, seed: UInt64 = 1, in folder: TemporaryFolder = TemporaryFolder(),
                     name: String = "scenario.lua", limits: HostOptions = HostOptions()) throws -> ScenarioHost {
    let path = folder.write(name, source)
    var options = limits
    options.pluginFolders.append(Repository.path("Plugins"))
    return try ScenarioHost(scenarioAt: path, options: options, seed: seed)
}

/// Evaluates answers with the named plugins through the real host, as a scenario declaring them would.
public final class PluginHarness {
    public let host: ScenarioHost
    public let question: Scenario.Question
    /// Holds the stand-in for `flag_model` while the host lives, when the model is switched off.
    private let overrides: TemporaryFolder?
    /// Holds the harness's scenario, which ``measure(files:)`` loads again on every core.
    private let scenarioFolder = TemporaryFolder()
    private let options: HostOptions

    /// - Parameters:
    ///   - modelOff: read with the rules alone: `flag_model` is replaced by one with no opinion, so
    ///     it neither raises nor vetoes a flag (what the rules themselves find, whatever the weights).
    ///   - modelDoubtsAll: `flag_model` is replaced by one that gives every flag a probability of 0,
    ///     so it vetoes every flag the rules raise but those that stand against it.
    public init(plugins: [String], question: String = "What are your short- and long-term career goals?",
                modelOff: Bool = false, modelDoubtsAll: Bool = false) throws {
        let list = plugins.map { "\"\($0)\"" }.joined(separator: ", ")
        var options = HostOptions()
        overrides = modelOff || modelDoubtsAll ? TemporaryFolder() : nil
        if let overrides {
            overrides.write("flag_model.lua", modelDoubtsAll ? """
                -- flag_model that doubts every flag: a probability of 0 for each, below any veto
                local ids = { "misaligned-goals", "lack-of-aspiration", "cliche-answer", "unrealistic-or-unclear-goals" }
                local function none() local p = {} for _, id in ipairs(ids) do p[id] = 0 end return p end
                return { thresholds = {}, threshold_checked = 1, threshold_weighed = 1, threshold_in_line = 1, threshold_precise = 1,
                         threshold_beside = 1, veto = 0.1, veto_other = 0.3,
                         probabilities = none, flags = function() return {} end }
                """ : """
                -- flag_model with no opinion: no probabilities, no flags of its own
                return { thresholds = {}, probabilities = function() return {} end, flags = function() return {} end }
                """)
            options.pluginFolders.append(overrides.path)
        }
        host = try makeHost("""
            return {
              id = "harness", title = "Harness", role = "Customer service representative",
              company = { name = "Brightline", known_for = "excellent customer care and service",
                          values = { "customer care", "service" }, growth_paths = { "team leader" } },
              plugins = { \(list) },
              questions = { { id = "goals", text = "\(question)" } },
            }
            """, in: scenarioFolder, limits: options)
        self.options = options
        self.question = host.scenario.topLevelQuestions[0]
    }

    /// Evaluates an answer to the harness's question, or to `text` when given (the plugins read
    /// what a question asks for from its text), for the harness's role or `role` when given.
    public func evaluate(_ answer: String, question text: String? = nil, role: String? = nil) throws -> Evaluation {
        var asked = question
        if let text { asked.text = text }
        return try host.evaluate(answer, for: asked, parent: nil, turns: [], role: role)
    }

    /// A labelled set scored by the harness, each answer to its own question and for its own role.
    public func measure(_ items: [LabelledAnswer]) throws -> CalibrationReport {
        try Calibration.measure(items, host: host, question: question)
    }

    /// Labelled sets (JSON files) scored as ``measure(_:)`` scores one, side by side with a host per
    /// core, as `simulate calibrate` measures them.
    /// - Returns: the reports, in the files' order.
    public func measure(files: [String]) throws -> [CalibrationReport] {
        var plugins = options
        plugins.pluginFolders.append(Repository.path("Plugins"))
        let scenario = scenarioFolder.url.appendingPathComponent("scenario.lua").path
        return try Calibration.run(.init(scenarioPath: scenario, sets: files, options: plugins)).sets.map(\.report)
    }
}

/// Evaluates one answer with the named plugins (a fresh harness each time).
public func evaluate(_ answer: String, plugins: [String]) throws -> Evaluation {
    try PluginHarness(plugins: plugins).evaluate(answer)
}
