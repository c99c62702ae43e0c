import Rainbow

/// The scripted front end: answers from a file or a pipe, separated by lines holding only `---`.
///
/// For coaches, tests and pipelines. An answer that is only `/skip` or `/quit` acts as that command;
/// when the answers run out the session ends cleanly (`input-ended`).
public final class ScriptedFrontend: SessionFrontend {
    private let reader: LineReader
    /// The input's name in messages (`answers.txt`, `standard input`).
    private let name: String
    private let output: ((String) -> Void)?
    private var answersRead = 0

    /// - Parameters:
    ///   - reader: where the answers come from.
    ///   - name: the file's name for messages.
    ///   - output: where questions and answers are echoed, nil for silence.
    public init(reader: LineReader, name: String, output: ((String) -> Void)?) {
        self.reader = reader
        self.name = name
        self.output = output
    }

    public func ask(_ prompt: QuestionPrompt) throws -> AnswerInput {
        let input = try readAnswer()
        let echo: String
        switch input {
        case .ended:
            if answersRead == 0 {
                throw SimulatorError.answers("\(name): no answers given; write each answer followed by a line holding only ---")
            }
            return input
        case .answer(let answer):
            echo = answer.split(separator: "\n", omittingEmptySubsequences: false).map { "  > " + $0 }.joined(separator: "\n")
        case .skip: echo = "  (skipped)"
        case .quit: echo = "  (quit)"
        }
        answersRead += 1
        output?(QuestionPresenter.heading(prompt, colour: false) + "\n" + echo + "\n\n")
        return input
    }

    private func readAnswer() throws -> AnswerInput {
        var lines: [String] = []
        var size = 0
        var sawAnything = false
        let first = reader.lineNumber + 1
        while let line = try reader.next() {
            sawAnything = true
            switch line {
            case .tooLong(let length):
                size += length
            case .text(let bytes):
                if bytes == Array("---".utf8) { return try finish(lines, size: size, firstLine: first) }
                size += bytes.count + 1
                if size <= AnswerText.maximumBytes {
                    switch AnswerText.decode(bytes) {
                    case .success(let text): lines.append(text)
                    case .failure(.binary(let why)):
                        throw SimulatorError.answers("\(name):\(reader.lineNumber): answer \(answersRead + 1) is not text (\(why)); answers must be UTF-8 text")
                    }
                }
            }
            if size > AnswerText.maximumBytes {
                throw SimulatorError.answers("\(name):\(first): answer \(answersRead + 1) is larger than \(AnswerText.maximumBytes / 1024) KiB; shorten it")
            }
        }
        guard sawAnything else { return .ended }
        return try finish(lines, size: size, firstLine: first)
    }

    private func finish(_ lines: [String], size: Int, firstLine: Int) throws -> AnswerInput {
        let answer = lines.joined(separator: "\n").trimmingWhitespace()
        switch answer {
        case "/skip", "": return .skip
        case "/quit": return .quit
        default: return .answer(answer)
        }
    }
}

/// How a question is shown, shared by the front ends.
public enum QuestionPresenter {
    public static func heading(_ prompt: QuestionPrompt, colour: Bool) -> String {
        let label = prompt.parent == nil ? "Question \(prompt.number) of \(prompt.total)" : "Follow-up"
        let styled = colour ? label.bold : label
        return "\(styled): \(prompt.text)"
    }
}
