import Foundation

/// `simulate calibrate`: measures a scenario's plugins on labelled sets, after optionally fitting
/// `flag_weights.lua` on them.
public enum Calibration {
    public struct Configuration: Sendable {
        /// The scenario whose plugins and context score the answers.
        public var scenarioPath: String
        /// Labelled sets (JSON files); each is measured on its own.
        public var sets: [String]
        /// The question the answers are given to. When nil, the scenario's first question, with the
        /// text of each answer's own `question` when the set names one.
        public var questionID: String?
        /// Whether the weights are fitted, and where they are written.
        public var mode: Mode
        public var trainer: FlagModelTrainer.Configuration
        public var options: HostOptions

        public init(scenarioPath: String, sets: [String], questionID: String? = nil, mode: Mode = .measure,
                    trainer: FlagModelTrainer.Configuration = .init(), options: HostOptions = HostOptions()) {
            self.scenarioPath = scenarioPath
            self.sets = sets
            self.questionID = questionID
            self.mode = mode
            self.trainer = trainer
            self.options = options
        }
    }

    /// What a calibration does with the flag model's weights: one of three, so that fitting and
    /// holding out cannot be asked for together.
    public enum Mode: Equatable, Sendable {
        /// Score the sets with the weights the scenario loads.
        case measure
        /// Fit the weights on every set, write them to `output`, then score the sets with them.
        case train(output: String)
        /// Score each set with weights fitted on all the other sets (written to a scratch folder; the
        /// shipped weights are left alone): how the model does on answers it was not fitted on. With
        /// `folds`, the labelled sets are dealt in turn into that many folds and each fold is held out
        /// whole: one fit per fold instead of one per set, for when there are many sets.
        case holdOut(folds: Int? = nil)
    }

    /// What a calibration found.
    public struct Result: Codable, Equatable, Sendable {
        public struct SetReport: Codable, Equatable, Sendable {
            public var path: String
            public var report: CalibrationReport
        }

        public var sets: [SetReport]
        /// The weights file written, when training.
        public var trained: String?
        /// How many features the written model weighs.
        public var features: Int?
        /// The weights file the scenario's plugins loaded (the figures are with these weights).
        public var weightsUsed: String?
        /// With hold-out: every held-out answer together, each scored with the weights that were not
        /// fitted on its set.
        public var heldOutTotal: CalibrationReport?
        /// With hold-out: how many folds the labelled sets were held out in (each set one of its own
        /// when there are as many folds as sets).
        public var folds: Int?

        enum CodingKeys: String, CodingKey {
            case sets, trained, features, folds
            case weightsUsed = "weights_used"
            case heldOutTotal = "held_out_total"
        }

        static func same(_ a: String, _ b: String) -> Bool {
            URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
                == URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
        }

        /// Every set's report for people.
        public func text(misses: Bool) -> String {
            var out = ""
            if let trained, let features {
                out += "Fitted \(features) features; wrote \(trained)\n"
                if let weightsUsed, !Self.same(weightsUsed, trained) {
                    out += "The figures below are with \(weightsUsed), the weights the scenario loads, not with \(trained)\n"
                }
            }
            if heldOutTotal != nil {
                if let folds, folds < sets.count {
                    out += "Held out in \(folds) folds: each set is measured with weights fitted on the sets outside its fold (the weights file is unchanged)\n"
                } else {
                    out += "Held out: each set is measured with weights fitted on all the other sets (the weights file is unchanged)\n"
                }
            }
            for set in sets { out += set.report.text(title: set.path, misses: misses) }
            if let heldOutTotal { out += heldOutTotal.text(title: "all held-out sets", misses: false) }
            return out
        }
    }

