import Foundation
import Simulator
import TestSupport
import XCTest

final class FrontendTests: XCTestCase {
    let folder = TemporaryFolder()
    let prompt = QuestionPrompt(questionID: "q", text: "Your goals?", number: 2, total: 6, parent: nil, depth: 0)

    private func reader(_ text: String) throws -> LineReader {
        try LineReader(path: folder.write("input.txt", text), maximumLineLength: AnswerText.maximumBytes)
    }

    func testScriptedAnswersAreSeparatedByDashes() throws {
        var echoed = ""
        let frontend = ScriptedFrontend(reader: try reader("First line\nsecond line\n---\n/skip\n---\n\n---\nlast\n"), name: "input.txt",
                                        output: { echoed += $0 })
        XCTAssertEqual(try frontend.ask(prompt), .answer("First line\nsecond line"))
        XCTAssertEqual(try frontend.ask(prompt), .skip)
        XCTAssertEqual(try frontend.ask(prompt), .skip)
        XCTAssertEqual(try frontend.ask(prompt), .answer("last"))
        XCTAssertEqual(try frontend.ask(prompt), .ended)
        XCTAssertTrue(echoed.hasPrefix("Question 2 of 6: Your goals?\n  > First line\n  > second line\n"), echoed)
    }

    func testScriptedQuit() throws {
        let frontend = ScriptedFrontend(reader: try reader("/quit\n---\nmore"), name: "input.txt", output: nil)
        XCTAssertEqual(try frontend.ask(prompt), .quit)
    }

    func testEmptyInputIsAnError() throws {
        let frontend = ScriptedFrontend(reader: try reader(""), name: "input.txt", output: nil)
        XCTAssertThrowsError(try frontend.ask(prompt)) { error in
            XCTAssertEqual("\(error)", "input.txt: no answers given; write each answer followed by a line holding only ---")
        }
    }

    func testBinaryAnswersAreRefusedWithTheirLine() throws {
        let path = folder.write("binary.txt", Data("ok\n---\nbad \u{0} byte\n".utf8))
        let frontend = ScriptedFrontend(reader: try LineReader(path: path, maximumLineLength: AnswerText.maximumBytes),
                                        name: "binary.txt", output: nil)
        _ = try frontend.ask(prompt)
        XCTAssertThrowsError(try frontend.ask(prompt)) { error in
            XCTAssertEqual("\(error)", "binary.txt:3: answer 2 is not text (it contains a NUL byte); answers must be UTF-8 text")
        }
        let invalid = folder.write("latin1.txt", Data([0x63, 0x61, 0x66, 0xE9, 0x0A]))
        let second = ScriptedFrontend(reader: try LineReader(path: invalid, maximumLineLength: 100), name: "latin1.txt", output: nil)
        XCTAssertThrowsError(try second.ask(prompt)) { error in
            XCTAssertEqual("\(error)", "latin1.txt:1: answer 1 is not text (it is not valid UTF-8); answers must be UTF-8 text")
        }
    }

    func testHugeAnswersAreRefused() throws {
        let huge = String(repeating: "word ", count: 20_000) + "\n---\n"
        let frontend = ScriptedFrontend(reader: try reader("fine\n---\n" + huge), name: "input.txt", output: nil)
        _ = try frontend.ask(prompt)
        XCTAssertThrowsError(try frontend.ask(prompt)) { error in
            XCTAssertEqual("\(error)", "input.txt:3: answer 2 is larger than 64 KiB; shorten it")
        }
    }

    func testAMissingAnswersFile() {
        XCTAssertThrowsError(try LineReader(path: folder.path + "/none.txt", maximumLineLength: 10)) { error in
            XCTAssertEqual("\(error)", "\(folder.path)/none.txt: no such answers file")
        }
    }

    func testInteractiveCommandsAndMultiLineAnswers() throws {
        var shown = ""
        let input = "\n/help\n/repeat\nline one\nline two\n\n/skip\n/quit\n"
        let frontend = InteractiveFrontend(reader: try reader(input), output: { shown += $0 }, colour: false)
        XCTAssertEqual(try frontend.ask(prompt), .answer("line one\nline two"))
        XCTAssertEqual(try frontend.ask(prompt), .skip)
        XCTAssertEqual(try frontend.ask(prompt), .quit)
        XCTAssertEqual(try frontend.ask(prompt), .ended)
        XCTAssertEqual(shown.components(separatedBy: "Question 2 of 6: Your goals?").count - 1, 5, "shown, repeated, then asked three more times")
        XCTAssertTrue(shown.contains(InteractiveFrontend.help))
        XCTAssertTrue(shown.contains("(answered in 0s)"))
        XCTAssertFalse(shown.contains("\u{1B}["))
    }

    func testInteractiveRefusesBinaryLinesAndAsksAgain() throws {
        var shown = ""
        let path = folder.write("tty.txt", Data([0xFF, 0xFE, 0x0A] + Array("real answer\n\n".utf8)))
        let frontend = InteractiveFrontend(reader: try LineReader(path: path, maximumLineLength: 1000), output: { shown += $0 }, colour: false)
        XCTAssertEqual(try frontend.ask(prompt), .answer("real answer"))
        XCTAssertTrue(shown.contains("That line is not text (it is not valid UTF-8). Please type it again."))
    }

    func testTheCaseOfAScenarioPathIsForgiven() throws {
        folder.write("Scenarios/demo.lua", "return {}")
        let typed = folder.path + "/scenarios/DEMO.lua"
        XCTAssertEqual(try ScenarioPath.resolve(typed), folder.path + "/Scenarios/demo.lua")
        XCTAssertThrowsError(try ScenarioPath.resolve(folder.path + "/nothing.lua")) { error in
            XCTAssertEqual("\(error)", "\(folder.path)/nothing.lua: no such scenario file")
        }
    }
}
