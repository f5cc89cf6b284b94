import Foundation

/// Writes a batch of report files atomically: each file goes to a hidden staging folder inside the output folder, and only
/// when every file of the batch is written are they renamed into place (a rename within one file system replaces a file
/// whole). A failure before that leaves the output folder as it was; a failure during the renames puts back what was there.
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
        self.staging = directory + "/.fiveaim-report-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
        } catch {
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
        defer { discard() }
        let backups = staging + "/.previous"
        try? FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: false)
        var moved: [(name: String, hadPrevious: Bool)] = []
        for name in staged {
            let target = directory + "/" + name
            let hadPrevious = FileManager.default.fileExists(atPath: target)
            if hadPrevious { _ = link(target, backups + "/" + name) }
            if rename(stagingPath(name), target) != 0 {
                for entry in moved.reversed() {
                    let path = directory + "/" + entry.name
                    if entry.hadPrevious { _ = rename(backups + "/" + entry.name, path) } else { _ = unlink(path) }
                }
                throw Self.failure(target, "cannot move the report into place; no file of this run was kept")
            }
            moved.append((name, hadPrevious))
        }
        staged = []
    }

    /// Removes the staging folder and everything in it.
    public func discard() {
        finished = true
        try? FileManager.default.removeItem(atPath: staging)
    }

    private static func failure(_ path: String, _ message: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(.error, .reportWriteFailed, at: SourceLocation(file: path, line: 0, column: 0), message)], exitCode: .ioError)
    }
}