    /// A labelled set, or a scenario's example answers as good ones: a scenario (`.lua`) given as a set
    /// contributes every question's `example`, labelled with no flag and asked its own question.
    static func load(_ path: String, options: HostOptions, flagIDs: [String]) throws -> [LabelledAnswer] {
        guard path.hasSuffix(".lua") else { return try LabelledAnswer.load(from: path, flagIDs: flagIDs) }
        let host = try ScenarioHost(scenarioAt: try ScenarioPath.resolve(path), options: options, seed: 1)
        let examples = host.scenario.allQuestions.compactMap { question in
            question.example.map {
                LabelledAnswer(answer: $0, flags: [], question: question.text, role: host.scenario.role, note: "example for '\(question.id)'")
            }
        }
        guard !examples.isEmpty else { throw SimulatorError.answers("\(path): the scenario has no example answers to calibrate on") }
        return examples
    }

    /// Reads the sets, fits the weights when asked, then scores every answer as the scenario would.
    /// - Throws: ``SimulatorError/answers(_:)`` for an unreadable set; ``SimulatorError/scenario(_:)``
    ///   or ``SimulatorError/script(_:)`` from the scenario and plugins; a weights file that cannot be
    ///   written is a ``SimulatorError/scenario(_:)``; a fit's penalty too strong for the number of
    ///   answers is a ``SimulatorError/usage(_:)``.
    public static func run(_ configuration: Configuration) throws -> Result {
        let path = try ScenarioPath.resolve(configuration.scenarioPath)
        // the question and the flags are found before any set is read or fitted, so that a typo costs nothing
        var host = try ScenarioHost(scenarioAt: path, options: configuration.options, seed: 1)
        let flagIDs = host.declaredFlags
        guard !flagIDs.isEmpty else {
            throw SimulatorError.scenario("\(configuration.scenarioPath): none of the scenario's plugins declares the flags it can raise (a `flags` list), so there is nothing to calibrate")
        }
        let question = try configuration.questionID.map { try host.scenario.requiredQuestion(withID: $0) }
            ?? host.scenario.topLevelQuestions.first
        guard let question else {
            throw SimulatorError.scenario("\(configuration.scenarioPath): the scenario has no questions")
        }
        let sets = try configuration.sets.map { ($0, try Self.load($0, options: configuration.options, flagIDs: flagIDs)) }
        var result = Result(sets: [])
        switch configuration.mode {
        case .holdOut(let folds):
            return try holdOut(sets, folds: folds, flags: flagIDs, path: path, questionID: question.id, configuration: configuration)
        case .train(let output):
            result.features = try train(sets, flags: flagIDs, to: output, path: path, configuration: configuration)
            result.trained = output
            host = try ScenarioHost(scenarioAt: path, options: configuration.options, seed: 1)  // with the new weights
        case .measure:
            break
        }
        result.weightsUsed = host.sources.first { $0.name == "flag_weights" }?.path
        let options = configuration.options
        let measured = try measureSideBySide(sets.map(\.1), questionID: question.id, ownQuestions: configuration.questionID == nil,
                                             flagIDs: flagIDs) { try ScenarioHost(scenarioAt: path, options: options, seed: 1) }
        result.sets = zip(sets, measured).map { .init(path: $0.0, report: $1.report) }
        return result
    }

    /// The sets measured side by side, one slice of them per core, each slice by a host of its own from
    /// `makeHost` (``SideBySide``; the question is read by its id in each host, since a question may hold
    /// a Lua function of its own host's state): each set's report, with its answers' evaluations when
    /// `keepEvaluations`, in the sets' order, or the first failing set's error.
    private static func measureSideBySide(_ sets: [[LabelledAnswer]], questionID: String, ownQuestions: Bool,
                                          flagIDs: [String], keepEvaluations: Bool = false,
                                          makeHost: @escaping @Sendable () throws -> ScenarioHost) throws
        -> [(report: CalibrationReport, evaluations: [Evaluation])] {
        let slices = SideBySide.slices(for: sets.count)
        let measured = try SideBySide.run(slices: slices) { slice in
            let host = try makeHost(), question = try host.scenario.requiredQuestion(withID: questionID)
            return stride(from: slice, to: sets.count, by: slices).map { index in
                (index, Swift.Result { () throws -> (report: CalibrationReport, evaluations: [Evaluation]) in
                    var evaluations: [Evaluation] = []
                    let report = try measure(sets[index], question: question, ownQuestions: ownQuestions, flagIDs: flagIDs) { item, asked in
                        let evaluation = try host.evaluate(item.answer, for: asked, parent: nil, turns: [], role: item.role)
                        if keepEvaluations { evaluations.append(evaluation) }
                        return evaluation
                    }
                    return (report, evaluations)
                })
            }
        }
        return try measured.flatMap { $0 }.sorted { $0.0 < $1.0 }.map { try $0.1.get() }
    }

