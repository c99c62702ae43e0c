import Foundation
import TestSupport
import XCTest

/// `docs/writing-scenarios.md` runs as written: its files are written and its commands run, in order, in
/// a fresh folder holding a copy of the shipped plugins, and each command's output must show the lines
/// the tutorial shows.
final class TutorialTests: XCTestCase {
    enum Step {
        case file(path: String, contents: String)
        case command(arguments: [String], status: Int32, expected: [String])
    }

    static func steps(in markdown: String) -> [Step] {
        var steps: [Step] = []
        var lines = markdown.components(separatedBy: "\n")[...]
        var pendingFile: String?
        while let line = lines.popFirst() {
            if line.hasPrefix("<!-- file: "), line.hasSuffix(" -->") {
                pendingFile = String(line.dropFirst("<!-- file: ".count).dropLast(" -->".count))
                continue
            }
            guard line.hasPrefix("```"), line.count > 3 else { continue }
            var block: [String] = []
            while let inner = lines.popFirst(), inner != "```" { block.append(inner) }
            if let path = pendingFile {
                steps.append(.file(path: path, contents: block.joined(separator: "\n") + "\n"))
                pendingFile = nil
            } else if line == "```console" {
                var current: (arguments: [String], status: Int32, expected: [String])?
                for entry in block {
                    if entry.hasPrefix("$ ") {
                        if let current { steps.append(.command(arguments: current.arguments, status: current.status, expected: current.expected)) }
                        var command = String(entry.dropFirst(2))
                        var status: Int32 = 0
                        if let range = command.range(of: "   # exits ") {
                            status = Int32(command[range.upperBound...]) ?? 0
                            command = String(command[..<range.lowerBound])
                        }
                        current = (split(command), status, [])
                    } else if !entry.trimmingCharacters(in: .whitespaces).isEmpty {
                        current?.expected.append(entry)
                    }
                }
                if let current { steps.append(.command(arguments: current.arguments, status: current.status, expected: current.expected)) }
            }
        }
        return steps
    }

    /// Splits a command line on spaces, keeping "double-quoted" words whole.
    static func split(_ command: String) -> [String] {
        var words: [String] = [], current = "", quoted = false
        for character in command {
            if character == "\"" { quoted.toggle() } else if character == " ", !quoted {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else { current.append(character) }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    func testTheTutorialRunsAsWritten() throws {
        let markdown = try String(contentsOfFile: Repository.path("docs/writing-scenarios.md"), encoding: .utf8)
        let steps = Self.steps(in: markdown)
        XCTAssertGreaterThan(steps.count, 10)
        let folder = TemporaryFolder()
        try FileManager.default.copyItem(atPath: Repository.path("Plugins"), toPath: folder.path + "/Plugins")
        for step in steps {
            switch step {
            case .file(let path, let contents):
                folder.write(path, contents)
            case .command(let arguments, let status, let expected):
                XCTAssertEqual(arguments.first, "simulate")
                let output = try SimulateProcess.run(Array(arguments.dropFirst()), directory: folder.path)
                let shown = output.stdout + output.stderr
                let command = arguments.joined(separator: " ")
                XCTAssertEqual(output.status, status, "\(command)\n\(shown)")
                for line in expected {
                    XCTAssertTrue(shown.contains(line), "\(command): missing \"\(line)\" in\n\(shown)")
                }
            }
        }
    }
}
