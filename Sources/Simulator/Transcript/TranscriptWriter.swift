import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a transcript line by line, each line flushed and synced to disk as it is written.
///
/// A turn is on disk before the next question is asked, so Ctrl-C, a closed terminal or `kill -9`
/// loses no answered turn. `end` may be called from a signal handler's queue: writes are serialised.
public final class TranscriptWriter: SessionRecorder, @unchecked Sendable {
    public let path: String
    private let descriptor: Int32
    private let lock = NSLock()
    private var ended = false
    /// An answer being evaluated, written (unevaluated) if the session is interrupted meanwhile.
    private var pending: Turn?

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
        Self.syncFolder(of: path)
    }

    /// Creates the transcript file (never overwriting one) and its folder.
    /// - Throws: ``SimulatorError/transcript(_:)`` when it cannot be created.
    public convenience init(path: String) throws {
        try Self.makeFolder(of: path)
        let (descriptor, error) = Self.createExclusively(path)
        guard descriptor >= 0 else {
            throw SimulatorError.transcript("\(path): cannot create the transcript (\(Self.reason(error))); choose another --transcript")
        }
        self.init(path: path, descriptor: descriptor)
    }

    /// Creates a new transcript in `folder` for a session of `scenario`, named by date and seed; two
    /// sessions starting in the same second get `-2`, `-3`, ….
    public convenience init(folder: String, scenario: String, seed: UInt64, date: Date) throws {
        var attempt = 1
        while true {
            let path = Self.defaultPath(folder: folder, scenario: scenario, seed: seed, date: date, attempt: attempt)
            try Self.makeFolder(of: path)
            let (descriptor, error) = Self.createExclusively(path)
            if descriptor >= 0 {
                self.init(path: path, descriptor: descriptor)
                return
            }
            guard error == EEXIST, attempt < 1000 else {
                throw SimulatorError.transcript("\(path): cannot create the transcript (\(Self.reason(error))); choose another --transcript")
            }
            attempt += 1
        }
    }

    /// Opens an existing transcript to go on writing it (`simulate resume`). A last line cut off by a
    /// crash is removed first, so that what follows starts on a line of its own.
    /// - Throws: ``SimulatorError/transcript(_:)`` when it cannot be opened.
    public convenience init(appendingTo path: String) throws {
        let descriptor = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw SimulatorError.transcript("\(path): cannot open the transcript (\(Self.reason(errno)))")
        }
        let data = FileManager.default.contents(atPath: path) ?? Data()
        if let last = data.last, last != UInt8(ascii: "\n") {
            let keep = (data.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 }) ?? 0
            guard ftruncate(descriptor, off_t(keep)) == 0 else {
                close(descriptor)
                throw SimulatorError.transcript("\(path): cannot remove its cut-off last line (\(Self.reason(errno)))")
            }
        }
        self.init(path: path, descriptor: descriptor)
    }

    private static func makeFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw SimulatorError.transcript("\(folder): cannot create the transcript folder")
        }
    }

    /// Opens a new file for appending, failing if it exists; returns the descriptor or -1 and errno.
    private static func createExclusively(_ path: String) -> (Int32, Int32) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o644)
        return (descriptor, descriptor >= 0 ? 0 : errno)
    }

    /// Syncs the folder, so that a new transcript's name survives a power cut too.
    private static func syncFolder(of path: String) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let handle = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard handle >= 0 else { return }
        _ = fsync(handle)
        close(handle)
    }

    deinit { close(descriptor) }

    /// The path of a session of `scenario` started at `date`: `folder/<id>-<date>-<time>-<seed>.jsonl`, with
    /// `-<attempt>` added from the second attempt on.
    public static func defaultPath(folder: String = "transcripts", scenario: String, seed: UInt64, date: Date, attempt: Int = 1) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stem = "\(scenario)-\(formatter.string(from: date))-\(seed)" + (attempt > 1 ? "-\(attempt)" : "")
        return folder.isEmpty ? stem + ".jsonl" : folder + "/" + stem + ".jsonl"
    }

    public func write(_ record: TranscriptRecord) throws {
        let data: Data
        do { data = try record.line() } catch {
            throw SimulatorError.transcript("\(path): cannot encode a record: \(error)")
        }
        lock.lock()
        defer { lock.unlock() }
        guard !ended else { return }
        try writeLocked(data)
        if case .end = record { ended = true }
    }

    public func willEvaluate(_ turn: Turn) {
        lock.lock()
        pending = turn
        lock.unlock()
    }

    public func record(_ turn: Turn) throws {
        try write(.turn(turn))
        lock.lock()
        pending = nil
        lock.unlock()
    }

    /// Writes the end line once; later calls do nothing. Safe from any thread. An interrupted session
    /// first gets the answer that was being evaluated, unevaluated.
    public func end(_ reason: EndReason, message: String? = nil) {
        lock.lock()
        let unfinished = reason == .interrupted ? pending : nil
        pending = nil
        lock.unlock()
        if let unfinished { try? write(.turn(unfinished)) }
        try? write(.end(TranscriptEnd(reason: reason, at: Date(), message: message)))
    }

    private func writeLocked(_ data: Data) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw SimulatorError.transcript("\(path): cannot write (\(Self.reason(errno)))")
                }
                offset += written
            }
        }
        guard fsync(descriptor) == 0 || errno == EINVAL else {
            throw SimulatorError.transcript("\(path): cannot sync to disk (\(Self.reason(errno)))")
        }
    }

    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
