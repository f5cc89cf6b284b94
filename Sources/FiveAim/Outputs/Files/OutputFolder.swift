import Foundation

extension DiagnosticCode {
    // MARK: Output folders (FA43xx): `--out` of extract, report, compare and demo (docs/errors/FA4xxx.md)
    /// `--out` holds something that is not a previous output of the same command: refused, nothing removed.
    public static let outputFolderRefused = DiagnosticCode(rawValue: "FA4301")
    /// A file name to be written is not a valid single file name (a `/`, too long, empty, `.`/`..`, a NUL or control character).
    public static let outputNameInvalid = DiagnosticCode(rawValue: "FA4302")
    /// The demo dataset's folder cannot be created, written or put in place.
    public static let demoOutputFailed = DiagnosticCode(rawValue: "FA4303")
}

/// The commands that write an output folder, and how each recognises a folder it wrote before.
///
/// An extract is recognised by its `manifest.json` (format `fiveaim-extract`, the files listed in `outputs`); a report
/// batch, a comparison and a demo dataset by `fiveaim-output.json` (format `fiveaim-output`, their `kind`, every file
/// written with its size and SHA-256), which `OutputFolder` writes beside the files.
public enum OutputKind: String, Sendable, Hashable, CaseIterable {
    case extract
    case report
    case compare
    case demo

    /// The code of a failure to create, write or move the folder.
    public var failureCode: DiagnosticCode {
        switch self {
        case .extract: .extractOutputFailed
        case .report: .reportWriteFailed
        case .compare: .compareWriteFailed
        case .demo: .demoOutputFailed
        }
    }

    /// What one file of the folder is, in messages: `cannot write the report: …`.
    var fileNoun: String { self == .report ? "the report" : "the file" }

    /// What the folder holds, in messages.
    var outputNoun: String {
        switch self {
        case .extract: "extract"
        case .report: "report batch"
        case .compare: "comparison"
        case .demo: "demo dataset"
        }
    }

    /// The file that lists a previous output's files: the extract's manifest, or `fiveaim-output.json`.
    public var ledgerName: String { self == .extract ? "manifest.json" : OutputFolder.recordName }
}

/// One output folder written atomically, the single writer behind `extract`, `report`, `compare` and `demo --out`.
///
/// 1. **Check the target** (`init`): it may be absent, empty, or hold exactly the files of a previous output of the same
///    kind, unchanged (`OutputLedger`). Anything else (a file FiveAim did not write there, a file edited since, another
///    command's output, a plain file) is refused with FA4301 and nothing is touched.
/// 2. **Stage**: every file goes into a hidden sibling folder `.<target>.fiveaim-<kind>-<pid>.tmp`, registered with
///    `InterruptCleanup` so that SIGINT or SIGTERM removes it; file names are checked to be single names (FA4302).
/// 3. **Verify** (`commit`): the staging folder holds exactly the staged files (and the ledger), and the target is checked
///    again (a file saved into it during the run is never lost).
/// 4. **Swap**: the target is renamed aside, the staging folder renamed into its place, then the previous folder is
///    removed; a failed rename puts the previous folder back. An interruption is handled only before or after the swap.
public final class OutputFolder {
    /// The name of the ledger of report, compare and demo folders.
    public static let recordName = "fiveaim-output.json"
    /// The format marker of that ledger.
    public static let recordFormat = "fiveaim-output"

    /// The folder the user asked for, without trailing `/`.
    public let target: String
    /// The hidden sibling every file is written into.
    public let staging: String
    /// The command writing it.
    public let kind: OutputKind
    private var staged: [String] = []
    private var finished = false