    /// Fits the model on every answer of the sets and writes its weights; returns how many features it weighs.
    private static func train(_ sets: [(String, [LabelledAnswer])], flags: [String], to output: String, path: String,
                              configuration: Configuration) throws -> Int {
        try write(fit(sets, flags: flags, features: try features(of: sets, path: path, configuration: configuration),
                      configuration: configuration), sources: sources(of: sets),
                  settings: configuration.trainer.arguments, to: output)
    }

    /// Each set's answers read into features by the scenario's `flag_features`, a list per set.
    private static func features(of sets: [(String, [LabelledAnswer])], path: String,
                                 configuration: Configuration) throws -> [[[String]]] {
        let roots = ScenarioHost.moduleRoots(scenarioFolder: (path as NSString).deletingLastPathComponent,
                                             extra: configuration.options.pluginFolders)
        let all = try FlagModelTrainer.features(of: sets.flatMap(\.1).map(\.answer), moduleRoots: roots,
                                                limits: configuration.options.limits)
        var start = 0
        return sets.map { set in
            defer { start += set.1.count }
            return Array(all[start ..< start + set.1.count])
        }
    }

    /// The model fitted on the sets, from their features (as `features(of:)` gives them).
    /// - Throws: ``SimulatorError/usage(_:)`` when the penalty is too strong for the number of answers,
    ///   so that the steps would overshoot and the weights run off to infinity.
    private static func fit(_ sets: [(String, [LabelledAnswer])], flags: [String], features: [[[String]]],
                            configuration: Configuration) throws -> FlagModel {
        let trainer = configuration.trainer, answers = features.reduce(0) { $0 + $1.count }
        guard trainer.isStable(answers: answers) else {
            throw SimulatorError.usage("--regularisation \(trainer.regularisation) is too strong for \(answers) answers: "
                + "the fit would diverge; give less than \(trainer.stablePenalty(answers: answers))")
        }
        return FlagModelTrainer(flags: flags, configuration: trainer)
            .fit(features: features.flatMap { $0 }, labels: sets.flatMap(\.1).map(\.flags))
    }

    /// The sets a model was fitted on, as the weights file's header names them.
    private static func sources(of sets: [(String, [LabelledAnswer])]) -> [String] {
        sets.map { "\($0.0) (\($0.1.count) answers)" }
    }

    /// Writes a model's weights; returns how many features it weighs.
    private static func write(_ model: FlagModel, sources: [String], settings: [String] = [], to output: String) throws -> Int {
        do {
            try model.luaSource(sources: sources, settings: settings).write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw SimulatorError.scenario("\(output): cannot write the weights (\(error.localizedDescription))")
        }
        return model.weights.count
    }

