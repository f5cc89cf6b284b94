import Foundation
import Testing

@testable import FiveAimCSV

/// Writes `text` to a fresh temporary file and returns its path.
func temporaryFile(_ bytes: [UInt8], name: String = "table.csv") throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fiveaim-csv-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
}

/// Reads every record of a file as strings with their start lines.
func readAll(_ path: String, limits: CSVLimits = CSVLimits()) throws -> [(line: Int, fields: [String])] {
    var records: [(Int, [String])] = []
    try CSVReader(path: path, limits: limits).forEachRecord { records.append(($0.line, $0.strings)) }
    return records
}

/// Reads a file expected to fail and returns the error.
func readError(_ text: String, limits: CSVLimits = CSVLimits()) throws -> CSVReadError? {
    try readError(Array(text.utf8), limits: limits)
}

/// Reads bytes expected to fail and returns the error.
func readError(_ bytes: [UInt8], limits: CSVLimits = CSVLimits()) throws -> CSVReadError? {
    let path = try temporaryFile(bytes)
    do {
        _ = try readAll(path, limits: limits)
        return nil
    } catch let error as CSVReadError {
        return error
    }
}

struct CSVReaderTests {
    @Test func recordsKnowTheLineWhereTheyStartEvenAcrossQuotedNewlines() throws {
        let path = try temporaryFile(Array("a,b\n1,\"two\nlines\"\n\n3,4".utf8))
        let records = try readAll(path)
        #expect(records.map(\.line) == [1, 2, 5])
        #expect(records[1].fields == ["1", "two\nlines"])
        #expect(records[2].fields == ["3", "4"])
    }

    @Test(arguments: [("a;b\n1,5;2\n", CSVDelimiter.semicolon), ("a,b\n1;5,2\n", .comma), ("a\tb\n1\t2\n", .tab)])
    func theDelimiterComesFromTheHeader(text: String, expected: CSVDelimiter) throws {
        var found: CSVDelimiter?
        try CSVReader(path: try temporaryFile(Array(text.utf8))).forEachRecord { found = $0.delimiter }
        #expect(found == expected)
    }

    @Test func aByteOrderMarkAndCRLFAreAccepted() throws {
        let records = try readAll(try temporaryFile([0xEF, 0xBB, 0xBF] + Array("x,y\r\n1,2\r\n".utf8)))
        #expect(records.map(\.fields) == [["x", "y"], ["1", "2"]])
    }

    @Test func spacesAreKeptAndQuotedEmptyFieldsReadAsEmpty() throws {
        let records = try readAll(try temporaryFile(Array("x,y\n 1 ,\"\"\n".utf8)))
        #expect(records[1].fields == [" 1 ", ""])
    }

    @Test func invalidUTF8IsReportedWithLineByteColumnAndOffset() throws {
        let error = try readError(Array("a,b\n1,caf".utf8) + [0xE9] + Array("\n".utf8))
        #expect(error == CSVReadError(.invalidUTF8(byteOffset: 9), line: 2, column: 6))
    }

    @Test func aNulByteIsRefused() throws {
        let error = try readError(Array("a,b\n1,".utf8) + [0] + Array("\n".utf8))
        #expect(error == CSVReadError(.nulByte(byteOffset: 6), line: 2, column: 3))
    }

    @Test func aStrayQuoteIsRefusedAtItsColumn() throws {
        let error = try readError("a,b\n1,2\"x\n")
        #expect(error == CSVReadError(.malformedQuote, line: 2, column: 4))
    }

    @Test func anUnterminatedQuoteIsRefusedAtTheLineWhereTheRecordStarts() throws {
        let error = try readError("a,b\n1,2\n3,\"open\nmore\n")
        #expect(error == CSVReadError(.unterminatedQuote, line: 3, column: 0))
    }

    @Test(arguments: [
        ("", CSVReadError.Kind.emptyFile, 0), ("\n1,2\n", .emptyHeader, 1), ("abc\n1\n", .noDelimiter, 1),
        ("a,b;c\n", .mixedDelimiters([.comma, .semicolon]), 1),
    ])
    func headerProblemsAreNamed(text: String, kind: CSVReadError.Kind, line: Int) throws {
        let error = try readError(text)
        #expect(error?.kind == kind)
        #expect(error?.line == line)
    }

    @Test func aFieldOverTheLimitIsRefusedWithItsFieldNumber() throws {
        let error = try readError("a,b\n1," + String(repeating: "9", count: 70_000) + "\n")
        #expect(error == CSVReadError(.fieldTooLong(limit: 65_536), line: 2, column: 2))
    }

    @Test func aFieldOverTheLimitAmongPlainLinesIsRefusedWithItsOwnLine() throws {
        // Plain lines go to libcsv together: the failing record still names its own line, and a line over the limit
        // after plain ones is refused before parsing.
        let limits = CSVLimits(maxLineBytes: 1000, maxFieldBytes: 8)
        #expect(
            try readError("a,b\n1,2\n3,4\n5,123456789\n7,8\n", limits: limits) == CSVReadError(.fieldTooLong(limit: 8), line: 4, column: 2))
        let long = "a,b\n1,2\n3,4\n5," + String(repeating: "x", count: 2000) + "\n7,8\n"
        #expect(try readError(long, limits: limits) == CSVReadError(.lineTooLong(limit: 1000), line: 4, column: 0))
    }

    @Test func aLineOverTheLimitIsRefusedBeforeParsing() throws {
        let limits = CSVLimits(maxLineBytes: 1000)
        let error = try readError("a,b\n" + String(repeating: "x", count: 5000), limits: limits)
        #expect(error == CSVReadError(.lineTooLong(limit: 1000), line: 2, column: 0))
    }

    @Test func tooManyFieldsAreRefused() throws {
        let error = try readError("a,b\n" + Array(repeating: "1", count: 300).joined(separator: ",") + "\n")
        #expect(error?.kind == .tooManyFields(limit: 256))
    }

    @Test func messagesNeverContainTheOffendingBytes() throws {
        let error = try readError(Array("a,b\n1,SECRET".utf8) + [0xFF])
        #expect(error.map { !$0.message.contains("SECRET") } == true)
    }

    @Test func aCorruptedByteDeepInALargeFileIsFoundAtItsLineAndColumn() throws {
        var bytes = Array("network,month,pseudocode,age_band,bim,units\n".utf8)
        let row = Array("BRUMENTA,2025-01,726471,24-64,yes,1\n".utf8)
        for _ in 0..<50_000 { bytes += row }
        let line = 30_001
        let offset = 44 + (line - 2) * row.count + 10
        bytes[offset] = 0xC3
        bytes[offset + 1] = 0x28
        let error = try readError(bytes)
        #expect(error == CSVReadError(.invalidUTF8(byteOffset: offset), line: line, column: 11))
    }

    @Test func aNulByteAfterManyGoodRowsIsFoundAtItsLine() throws {
        var bytes = Array("network,month,pseudocode,age_band,bim,units\n".utf8)
        for _ in 0..<10_000 { bytes += Array("BRUMENTA,2025-01,726471,24-64,yes,1\n".utf8) }
        bytes += [0x31, 0x00, 0x0A]
        let error = try readError(bytes)
        #expect(error == CSVReadError(.nulByte(byteOffset: bytes.count - 2), line: 10_002, column: 2))
    }
}