    /// Checks `target` and creates the staging folder beside it.
    public init(target rawTarget: String, kind: OutputKind) throws(DiagnosticError) {
        self.kind = kind
        var target = rawTarget
        while target.count > 1, target.hasSuffix("/") { target.removeLast() }
        self.target = target
        let url = URL(fileURLWithPath: target)
        let parent = url.deletingLastPathComponent().path
        self.staging =
            parent + "/." + OutputFolder.shortened(url.lastPathComponent)
            + ".fiveaim-\(kind.rawValue)-\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard !target.isEmpty, target != "/", target != ".", target != "..", !target.hasSuffix("/."), !target.hasSuffix("/..") else {
            finished = true
            throw refusal(
                rawTarget,
                "--out needs a folder of its own, e.g. --out \(kind == .extract ? "extracts/activity" : kind == .demo ? "demo-data" : "reports")",
                exitCode: .usage)
        }
        try checkTarget()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            finished = true
            throw refusal(target, "the parent folder \(parent) does not exist; create it first", exitCode: .usage)
        }
        let manager = FileManager.default
        let staging = self.staging
        try? manager.removeItem(atPath: staging)
        do {
            // Registered, so that an interrupted run (SIGINT, SIGTERM) removes it too.
            try InterruptCleanup.create(staging) { try manager.createDirectory(atPath: staging, withIntermediateDirectories: false) }
        } catch {
            InterruptCleanup.release(staging)
            finished = true
            throw failure(
                target,
                "cannot create a folder beside it (\(OutputFolder.reason(errno: OutputFolder.errnoOf(error)))); check that its parent folder is writable"
            )
        }
    }

    deinit { if !finished { discard() } }

    /// Checks `target`, runs `body` to stage the files, then verifies and swaps; on a failure the staging folder is
    /// removed (or the failure says where it is left) and the target stays as it was.
    public static func writing<T>(
        _ target: String, kind: OutputKind,
        _ body: (OutputFolder) throws(DiagnosticError) -> T
    ) throws(DiagnosticError) -> T {
        let folder = try OutputFolder(target: target, kind: kind)
        do {
            let result = try body(folder)
            try folder.commit()
            return result
        } catch var failure {
            if !folder.discard(), !failure.diagnostics.contains(folder.leftover) { failure.diagnostics.append(folder.leftover) }
            throw failure
        }
    }

    /// The staging path of `name`, for writers that create the file themselves (pandoc, libxlsxwriter, a CSV stream);
    /// call `stage(name:)` once it is complete. Throws FA4302 when `name` is not a single valid file name.
    public func path(_ name: String) throws(DiagnosticError) -> String {
        try checkName(name)
        return staging + "/" + name
    }

    /// A working path inside the staging folder for a tool's temporary files; it must be gone before `commit()`.
    public func workPath(_ name: String) -> String { staging + "/" + name }

    /// Marks `name`, written at `path(name)`, as part of the output.
    public func stage(name: String) throws(DiagnosticError) {
        try checkName(name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: staging + "/" + name, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw failure(target + "/" + name, "the file was not written (the converter or writer produced nothing)")
        }
        if !staged.contains(name) { staged.append(name) }
    }

    /// Writes `data` as `name` into the staging folder.
    public func write(_ data: Data, name: String) throws(DiagnosticError) {
        let path = try path(name)
        if let error = OutputFolder.writeFile(data, to: path) {
            throw failure(target + "/" + name, "cannot write \(kind.fileNoun): \(OutputFolder.reason(errno: error))")
        }
        if !staged.contains(name) { staged.append(name) }
    }

    /// Writes `text` (UTF-8) as `name` into the staging folder.
    public func write(_ text: String, name: String) throws(DiagnosticError) { try write(Data(text.utf8), name: name) }

    /// The files staged so far, in the order staged.
    public var stagedNames: [String] { staged }

    /// Verifies the staging folder, writes the ledger (`fiveaim-output.json`, except for extracts whose manifest is
    /// written by the caller and staged), checks the target again and swaps the staging folder in.
    public func commit() throws(DiagnosticError) {
        let manager = FileManager.default
        do throws(DiagnosticError) {
            if kind != .extract {
                var files: [(name: String, bytes: Int64, sha256: String)] = []
                for name in staged.sorted() {
                    guard let digest = SHA256Digest.file(staging + "/" + name) else {
                        throw failure(target + "/" + name, "cannot read the staged file back")
                    }
                    files.append((name, digest.bytes, digest.sha256))
                }
                // Written past `checkName`, which keeps this name from the callers' files.
                if let error = OutputFolder.writeFile(
                    Data(OutputFolder.record(kind: kind, files: files).utf8), to: staging + "/" + OutputFolder.recordName)
                {
                    throw failure(target + "/" + OutputFolder.recordName, "cannot write the file: \(OutputFolder.reason(errno: error))")
                }
                staged.append(OutputFolder.recordName)
            } else if !staged.contains(kind.ledgerName) {
                preconditionFailure("an extract stages its manifest.json before the commit")
            }
            // Verify: exactly the staged files, each a plain file.
            let present = Set((try? manager.contentsOfDirectory(atPath: staging)) ?? [])
            if present != Set(staged) {
                let stray = present.subtracting(staged).sorted(), missing = Set(staged).subtracting(present).sorted()
                throw failure(
                    target,
                    "the staged output is not what was written (stray: \(OutputFolder.list(stray)); missing: \(OutputFolder.list(missing))); nothing was changed"
                )
            }
            // The previous folder is registered before the swap (the lock is held during it), so that an interruption
            // while it is removed afterwards takes the rest; before the swap it does not exist and nothing is removed.
            let previous = staging + ".previous"
            InterruptCleanup.create(previous) {}
            defer { InterruptCleanup.release(previous) }
            try InterruptCleanup.commit { () throws(DiagnosticError) in
                try checkTarget()
                try swapIn(previous: previous)
            }
            finished = true
            InterruptCleanup.release(staging)
            try? manager.removeItem(atPath: previous)
        } catch {
            discard()
            throw error
        }
    }

    /// Removes the staging folder; false when it could not be removed (its parent became read-only), when `leftover`
    /// says where it is.
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
        Diagnostic(
            .note, kind.failureCode, at: SourceLocation(file: staging, line: 0, column: 0),
            "this staging folder of the failed run could not be removed (is its parent folder read-only?); delete it once the folder is writable"
        )
    }

    // MARK: The target

    /// Refuses a target that is a file, or a folder holding anything but a previous output of this kind.
    private func checkTarget() throws(DiagnosticError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: target, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw refusal(target, "exists and is a file; nothing was changed. Choose a folder for --out")
        }
        let entries: [String]
        do { entries = try manager.contentsOfDirectory(atPath: target) } catch {
            throw refusal(target, "cannot list the folder to check what it holds; nothing was changed. Check its permissions")
        }
        if entries.isEmpty { return }
        let ledger = OutputLedger.read(folder: target, kind: kind)
        switch ledger {
        case .none(let otherKind):
            let found = "it holds \(OutputFolder.count(entries.count, "file")) (\(OutputFolder.list(entries.sorted())))"
            if let otherKind {
                throw refusal(
                    target,
                    "is the output of `fiveaim \(otherKind.rawValue)`, not of `fiveaim \(kind.rawValue)`: \(found); nothing was changed. Choose another folder for --out"
                )
            }
            throw refusal(
                target,
                "is not empty and is not a previous \(kind.outputNoun) (no \(kind.ledgerName) of FiveAim's \(kind.rawValue) output): \(found); nothing was changed. Choose a new or empty folder for --out, or move these files away"
            )
        case .listed(let files):
            let foreign = entries.filter { files[$0] == nil && $0 != kind.ledgerName }.sorted()
            if !foreign.isEmpty {
                throw refusal(
                    target,
                    "holds a previous \(kind.outputNoun) and \(OutputFolder.count(foreign.count, "file")) FiveAim did not write there (\(OutputFolder.list(foreign))); nothing was changed. Move \(foreign.count == 1 ? "it" : "them") out of the folder, or choose another folder for --out"
                )
            }
            var changed: [String] = []
            for name in entries.sorted() where name != kind.ledgerName {
                let digest = SHA256Digest.file(target + "/" + name)
                if digest?.sha256 != files[name]?.sha256 || digest?.bytes != files[name]?.bytes { changed.append(name) }
            }
            if !changed.isEmpty {
                throw refusal(
                    target,
                    "holds a previous \(kind.outputNoun) whose \(OutputFolder.count(changed.count, "file")) changed since FiveAim wrote \(changed.count == 1 ? "it" : "them") (\(OutputFolder.list(changed))); nothing was changed. Save \(changed.count == 1 ? "it" : "them") elsewhere, or choose another folder for --out"
                )
            }
        }
    }

    private func swapIn(previous: String) throws(DiagnosticError) {
        let hadTarget = FileManager.default.fileExists(atPath: target)
        if hadTarget {
            guard rename(target, previous) == 0 else {
                throw failure(
                    target,
                    "cannot move the previous \(kind.outputNoun) aside (\(OutputFolder.reason(errno: errno))); no file of this run was kept"
                )
            }
        }
        guard rename(staging, target) == 0 else {
            let code = errno
            if hadTarget { _ = rename(previous, target) }
            throw failure(
                target,
                "cannot move the new \(kind.outputNoun) into place (\(OutputFolder.reason(errno: code))); no file of this run was kept")
        }
    }

    private func checkName(_ name: String) throws(DiagnosticError) {
        let problem: String?
        if name.isEmpty {
            problem = "it is empty"
        } else if name == "." || name == ".." {
            problem = "it names a folder, not a file"
        } else if name.contains("/") {
            problem = "it contains a '/', which would make it a path"
        } else if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            problem = "it contains a control character"
        } else if name.utf8.count > 255 {
            problem = "it is \(name.utf8.count) bytes long, and a file name has at most 255"
        } else if name == kind.ledgerName && kind != .extract {
            problem = "FiveAim keeps this name for the folder's list of files"
        } else {
            problem = nil
        }
        guard let problem else { return }
        var hint = ""
        if kind == .report { hint = "; report files are named after network codes: check the networks table with `fiveaim validate`" }
        throw DiagnosticError(
            [
                Diagnostic(
                    .error, .outputNameInvalid, at: SourceLocation(file: target, line: 0, column: 0),
                    "cannot name a file \(OutputFolder.quoted(name)): \(problem)\(hint)")
            ], exitCode: .dataError)
    }

    private func refusal(_ path: String, _ message: String, exitCode: ExitStatus = .cannotCreate) -> DiagnosticError {
        DiagnosticError(
            [Diagnostic(.error, .outputFolderRefused, at: SourceLocation(file: path, line: 0, column: 0), message)], exitCode: exitCode)
    }

    private func failure(_ path: String, _ message: String) -> DiagnosticError {
        DiagnosticError(
            [Diagnostic(.error, kind.failureCode, at: SourceLocation(file: path, line: 0, column: 0), message)], exitCode: .ioError)
    }

    // MARK: Helpers

    /// Writes `data` at `path` (created or truncated); the `errno` of a failure, nil on success.
    static func writeFile(_ data: Data, to path: String) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return errno }
        var failure: Int32?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        return failure
    }

    /// Why a write failed, in words that say what to do: free space only for a full disk.
    public static func reason(errno code: Int32?) -> String {
        switch code {
        case ENOSPC?, EDQUOT?: "the disk is full; check free space"
        case EFBIG?: "the file is larger than the system allows (file size limit, or a full disk); check free space and `ulimit -f`"
        case EACCES?, EPERM?: "permission denied; check the folder's permissions"
        case EROFS?: "the file system is read-only"
        case ENAMETOOLONG?: "the name is too long"
        case ENOENT?: "a folder of the path does not exist"
        case let code?: String(cString: strerror(code))
        case nil: "unknown error"
        }
    }

    static func errnoOf(_ error: any Error) -> Int32? {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        return nil
    }

    /// `name` in single quotes, control, bidirectional and other invisible characters shown as `\u{…}`.
    static func quoted(_ name: String) -> String {
        var out = "'"
        for scalar in name.unicodeScalars.prefix(80) {
            let invisible =
                scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x200B...0x200F).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) || scalar.value == 0xFEFF
            if invisible {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + (name.unicodeScalars.count > 80 ? "…'" : "'")
    }

    /// Up to three quoted names, then how many more.
    static func list(_ names: [String]) -> String {
        if names.isEmpty { return "none" }
        let shown = names.prefix(3).map(quoted).joined(separator: ", ")
        return names.count > 3 ? shown + " and \(names.count - 3) more" : shown
    }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    /// The last component of the target, cut so that the staging name stays a valid file name.
    static func shortened(_ name: String) -> String {
        var name = name
        while name.utf8.count > 180 { name.removeLast() }
        return name
    }

    /// The text of `fiveaim-output.json`: no time, so that the same output gives the same bytes.
    static func record(kind: OutputKind, files: [(name: String, bytes: Int64, sha256: String)]) -> String {
        var json = JSONText()
        json.open("{")
        json.string(recordFormat, key: "format")
        json.string(kind.rawValue, key: "kind")
        json.string(FiveAimVersion.current, key: "fiveaim_version")
        json.string(
            "the files `fiveaim \(kind.rawValue)` wrote into this folder; it replaces the folder again only while it holds exactly these files, unchanged",
            key: "note")
        json.fileList(files, key: "files")
        json.close("}")
        return json.text + "\n"
    }
}

