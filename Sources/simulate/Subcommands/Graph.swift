import ArgumentParser
import Simulator

/// `simulate graph FILE`: the question flow, for Graphviz or Mermaid.
struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a scenario's question flow with its pools, follow-ups and jumps.",
        discussion: "dot: pipe into `dot -Tsvg`. mermaid: paste into Markdown inside a ```mermaid block."
    )

    @Argument(help: "The scenario file.")
    var scenario: String

    @Option(name: .long, help: "dot or mermaid.")
    var format: ScenarioGraph.Format = .mermaid

    @OptionGroup var lua: LuaOptions

    func run() throws {
        do {
            let host = try ScenarioHost(scenarioAt: try ScenarioPath.resolve(scenario), options: lua.hostOptions, seed: 1)
            Terminal.write(ScenarioGraph.render(host.scenario, format: format))
        } catch let error as SimulatorError {
            throw fail(error)
        }
    }
}

extension ScenarioGraph.Format: ExpressibleByArgument {}
