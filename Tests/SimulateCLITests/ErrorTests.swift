import Foundation
import TestSupport
import XCTest

/// Bad input gets a one-line message naming the file and line, and a documented exit code.
final class ErrorTests: XCTestCase {
    let folder = TemporaryFolder()

    private func run(_ arguments: [String], stdin: Data = Data()) throws -> SimulateProcess.Output {
        let output = try SimulateProcess.run(arguments, stdin: stdin)
        XCTAssertFalse(output.stderr.contains("Backtrac"), "no crash: \(output.stderr)")
        XCTAssertFalse(output.stderr.contains("Fatal error"), "no trap: \(output.stderr)")
        return output
    }

    private func assertOneLine(_ output: SimulateProcess.Output, status: Int32, says expected: String,
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(output.status, status, output.stderr, file: file, line: line)
        let lines = output.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, output.stderr, file: file, line: line)
        XCTAssertTrue(output.stderr.contains(expected), "\(output.stderr) lacks \(expected)", file: file, line: line)
    }

    func testAUsageErrorExitsWithTwoOnOneLine() throws {
        assertOneLine(try run(["Scenarios/customer-service.lua", "--format", "yaml"]), status: 2,
                      says: "simulate: The value 'yaml' is invalid for '--format <format>'")
        assertOneLine(try run(["Scenarios/customer-service.lua", "--seed", "-1"]), status: 2, says: "(see 'simulate --help')")
    }

    func testAMissingScenario() throws {
        assertOneLine(try run(["Scenarios/nope.lua", "--no-record"]), status: 1, says: "simulate: Scenarios/nope.lua: no such scenario file")
    }

    func testASyntaxErrorInAScenario() throws {
        let path = folder.write("broken.lua", "return {\n  id = 'x',\n  title = \n}\n")
        assertOneLine(try run([path, "--no-record"]), status: 1, says: "\(path):4: unexpected symbol near '}'")
    }

    func testAnUnknownKeyInAScenario() throws {
        let path = folder.write("typo.lua", """
            return { id = "x", title = "X", role = "R", company = { name = "C" },
              questions = { { id = "q", txt = "Q?" } } }
            """)
        assertOneLine(try run([path, "--no-record"], stdin: Data("a".utf8)), status: 1,
                      says: "\(path):2: unknown key 'txt' in questions[1] (did you mean 'text'?)")
    }

    func testAMissingPlugin() throws {
        let path = folder.write("plugin.lua", """
            return { id = "x", title = "X", role = "R", company = { name = "C" },
              plugins = { "red_flag" },
              questions = { { id = "q", text = "Q?" } } }
            """)
        assertOneLine(try run([path, "--no-record"]), status: 1, says: "\(path):2: plugin 'red_flag' not found in ")
    }

    func testAScenarioThatHangsIsStopped() throws {
        let path = folder.write("hang.lua", """
            return { id = "x", title = "X", role = "R", company = { name = "C" },
              questions = { { id = "q", text = "Q?", evaluate = function()
                while true do end
              end } } }
            """)
        assertOneLine(try run([path, "--no-record", "--instruction-limit", "100000"], stdin: Data("a".utf8)), status: 1,
                      says: "\(path):3: instruction budget exhausted (100000 instructions); raise it with --instruction-limit if the script is right")
    }

    func testAScenarioThatEatsMemoryIsStopped() throws {
        let path = folder.write("memory.lua", "local t = {}\nfor i = 1, 1e9 do t[i] = {} end")
        assertOneLine(try run([path, "--no-record", "--memory-limit", "16"]), status: 1,
                      says: "memory limit exceeded (16 MiB); raise it with --memory-limit if the script is right")
    }

    func testAnUnreadableAnswersFile() throws {
        assertOneLine(try run(["Scenarios/customer-service.lua", "--no-record", "--answers", folder.path + "/none.txt"]), status: 3,
                      says: "\(folder.path)/none.txt: no such answers file")
    }

    func testBinaryAnswers() throws {
        let path = folder.write("binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x0A]))
        assertOneLine(try run(["Scenarios/customer-service.lua", "--no-record", "--answers", path]), status: 3,
                      says: "\(path):1: answer 1 is not text (it contains a NUL byte); answers must be UTF-8 text")
    }

    func testHugeAnswers() throws {
        let path = folder.write("huge.txt", Data(repeating: UInt8(ascii: "a"), count: 10 * 1024 * 1024))
        assertOneLine(try run(["Scenarios/customer-service.lua", "--no-record", "--answers", path]), status: 3,
                      says: "\(path):1: answer 1 is larger than 64 KiB; shorten it")
    }

    func testEmptyInput() throws {
        assertOneLine(try run(["Scenarios/customer-service.lua", "--no-record"]), status: 3,
                      says: "standard input: no answers given; write each answer followed by a line holding only ---")
    }

    func testAnErrorEndsTheTranscriptWithItsReason() throws {
        let transcript = folder.url.appendingPathComponent("t.jsonl").path
        let answers = folder.write("a.txt", "A fine answer.\n---\nbad \u{0}\n")
        let output = try run(["Scenarios/customer-service.lua", "--answers", answers, "--transcript", transcript])
        XCTAssertEqual(output.status, 3)
        let lines = try String(contentsOfFile: transcript, encoding: .utf8).split(separator: "\n")
        XCTAssertTrue(lines.last?.contains("\"reason\":\"error\"") ?? false, "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("\"type\":\"turn\"") && $0.contains("A fine answer.") })
    }
}
