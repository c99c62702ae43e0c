import ArgumentParser
import Simulator

/// `simulate new NAME`: a new scenario and its tests, from a commented template.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a new scenario and its test file from a commented template.",
        discussion: "The files pass `simulate check` and `simulate test` as written; edit them from there."
    )

    @Argument(help: "The scenario's id: lower-case letters, digits and dashes (e.g. barista).")
    var name: String

    @Option(name: .long, help: ArgumentHelp("Where to write (default: Scenarios/ when it exists, else here).", valueName: "dir"))
    var folder: String?

    func validate() throws {
        guard ScenarioTemplate.isValidName(name) else {
            throw ValidationError("the name must be lower-case letters, digits and dashes, like 'barista'")
        }
    }

    func run() throws {
        do {
            let written = try ScenarioTemplate.write(name: name, folder: folder ?? ScenarioTemplate.defaultFolder)
            for path in written { Terminal.write("wrote \(path)\n") }
            Terminal.write("next: simulate check \(written[0]) && simulate test \(written[0])\n")
        } catch let error as SimulatorError {
            throw fail(error)
        }
    }
}
