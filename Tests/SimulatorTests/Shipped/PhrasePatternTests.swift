import Foundation
import LuaBridge
import TestSupport
import XCTest

/// `career_signals.find`: the pattern syntax every plugin's word lists are written in. A phrase stays
/// within one part of a sentence unless a slot ending in a comma lets it read on past one mark (a comma,
/// semicolon, colon, bracket, dash or ellipsis, or several side by side).
final class PhrasePatternTests: XCTestCase {
    /// The Lua finder, loaded once per test.
    private var finder: PluginScript?

    /// The words each match of `phrase` in `answer` covers, as written.
    func matches(_ phrase: String, in answer: String) throws -> [String] {
        if finder == nil {
            finder = try PluginScript("""
                local signals = require("career_signals")
                return {
                  find = function(answer, phrase)
                    local out = {}
                    for _, m in ipairs(signals.find(signals.tokens(answer), { phrase })) do
                      out[#out + 1] = answer:sub(m.from, m.to)
                    end
                    return table.concat(out, "|")
                  end,
                }
                """)
        }
        let text = try XCTUnwrap(try XCTUnwrap(finder).call("find", [.string(answer), .string(phrase)]).stringValue)
        return text.isEmpty ? [] : text.split(separator: "|").map(String.init)
    }

    func testAPhraseStaysWithinOnePartOfASentence() throws {
        XCTAssertEqual(try matches("want to", in: "I want to lead the team."), ["want to"])
        XCTAssertEqual(try matches("want to", in: "I'm still not sure what I want, to be honest."), [],
                       "a comma ends the phrase")
        XCTAssertEqual(try matches("senior|lead *", in: "If I get shift lead, my plan is to stay."), [],
                       "a wildcard does not reach past a comma")
        XCTAssertEqual(try matches("do the job go home", in: "Turn up; do the job - go home."), [],
                       "nor past a semicolon or a dash")
        XCTAssertEqual(try matches("job go", in: "I like the job. Go home after."), [], "nor past a sentence's end")
        for answer in ["I want; to be honest, no.", "I want: to be honest, no.", "I want (to be honest) no.",
                       "I want... to be honest, no.", "I want\u{2026} to be honest, no.", "I want \u{2014} to be honest \u{2014} no."]
        {
            XCTAssertEqual(try matches("want to", in: answer), [], answer)
        }
    }

    func testASlotEndingInACommaReadsOnPastOne() throws {
        XCTAssertEqual(try matches("first in, last out", in: "I'm always first in, last out."), ["first in, last out"])
        XCTAssertEqual(try matches("first in, last out", in: "First in last out, that's me."), ["First in last out"],
                       "the comma may be absent")
        XCTAssertEqual(try matches("rich, hopefully", in: "Rich, hopefully, ha."), ["Rich, hopefully"])
        XCTAssertEqual(try matches("rich, hopefully", in: "Rich. Hopefully soon."), [], "never past a sentence's end")
        XCTAssertEqual(try matches("first in, last out", in: "First, in, last out."), [],
                       "only where the comma is written")
        XCTAssertEqual(try matches("experience ?here, and then", in: "Some experience, and then I'll move on."),
                       ["experience, and then"], "an optional slot skipped keeps its comma")
        XCTAssertEqual(try matches("experience ?here, and then", in: "Some experience here, and then I'll move on."),
                       ["experience here, and then"])
        XCTAssertEqual(try matches("first in, last out", in: "First in; last out."), ["First in; last out"],
                       "past any one mark, not only a comma")
        XCTAssertEqual(try matches("first in, last out", in: "First in, - last out."), ["First in, - last out"],
                       "marks side by side are one break")
        XCTAssertEqual(try matches("rich, hopefully", in: "Rich, (hopefully) soon."), ["Rich, (hopefully"])
        XCTAssertEqual(try matches("first in, last out", in: "First in, last, out."), [], "and past one break only")
        XCTAssertEqual(try matches("not *, long term", in: "Not admin, long term."), ["Not admin, long term"],
                       "a wildcard ending in a comma")
    }

    /// An alternative is one word, so "manager|coach|head coach" reads "head" then "coach" and never
    /// matches "head coach" where it was meant: a slot of alternatives followed by a plain word that is
    /// itself one of them is that slip (write the two-word alternative as a phrase of its own).
    func testNoAlternativeIsWrittenAsTwoWords() throws {
        XCTAssertEqual(Self.twoWordAlternatives(in: #"x = { "first team manager|coach|head coach" }"#),
                       ["first team manager|coach|head coach"], "the check finds the slip")
        XCTAssertEqual(Self.twoWordAlternatives(in: #"x = { "real|clear ?real|clear goals", "head coach" }"#), [])
        for folder in ["Plugins", "Scenarios"] {
            let files = try FileManager.default.contentsOfDirectory(atPath: Repository.path(folder))
                .filter { $0.hasSuffix(".lua") && $0 != "flag_weights.lua" }
            XCTAssertGreaterThan(files.count, 4, folder)
            for name in files {
                let source = try String(contentsOfFile: Repository.path("\(folder)/\(name)"), encoding: .utf8)
                XCTAssertEqual(Self.twoWordAlternatives(in: source), [], "\(folder)/\(name)")
            }
        }
    }

    /// The quoted phrases of `source` (comments skipped) with a plain slot repeating an alternative of
    /// the slot before it.
    static func twoWordAlternatives(in source: String) -> [String] {
        var found: [String] = []
        for line in source.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("--") {
            let quoted = line.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 1 }.map(\.element)
            for phrase in quoted where phrase.contains("|") {
                let slots = phrase.split(separator: " ").map(String.init)
                for (slot, next) in zip(slots, slots.dropFirst())
                where slot.contains("|") && !next.contains("|") && !next.hasPrefix("?") && next != "*" {
                    let alternatives = slot.trimmingCharacters(in: CharacterSet(charactersIn: "?,")).split(separator: "|")
                    if alternatives.contains(Substring(next.trimmingCharacters(in: CharacterSet(charactersIn: ",")))) {
                        found.append(String(phrase))
                    }
                }
            }
        }
        return found
    }
}
