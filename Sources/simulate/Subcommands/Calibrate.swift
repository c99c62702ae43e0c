import ArgumentParser
import Foundation
import Simulator

/// `simulate calibrate FILE SET…`: how well the plugins' red flags match labelled answers.
struct Calibrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the red flags on labelled answers (recall, precision, score gap).",
        discussion: """
            Each SET is a JSON array of { "answer": …, "flags": [ … ] } (see docs/heuristics.md), or a \
            scenario (.lua), whose questions' example answers are read as good answers. With \
            --train PATH, the weights of Plugins/flag_model.lua are first fitted on all the sets and \
            written to PATH (usually Plugins/flag_weights.lua); the figures are then on the training \
            sets, so measure on a set the model was not fitted on. With --hold-out, each labelled set \
            is measured with weights fitted on all the other sets, and the held-out answers are \
            totalled: how the model does on answers it has not seen. With --folds K as well, the \
            sets are dealt in turn into K folds, each held out whole: K fits instead of one per set.
            """
    )

    @Argument(help: "The scenario whose plugins and context score the answers.")
    var scenario: String

    @Argument(help: "Labelled sets (JSON), or scenarios whose example answers count as good ones.")
    var sets: [String]

    @Option(name: .long, help: "The question the answers are given to (default: the first).")
    var question: String?

    @Option(name: .long, help: ArgumentHelp("Fit the flag model on the sets and write its weights to PATH.", valueName: "path"))
    var train: String?

    @Flag(name: .long, help: "Measure each labelled set with weights fitted on the other sets (the weights file is left alone).")
    var holdOut = false

    @Option(name: .long, help: ArgumentHelp("With --hold-out: hold the sets out in K folds (sets dealt in turn), one fit per fold rather than per set.",
                                            valueName: "K"))
    var folds: Int?

    @Option(name: .long, help: ArgumentHelp("The fit's L2 penalty (with --train or --hold-out; default \(FlagModelTrainer.Configuration().regularisation)): higher keeps the weights smaller.",
                                            valueName: "penalty"))
    var regularisation: Double?

    @Option(name: .long, help: "How many steps the fit takes (with --train or --hold-out; default \(FlagModelTrainer.Configuration().iterations)).")
    var iterations: Int?

    @Flag(name: .long, help: "List every answer the flags got wrong.")
    var showMisses = false

    @Option(name: .long, help: "text or json.")
    var format: ReportFormat = .text

    @OptionGroup var lua: LuaOptions

    func validate() throws {
        guard !sets.isEmpty else { throw ValidationError("give at least one labelled set (a JSON file)") }
        if holdOut, train != nil {
            throw ValidationError("--hold-out fits its own weights for each set and writes none; leave out --train")
        }
        if (regularisation != nil || iterations != nil), train == nil, !holdOut {
            throw ValidationError("--regularisation and --iterations set how the weights are fitted; give them with --train or --hold-out")
        }
        if let regularisation, !(regularisation >= 0 && regularisation.isFinite) {
            throw ValidationError("--regularisation must be a number of 0 or more")
        }
        if let iterations, iterations < 1 { throw ValidationError("--iterations must be at least 1") }
        if let folds {
            guard holdOut else { throw ValidationError("--folds says how --hold-out splits the sets; give it with --hold-out") }
            guard folds >= 2 else { throw ValidationError("--folds must be at least 2: each fold is measured with weights fitted on the others") }
        }
    }

    func run() throws {
        do {
            let mode: Calibration.Mode = holdOut ? .holdOut(folds: folds) : train.map { .train(output: $0) } ?? .measure
            var trainer = FlagModelTrainer.Configuration()
            if let regularisation { trainer.regularisation = regularisation == 0 ? 0 : regularisation }  // not -0
            if let iterations { trainer.iterations = iterations }
            let result = try Calibration.run(.init(scenarioPath: scenario, sets: sets, questionID: question,
                                                   mode: mode, trainer: trainer, options: lua.hostOptions))
            Terminal.write(format == .json ? try JSONOutput.encode(result) : result.text(misses: showMisses))
        } catch let error as SimulatorError {
            throw fail(error)
        }
    }
}
