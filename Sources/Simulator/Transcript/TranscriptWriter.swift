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

    /// Creates the transcript file (never overwriting one) and its folder.
    /// - Throws: ``SimulatorError/transcript(_:)`` when it cannot be created.
    public init(path: String) throws {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw SimulatorError.transcript("\(folder): cannot create the transcript folder (\(Self.reason(errno)))")
            }
        }
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw SimulatorError.transcript("\(path): cannot create the transcript (\(Self.reason(errno))); choose another --transcript")
        }
    }

    deinit { close(descriptor) }

    /// A fresh path in `folder` for a session of `scenario` started at `date`.
    public static func defaultPath(folder: String = "transcripts", scenario: String, seed: UInt64, date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stem = "\(scenario)-\(formatter.string(from: date))-\(seed)"
        func file(_ name: String) -> String { folder.isEmpty ? name : folder + "/" + name }
        var candidate = file(stem + ".jsonl")
        var counter = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = file("\(stem)-\(counter).jsonl")
            counter += 1
        }
        return candidate
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

    public func record(_ turn: Turn) throws {
        try write(.turn(turn))
    }

    /// Writes the end line once; later calls do nothing. Safe from any thread.
    public func end(_ reason: EndReason, message: String? = nil) {
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
