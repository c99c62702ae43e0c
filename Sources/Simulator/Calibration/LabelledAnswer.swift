import Foundation

private extension UInt8 {
    var isWhitespace: Bool { self == 0x20 || self == 0x0A || self == 0x0D || self == 0x09 }
}

/// One answer with the red flags a person says it should raise: the unit of calibration.
///
/// A labelled set is a JSON array of these (see `docs/heuristics.md`); `flags` is empty for a good
/// answer. `question`, `role` and `note` are for the people who read the set.
public struct LabelledAnswer: Codable, Equatable, Sendable {
    public var answer: String
    public var flags: [String]
    public var question: String?
    public var role: String?
    public var note: String?

    public init(answer: String, flags: [String], question: String? = nil, role: String? = nil, note: String? = nil) {
        self.answer = answer
        self.flags = flags
        self.question = question
        self.role = role
        self.note = note
    }

    /// Reads a labelled set.
    /// - Parameters:
    ///   - path: a JSON file holding an array of labelled answers.
    ///   - flagIDs: the flag ids a label may name, when known (a misspelt id would otherwise count
    ///     as a flag nothing can raise, and teach the flag model that the answer is good).
    /// - Throws: ``SimulatorError/answers(_:)`` naming the file, the item and what is wrong with it.
    public static func load(from path: String, flagIDs: [String]? = nil) throws -> [LabelledAnswer] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SimulatorError.answers("\(path): cannot read the labelled answers")
        }
        guard data.first(where: { !$0.isWhitespace }) == UInt8(ascii: "[") else {
            throw SimulatorError.answers("\(path): not a labelled set: expected a JSON array of { \"answer\": …, \"flags\": [ … ] }")
        }
        do {
            let items = try JSONDecoder().decode([LabelledAnswer].self, from: data)
            guard !items.isEmpty else { throw SimulatorError.answers("\(path): no labelled answers in the file") }
            for (index, item) in items.enumerated() {
                if item.answer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    throw SimulatorError.answers("\(path): answer \(index + 1) is empty")
                }
                if item.answer.utf8.count > AnswerText.maximumBytes || item.answer.contains("\u{0}") {
                    throw SimulatorError.answers("\(path): answer \(index + 1) is not usable text (binary, or over \(AnswerText.maximumBytes / 1024) KiB)")
                }
                if let flagIDs, let unknown = item.flags.first(where: { !flagIDs.contains($0) }) {
                    throw SimulatorError.answers("\(path): answer \(index + 1) has the unknown flag '\(unknown)' (known: \(flagIDs.joined(separator: ", ")))")
                }
            }
            return items
        } catch let error as SimulatorError {
            throw error
        } catch {
            throw SimulatorError.answers("\(path): not a labelled set (a JSON array of { \"answer\": …, \"flags\": [ … ] }): \(Self.reason(error))")
        }
    }

    private static func reason(_ error: Error) -> String {
        switch error as? DecodingError {
        case .dataCorrupted(let context): context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription
        case .keyNotFound(let key, let context): "item \(Self.item(context.codingPath)) has no '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            "item \(Self.item(context.codingPath)): '\(context.codingPath.dropFirst().first?.stringValue ?? "?")' has the wrong type"
        default: "\(error)"
        }
    }

    private static func item(_ path: [CodingKey]) -> String {
        path.first?.intValue.map { String($0 + 1) } ?? "?"
    }
}
