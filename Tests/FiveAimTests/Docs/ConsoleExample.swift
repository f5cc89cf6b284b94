import FiveAimTestFixtures
import Foundation
import Testing

/// One ```` ```console ```` block of the README or of `docs/`: the commands it shows (lines starting `$ `), each with
/// the output shown under it. A line `…` in the output stands for any number of lines left out.
struct ConsoleExample: Sendable, CustomTestStringConvertible {
    /// A command and the output shown for it.
    struct Step: Sendable {
        /// The command, without its `$ `.
        var command: String
        /// The line of the command in its file (1-based).
        var line: Int
        /// The output lines shown under the command (standard output and standard error as one stream).
        var expected: [String]
    }

    /// The file, relative to the project root.
    var file: String
    /// The line of the opening fence (1-based).
    var line: Int
    /// The commands in order.
    var steps: [Step]
    /// Lines inside the block before its first command (a block must start with a command).
    var stray: [Int] = []

    /// The elision marker: one line standing for any number of output lines, none included.
    static let elision = "…"

    /// Commands a block may run: the program itself and the few shell steps that prepare its input or show its status.
    static let allowedCommands: Set<String> = ["fiveaim", "mkdir", "printf", "echo", "export"]

    var testDescription: String { "\(file):\(line)" }

    /// Every console block of `README.md` and of the Markdown files under `docs/`, in file order.
    static let all: [ConsoleExample] = {
        let root = ProjectFixtures.root
        let docs = (FileManager.default.subpaths(atPath: root + "/docs") ?? []).filter { $0.hasSuffix(".md") }
        return (["README.md"] + docs.map { "docs/" + $0 }).sorted().flatMap { file -> [ConsoleExample] in
            guard let text = try? String(contentsOfFile: root + "/" + file, encoding: .utf8) else { return [] }
            return parse(text, file: file)
        }
    }()

    /// The console blocks of one Markdown text.
    static func parse(_ text: String, file: String) -> [ConsoleExample] {
        var examples: [ConsoleExample] = []
        var current: ConsoleExample?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            if current == nil {
                if line == "```console" { current = ConsoleExample(file: file, line: number, steps: []) }
                continue
            }
            if line == "```" {
                examples.append(current!)
                current = nil
            } else if line.hasPrefix("$ ") {
                current!.steps.append(Step(command: String(line.dropFirst(2)), line: number, expected: []))
            } else if current!.steps.isEmpty {
                current!.stray.append(number)
            } else {
                current!.steps[current!.steps.count - 1].expected.append(String(line))
            }
        }
        return examples
    }

    /// The program a command runs: its first word after any `NAME=value` assignments.
    static func program(of command: String) -> String {
        let words = command.split(separator: " ")
        return String(words.first { !$0.contains("=") } ?? "")
    }

    /// Whether `actual` is `expected` with each `…` line standing for zero or more lines.
    static func matches(_ expected: [String], _ actual: [String]) -> Bool {
        // reachable[j]: the first i expected lines can match the first j actual lines.
        var reachable = [true] + Array(repeating: false, count: actual.count)
        for line in expected {
            var next = Array(repeating: false, count: actual.count + 1)
            if line == elision {
                var seen = false
                for j in 0...actual.count {
                    seen = seen || reachable[j]
                    next[j] = seen
                }
            } else {
                for j in 0..<actual.count where reachable[j] && actual[j] == line { next[j + 1] = true }
            }
            reachable = next
        }
        return reachable[actual.count]
    }
}

/// Runs a console block's commands in one `bash` session, in a fresh folder holding a copy of the shared demo as
/// `demo-data`, with `fiveaim` on `PATH` (a wrapper that executes the built binary by its absolute path, so that it
/// finds the catalogue as an installed binary does). Standard error goes into the same stream as standard output.
enum ConsoleSession {
    /// What each step printed, in order.
    static func run(_ example: ConsoleExample) throws -> [[String]] {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(atPath: try DemoFixture.folder(), toPath: folder + "/demo-data")
        let bin = try TestSupport.temporaryFolder()
        let wrapper = bin + "/fiveaim"
        try Data("#!/bin/sh\nexec '\(try FaultInjection.executable())' \"$@\"\n".utf8).write(to: URL(fileURLWithPath: wrapper))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper)

        let marker = "\u{1E}fiveaim-console-step\u{1E}"
        var script = "exec 2>&1\n"
        for step in example.steps {
            // Keep the previous command's status for a shown `echo $?`.
            script += "__status=$?; printf '%s\\n' '\(marker)'; (exit $__status)\n\(step.command)\n"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["--noprofile", "--norc", "-c", script]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        for name in ["SOURCE_DATE_EPOCH", "FIVEAIM_CATALOG", "FIVEAIM_EXPORTS", "FIVEAIM_EXECUTABLE"] { environment[name] = nil }
        environment["PATH"] = bin + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let output = try TestSupport.temporaryFolder() + "/output"
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: output)
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: FileManager.default.contents(atPath: output) ?? Data(), as: UTF8.self)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return text.components(separatedBy: marker + "\n").dropFirst().map { part in
            var lines = part.components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            return lines
        }
    }
}
