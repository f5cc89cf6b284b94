import FiveAim
import Foundation

/// Writes the dataset into a hidden sibling folder and swaps it in only once every file is complete.
///
/// An existing target is replaced only when it is empty or holds nothing but a dataset's CSV
/// files (so `--out ~` can never wipe a home folder); the old folder is removed only after the new
/// one is in place.
struct DemoWriter {
    /// The folder the user asked for.
    let target: String
    /// The hidden sibling the files are written into.
    let staging: String

    /// Prepares a staging folder beside `target`, refusing targets that are not datasets.
    init(target rawTarget: String) throws(DemoError) {
        let manager = FileManager.default
        var target = rawTarget
        while target.count > 1, target.hasSuffix("/") { target.removeLast() }
        guard !target.isEmpty, target != "/", target != ".", target != ".." else {
            throw DemoError("--out needs a folder of its own, e.g. --out demo-data", kind: .usage)
        }
        self.target = target
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: target, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw DemoError("\(target) exists and is a file; choose a folder for --out", kind: .usage) }
            let entries: [String]
            do { entries = try manager.contentsOfDirectory(atPath: target) } catch {
                throw DemoError("cannot list \(target); check its permissions")
            }
            let foreign = entries.filter { !($0.lowercased().hasSuffix(".csv") && TableKind.forFile(named: $0) != nil) }
            if !foreign.isEmpty {
                throw DemoError("refusing to replace \(target): it holds files that are not dataset CSV files (e.g. \(foreign.sorted()[0])); choose an empty or new folder", kind: .usage)
            }
        }
        let url = URL(fileURLWithPath: target)
        let parent = url.deletingLastPathComponent().path
        guard manager.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DemoError("the parent folder of \(target) does not exist", kind: .usage)
        }
        let staging = parent + "/." + url.lastPathComponent + ".fiveaim-demo-\(ProcessInfo.processInfo.processIdentifier).tmp"
        self.staging = staging
        try? manager.removeItem(atPath: staging)
        do {
            // Registered, so that an interrupted run (SIGINT, SIGTERM) removes it too.
            try InterruptCleanup.create(staging) { try manager.createDirectory(atPath: staging, withIntermediateDirectories: false) }
        } catch {
            InterruptCleanup.release(staging)
            throw DemoError("cannot create a folder beside \(target); check that its parent folder is writable")
        }
    }

    /// Opens a file of the staging folder.
    func open(_ fileName: String, header: [String]) throws(DemoError) -> CSVTableWriter {
        try CSVTableWriter(folder: staging, fileName: fileName, header: header)
    }

    /// Puts the complete staging folder in place of the target.
    func commit() throws(DemoError) {
        try InterruptCleanup.commit { () throws(DemoError) in try swapIn() }
        InterruptCleanup.release(staging)
    }

    private func swapIn() throws(DemoError) {
        let manager = FileManager.default
        let previous = staging + ".old"
        let hadTarget = manager.fileExists(atPath: target)
        if hadTarget {
            guard move(target, previous) else {
                abandon()
                throw DemoError("cannot move the existing \(target) aside; check its permissions")
            }
        }
        guard move(staging, target) else {
            if hadTarget { _ = move(previous, target) }
            abandon()
            throw DemoError("cannot move the new dataset into \(target)")
        }
        if hadTarget { try? manager.removeItem(atPath: previous) }
    }

    private func move(_ from: String, _ to: String) -> Bool {
        (try? FileManager.default.moveItem(atPath: from, toPath: to)) != nil
    }

    /// Removes the staging folder after a failure.
    func abandon() {
        try? FileManager.default.removeItem(atPath: staging)
        InterruptCleanup.release(staging)
    }
}
