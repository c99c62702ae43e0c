import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads lines of bytes from a file descriptor, lazily, without ever holding more than one line.
///
/// Lazy reading matters: answers piped in are taken one at a time as they arrive, and a huge line is
/// measured and dropped rather than kept in memory.
public final class LineReader {
    public enum Line: Equatable {
        case text([UInt8])
        /// A line longer than the limit: only its length is kept.
        case tooLong(Int)
    }

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let maximumLineLength: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    /// The number of the line last returned, from 1.
    public private(set) var lineNumber = 0

    public init(descriptor: Int32, maximumLineLength: Int, ownsDescriptor: Bool = false) {
        self.descriptor = descriptor
        self.maximumLineLength = maximumLineLength
        self.ownsDescriptor = ownsDescriptor
    }

    /// Opens a file for reading.
    /// - Throws: ``SimulatorError/answers(_:)`` when it cannot be opened.
    public convenience init(path: String, maximumLineLength: Int) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw SimulatorError.answers("\(path): no such answers file")
        }
        guard !isFolder.boolValue else { throw SimulatorError.answers("\(path): is a folder, not an answers file") }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw SimulatorError.answers("\(path): cannot read the answers file (\(String(cString: strerror(errno))))")
        }
        self.init(descriptor: descriptor, maximumLineLength: maximumLineLength, ownsDescriptor: true)
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// The next line without its line ending, or nil at the end of the input.
    public func next() throws -> Line? {
        var line: [UInt8] = []
        var length = 0
        while true {
            if position == buffer.count {
                guard !atEnd, try fill() else {
                    if length == 0 { return nil }
                    break
                }
            }
            if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                length += newline - position
                if length <= maximumLineLength { line += buffer[position ..< newline] }
                position = newline + 1
                break
            }
            length += buffer.count - position
            if length <= maximumLineLength { line += buffer[position...] }
            position = buffer.count
        }
        lineNumber += 1
        if length > maximumLineLength { return .tooLong(length) }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return .text(line)
    }

    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SimulatorError.answers("cannot read the answers (\(String(cString: strerror(errno))))")
            }
            if count == 0 {
                atEnd = true
                return false
            }
            buffer = Array(chunk[0 ..< count])
            position = 0
            return true
        }
    }
}

/// Limits and checks shared by both front ends.
public enum AnswerText {
    /// The longest answer accepted: 64 KiB is pages of speech; anything larger is a mistake.
    public static let maximumBytes = 64 * 1024

    /// Decodes an answer's bytes, refusing binary data.
    /// - Returns: the text, or why it is not text.
    public static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
        if bytes.contains(0) { return .failure(.binary("it contains a NUL byte")) }
        guard let text = String(bytes: bytes, encoding: .utf8) else { return .failure(.binary("it is not valid UTF-8")) }
        return .success(text)
    }

    public enum Problem: Error, Equatable {
        case binary(String)
    }
}
