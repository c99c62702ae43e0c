import Foundation

/// A stretch of an answer: 1-based inclusive byte offsets, so that Lua's `answer:sub(from, to)` is
/// `text`.
public struct TextSpan: Equatable, Sendable, Codable {
    public var from: Int
    public var to: Int
    public var text: String

    public init(from: Int, to: Int, text: String) {
        self.from = from
        self.to = to
        self.text = text
    }
}

/// A number found in text, written with digits or in words.
public struct NumberMention: Equatable, Sendable {
    public var value: Double
    public var span: TextSpan
}

/// A time frame found in text ("in my first month", "within five years", "in the long term").
public struct TimeFrame: Equatable, Sendable {
    /// The approximate length in days, nil for "short term" and "long term".
    public var days: Int?
    /// "short" or "long" for the term expressions, nil otherwise.
    public var term: String?
    public var span: TextSpan
}

/// The Unicode-aware text helpers every heuristic needs, offered to Lua as `text`.
///
/// They live in Swift so that every plugin gets the same, tested notion of a word, a phrase match, a
/// number and a time frame, whatever the language of the answer.
public struct TextAnalysis: Sendable {
    /// One Unicode scalar of the text with where its bytes are.
    private struct Unit {
        var scalar: Unicode.Scalar
        var start: Int  // 0-based byte offset
        var end: Int  // exclusive
    }

    private let source: String
    private let bytes: [UInt8]
    private let units: [Unit]

