import Foundation

/// What re-scoring many transcripts found, added up.
public struct RescoreSummary: Codable, Equatable, Sendable {
    public var files: Int = 0
    public var changed: Int = 0
    public var unchanged: Int = 0
    public var failed: Int = 0
    /// The first few failures, `path: message`, in path order.
    public var failures: [String] = []
    public var meanBefore: Double = 0
    public var meanAfter: Double = 0
    /// How many sessions scored 0–9, 10–19, …, 90–100, before and after.
    public var distributionBefore = [Int](repeating: 0, count: 10)
    public var distributionAfter = [Int](repeating: 0, count: 10)
    /// Red flag id → how many turns gained it, and lost it.
    public var flagsGained: [String: Int] = [:]
    public var flagsLost: [String: Int] = [:]
    /// The sessions whose score moved most, largest move first.
    public var movedMost: [Move] = []

    public struct Move: Codable, Equatable, Sendable {
        public var transcript: String
        public var scoreBefore: Int
        public var scoreAfter: Int

        enum CodingKeys: String, CodingKey {
            case transcript
            case scoreBefore = "score_before"
            case scoreAfter = "score_after"
        }
    }

    enum CodingKeys: String, CodingKey {
        case files, changed, unchanged, failed, failures
        case meanBefore = "mean_before"
        case meanAfter = "mean_after"
        case distributionBefore = "distribution_before"
        case distributionAfter = "distribution_after"
        case flagsGained = "flags_gained"
        case flagsLost = "flags_lost"
        case movedMost = "moved_most"
    }

    static let keptMoves = 10
    static let keptFailures = 20

    public init() {}

    /// Adds one result. Every part is order-independent (sums, counts, and lists kept sorted by a total
    /// order), so the summary is the same whatever the number of workers.
    mutating func add(_ result: RescoreResult) {
        files += 1
        if result.changed { changed += 1 } else { unchanged += 1 }
        sumBefore += result.scoreBefore
        sumAfter += result.scoreAfter
        distributionBefore[min(result.scoreBefore / 10, 9)] += 1
        distributionAfter[min(result.scoreAfter / 10, 9)] += 1
        for turn in result.turns {
            for flag in turn.flagsGained { flagsGained[flag, default: 0] += 1 }
            for flag in turn.flagsLost { flagsLost[flag, default: 0] += 1 }
        }
        if result.delta != 0 {
            movedMost.append(Move(transcript: result.transcript, scoreBefore: result.scoreBefore, scoreAfter: result.scoreAfter))
            movedMost.sort { a, b in
                let (da, db) = (abs(a.scoreAfter - a.scoreBefore), abs(b.scoreAfter - b.scoreBefore))
                return da != db ? da > db : a.transcript < b.transcript
            }
            if movedMost.count > Self.keptMoves { movedMost.removeLast() }
        }
        let scored = Double(files)
        meanBefore = (Double(sumBefore) / scored * 10).rounded() / 10
        meanAfter = (Double(sumAfter) / scored * 10).rounded() / 10
    }

    /// Counts a transcript that could not be re-scored; `message` names it.
    mutating func fail(_ message: String) {
        failed += 1
        failures.append(message)
        failures.sort()
        if failures.count > Self.keptFailures { failures.removeLast() }
    }

    private var sumBefore = 0
    private var sumAfter = 0

    /// For people.
    public var text: String {
        var lines = ["\(files + failed) transcripts: \(changed) changed, \(unchanged) unchanged, \(failed) could not be re-scored"]
        if files > 0 {
            lines.append(String(format: "Mean score: %.1f → %.1f", meanBefore, meanAfter))
            lines.append("Scores      before  after")
            for bucket in 0 ..< 10 {
                let label = bucket == 9 ? "90-100" : "\(bucket * 10)-\(bucket * 10 + 9)"
                lines.append("  " + label.padding(toLength: 8, withPad: " ", startingAt: 0)
                    + String(format: "%8d %6d", distributionBefore[bucket], distributionAfter[bucket]))
            }
        }
        let flags = Set(flagsGained.keys).union(flagsLost.keys).sorted()
        if !flags.isEmpty {
            lines.append("Red flags   gained   lost")
            for flag in flags {
                lines.append("  " + flag.padding(toLength: 30, withPad: " ", startingAt: 0)
                    + String(format: "%6d %6d", flagsGained[flag] ?? 0, flagsLost[flag] ?? 0))
            }
        }
        if !movedMost.isEmpty {
            lines.append("Moved most:")
            for move in movedMost {
                let delta = move.scoreAfter - move.scoreBefore
                lines.append("  \(move.transcript): \(move.scoreBefore) → \(move.scoreAfter) (\(delta > 0 ? "+" : "")\(delta))")
            }
        }
        if !failures.isEmpty {
            lines.append("Could not re-score:")
            lines += failures.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `simulate rescore`: re-scores folders of transcripts on every core, streaming them so that memory
/// stays flat however many there are.
///
/// Each worker takes the next file from a shared, lazily walked list and re-scores it in a Lua state of
/// its own (a fresh one per transcript, so that no module state carries from one session into the
/// next and results cannot depend on which worker took which file).
public struct BatchRescorer {
    public var jobs: Int
    public var options: HostOptions
    /// The scenario to use for every transcript, instead of the one each recorded.
    public var scenarioPath: String?

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, options: HostOptions = HostOptions(), scenarioPath: String? = nil) {
        self.jobs = max(1, jobs)
        self.options = options
        self.scenarioPath = scenarioPath
    }

    /// The transcripts under the given files and folders, walked lazily in a fixed order.
    public static func transcripts(in paths: [String]) -> AnySequence<String> {
        AnySequence { () -> AnyIterator<String> in
            var pending = paths[...]
            var inner: FileManager.DirectoryEnumerator?
            var folder = ""
            return AnyIterator {
                while true {
                    if let enumerator = inner {
                        while let next = enumerator.nextObject() as? String {
                            if next.hasSuffix(".jsonl") { return folder + "/" + next }
                        }
                        inner = nil
                    }
                    guard let path = pending.popFirst() else { return nil }
                    var isFolder: ObjCBool = false
                    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                        folder = path.hasSuffix("/") ? String(path.dropLast()) : path
                        inner = FileManager.default.enumerator(atPath: path)
                    } else {
                        return path
                    }
                }
            }
        }
    }

    /// Re-scores every transcript; `progress` is called (from any thread) with the number done.
    public func run(_ paths: [String], progress: @escaping @Sendable (Int) -> Void = { _ in }) -> RescoreSummary {
        let iterator = Locked(Self.transcripts(in: paths).makeIterator())
        let summary = Locked(RescoreSummary())
        let done = Locked(0)
        let options = self.options, scenarioPath = self.scenarioPath
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while let path = iterator.withLock({ $0.next() }) {
                let outcome: Result<RescoreResult, Error> = Result {
                    try Rescorer.rescore(transcriptAt: path, scenarioPath: scenarioPath, options: options)
                }
                summary.withLock { summary in
                    switch outcome {
                    case .success(let result): summary.add(result)
                    case .failure(let error):
                        let message = (error as? SimulatorError)?.description ?? "\(error)"
                        summary.fail(message.hasPrefix(path) ? message : "\(path): \(message)")
                    }
                }
                progress(done.withLock { count in
                    count += 1
                    return count
                })
            }
        }
        return summary.withLock { $0 }
    }
}

/// A value shared between threads, reached only under its lock.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
