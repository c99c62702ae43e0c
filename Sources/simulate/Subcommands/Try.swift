import ArgumentParser
import Foundation
import Simulator

/// `simulate try FILE --question ID`: evaluate one answer, the tight loop for tuning a heuristic.
struct Try: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate one answer to one question and show the evaluation.",
        discussion: "The answer comes from --answer, or from standard input."
    )

    @Argument(help: "The scenario file.")
    var scenario: String

    @Option(name: .long, help: "The question's id (a follow-up's too).")
    var question: String

    @Option(name: .long, help: "The answer; read from standard input when absent.")
    var answer: String?

    @Option(name: .long, help: "Seed for the scenario's randomness.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "text or json.")
    var format: ReportFormat = .text

    @OptionGroup var lua: LuaOptions

    func run() throws {
        do {
            let text = try answer ?? Self.readStandardInput()
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw SimulatorError.answers("no answer given; pass --answer TEXT or type it on standard input")
            }
            let host = try ScenarioHost(scenarioAt: try ScenarioPath.resolve(scenario), options: lua.hostOptions, seed: seed)
            let trial = try AnswerTrial.run(host: host, questionID: question,
                                            answer: text.trimmingCharacters(in: .whitespacesAndNewlines))
            Terminal.write(format == .json ? try JSONOutput.encode(trial) : trial.text)
        } catch let error as SimulatorError {
            throw fail(error)
        }
    }

    static func readStandardInput() throws -> String {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard data.count <= AnswerText.maximumBytes else {
            throw SimulatorError.answers("standard input: the answer is larger than \(AnswerText.maximumBytes / 1024) KiB; shorten it")
        }
        switch AnswerText.decode([UInt8](data)) {
        case .success(let text): return text
        case .failure(.binary(let why)): throw SimulatorError.answers("standard input: the answer is not text (\(why))")
        }
    }
}
