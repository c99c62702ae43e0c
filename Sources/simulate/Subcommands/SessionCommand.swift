import ArgumentParser
import Foundation
import Simulator

/// What `run` and `resume` share: a runner wired to the terminal, and the outcome printed.
enum SessionCommand {
    /// A runner that writes to the terminal and ends its transcript as `interrupted` on Ctrl-C, a
    /// closed terminal or SIGTERM.
    static func runner(_ configuration: RunConfiguration) -> SessionRunner {
        var configuration = configuration
        // The session is shown on standard error when standard output carries JSON.
        configuration.colour = Terminal.wantsColour(on: configuration.format == .json ? STDERR_FILENO : STDOUT_FILENO)
        let runner = SessionRunner(configuration: configuration, standardOutput: Terminal.write, standardError: Terminal.writeError)
        runner.onTranscriptOpened = { writer in
            Terminal.onInterrupt {
                writer.end(.interrupted)
                Terminal.writeError("\nInterrupted. Transcript saved to \(writer.path)\n")
            }
        }
        return runner
    }

    /// Runs the session and prints its feedback, or its error as one line with its exit code.
    static func play(format: FeedbackFormat, verbose: Bool = false, _ session: () throws -> SessionOutcome) throws {
        do {
            let outcome = try session()
            let renderer = FeedbackRenderer(format: format, colour: format == .text && Terminal.wantsColour(on: STDOUT_FILENO),
                                            width: Terminal.width)
            Terminal.write(renderer.render(outcome.report))
            if let path = outcome.transcriptPath { Terminal.writeError("Transcript saved to \(path)\n") }
        } catch let error as SimulatorError {
            throw fail(error, verbose: verbose)
        }
    }
}
