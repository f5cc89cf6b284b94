import Foundation

/// Writes a batch of report files atomically: each file goes to a hidden staging folder inside the output folder, and only
/// when every file of the batch is written are they renamed into place (a rename within one file system replaces a file
/// whole). A failure before that leaves the output folder as it was; a failure during the renames puts back what was there.
/// The staging folder is registered with `InterruptCleanup`, so an interrupted run removes it too.
public final class ReportOutput {
    /// The output folder.
    public let directory: String
    /// The hidden staging folder inside it.
    public let staging: String
    private var staged: [String] = []
    private var finished = false

    /// Creates the output folder when needed and a fresh staging folder inside it.
    public init(directory: String) throws(DiagnosticError) {
        let manager = FileManager.default
        self.directory = directory
        let staging = directory + "/.fiveaim-report-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        self.staging = staging
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try InterruptCleanup.create(staging) { try manager.createDirectory(atPath: staging, withIntermediateDirectories: false) }
        } catch {
            InterruptCleanup.release(staging)
            finished = true
            throw Self.failure(directory, "cannot create the output folder; check the path and permissions")
        }
    }

    deinit { if !finished { discard() } }

    /// The staging path of `name`, for tools (pandoc) that write a file themselves; call `stage(name:)` once it is written.
    public func stagingPath(_ name: String) -> String { staging + "/" + name }

    /// Marks `name`, written at `stagingPath(name)`, as part of the batch.
    public func stage(name: String) throws(DiagnosticError) {
        guard FileManager.default.fileExists(atPath: stagingPath(name)) else {
            throw Self.failure(directory + "/" + name, "the converter wrote no file")
        }
        staged.append(name)
    }

    /// Writes `text` as `name` into the staging folder.
    public func write(_ text: String, name: String) throws(DiagnosticError) {
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: stagingPath(name))) } catch {
            throw Self.failure(directory + "/" + name, "cannot write the report; check free space and permissions")
        }
        staged.append(name)
    }

    /// Moves every staged file into the output folder; on a failure, restores the files it had replaced and removes the rest.
    public func commit() throws(DiagnosticError) {
        let failure: DiagnosticError? = InterruptCleanup.commit { () -> DiagnosticError? in
            let backups = staging + "/.previous"
            try? FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: false)
            var moved: [(name: String, hadPrevious: Bool)] = []
            for name in staged {
                let target = directory + "/" + name
                let hadPrevious = FileManager.default.fileExists(atPath: target)
                // The previous file is kept (hard link) until the batch is in place, so that a failure can put it back.
                let kept = !hadPrevious || link(target, backups + "/" + name) == 0
                if !kept || rename(stagingPath(name), target) != 0 {
                    for entry in moved.reversed() {
                        let path = directory + "/" + entry.name
                        if entry.hadPrevious { _ = rename(backups + "/" + entry.name, path) } else { _ = unlink(path) }
                    }
                    return Self.failure(target, "cannot move the report into place; no file of this run was kept")
                }
                moved.append((name, hadPrevious))
            }
            staged = []
            return nil
        }
        let removed = discard()
        if var failure {
            if !removed { failure.diagnostics.append(leftover) }
            throw failure
        }
    }

    /// Removes the staging folder and everything in it; false when the folder could not be removed (the output folder
    /// became read-only), in which case `leftover` says so.
    @discardableResult
    public func discard() -> Bool {
        finished = true
        let manager = FileManager.default
        try? manager.removeItem(atPath: staging)
        if manager.fileExists(atPath: staging), let names = try? manager.contentsOfDirectory(atPath: staging) {
            // The folder itself may be undeletable while its content is not: empty it at least.
            for name in names { try? manager.removeItem(atPath: staging + "/" + name) }
        }
        let removed = !manager.fileExists(atPath: staging)
        if removed { InterruptCleanup.release(staging) }
        return removed
    }

    /// The note added to a failure when the staging folder could not be removed.
    public var leftover: Diagnostic {
        Diagnostic(.note, .reportWriteFailed, at: SourceLocation(file: staging, line: 0, column: 0),
                   "this staging folder of the failed batch could not be removed (is the output folder read-only?); delete it once the folder is writable")
    }

    private static func failure(_ path: String, _ message: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(.error, .reportWriteFailed, at: SourceLocation(file: path, line: 0, column: 0), message)], exitCode: .ioError)
    }
}
