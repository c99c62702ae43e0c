import ArgumentParser
import Simulator

/// `simulate history [DIR]`: past sessions per scenario, with a trend.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List past sessions per scenario with their scores and trend.")

    @Argument(help: "The folder of transcripts.")
    var folder: String = "transcripts"

    @Option(name: .long, help: "text or json.")
    var format: ReportFormat = .text

    func run() throws {
        let history = SessionHistory.read(folder: folder)
        Terminal.write(format == .json ? try JSONOutput.encode(history) : history.text)
    }
}
