import ArgumentParser
import Foundation
import Simulator

/// `simulate run FILE` (the default): one practice session.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a practice session of a scenario.",
        discussion: """
            Interactive in a terminal: answer each question, end an answer with an empty line; \
            /repeat, /skip, /quit, /help. Scripted otherwise: --answers FILE or answers piped on \
            standard input, separated by lines holding only ---.
            """
    )

    @Argument(help: "The scenario file (Lua), e.g. scenarios/customer-service.lua.")
    var scenario: String

    @Option(name: .long, help: ArgumentHelp("Read answers from FILE, separated by lines holding only ---.", valueName: "file"))
    var answers: String?

    @Option(name: .long, help: "Seed for the scenario's randomness (question pools); drawn and recorded when absent.")
    var seed: UInt64?

    @Option(name: .long, help: "Feedback format: text, markdown or json (json: feedback is all that goes to standard output).")
    var format: FeedbackFormat = .text

    @Option(name: .long, help: ArgumentHelp("Write the transcript to PATH instead of transcripts/.", valueName: "path"))
    var transcript: String?

    @Flag(name: .long, help: "Do not record a transcript.")
    var noRecord = false

    @OptionGroup var lua: LuaOptions

    @Flag(name: .long, help: "Show the Lua traceback of a script error.")
    var verbose = false

    func validate() throws {
        if let seed, seed > RunConfiguration.maximumSeed {
            throw ValidationError("--seed must be at most \(RunConfiguration.maximumSeed)")
        }
        if noRecord, transcript != nil { throw ValidationError("--no-record and --transcript contradict each other") }
    }

    func run() throws {
        var configuration = RunConfiguration(scenarioPath: scenario)
        configuration.answers = answers.map { .file($0) } ?? .standardInput
        configuration.seed = seed
        configuration.format = format
        configuration.recording = noRecord ? .off : transcript.map { .path($0) } ?? .folder("transcripts")
        configuration.host = lua.hostOptions
        let runner = SessionCommand.runner(configuration)
        try SessionCommand.play(format: format, verbose: verbose) { try runner.run() }
    }
}

extension FeedbackFormat: ExpressibleByArgument {}
