import Foundation
import PropertyBased
import Testing

@testable import FiveAimCSV

/// Characters that stress quoting: every delimiter, quotes, both line ends, spaces, accents, emoji.
private let alphabet: [Character] = ["a", "Z", "0", "9", ",", ";", "\t", "\"", "\n", "\r\n", " ", "é", "ü", "€", "🙂", "-", "."]

private let cells = Gen.element(of: alphabet).array(of: 0...5).map { (characters: [Character?]) -> String in
    String(characters.compactMap { $0 })
}

/// Mostly plain ASCII, now and then a quote or a line end: long runs of plain lines between quoted, multi-line ones.
private let mostlyPlain: [Character] = ["a", "b", "0", "1", " ", "-", ".", "a", "b", "0", "1", "a", "b", "0", "1", "\"", "\n"]
private let mostlyPlainCells = Gen.element(of: mostlyPlain).array(of: 0...5).map { (characters: [Character?]) -> String in
    String(characters.compactMap { $0 })
}

/// How a generated table is written.
struct WritingStyle: CustomStringConvertible {
    let delimiter: CSVDelimiter
    let crlf: Bool
    let alwaysQuote: Bool
    let finalNewline: Bool

    /// Decodes a style from the bits of `code`.
    init(_ code: Int) {
        delimiter = CSVDelimiter.allCases[code % 3]
        crlf = code & 4 != 0
        alwaysQuote = code & 8 != 0
        finalNewline = code & 16 != 0
    }

    var description: String { "\(delimiter), CRLF \(crlf), quote all \(alwaysQuote), final newline \(finalNewline)" }

    /// The table as CSV text.
    func write(_ table: [[String]]) -> String {
        let lineEnd = crlf ? "\r\n" : "\n"
        let records = table.map { CSVFormatter.record($0, delimiter: delimiter, alwaysQuote: alwaysQuote) }
        return records.joined(separator: lineEnd) + (finalNewline ? lineEnd : "")
    }
}

/// Cuts flat cells into rows under a header of `columns` names.
func table(from flat: [String], columns: Int) -> [[String]] {
    let usable = flat.count - flat.count % columns
    let rows = stride(from: 0, to: usable, by: columns).map { Array(flat[$0..<$0 + columns]) }
    return [(0..<columns).map { "column \($0)" }] + rows
}

struct CSVRoundTripTests {
    @Test func everyRecordKnowsThePhysicalLineItStartsOnWhateverMixOfPlainQuotedMultiLineAndBlankLines() async throws {
        await propertyCheck(
            count: 300, input: mostlyPlainCells.array(of: 2...200), Gen.int(in: 2...4), Gen.int(in: 0...31),
            Gen.int(in: 0...3).array(of: 0...20)
        ) { flat, columns, code, blanks in
            let rows = table(from: flat, columns: columns)
            let style = WritingStyle(code)
            let lineEnd = style.crlf ? "\r\n" : "\n"
            // Records with blank lines between some of them (blank lines count for line numbers, give no record).
            var text = ""
            var expected: [Int] = []
            for (index, row) in rows.enumerated() {
                if index > 0 {
                    text += lineEnd
                    if index - 1 < blanks.count { text += String(repeating: lineEnd, count: blanks[index - 1]) }
                }
                expected.append(text.utf8.filter { $0 == 0x0A }.count + 1)
                text += CSVFormatter.record(row, delimiter: style.delimiter, alwaysQuote: style.alwaysQuote)
            }
            if style.finalNewline { text += lineEnd }
            let path = try temporaryFile(Array(text.utf8))
            let read = try readAll(path)
            #expect(read.map(\.line) == expected, "\(style)")
            #expect(read.map(\.fields) == rows, "\(style)")
        }
    }

    @Test func anyTableWrittenWithAnyQuotingDelimiterAndLineEndReadsBackIdentical() async throws {
        await propertyCheck(count: 300, input: cells.array(of: 2...40), Gen.int(in: 2...4), Gen.int(in: 0...31)) { flat, columns, code in
            let expected = table(from: flat, columns: columns)
            let style = WritingStyle(code)
            let path = try temporaryFile(Array(style.write(expected).utf8))
            let read: [[String]] = try readAll(path).map(\.fields)
            #expect(read == expected, "\(style)")
        }
    }
}
