import ArgumentParser
import Foundation

/// Runs the command. ArgumentParser reports usage errors with 64; `simulate` documents 2 for them.
@main
enum Entrypoint {
    static func main() {
        do {
            var command = try Simulate.parseAsRoot()
            try command.run()
        } catch {
            if Simulate.exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((Simulate.fullMessage(for: error) + "\n").utf8))
                exit(2)
            }
            Simulate.exit(withError: error)
        }
    }
}
