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

    /// A `simulate` process, not yet started.
    private static func process(_ arguments: [String], directory: String, environment: [String: String]) -> Process {
        let process = Process()
        process.executableURL = executable
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
                           environment: [String: String] = [:]) throws -> Output {
        let folder = TemporaryFolder()
        let process = process(arguments, directory: directory, environment: environment)
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
