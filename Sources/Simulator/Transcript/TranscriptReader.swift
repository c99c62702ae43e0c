import Foundation

/// A transcript read back.
public struct Transcript: Codable, Equatable, Sendable {
    public var header: TranscriptHeader
    public var turns: [Turn]
    public var feedback: FeedbackReport?
    public var end: TranscriptEnd?
    /// True when the last line was cut off (the program died while writing it).
    public var truncated: Bool

    /// Whether the session can be taken up again: it has no end, or ended by an interruption or the
    /// answers running out.
    public var isResumable: Bool {
        switch end?.reason {
        case nil, .interrupted?, .inputEnded?, .error?: true
        case .completed?, .quit?: false
        }
    }
}

/// Reads a transcript, tolerating a last line cut off by a crash.
public enum TranscriptReader {
    /// - Throws: ``SimulatorError/transcript(_:)`` naming the file and line for anything that is not a
    ///   transcript of this format.
    public static func read(path: String) throws -> Transcript {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SimulatorError.transcript("\(path): cannot read the file")
        }
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let complete = data.last == UInt8(ascii: "\n")
        if complete || lines.last?.isEmpty == true { lines.removeLast() }
        var header: TranscriptHeader?
        var turns: [Turn] = []
        var feedback: FeedbackReport?
        var end: TranscriptEnd?
        var truncated = false
        for (index, line) in lines.enumerated() {
            let isLast = index == lines.count - 1
            let record: TranscriptRecord
            do {
                record = try TranscriptRecord.decoder.decode(TranscriptRecord.self, from: Data(line))
            } catch {
                if isLast && !complete && header != nil {
                    truncated = true
                    break
                }
                throw SimulatorError.transcript("\(path):\(index + 1): not a transcript record of format \(TranscriptRecord.formatVersion)")
            }
            switch record {
            case .header(let value):
                guard index == 0 else { throw SimulatorError.transcript("\(path):\(index + 1): a second header") }
                guard value.format == TranscriptRecord.formatVersion else {
                    throw SimulatorError.transcript("\(path):1: transcript format \(value.format) is not supported (this simulate reads format \(TranscriptRecord.formatVersion))")
                }
                header = value
            case .turn(let turn): turns.append(turn)
            case .feedback(let report): feedback = report
            case .end(let record): end = record
            case .resume:
                // The session went on after its end line: what came before is not the end any more.
                end = nil
                feedback = nil
            }
            if header == nil { throw SimulatorError.transcript("\(path):1: not a transcript (no header line)") }
        }
        guard let header else { throw SimulatorError.transcript("\(path): not a transcript (empty)") }
        return Transcript(header: header, turns: turns, feedback: feedback, end: end, truncated: truncated)
    }
}
