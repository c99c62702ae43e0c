import Foundation
import Rainbow

/// The interactive front end: a question at a time in a terminal.
///
/// Answers may take several lines and end with an empty line. Commands on a line of their own:
/// `/repeat`, `/skip`, `/quit`, `/help`. After each answer it says how long the answer took.
public final class InteractiveFrontend: SessionFrontend {
    private let reader: LineReader
    private let output: (String) -> Void
    private let colour: Bool
    private let clock: () -> Date
    private var greeted = false

    public static let help = """
        Answer in as many lines as you like; an empty line ends the answer.
          /repeat  show the question again
          /skip    go on without answering
          /quit    end the session and see feedback on what you answered
          /help    show this help
        """

    public init(reader: LineReader, output: @escaping (String) -> Void, colour: Bool, clock: @escaping () -> Date = Date.init) {
        self.reader = reader
        self.output = output
        self.colour = colour
        self.clock = clock
    }

    public func ask(_ prompt: QuestionPrompt) throws -> AnswerInput {
        if !greeted {
            greeted = true
            output(paint("Type /help for commands. An empty line ends an answer.", { $0.dim }) + "\n\n")
        }
        show(prompt)
        let started = clock()
        var lines: [String] = []
        var size = 0
        while true {
            output(lines.isEmpty ? "> " : "  ")
            guard let line = try reader.next() else {
                output("\n")
                return lines.isEmpty ? .ended : finish(lines, started: started)
            }
            let bytes: [UInt8]
            switch line {
            case .tooLong:
                output(paint("That line is too long (over \(AnswerText.maximumBytes / 1024) KiB). Please shorten your answer.", { $0.red }) + "\n")
                lines = []
                size = 0
                continue
            case .text(let text): bytes = text
            }
            let text: String
            switch AnswerText.decode(bytes) {
            case .success(let decoded): text = decoded
            case .failure(.binary(let why)):
                output(paint("That line is not text (\(why)). Please type it again.", { $0.red }) + "\n")
                continue
            }
            let trimmed = text.trimmingWhitespace()
            if lines.isEmpty {
                switch trimmed {
                case "": continue
                case "/skip":
                    output("\n")
                    return .skip
                case "/quit":
                    output("\n")
                    return .quit
                case "/help":
                    output(Self.help + "\n")
                    continue
                case "/repeat":
                    show(prompt)
                    continue
                default: break
                }
            } else if trimmed.isEmpty {
                return finish(lines, started: started)
            }
            size += bytes.count + 1
            if size > AnswerText.maximumBytes {
                output(paint("That answer is over \(AnswerText.maximumBytes / 1024) KiB. Please give a shorter one.", { $0.red }) + "\n")
                lines = []
                size = 0
                continue
            }
            lines.append(text)
        }
    }

    private func show(_ prompt: QuestionPrompt) {
        output(QuestionPresenter.heading(prompt, colour: colour) + "\n")
    }

    private func finish(_ lines: [String], started: Date) -> AnswerInput {
        let seconds = Int(clock().timeIntervalSince(started).rounded())
        output(paint("(answered in \(Self.duration(seconds)))", { $0.dim }) + "\n\n")
        return .answer(lines.joined(separator: "\n").trimmingWhitespace())
    }

    static func duration(_ seconds: Int) -> String {
        seconds < 60 ? "\(seconds)s" : "\(seconds / 60)m \(seconds % 60)s"
    }

    private func paint(_ text: String, _ style: (String) -> String) -> String {
        colour ? style(text) : text
    }
}