    /// Each labelled set measured with weights fitted on all the sets outside its fold, written to a
    /// scratch folder that the scenario reads plugins from first. The labelled sets are dealt in turn
    /// into the folds (the first set to the first fold, the second to the second, …), so that sets
    /// written side by side are held out apart; with no `folds`, each set is a fold of its own. A
    /// fold's sets are measured side by side, a host per core, as plain measuring does.
    /// Scenarios given as sets are never held out: their example answers are fitted in every fold.
    private static func holdOut(_ sets: [(String, [LabelledAnswer])], folds: Int?, flags: [String], path: String,
                                questionID: String, configuration: Configuration) throws -> Result {
        let held = sets.indices.filter { !sets[$0].0.hasSuffix(".lua") }
        guard held.count >= 2 else {
            throw SimulatorError.answers("--hold-out needs at least two labelled sets (JSON): each is measured with weights fitted on the others")
        }
        let foldCount = min(folds ?? held.count, held.count)
        guard foldCount >= 2 else {
            throw SimulatorError.usage("--folds must be at least 2: each fold is measured with weights fitted on the others")
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("simulate-hold-out-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var foldOptions = configuration.options
        foldOptions.pluginFolders.insert(scratch, at: 0)
        let options = foldOptions, weights = scratch + "/flag_weights.lua", scenarioPath = configuration.scenarioPath
        // the scenario with the weights in the scratch folder, refused when it loads others
        @Sendable func foldHost() throws -> ScenarioHost {
            let host = try ScenarioHost(scenarioAt: path, options: options, seed: 1)
            guard let used = host.sources.first(where: { $0.name == "flag_weights" })?.path, Result.same(used, weights) else {
                throw SimulatorError.scenario("\(scenarioPath): its plugins do not load flag_weights from the folders given with --plugins, so --hold-out cannot replace the weights")
            }
            return host
        }
        // checked with empty weights first, before any answer is read or fitted
        _ = try write(FlagModel(flags: flags, bias: flags.map { _ in 0 }, weights: [:]), sources: [], to: weights)
        _ = try foldHost()
        // each held-out set's report and evaluations, by its place among the sets
        var measured: [(index: Int, report: CalibrationReport, evaluations: [Evaluation])] = []
        let features = try features(of: sets, path: path, configuration: configuration)  // read once, fitted per fold
        for current in 0 ..< foldCount {
            let fold = stride(from: current, to: held.count, by: foldCount).map { held[$0] }  // dealt in turn
            let others = sets.indices.filter { !fold.contains($0) }.map { (sets[$0], features[$0]) }
            _ = try write(fit(others.map(\.0), flags: flags, features: others.map(\.1), configuration: configuration),
                          sources: sources(of: others.map(\.0)), to: weights)
            // the fold's sets measured side by side, as plain measuring does, each host with the fold's weights
            let inFold = try measureSideBySide(fold.map { sets[$0].1 }, questionID: questionID,
                                               ownQuestions: configuration.questionID == nil, flagIDs: flags,
                                               keepEvaluations: true, makeHost: foldHost)
            measured += zip(fold, inFold).map { (index: $0, report: $1.report, evaluations: $1.evaluations) }
        }
        measured.sort { $0.index < $1.index }
        var result = Result(sets: measured.map { .init(path: sets[$0.index].0, report: $0.report) })
        result.folds = foldCount
        let inOrder = measured.flatMap(\.evaluations)  // every held-out answer's, in the sets' order, for the total
        var next = 0
        result.heldOutTotal = try CalibrationReport.measure(measured.flatMap { sets[$0.index].1 }, flagIDs: flags) { _ in
            defer { next += 1 }
            return inOrder[next]
        }
        return result
    }

    /// Scores a labelled set with a loaded scenario: each answer to `question`, or to its own question
    /// when `ownQuestions` and the set names one (the plugins score only what a question asks for),
    /// read for the role it was written for when the set names one.
    /// - Parameter flagIDs: the flags to report, in order (default: those the scenario's plugins declare).
    /// - Throws: what the scenario's hooks throw.
    public static func measure(_ items: [LabelledAnswer], host: ScenarioHost, question: Scenario.Question,
                               ownQuestions: Bool = true, flagIDs: [String]? = nil) throws -> CalibrationReport {
        try measure(items, question: question, ownQuestions: ownQuestions, flagIDs: flagIDs ?? host.declaredFlags) { item, asked in
            try host.evaluate(item.answer, for: asked, parent: nil, turns: [], role: item.role)
        }
    }

    /// Scores a labelled set through `evaluate`, each answer asked `question`, or its own question when
    /// `ownQuestions` and the set names one.
    private static func measure(_ items: [LabelledAnswer], question: Scenario.Question, ownQuestions: Bool, flagIDs: [String],
                                evaluate: (LabelledAnswer, Scenario.Question) throws -> Evaluation) throws -> CalibrationReport {
        try CalibrationReport.measure(items, flagIDs: flagIDs) { item in
            var asked = question
            if ownQuestions, let text = item.question { asked.text = text }
            return try evaluate(item, asked)
        }
    }
}
