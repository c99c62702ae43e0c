import Foundation

/// Runs the built `simulate` executable, as a user would.
public struct SimulateProcess {
    public struct Output {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The folder holding the built products (the test bundle sits beside the executable).
    public static var productsDirectory: URL {
        #if os(macOS)
            for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
                return bundle.bundleURL.deletingLastPathComponent()
            }
            fatalError("no test bundle")
        #else
            return Bundle.main.bundleURL
        #endif
    }

    public static var executable: URL { productsDirectory.appendingPathComponent("simulate") }

    /// `script(1)` runs a command in a pseudo-terminal: how the tests reach the interactive front end.
    public static let terminalRunner = "/usr/bin/script"

    /// Runs `simulate` in a pseudo-terminal (standard input, output and error are a terminal), typing
    /// `keys`; returns everything the terminal showed.
    public static func runInTerminal(_ arguments: [String], keys: String, environment: [String: String] = [:]) throws -> Output {
        let command = ([executable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            .joined(separator: " ")
        return try run(["-qec", command, "/dev/null"], stdin: Data(keys.utf8), environment: environment, program: terminalRunner)
    }

    /// A process, not yet started: `simulate`, or another program.
    private static func process(_ arguments: [String], directory: String, environment: [String: String],
                                program: String? = nil) -> Process {
        let process = Process()
        process.executableURL = program.map { URL(fileURLWithPath: $0) } ?? executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        return process
    }

    /// Starts `simulate` with its standard streams piped, for tests that interact or send signals.
    public static func start(_ arguments: [String], directory: String = Repository.root.path,
                             environment: [String: String] = [:]) throws -> (Process, input: Pipe, output: Pipe, error: Pipe) {
        let process = process(arguments, directory: directory, environment: environment)
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        return (process, input, output, error)
    }

    /// Runs `simulate` to its end with `stdin` as standard input (output goes through files, so
    /// nothing can block on a full pipe).
    public static func run(_ arguments: [String], stdin: Data = Data(), directory: String = Repository.root.path,
                           environment: [String: String] = [:], program: String? = nil) throws -> Output {
        let folder = TemporaryFolder()
        let process = process(arguments, directory: directory, environment: environment, program: program)
        process.standardInput = FileHandle(forReadingAtPath: folder.write("stdin", stdin))
        process.standardOutput = FileHandle(forWritingAtPath: folder.write("stdout", ""))
        process.standardError = FileHandle(forWritingAtPath: folder.write("stderr", ""))
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: folder.read("stdout") ?? "", stderr: folder.read("stderr") ?? "")
    }

    public static func run(_ arguments: [String], stdin: String, directory: String = Repository.root.path,
                           environment: [String: String] = [:]) throws -> Output {
        try run(arguments, stdin: Data(stdin.utf8), directory: directory, environment: environment)
    }
}
