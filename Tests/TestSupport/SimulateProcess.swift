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

    /// Starts `simulate` with its standard streams piped, for tests that interact or send signals.
    public static func start(_ arguments: [String], directory: String = Repository.root.path,
                             environment: [String: String] = [:]) throws -> (Process, input: Pipe, output: Pipe, error: Pipe) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
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
        let inputPath = folder.write("stdin", stdin)
        let outputPath = folder.write("stdout", "")
        let errorPath = folder.write("stderr", "")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        process.standardInput = FileHandle(forReadingAtPath: inputPath)
        process.standardOutput = FileHandle(forWritingAtPath: outputPath)
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: folder.read("stdout") ?? "", stderr: folder.read("stderr") ?? "")
    }

    public static func run(_ arguments: [String], stdin: String, directory: String = Repository.root.path,
                           environment: [String: String] = [:]) throws -> Output {
        try run(arguments, stdin: Data(stdin.utf8), directory: directory, environment: environment)
    }
}
