import Dispatch
import Foundation

/// The process's terminal: output, colour, and what Ctrl-C or a closed terminal does.
enum Terminal {
    /// Colour only on a terminal, and never with `NO_COLOR` set to anything but an empty string
    /// (https://no-color.org).
    static func wantsColour(on descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The width of the terminal on standard output, nil when it is not a terminal.
    static var width: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// On SIGINT, SIGHUP or SIGTERM: runs `body`, then exits with 128 + the signal (130 for Ctrl-C).
    static func onInterrupt(_ body: @escaping @Sendable () -> Void) {
        for signalNumber in [SIGINT, SIGHUP, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                body()
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