/// What a folder's ledger says it holds: the files of a previous output of the kind asked for (name → size and SHA-256),
/// or no such output (with the kind of another FiveAim output, when it is one).
enum OutputLedger {
    case listed([String: (bytes: Int64, sha256: String)])
    case none(otherKind: OutputKind?)

    static func read(folder: String, kind: OutputKind) -> OutputLedger {
        func files(_ entries: Any?) -> [String: (bytes: Int64, sha256: String)]? {
            guard let entries = entries as? [[String: Any]] else { return nil }
            var result: [String: (bytes: Int64, sha256: String)] = [:]
            for entry in entries {
                guard let name = entry["file"] as? String, let sha = entry["sha256"] as? String,
                    let bytes = (entry["bytes"] as? NSNumber)?.int64Value
                else { return nil }
                result[name] = (bytes, sha)
            }
            return result
        }
        func object(_ name: String) -> [String: Any]? {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name), data.count <= 16 << 20 else { return nil }
            return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        }
        let extract = object("manifest.json").flatMap { $0["format"] as? String == ExtractWriter.manifestFormat ? $0 : nil }
        let record = object(OutputFolder.recordName).flatMap { $0["format"] as? String == OutputFolder.recordFormat ? $0 : nil }
        let recordKind = (record?["kind"] as? String).flatMap(OutputKind.init(rawValue:))
        switch kind {
        case .extract:
            if let extract, let listed = files(extract["outputs"]) { return .listed(listed) }
        default:
            if let record, recordKind == kind, let listed = files(record["files"]) { return .listed(listed) }
        }
        return .none(otherKind: extract != nil && kind != .extract ? .extract : (recordKind != kind ? recordKind : nil))
    }
}
