import FiveAimTestFixtures
import Foundation
import Testing

/// Every ```` ```console ```` example in the README and in `docs/` is what the program prints: each block runs in a
/// fresh folder holding the shared demo as `demo-data`, and each command's output (standard error included) must be
/// the lines shown under it, where a line `…` stands for lines left out.
struct ConsoleExampleTests {
    @Test(arguments: ConsoleExample.all)
    func eachConsoleExamplePrintsWhatItShows(_ example: ConsoleExample) throws {
        let outputs = try ConsoleSession.run(example)
        #expect(outputs.count == example.steps.count, "\(example.file):\(example.line): not every command ran")
        for (step, output) in zip(example.steps, outputs) {
            Self.expectOutput(output, of: step, in: example)
        }
    }

    @Test func theExamplesAreFoundAndRunOnlyTheProgramAndItsShellSteps() {
        let examples = ConsoleExample.all
        #expect(examples.contains { $0.file == "README.md" })
        #expect(examples.count >= 10)
        for example in examples {
            #expect(!example.steps.isEmpty, "\(example.testDescription): a console block without a command")
            #expect(example.stray.isEmpty, "\(example.testDescription): lines \(example.stray) come before the first command")
            for step in example.steps {
                let program = ConsoleExample.program(of: step.command)
                #expect(
                    ConsoleExample.allowedCommands.contains(program),
                    "\(example.file):\(step.line): '\(program)' is not the program; show other commands in a ```sh block")
            }
        }
    }

    @Test func theElisionMarkerStandsForAnyNumberOfLinesAndNothingElseIsLoose() {
        #expect(ConsoleExample.matches(["a", "…", "d"], ["a", "b", "c", "d"]))
        #expect(ConsoleExample.matches(["a", "…", "d"], ["a", "d"]))
        #expect(ConsoleExample.matches(["…"], []))
        #expect(ConsoleExample.matches(["a", "…"], ["a", "b"]))
        #expect(ConsoleExample.matches([], []))
        #expect(!ConsoleExample.matches(["a", "…", "d"], ["a", "b", "c"]))
        #expect(!ConsoleExample.matches(["a"], ["a", "b"]))
        #expect(!ConsoleExample.matches(["a", "b"], ["b", "a"]))
        #expect(!ConsoleExample.matches([], ["warning: something"]))
        #expect(!ConsoleExample.matches(["a "], ["a"]))
    }

    @Test func aBlockIsSplitIntoCommandsWithTheirOutput() {
        let text = "intro\n```console\n$ fiveaim validate x\nline 1\n…\n$ echo $?\n65\n```\n```sh\n$ not a console\n```\n"
        let examples = ConsoleExample.parse(text, file: "t.md")
        #expect(examples.count == 1)
        #expect(examples.first?.line == 2)
        #expect(examples.first?.steps.map(\.command) == ["fiveaim validate x", "echo $?"])
        #expect(examples.first?.steps.map(\.expected) == [["line 1", "…"], ["65"]])
        #expect(examples.first?.steps.map(\.line) == [3, 6])
        #expect(ConsoleExample.program(of: "SOURCE_DATE_EPOCH=1 fiveaim extract d") == "fiveaim")
    }

    @Test func theReadmeStaysAFrontDoorOf250LinesAtMost() throws {
        let text = try String(contentsOfFile: ProjectFixtures.root + "/README.md", encoding: .utf8)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count - 1 <= 250)
    }

    /// Expects `output` to be what `step` shows, reporting at the caller's line with the whole output to copy from.
    static func expectOutput(
        _ output: [String], of step: ConsoleExample.Step, in example: ConsoleExample,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(
            ConsoleExample.matches(step.expected, output),
            "\(example.file):\(step.line): `\(step.command)` printed:\n\(output.joined(separator: "\n"))\n--- but the block shows:\n\(step.expected.joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }
}
