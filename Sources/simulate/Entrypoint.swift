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
                // One line, like every other error: the full usage is one --help away.
                let message = Simulate.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid usage"
                FileHandle.standardError.write(Data("simulate: \(message) (see 'simulate --help')\n".utf8))
                exit(2)
            }
            Simulate.exit(withError: error)
        }
    }
}
