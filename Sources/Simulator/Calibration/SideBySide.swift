import Foundation
import Synchronization

/// Work split into slices run side by side, one per core, each slice on a thread of its own.
///
/// Calibration reads thousands of answers through Lua, and a Lua state is never shared across
/// threads: each slice builds its own state or host, and the results come back in the slices' order,
/// so the slicing changes nothing in what is computed.
enum SideBySide {
    /// How many slices `count` items make, one per core at most and none with fewer than `minimum` items.
    static func slices(for count: Int, minimum: Int = 1) -> Int {
        max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / max(1, minimum)))
    }

    /// Runs `body` for each slice `0 ..< slices` side by side.
    /// - Returns: each slice's result, in order.
    /// - Throws: the error of the first slice (in order) that failed.
    static func run<T: Sendable>(slices: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        let results = Mutex([Result<T, any Error>?](repeating: nil, count: slices))
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            let outcome = Result { try body(slice) }
            results.withLock { $0[slice] = outcome }
        }
        return try results.withLock { $0 }.map { try $0!.get() }
    }
}
