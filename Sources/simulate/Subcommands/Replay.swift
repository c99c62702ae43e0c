import ArgumentParser
import Foundation
import Simulator

/// `simulate replay TRANSCRIPT`: a recorded session as a review, or re-scored by the scenario as it is now.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review a recorded session, or re-score it with the scenario as it is now.",
        discussion: "Red flags are highlighted inside the answers. --step walks the review a turn at a time (Enter to go on)."
    )

    @Argument(help: "The transcript (.jsonl).")
    var transcript: String

    @Option(name: .long, help: "text, markdown, json or html.")
    var format: ReviewFormat = .text

    @Option(name: .long, help: "Show only turn N.")
    var turn: Int?

    @Flag(name: .long, help: "Walk the review a turn at a time.")
    var step = false

    @Flag(name: .long, help: "Re-score the recorded answers with the scenario as it is now, and show what changed.")
    var rescore = false

    @Option(name: .long, help: ArgumentHelp("With --rescore: the scenario to use instead of the recorded one.", valueName: "path"))
    var scenario: String?

    @OptionGroup var lua: LuaOptions

    func validate() throws {
        if step, format != .text { throw ValidationError("--step works with the text format") }
        if rescore, format == .html || format == .markdown { throw ValidationError("--rescore prints text or json") }
        if scenario != nil, !rescore { throw ValidationError("--scenario goes with --rescore") }
    }

    func run() throws {
        do {
            if rescore {
                let result = try Rescorer.rescore(transcriptAt: transcript, scenarioPath: scenario, options: lua.hostOptions)
                Terminal.write(format == .json ? try JSONOutput.encode(result) : result.text)
                return
            }
            let recorded = try TranscriptReader.read(path: transcript)
            if recorded.truncated {
                Terminal.writeError("simulate: \(transcript): the last line was cut off; shown up to turn \(recorded.turns.count), the last complete one\n")
            }
            let review = TranscriptReview(transcript: recorded, colour: format == .text && Terminal.wantsColour(on: STDOUT_FILENO))
            if step, turn == nil {
                try walk(review)
            } else {
                Terminal.write(try review.render(format, turn: turn))
            }
        } catch let error as SimulatorError {
            throw fail(error)
        }
    }

    /// One turn at a time, Enter to go on (on a terminal; otherwise it all goes by).
    private func walk(_ review: TranscriptReview) throws {
        let reader = LineReader(descriptor: STDIN_FILENO, maximumLineLength: 4096)
        let waits = isatty(STDIN_FILENO) == 1
        Terminal.write(review.heading().joined(separator: "\n") + "\n\n")
        for turn in review.transcript.turns {
            Terminal.write(review.text(of: turn))
            if waits {
                Terminal.write("[Enter: next turn] ")
                guard try reader.next() != nil else { return }
            }
            Terminal.write("\n")
        }
        Terminal.write(FeedbackRenderer(format: .text, colour: review.colour).render(review.feedback))
    }
}

extension ReviewFormat: ExpressibleByArgument {}
