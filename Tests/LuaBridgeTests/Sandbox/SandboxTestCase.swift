import LuaBridge
import TestSupport
import XCTest

/// Runs scripts in a real sandbox, from files in a temporary folder.
class SandboxTestCase: XCTestCase {
    var folder: TemporaryFolder!
    var printed: [String] = []

    override func setUp() {
        folder = TemporaryFolder()
        printed = []
    }

    func sandbox(_ configuration: LuaConfiguration = LuaConfiguration(instructionLimit: 2_000_000),
                 roots: [String]? = nil,
                 libraries: [String: [String: LuaHostFunction]] = [:]) throws -> LuaSandbox {
        try LuaSandbox(state: try LuaState(configuration: configuration), configuration: LuaSandbox.Configuration(
            moduleRoots: roots ?? [folder.path], hostLibraries: libraries, print: { [unowned self] in self.printed.append($0) }))
    }

    /// Runs `source` as a script file and returns its results.
    @discardableResult
    func run(_ source: String, in sandbox: LuaSandbox? = nil, name: String = "script.lua") throws -> [LuaValue] {
        let path = folder.write(name, source)
        return try (sandbox ?? self.sandbox()).run(scriptAt: path)
    }

    /// The message of the error that running `source` throws.
    func failure(_ source: String, in sandbox: LuaSandbox? = nil, file: StaticString = #filePath, line: UInt = #line) -> LuaBridgeError? {
        do {
            let results = try run(source, in: sandbox)
            XCTFail("expected an error, got \(results)", file: file, line: line)
        } catch let error as LuaBridgeError {
            return error
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
        }
        return nil
    }
}
