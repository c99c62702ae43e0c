import ArgumentParser
import Foundation
import Simulator

/// `simulate rescore DIR|FILES…`: what a change to a scenario or heuristic does to every session on file.
struct Rescore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-score folders of transcripts with the scenarios as they are now, on every core.",
        discussion: "Streams the files (memory stays flat), shows progress on a terminal, and ends with a summary. Exits 1 when a transcript could not be re-scored."
    )

    @Argument(help: "Transcript files and folders (searched for .jsonl files).")
    var paths: [String]

    @Option(name: .long, help: "Workers (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "text or json.")
    var format: ReportFormat = .text

    @Option(name: .long, help: ArgumentHelp("The scenario to use for every transcript, instead of the recorded one.", valueName: "path"))
    var scenario: String?

    @OptionGroup var lua: LuaOptions

    func validate() throws {
        guard (1 ... 256).contains(jobs) else { throw ValidationError("--jobs must be 1 to 256") }
    }

    func run() throws {
        let rescorer = BatchRescorer(jobs: jobs, options: lua.hostOptions, scenarioPath: scenario)
        let showProgress = isatty(STDERR_FILENO) == 1
        let total = showProgress ? BatchRescorer.transcripts(in: paths).reduce(0) { count, _ in count + 1 } : 0
        let summary = rescorer.run(paths) { done in
            guard showProgress, total > 0 else { return }
            let width = 30, filled = width * done / total
            Terminal.writeError("\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] \(done)/\(total)")
        }
        if showProgress, total > 0 { Terminal.writeError("\n") }
        Terminal.write(format == .json ? try JSONOutput.encode(summary) : summary.text)
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
