import Simulator
import XCTest

final class TextAnalysisTests: XCTestCase {
    func testWordsKeepInnerApostrophesAndHyphens() {
        XCTAssertEqual(TextAnalysis("I don’t want to be a team-leader... yet! Café 2025").words(),
                       ["I", "don’t", "want", "to", "be", "a", "team-leader", "yet", "Café", "2025"])
    }

    func testSentences() {
        XCTAssertEqual(TextAnalysis("I plan ahead. Do I? Yes!! 3.5 years later\n\nNew paragraph").sentences(),
                       ["I plan ahead.", "Do I?", "Yes!!", "3.5 years later", "New paragraph"])
    }

    func testFindIsCaseInsensitiveOnWordBoundariesWithByteSpans() {
        let text = "Ça va: I'm a Team  Player, not a team-players fan."
        let spans = TextAnalysis(text).find("team player")
        XCTAssertEqual(spans.count, 1)
        XCTAssertEqual(spans[0].text, "Team  Player")
        let bytes = Array(text.utf8)
        XCTAssertEqual(String(decoding: bytes[(spans[0].from - 1) ..< spans[0].to], as: UTF8.self), "Team  Player")
        XCTAssertEqual(spans[0].from, 15)  // "Ça" takes three bytes
    }

    func testFindMatchesCurlyApostrophesAndPunctuatedPhrases() {
        XCTAssertEqual(TextAnalysis("I don’t really have goals").find("don't really have")[0].text, "don’t really have")
        XCTAssertEqual(TextAnalysis("I give 110% every day").find("110%")[0].text, "110%")
        XCTAssertTrue(TextAnalysis("teamwork").find("team").isEmpty)
    }

    func testFindAnyReturnsTheEarliest() {
        XCTAssertEqual(TextAnalysis("first CEO then a manager").findAny(["manager", "ceo"])?.text, "CEO")
        XCTAssertNil(TextAnalysis("nothing here").findAny(["absent"]))
    }

    func testNumbersInDigitsAndWords() {
        let numbers = TextAnalysis("Grow by 50, then 1,000 clients, 3.5 stars, twenty-five people, one hundred and five days").numbers()
        XCTAssertEqual(numbers.map(\.value), [50, 1000, 3.5, 25, 105])
        XCTAssertEqual(numbers.map(\.span.text), ["50", "1,000", "3.5", "twenty-five", "one hundred and five"])
    }

    /// "a hundred and twenty million" was read as twenty million: a multiplier after "a" counts one.
    func testNumbersSaidWithA() {
        let numbers = TextAnalysis("You're at forty million; I want a hundred and twenty million, a thousand users, 2 million more").numbers()
        XCTAssertEqual(numbers.map(\.value), [40_000_000, 120_000_000, 1000, 2_000_000])
        XCTAssertEqual(numbers.map(\.span.text), ["forty million", "a hundred and twenty million", "a thousand", "2 million"])
    }

    /// "thirty-two, thirty-three million" was read as sixty-five million: a comma ends a number, and
    /// so does a word that cannot follow the ones before it ("twenty thirty").
    func testNumbersEndAtACommaOrAWordThatCannotFollow() {
        let numbers = TextAnalysis("from twenty-eight to around thirty-two, thirty-three million; twenty thirty; ninety-nine").numbers()
        XCTAssertEqual(numbers.map(\.value), [28, 32, 33_000_000, 20, 30, 99])
    }

    /// From the review of session 10: halves, and a multiplier that qualifies the next word.
    func testHalvesAndAMultiplierBeforeAHyphen() {
        let numbers = TextAnalysis("two and a half million, half a million, 2 million-pound contracts, 2.5 million").numbers()
        XCTAssertEqual(numbers.map(\.value), [2_500_000, 500_000, 2, 2_500_000])
    }

    /// From the review of session 11: amounts abbreviated ("£2m", "900k") were not read at all.
    func testAbbreviatedAmounts() {
        let numbers = TextAnalysis("The book is £2m, the region £1.2m and $3bn overall; 900k now, 50K followers; a 2m wall, 3 billion").numbers()
        XCTAssertEqual(numbers.map(\.value), [2_000_000, 1_200_000, 3_000_000_000, 900_000, 50_000, 3_000_000_000])
        XCTAssertEqual(numbers.map(\.span.text), ["2m", "1.2m", "3bn", "900k", "50K", "3 billion"],
                       "a metre is no million: \"m\" counts after a currency sign only")
    }

    /// From the second review of session 11: "two point five percent" was read as 2 and 5.
    func testDecimalsSaidWithPoint() {
        let numbers = TextAnalysis("two point five percent, one point two five, the point is ten").numbers()
        XCTAssertEqual(numbers.map(\.value), [2.5, 1.25, 10])
        XCTAssertEqual(TextAnalysis("up two point five percent").percentages().map(\.value), [2.5])
    }

    func testPercentages() {
        let found = TextAnalysis("Up 50% now, 20 % later, fifty percent soon, ten per cent more").percentages()
        XCTAssertEqual(found.map(\.value), [50, 20, 50, 10])
        XCTAssertEqual(found.map(\.span.text), ["50%", "20 %", "fifty percent", "ten per cent"])
    }

    func testTimeFrames() {
        let text = """
            I will grow the portfolio by 50% in my first month, become a lead within a year, \
            in five years I want my own team, over the next three months I learn, by next year a course, \
            in 2 years more. In the short term I listen; long-term I lead. Five years from now, maybe.
            """
        let frames = TextAnalysis(text).timeFrames()
        XCTAssertEqual(frames.map(\.span.text), ["in my first month", "within a year", "in five years", "over the next three months",
                                                 "by next year", "in 2 years", "In the short term", "long-term", "Five years from now"])
        XCTAssertEqual(frames.map(\.days), [30, 365, 1825, 90, 365, 730, nil, nil, 1825])
        XCTAssertEqual(frames.map(\.term), [nil, nil, nil, nil, nil, nil, "short", "long", nil])
    }

    func testPastExperienceIsNotATimeFrame() {
        XCTAssertTrue(TextAnalysis("I have five years of experience").timeFrames().isEmpty)
        // a plural with no number is no span of time; "the next months", "within weeks" still are
        XCTAssertTrue(TextAnalysis("I've lost a lot of confidence over the years.").timeFrames().isEmpty)
        XCTAssertEqual(TextAnalysis("Over the next months, and within weeks of starting.").timeFrames().map(\.days), [30, 7])
        XCTAssertEqual(TextAnalysis("In the months ahead, and in the months after my preceptorship.").timeFrames().map(\.days), [30, 30])
    }

    func testAbsurdNumbersAreStillNumbers() {
        let frames = TextAnalysis("I will be a manager in 99999999999999999999 years.").timeFrames()
        XCTAssertEqual(frames.map(\.days), [1_000_000_000])
    }
}