    public init(_ text: String) {
        source = text
        bytes = Array(text.utf8)
        var units: [Unit] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            let length = scalar.utf8.count
            units.append(Unit(scalar: scalar, start: offset, end: offset + length))
            offset += length
        }
        self.units = units
    }

    // MARK: - Words and sentences

    /// Whether a scalar belongs to a word: letters, marks and digits.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0" ... "9").contains(scalar) }

    /// "3.5" and "1,000" are one word each.
    static func isDecimalSeparator(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "," }

    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "-" || scalar == "\u{2010}"
    }

    /// The words: runs of letters and digits, keeping inner apostrophes and hyphens ("don't").
    public func wordSpans() -> [TextSpan] {
        var spans: [TextSpan] = []
        var index = 0
        while index < units.count {
            guard Self.isWordScalar(units[index].scalar) else { index += 1; continue }
            let first = index
            var last = index
            index += 1
            while index < units.count {
                if Self.isWordScalar(units[index].scalar) {
                    last = index
                    index += 1
                } else if index + 1 < units.count, Self.isWordScalar(units[index + 1].scalar),
                    Self.isJoiner(units[index].scalar)
                        || (Self.isDecimalSeparator(units[index].scalar) && Self.isDigit(units[index - 1].scalar)
                            && Self.isDigit(units[index + 1].scalar))
                {
                    index += 1
                } else {
                    break
                }
            }
            spans.append(span(first, last))
        }
        return spans
    }

    public func words() -> [String] { wordSpans().map(\.text) }

    /// The sentences, trimmed: split after `.`, `!` or `?` followed by white space, and at blank lines.
    public func sentences() -> [String] {
        var sentences: [String] = []
        var current = ""
        let scalars = Array(source.unicodeScalars)
        var index = 0
        func flush() {
            let trimmed = current.trimmingWhitespace()
            if !trimmed.isEmpty { sentences.append(trimmed) }
            current = ""
        }
        while index < scalars.count {
            let scalar = scalars[index]
            current.unicodeScalars.append(scalar)
            if scalar == "." || scalar == "!" || scalar == "?" {
                while index + 1 < scalars.count, ".!?".unicodeScalars.contains(scalars[index + 1]) {
                    index += 1
                    current.unicodeScalars.append(scalars[index])
                }
                if index + 1 == scalars.count || scalars[index + 1].properties.isWhitespace { flush() }
            } else if scalar == "\n", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                flush()
            }
            index += 1
        }
        flush()
        return sentences
    }

    // MARK: - Phrases

    /// The text folded for matching: lower case, one space for any white space, one apostrophe.
    private struct Folded {
        var scalars: [Unicode.Scalar] = []
        var origin: [Int] = []  // index into units
    }

    private static func fold(_ units: [Unit]) -> Folded {
        var folded = Folded()
        for (index, unit) in units.enumerated() {
            if unit.scalar.properties.isWhitespace {
                if folded.scalars.last != " " {
                    folded.scalars.append(" ")
                    folded.origin.append(index)
                }
                continue
            }
            let scalar: Unicode.Scalar = unit.scalar == "\u{2019}" || unit.scalar == "\u{2018}" ? "'" : unit.scalar
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                folded.scalars.append(lower)
                folded.origin.append(index)
            }
        }
        return folded
    }

    private var folded: Folded { Self.fold(units) }

    /// Every case-insensitive occurrence of `phrase` that starts and ends on a word boundary; white
    /// space in the phrase matches any run of white space.
    public func find(_ phrase: String) -> [TextSpan] {
        find(phrase, in: folded)
    }

    private func find(_ phrase: String, in text: Folded) -> [TextSpan] {
        var needle = Self.fold(TextAnalysis(phrase).units).scalars
        while needle.first == " " { needle.removeFirst() }
        while needle.last == " " { needle.removeLast() }
        guard !needle.isEmpty, needle.count <= text.scalars.count else { return [] }
        let checkStart = Self.isWordScalar(needle[0])
        let checkEnd = Self.isWordScalar(needle[needle.count - 1])
        var spans: [TextSpan] = []
        var position = 0
        let limit = text.scalars.count - needle.count
        while position <= limit {
            var matched = true
            for offset in 0 ..< needle.count where text.scalars[position + offset] != needle[offset] {
                matched = false
                break
            }
            let end = position + needle.count
            if matched, !(checkStart && position > 0 && Self.isWordScalar(text.scalars[position - 1])),
                !(checkEnd && end < text.scalars.count && Self.isWordScalar(text.scalars[end]))
            {
                spans.append(span(text.origin[position], text.origin[end - 1]))
                position = end
            } else {
                position += 1
            }
        }
        return spans
    }

    /// The first occurrence (lowest offset) of any of the phrases.
    public func findAny(_ phrases: [String]) -> TextSpan? {
        let text = folded
        return phrases.compactMap { find($0, in: text).first }.min { ($0.from, $0.to) < ($1.from, $1.to) }
    }

    // MARK: - Numbers, percentages, time frames

    private static let smallNumbers: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    private static let multipliers: [String: Double] = [
        "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    ]
    /// Amounts abbreviated after their digits: "50k" anywhere, "£2m" and "$3bn" after a currency sign
    /// ("a 2m wall" is metres).
    private static let thousandSuffixes: [String: Double] = ["k": 1000]
    private static let currencySuffixes: [String: Double] = ["m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000]

    /// Word tokens for number and time parsing: hyphenated words split into their parts.
    private func tokens() -> [TextSpan] {
        var tokens: [TextSpan] = []
        for word in wordSpans() {
            var start = word.from - 1
            var index = start
            while index < word.to {
                if bytes[index] == UInt8(ascii: "-") {
                    if index > start { tokens.append(byteSpan(start, index)) }
                    start = index + 1
                }
                index += 1
            }
            if start < word.to { tokens.append(byteSpan(start, word.to)) }
        }
        return tokens
    }

    /// Numbers written with digits ("50", "3.5", "1,000") or in words ("fifty", "twenty-five").
    public func numbers() -> [NumberMention] {
        var mentions: [NumberMention] = []
        let tokens = tokens()
        let words = tokens.map { $0.text.lowercased() }
        /// The word at `i`, or nil past the end.
        func word(at i: Int) -> String? { i < words.count ? words[i] : nil }
        let articles: Set<String> = ["a", "an"]
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if let value = abbreviatedValue(words[index], at: token) {
                mentions.append(NumberMention(value: value, span: token))
                index += 1
                continue
            }
            if let value = Self.digitValue(token.text) {
                // "2 million": a multiplier after the digits (not "2 million-pound contracts")
                if let next = word(at: index + 1), let multiplier = Self.multipliers[next], !hyphenated(after: tokens[index + 1]) {
                    mentions.append(NumberMention(value: value * multiplier, span: byteSpan(token.from - 1, tokens[index + 1].to)))
                    index += 2
                } else {
                    mentions.append(NumberMention(value: value, span: token))
                    index += 1
                }
                continue
            }
            var total = 0.0, current = 0.0, last = index - 1, cursor = index
            // "a hundred and twenty million": "a" counts one before a multiplier; "half a million" a half
            if articles.contains(words[index]), let next = word(at: index + 1), Self.multipliers[next] != nil {
                current = 1
                cursor += 1
            } else if words[index] == "half", let next = word(at: index + 1), articles.contains(next),
                let after = word(at: index + 2), let multiplier = Self.multipliers[after], multiplier > 100
            {
                current = 0.5
                cursor += 2
            }
            while cursor < tokens.count {
                let spoken = words[cursor]
                // "thirty-two, thirty-three million" is two numbers: punctuation ends one
                if cursor > index, punctuated(between: tokens[cursor - 1], and: tokens[cursor]) { break }
                if let small = Self.smallNumbers[spoken] {
                    // "twenty thirty" is two numbers: a word must fit after the ones before it
                    let fits = current.truncatingRemainder(dividingBy: 100) == 0
                        || (small < 10 && current.truncatingRemainder(dividingBy: 10) == 0
                            && current.truncatingRemainder(dividingBy: 100) >= 20)
                    guard fits else { break }
                    current += small
                } else if let multiplier = Self.multipliers[spoken], cursor > index {
                    if multiplier == 100 { current = (current > 0 ? current : 1) * 100 } else {
                        total += (current > 0 ? current : 1) * multiplier
                        current = 0
                    }
                } else if spoken == "and", cursor > index, let next = word(at: cursor + 1),
                    Self.smallNumbers[next] != nil
                {
                    cursor += 1
                    continue
                } else if spoken == "and", cursor > index, current > 0, cursor + 2 < words.count,
                    words[cursor + 1] == "a", words[cursor + 2] == "half"
                {
                    // "two and a half million"
                    current += 0.5
                    last = cursor + 2
                    cursor += 3
                    continue
                } else {
                    break
                }
                last = cursor
                cursor += 1
            }
            if last >= index {
                // "two point five": digits said one by one after "point"
                var value = total + current
                if word(at: last + 1) == "point" {
                    var scale = 0.1, next = last + 2
                    while let spoken = word(at: next), let digit = Self.smallNumbers[spoken], digit < 10 {
                        value += digit * scale
                        scale /= 10
                        last = next
                        next += 1
                    }
                }
                let span = byteSpan(tokens[index].from - 1, tokens[last].to)
                mentions.append(NumberMention(value: value, span: span))
                index = last + 1
            } else {
                index += 1
            }
        }
        return mentions
    }

    /// The value of digits with an abbreviated multiplier ("50k", "£1.2m", "$3bn"), or nil.
    /// - Parameters:
    ///   - word: the token's text, lowercased
    ///   - token: the token, for the currency sign before it
    private func abbreviatedValue(_ word: String, at token: TextSpan) -> Double? {
        let digits = word.prefix { $0.isNumber || $0 == "." || $0 == "," }
        guard !digits.isEmpty, digits.count < word.count, let value = Self.digitValue(String(digits)) else { return nil }
        let suffix = String(word.dropFirst(digits.count))
        if let multiplier = Self.thousandSuffixes[suffix] { return value * multiplier }
        if let multiplier = Self.currencySuffixes[suffix], currencySign(before: token) { return value * multiplier }
        return nil
    }

    /// The currency signs an abbreviated amount may follow, as bytes.
    private static let currencySigns: [[UInt8]] = [Array("£".utf8), Array("$".utf8), Array("€".utf8)]

    /// Whether a currency sign (£, $, €) stands just before a token.
    private func currencySign(before token: TextSpan) -> Bool {
        let start = token.from - 1  // 0-based index of the token's first byte
        return Self.currencySigns.contains { sign in
            start >= sign.count && bytes[(start - sign.count) ..< start].elementsEqual(sign)
        }
    }

    /// Whether a hyphen joins a token to the next word ("million-pound").
    private func hyphenated(after token: TextSpan) -> Bool {
        token.to < bytes.count && bytes[token.to] == UInt8(ascii: "-")
    }

    /// Whether punctuation stands between two word tokens (a comma, a full stop, a semicolon …).
    private func punctuated(between first: TextSpan, and second: TextSpan) -> Bool {
        bytes[first.to ..< (second.from - 1)].contains { ",.;:!?()".utf8.contains($0) }
    }

    private static func digitValue(_ token: String) -> Double? {
        guard let first = token.unicodeScalars.first, ("0" ... "9").contains(first) else { return nil }
        let plain = token.replacingOccurrences(of: ",", with: "")
        return Double(plain)
    }

    /// Percentages: "50%", "50 %", "50 percent", "fifty per cent".
    public func percentages() -> [NumberMention] {
        let tokens = tokens()
        return numbers().compactMap { number in
            var end = number.span.to  // exclusive 0-based == inclusive 1-based
            while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
            if end < bytes.count, bytes[end] == UInt8(ascii: "%") {
                return NumberMention(value: number.value, span: byteSpan(number.span.from - 1, end + 1))
            }
            guard let next = tokens.firstIndex(where: { $0.from > number.span.to }) else { return nil }
            let word = tokens[next].text.lowercased()
            if word == "percent" || word == "pct" {
                return NumberMention(value: number.value, span: byteSpan(number.span.from - 1, tokens[next].to))
            }
            if word == "per", next + 1 < tokens.count, tokens[next + 1].text.lowercased() == "cent" {
                return NumberMention(value: number.value, span: byteSpan(number.span.from - 1, tokens[next + 1].to))
            }
            return nil
        }
    }

    private static let unitDays: [String: Int] = [
        "day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "quarter": 91,
        "quarters": 91, "year": 365, "years": 365, "decade": 3650, "decades": 3650,
    ]
    private static let prepositions: Set<String> = ["in", "within", "over", "during", "by", "after", "before", "inside"]
    private static let determiners: Set<String> = ["the", "my", "a", "an", "this", "our", "his", "her", "their"]
    private static let orderWords: Set<String> = ["next", "first", "coming", "following", "upcoming"]
    private static let pluralAhead: Set<String> = ["ahead", "after", "following", "to"]

    /// Time frames: "in my first month", "within a year", "in five years", "over the next three
    /// months", "by next year", "five years from now", "in the short term", "long-term".
    public func timeFrames() -> [TimeFrame] {
        let tokens = tokens()
        let words = tokens.map { $0.text.lowercased() }
        let numberValues = numbers()
        var frames: [TimeFrame] = []
        var index = 0
        while index < tokens.count {
            let word = words[index]
            if (word == "short" || word == "long" || word == "near"), index + 1 < words.count,
                words[index + 1] == "term" || words[index + 1] == "run"
            {
                var start = index
                if start >= 2, words[start - 1] == "the", Self.prepositions.contains(words[start - 2]) { start -= 2 }
                let span = byteSpan(tokens[start].from - 1, tokens[index + 1].to)
                frames.append(TimeFrame(days: nil, term: word == "long" ? "long" : "short", span: span))
                index += 2
                continue
            }
            guard let unit = Self.unitDays[word] else { index += 1; continue }
            var start = index
            var count: Double? = nil
            var anchored = false
            var cursor = index - 1
            if cursor >= 0, let number = numberValues.first(where: { $0.span.to == tokens[cursor].to }) {
                count = number.value
                while cursor >= 0, tokens[cursor].from >= number.span.from { cursor -= 1 }
                start = cursor + 1
            } else if cursor >= 0, words[cursor] == "few" || words[cursor] == "several" {
                count = 3
                start = cursor
                cursor -= 1
                if cursor >= 0, words[cursor] == "a" { start = cursor; cursor -= 1 }
            } else if cursor >= 1, words[cursor] == "of", words[cursor - 1] == "couple" {
                count = 2
                start = cursor - 1
                cursor -= 2
                if cursor >= 0, words[cursor] == "a" { start = cursor; cursor -= 1 }
            }
            var ordered = false
            if cursor >= 0, Self.orderWords.contains(words[cursor]) {
                anchored = true
                ordered = true
                start = cursor
                cursor -= 1
            }
            if count == nil, cursor >= 0, words[cursor] == "a" || words[cursor] == "an" || words[cursor] == "one" {
                count = 1
                start = cursor
                cursor -= 1
            }
            var determined = false
            if cursor >= 0, Self.determiners.contains(words[cursor]) {
                if words[cursor] == "this" { anchored = true }
                determined = true
                start = cursor
                cursor -= 1
            }
            // "over the years", "in the months": a plural with no number and no "next" is no span of time,
            // unless what follows makes it one ahead ("in the months ahead", "in the months after my preceptorship")
            let ahead = index + 1 < words.count && Self.pluralAhead.contains(words[index + 1])
            if count == nil, !ordered, determined, word.hasSuffix("s"), !ahead { index += 1; continue }
            if cursor >= 0, Self.prepositions.contains(words[cursor]) {
                anchored = true
                start = cursor
            } else if cursor >= 2, words[cursor] == "next", words[cursor - 1] == "the", words[cursor - 2] == "for" {
                anchored = true
                start = cursor - 2
            }
            var end = index
            if index + 2 < words.count, words[index + 1] == "from", words[index + 2] == "now" {
                anchored = true
                end = index + 2
            }
            if anchored {
                let days = Int(min((count ?? 1) * Double(unit), 1e9))  // "99999999999999999999 years" is still a number
                frames.append(TimeFrame(days: days, term: nil, span: byteSpan(tokens[start].from - 1, tokens[end].to)))
            }
            index = end + 1
        }
        return frames
    }

    // MARK: - Spans

    private func span(_ firstUnit: Int, _ lastUnit: Int) -> TextSpan {
        byteSpan(units[firstUnit].start, units[lastUnit].end)
    }

    /// A span from 0-based `start` to exclusive `end` byte offsets.
    private func byteSpan(_ start: Int, _ end: Int) -> TextSpan {
        TextSpan(from: start + 1, to: end, text: String(decoding: bytes[start ..< end], as: UTF8.self))
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first ... last])
    }
}
