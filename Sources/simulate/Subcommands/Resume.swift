import ArgumentParser
import Foundation
import Simulator

/// `simulate resume TRANSCRIPT`: carry on an interrupted session, appending to its transcript.
struct Resume: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Continue an interrupted session where it stopped, appending to the same transcript.",
        discussion: "The recorded answers are replayed with the recorded seed; the scenario and its plugins must be unchanged since."
    )

    @Argument(help: "The transcript of the interrupted session.")
    var transcript: String

    @Option(name: .long, help: ArgumentHelp("Read the remaining answers from FILE, separated by lines holding only ---.", valueName: "file"))
    var answers: String?

    @Option(name: .long, help: "Feedback format: text, markdown or json.")
    var format: FeedbackFormat = .text

    @OptionGroup var lua: LuaOptions

    func run() throws {
        var configuration = RunConfiguration(scenarioPath: "")
        configuration.answers = answers.map { .file($0) } ?? .standardInput
        configuration.format = format
        configuration.host = lua.hostOptions
        let runner = SessionCommand.runner(configuration)
        try SessionCommand.play(format: format) { try runner.resume(transcriptAt: transcript) }
    }
}
