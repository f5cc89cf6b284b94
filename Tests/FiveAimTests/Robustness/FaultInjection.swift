import FiveAim
import FiveAimDemo
import Foundation
import Testing

/// Runs the real `fiveaim` executable as a child process under injected faults: a file-size limit (a full disk), an
/// output folder that turns read-only, a signal; and checks what is left on disk afterwards.
enum FaultInjection {
    /// A failure of the test set-up itself (no executable, a child that never reaches the point to pause at).
    struct SetupError: Error, CustomStringConvertible {
        /// What went wrong.
        var description: String
    }

    /// The `fiveaim` executable built next to the test bundle (`swift test` builds it into the same folder), or
    /// `FIVEAIM_EXECUTABLE`.
    static func executable() throws -> String {
        if let path = ProcessInfo.processInfo.environment["FIVEAIM_EXECUTABLE"] { return path }
        let folders = [
            Bundle.module.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for folder in folders {
            let path = folder.appendingPathComponent("fiveaim").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw SetupError(
            description: "cannot find the fiveaim executable next to the test bundle (looked in "
                + folders.map(\.path).joined(separator: ", ") + "); build it with the same --scratch-path or set FIVEAIM_EXECUTABLE")
    }

    /// Whether a folder's mode can bind the child: always for an ordinary user; for root only through `setpriv`.
    static let permissionsBind = geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    /// A short demo dataset (2024-04 to 2024-06, all 32 networks), written once per test process.
    static let demo: Result<String, any Error> = Result {
        let folder = try TestSupport.temporaryFolder() + "/demo"
        _ = try DemoDataset.write(
            to: folder, reference: TestSupport.reference, options: DemoOptions(until: YearMonth(year: 2024, month: 6)))
        return folder
    }

    /// The outcome of a run.
    struct Outcome {
        /// The exit status, or the signal number when `signalled`.
        var status: Int32
        /// Whether the process was ended by a signal it did not handle.
        var signalled: Bool
        /// Standard output.
        var output: String
        /// Standard error (without the bytes the test put in the pipe to pause the child).
        var errors: String
    }

    /// A running `fiveaim` child.
    final class Child {
        private let process = Process()
        private let outputFile: String
        private var errorFileDescriptors: [Int32] = [-1, -1]
        private var filler = 0

        /// Starts `fiveaim arguments` from the project root. `fileSizeBlocks` sets `ulimit -f` (512-byte blocks) with
        /// SIGXFSZ ignored, so that writes beyond it fail with EFBIG as on a full disk. `pauseOnStandardError` fills the
        /// standard error pipe first, so the child blocks at its first message until `drain()`. `honourPermissions`
        /// drops the capabilities that let root ignore file modes (so a read-only folder is read-only to the child).
        init(_ arguments: [String], fileSizeBlocks: Int? = nil, pauseOnStandardError: Bool = false, honourPermissions: Bool = false) throws
        {
            let executable = try FaultInjection.executable()
            var script = ""
            if let fileSizeBlocks { script += "trap '' XFSZ; ulimit -f \(fileSizeBlocks) || exit 99; " }
            script += "exec "
            if honourPermissions && geteuid() == 0 {
                script += "/usr/bin/setpriv --bounding-set=-dac_override,-dac_read_search,-fowner -- "
            }
            script += "\"$0\" \"$@\""
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script, executable] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: TestSupport.projectRoot)
            var environment = ProcessInfo.processInfo.environment
            environment["SWIFT_BACKTRACE"] = "enable=no"
            process.environment = environment
            // Standard output goes to a file (never paused); standard error to a pipe closed on exec, so that no other
            // child started meanwhile keeps it open.
            outputFile = try TestSupport.temporaryFolder() + "/stdout"
            _ = FileManager.default.createFile(atPath: outputFile, contents: nil)
            process.standardOutput = FileHandle(forWritingAtPath: outputFile)
            guard pipe(&errorFileDescriptors) == 0 else { throw SetupError(description: "pipe() failed") }
            for descriptor in errorFileDescriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
            if pauseOnStandardError {
                // Fill the pipe: the child's first write to standard error then blocks until the test reads.
                let flags = fcntl(errorFileDescriptors[1], F_GETFL)
                _ = fcntl(errorFileDescriptors[1], F_SETFL, flags | O_NONBLOCK)
                let chunk = [UInt8](repeating: 0x23, count: 4096)
                while true {
                    let written = chunk.withUnsafeBytes { write(errorFileDescriptors[1], $0.baseAddress, $0.count) }
                    if written <= 0 { break }
                    filler += written
                }
                _ = fcntl(errorFileDescriptors[1], F_SETFL, flags)
            }
            process.standardError = FileHandle(fileDescriptor: errorFileDescriptors[1], closeOnDealloc: false)
            try process.run()
            close(errorFileDescriptors[1])
        }

        /// The child's process id.
        var pid: Int32 { process.processIdentifier }

        /// Waits (at most `timeout` seconds) until `condition` holds; false on timeout or when the child has ended.
        func wait(timeout: Double = 60, until condition: () -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if condition() { return true }
                if !process.isRunning { return condition() }
                usleep(10_000)
            }
            return false
        }

        /// Sends `signal` to the child.
        func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

        /// Reads standard error to its end (unpausing the child), waits for the exit and returns the outcome.
        func finish() -> Outcome {
            let handle = FileHandle(fileDescriptor: errorFileDescriptors[0], closeOnDealloc: true)
            let errorData = handle.readDataToEndOfFile()
            process.waitUntilExit()
            let errors = String(decoding: errorData.dropFirst(filler), as: UTF8.self)
            let output = FileManager.default.contents(atPath: outputFile) ?? Data()
            return Outcome(
                status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                output: String(decoding: output, as: UTF8.self), errors: errors)
        }
    }

    /// Runs `fiveaim arguments` to its end.
    static func run(_ arguments: [String], fileSizeBlocks: Int? = nil) throws -> Outcome {
        try Child(arguments, fileSizeBlocks: fileSizeBlocks).finish()
    }

    /// Every entry under `folder`, relative, sorted (hidden ones included).
    static func entries(_ folder: String) -> [String] {
        (FileManager.default.subpaths(atPath: folder) ?? []).sorted()
    }

    /// The bytes of every file directly in `folder`, by name.
    static func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            files[name] = FileManager.default.contents(atPath: folder + "/" + name)
        }
        return files
    }

    /// Whether the report file at `path` is whole: HTML ends with `</html>`, Markdown with a line end, .docx is a zip
    /// whose central directory ends the file.
    static func isWhole(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else { return false }
        if path.hasSuffix(".html") {
            return String(decoding: data.suffix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("</html>")
        }
        if path.hasSuffix(".docx") {
            // End of central directory record: signature 0x06054b50 within the last 64 KiB + 22 bytes.
            let tail = [UInt8](data.suffix(65_557))
            return tail.count >= 22
                && (0...(tail.count - 22)).contains {
                    tail[$0] == 0x50 && tail[$0 + 1] == 0x4B && tail[$0 + 2] == 0x05 && tail[$0 + 3] == 0x06
                }
                && data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04])
        }
        return data.last == 0x0A
    }

    /// The hidden staging entries (`.fiveaim-*`) directly in `folder`.
    static func staging(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".") && $0.contains("fiveaim") }
            .sorted()
    }
}
