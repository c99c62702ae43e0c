import Foundation

/// What the candidate did with a question.
public enum AnswerInput: Equatable, Sendable {
    case answer(String)
    /// `/skip`: go on without answering.
    case skip
    /// `/quit`: end the session now, with feedback on what was answered.
    case quit
    /// No more input (end of file, or of the answers file).
    case ended
}

/// A question as a front end shows it.
public struct QuestionPrompt: Equatable, Sendable {
    public var questionID: String
    public var text: String
    /// The main question's number ("Question 2 of 6"); a follow-up carries its main question's.
    public var number: Int
    public var total: Int
    /// The question this one follows up, nil for a main question.
    public var parent: String?
    public var depth: Int

    public init(questionID: String, text: String, number: Int, total: Int, parent: String?, depth: Int) {
        self.questionID = questionID
        self.text = text
        self.number = number
        self.total = total
        self.parent = parent
        self.depth = depth
    }
}

/// A front end: shows a question and gets the candidate's answer (interactive or scripted).
public protocol SessionFrontend: AnyObject {
    /// - Throws: ``SimulatorError/answers(_:)`` for input that cannot be used.
    func ask(_ prompt: QuestionPrompt) throws -> AnswerInput
}

/// Where turns go as soon as they happen (the transcript).
public protocol SessionRecorder: AnyObject {
    /// An answer has arrived and is about to be evaluated: keep it, in case the session is
    /// interrupted before ``record(_:)``.
    func willEvaluate(_ turn: Turn)
    func record(_ turn: Turn) throws
}

extension SessionRecorder {
    public func willEvaluate(_ turn: Turn) {}
}

/// Why a session ended.
public enum EndReason: String, Codable, Sendable {
    case completed
    case quit
    case interrupted
    case inputEnded = "input-ended"
    case error
}

/// The session engine: asks the scenario's questions in order, follow-ups where their conditions
/// hold, jumps where a question says so, and evaluates every answer.
///
/// It is deterministic: the same scenario, answers and seed give the same questions, path and
/// evaluations. Both front ends (interactive and scripted) drive this one engine.
public final class SessionEngine {
    public let host: ScenarioHost
    /// The main questions of this session, pools drawn with the seed.
    public let plan: [Scenario.Question]
    private let clock: () -> Date

    public init(host: ScenarioHost, clock: @escaping () -> Date = Date.init) {
        self.host = host
        self.clock = clock
        var random = SplitMix64(seed: host.seed)
        plan = host.scenario.items.flatMap { item -> [Scenario.Question] in
            switch item {
            case .question(let question): return [question]
            case .pool(let pool):
                var questions = pool.questions
                for index in 0 ..< pool.pick {
                    let other = index + Int(random.next() % UInt64(questions.count - index))
                    questions.swapAt(index, other)
                }
                return Array(questions.prefix(pool.pick))
            }
        }
    }

    /// The turns so far and how the session ended.
    public struct Result {
        public var turns: [Turn]
        public var reason: EndReason
    }

    /// Runs the session to its end.
    /// - Parameters:
    ///   - frontend: asks the questions.
    ///   - recorder: gets every turn as soon as it is evaluated.
    /// - Throws: ``SimulatorError`` when a script fails or the input cannot be used; the turns already
    ///   recorded stay recorded.
    public func run(frontend: SessionFrontend, recorder: SessionRecorder? = nil) throws -> Result {
        var session = Run(engine: self, frontend: frontend, recorder: recorder)
        return try session.run()
    }

    /// The state of one run.
    private struct Run {
        let engine: SessionEngine
        let frontend: SessionFrontend
        let recorder: SessionRecorder?
        var turns: [Turn] = []
        var asked: Set<String> = []

        enum Stop: Error { case quit, ended }

        mutating func run() throws -> Result {
            let plan = engine.plan
            var position = 0
            var number = 0
            do {
                while position < plan.count {
                    let question = plan[position]
                    number += 1
                    let answered = try ask(question, parent: nil, depth: 0, number: number)
                    var next = position + 1
                    if let (answer, evaluation) = answered,
                        let target = try engine.host.jump(after: question, answer: answer, evaluation: evaluation, turns: turns)
                    {
                        if let index = plan.firstIndex(where: { $0.id == target }), !asked.contains(target) {
                            next = index
                        } else if !asked.contains(target), let jumped = engine.host.scenario.topLevelQuestions.first(where: { $0.id == target }) {
                            number += 1
                            _ = try ask(jumped, parent: nil, depth: 0, number: number)
                        }
                    }
                    position = next
                    while position < plan.count, asked.contains(plan[position].id) { position += 1 }
                }
            } catch Stop.quit {
                return Result(turns: turns, reason: .quit)
            } catch Stop.ended {
                return Result(turns: turns, reason: .inputEnded)
            }
            return Result(turns: turns, reason: .completed)
        }

        /// Asks a question and, depth allowing, the first follow-up whose condition holds. Returns the
        /// answer and its evaluation, nil when skipped.
        mutating func ask(_ question: Scenario.Question, parent: String?, depth: Int, number: Int) throws -> (String, Evaluation)? {
            asked.insert(question.id)
            // A jump to a question outside the plan adds one to the total rather than show "8 of 7".
            let prompt = QuestionPrompt(questionID: question.id, text: question.text, number: number,
                                        total: max(engine.plan.count, number), parent: parent, depth: depth)
            let askedAt = engine.clock()
            let input = try frontend.ask(prompt)
            let answeredAt = engine.clock()
            switch input {
            case .quit: throw Stop.quit
            case .ended: throw Stop.ended
            case .skip:
                try record(Turn(index: turns.count + 1, questionID: question.id, question: question.text, parent: parent,
                                depth: depth, answer: nil, askedAt: askedAt, answeredAt: answeredAt, evaluation: nil))
                return nil
            case .answer(let answer):
                var turn = Turn(index: turns.count + 1, questionID: question.id, question: question.text, parent: parent,
                                depth: depth, answer: answer, askedAt: askedAt, answeredAt: answeredAt, evaluation: nil)
                recorder?.willEvaluate(turn)
                let evaluation = try engine.host.evaluate(answer, for: question, parent: parent, turns: turns)
                turn.evaluation = evaluation
                try record(turn)
                if depth < engine.host.scenario.maxFollowupDepth {
                    for followup in question.followups where !asked.contains(followup.question.id) {
                        if try engine.host.shouldAsk(followup, answer: answer, evaluation: evaluation, question: question,
                                                     parent: parent, turns: turns)
                        {
                            _ = try ask(followup.question, parent: question.id, depth: depth + 1, number: number)
                            break
                        }
                    }
                }
                return (answer, evaluation)
            }
        }

        mutating func record(_ turn: Turn) throws {
            turns.append(turn)
            try recorder?.record(turn)
        }
    }
}

/// A small, fast, portable generator: the same seed gives the same draws on every machine.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
