import Foundation
import Simulator
import TestSupport
import XCTest

/// The HTML review page is one self-contained, well-formed document.
final class HTMLReviewTests: ReviewTestCase {
    private func page(_ answers: [String]) throws -> String {
        let path = try record(answers)
        return try TranscriptReview(transcript: try TranscriptReader.read(path: path)).render(.html)
    }

    func testThePageIsSelfContained() throws {
        let html = try page(["whatever <script>alert(1)</script> & more", "because", "done"])
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        XCTAssertTrue(html.contains("<style>"))
        XCTAssertFalse(html.lowercased().contains("<script"), "no scripts, and answers are escaped")
        XCTAssertFalse(html.contains("<link"), "no external style sheets")
        let external = html.components(separatedBy: "http").dropFirst().filter { !$0.hasPrefix("://www.w3.org/2000/svg") }
        XCTAssertEqual(external, [], "nothing fetched from the network")
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"))
        XCTAssertTrue(html.contains("<title>Review: Demo &lt;interview&gt;</title>"))
    }

    func testItShowsEvidenceChartFlagsAndExamples() throws {
        let html = try page(["Honestly, whatever comes.", "No reason.", "Done."])
        XCTAssertTrue(html.contains("<blockquote class=\"answer\">Honestly, <mark>whatever</mark> comes.</blockquote>"), html)
        XCTAssertEqual(html.components(separatedBy: "<article class=\"turn\"").count - 1, 3)
        XCTAssertTrue(html.contains("<svg class=\"chart\""))
        XCTAssertEqual(html.components(separatedBy: "<rect ").count - 1, 4, "a track and a bar per criterion")
        XCTAssertTrue(html.contains("<title>clarity: 20</title>"))
        XCTAssertTrue(html.contains("<strong>Lack of aspiration</strong>"))
        XCTAssertTrue(html.contains("<em>Why it works:</em> It is concrete."))
    }

    func testTheMarkupIsBalanced() throws {
        let html = try page(["whatever", "because", "done"])
        // Every element the page opens is closed, in order (void elements aside).
        let void: Set<String> = ["meta", "br", "!DOCTYPE"]
        var stack: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { return XCTFail("an unclosed tag") }
            let tag = rest[rest.index(after: open) ..< close]
            rest = rest[rest.index(after: close)...]
            let name = String(tag.split(separator: " ").first ?? "")
            if name.hasPrefix("/") {
                XCTAssertEqual(stack.popLast(), String(name.dropFirst()), "mismatched </\(name.dropFirst())>")
            } else if !void.contains(name), !tag.hasSuffix("/") {
                stack.append(name)
            }
        }
        XCTAssertEqual(stack, [])
    }
}
