import Foundation

/// The temporary files and folders the writers have in flight, so that an interrupted process (SIGINT, SIGTERM) can
/// remove them before it exits: an interruption never leaves a staging folder or a half-written file behind.
///
/// Writers create each staging path through `create(_:_:)`, move files into place inside `commit(_:)` and drop the path
/// with `release(_:)`. The front end's signal handler calls `removeAllAndHold()` and exits: it waits for a commit in
/// progress to finish (so a batch is never half moved into place), removes every registered path, and keeps the lock
/// until the process ends, so no writer can create or move anything afterwards.
public enum InterruptCleanup {
    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var paths: [String] = []
    }

    private static let state = State()

    /// Runs `create` (which makes the temporary `path`) and registers `path`, both before any interruption is handled.
    public static func create<T, E: Error>(_ path: String, _ create: () throws(E) -> T) throws(E) -> T {
        state.lock.lock()
        defer { state.lock.unlock() }
        state.paths.append(path)
        return try create()
    }

    /// Forgets `path` (it was removed, or moved into place).
    public static func release(_ path: String) {
        state.lock.lock()
        defer { state.lock.unlock() }
        if let index = state.paths.lastIndex(of: path) { state.paths.remove(at: index) }
    }

    /// Runs `body` (moves into place) so that an interruption is handled only before or after it, never in the middle.
    public static func commit<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        state.lock.lock()
        defer { state.lock.unlock() }
        return try body()
    }

    /// The registered paths, oldest first.
    public static var pending: [String] {
        state.lock.lock()
        defer { state.lock.unlock() }
        return state.paths
    }

    /// Removes every registered path and returns how many it removed and those it could not remove; the lock is kept,
    /// so call this only when the process is about to exit (a writer that tries to go on waits for the exit).
    public static func removeAllAndHold() -> (removed: Int, left: [String]) {
        state.lock.lock()
        var left: [String] = []
        var removed = 0
        let manager = FileManager.default
        for path in state.paths.reversed() where manager.fileExists(atPath: path) {
            // A folder is first renamed, so that a writer still running cannot add a file to it while it is removed.
            let doomed = path + ".interrupted"
            let target = rename(path, doomed) == 0 ? doomed : path
            try? manager.removeItem(atPath: target)
            if manager.fileExists(atPath: target) { left.append(path) } else { removed += 1 }
        }
        state.paths = []
        return (removed, left)
    }
}
