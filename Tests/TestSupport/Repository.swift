import Foundation
import Synchronization

/// The repository the tests run in: its scenarios, plugins and fixtures.
public enum Repository {
    /// The repository's root folder, found from this file's place in it.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }
}

/// A fresh temporary folder, removed when the value goes away, or when the test process exits:
/// XCTest keeps every test case (and so its folders) alive until the end of the run.
public final class TemporaryFolder {
    public let url: URL
    public var path: String { url.path }

    public init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("simulate-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        _ = Self.removedAtExit
        _ = Self.left.withLock { $0.insert(url) }
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
        _ = Self.left.withLock { $0.remove(url) }
    }

    /// The folders not yet removed, for the exit handler.
    private static let left = Mutex<Set<URL>>([])

    /// Registers the exit handler, once.
    private static let removedAtExit: Void = { atexit { TemporaryFolder.removeLeft() } }()

    private static func removeLeft() {
        for url in left.withLock({ $0 }) { try? FileManager.default.removeItem(at: url) }
    }

    /// Writes a file (creating its folders) and returns its path.
    @discardableResult
    public func write(_ name: String, _ contents: String) -> String {
        write(name, Data(contents.utf8))
    }

    @discardableResult
    public func write(_ name: String, _ data: Data) -> String {
        let file = url.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: file)
        return file.path
    }

    public func read(_ name: String) -> String? {
        try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }
}
