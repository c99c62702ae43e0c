import ArgumentParser
import LuaBridge
import Simulator

/// The options every command that loads a scenario shares: where plugins come from, and the limits.
struct LuaOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Also load plugins from DIR (repeatable).", valueName: "dir"))
    var plugins: [String] = []

    @Option(name: .long, help: "Memory cap for the scenario's Lua, in MiB.")
    var memoryLimit: Int = LuaConfiguration.defaultMemoryLimit / (1024 * 1024)

    @Option(name: .long, help: "Instruction budget for loading the scenario and for each call into it.")
    var instructionLimit: Int = LuaConfiguration.defaultInstructionLimit

    func validate() throws {
        guard (1 ... 4096).contains(memoryLimit) else { throw ValidationError("--memory-limit must be 1 to 4096 MiB") }
        guard instructionLimit >= 1000 else { throw ValidationError("--instruction-limit must be at least 1000") }
    }

    var hostOptions: HostOptions {
        HostOptions(limits: LuaConfiguration(memoryLimit: memoryLimit * 1024 * 1024, instructionLimit: instructionLimit),
                    pluginFolders: plugins)
    }
}

/// Prints a library error as one line and exits with its documented code.
func fail(_ error: SimulatorError, verbose: Bool = false) -> ExitCode {
    Terminal.writeError("simulate: \(error.description)\n")
    if verbose, let traceback = error.traceback, !traceback.isEmpty { Terminal.writeError(traceback + "\n") }
    return ExitCode(error.exitCode)
}
