import Foundation
import Testing

@testable import FiveAim

/// The comparison's outputs: a deterministic tidy CSV, a self-contained HTML page, an xlsx with the CSV's numbers.
struct ComparisonWriterTests {
    static let csv = ComparisonCSVWriter.write(CompareFixture.comparison)

    @Test func theCSVHeaderIsTidyWithTheFunnelColumns() {
        #expect(
            Self.csv.prefix { $0 != "\n" } == """
                indicator,aim,unit,group,network,year,months,status,numerator,denominator,value,ci_low,ci_high,population,per_1000,\
                per_1000_low,per_1000_high,rank,change,centre,phi,tau2,adjusted,z_score,limit_95_low,limit_95_high,limit_998_low,\
                limit_998_high,outlier,extreme
                """)
    }

    @Test func theOutlierColumnHoldsOnlyBetterOrWorseAndExtremeSaysTheSide() {
        #expect(ComparisonTable.outlierCell(.better) == "better")
        #expect(ComparisonTable.outlierCell(.high) == "")
        #expect(ComparisonTable.outlierCell(nil) == "")
        #expect(ComparisonTable.extremeCell(.worse, zScore: -4.2) == "low")
        #expect(ComparisonTable.extremeCell(.better, zScore: 10.2) == "high")
        #expect(ComparisonTable.extremeCell(.high, zScore: 8.4) == "high")
        #expect(ComparisonTable.extremeCell(nil, zScore: 1.0) == "")
    }

    @Test func theCSVHasOneRowPerNetworkIndicatorAndYear() {
        let records = CompareFixture.records(Self.csv)
        let comparison = CompareFixture.comparison
        #expect(records.count == 1 + comparison.indicators.count * 33 * 3)
        let keys = records.dropFirst().map { "\($0[0]) \($0[4]) \($0[5])" }
        #expect(Set(keys).count == keys.count)
        #expect(records.allSatisfy { $0.count == ComparisonTable.columns.count })
        let sara = records.first { $0[0] == "outreach_share" && $0[4] == "SARA" && $0[5] == "2025" }!
        #expect(sara[3] == "adult" && sara[22] == "yes" && sara[28] == "better")
        let national = records.first { $0[0] == "outreach_share" && $0[4] == "BE" && $0[5] == "2025" }!
        #expect(national[3] == "" && national[23] == "" && national[28] == "")
    }

    @Test func theCSVIsTheSameByteForByteOnEveryRun() {
        let again = CompareFixture.engine.compare(CompareFixture.demo, request: ComparisonRequest(year: 2025))
        #expect(ComparisonCSVWriter.write(again) == Self.csv)
        var shuffled = CompareFixture.demo
        shuffled.activity.reverse()
        shuffled.waits?.reverse()
        let reordered = CompareFixture.engine.compare(shuffled, request: ComparisonRequest(year: 2025))
        #expect(ComparisonCSVWriter.write(reordered) == Self.csv)
    }

    @Test(arguments: Language.allCases)
    func theHTMLIsSelfContainedWithAFunnelPerProportionAndGroup(language: Language) throws {
        let html = ComparisonHTMLWriter.write(CompareFixture.comparison, texts: CompareFixture.texts, language: language)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let outside = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        for reference in ["http://", "https://", "<script", "<link", "src=", "@import", "url(http"] {
            #expect(!outside.contains(reference), "\(reference) in the \(language) page")
        }
        let comparison = CompareFixture.comparison
        let funnels = comparison.indicators.flatMap { indicator in comparison.groups.compactMap { indicator.panel($0, year: 2025)?.funnel }
        }
        #expect(funnels.count >= 30)
        #expect(html.components(separatedBy: "<figure><svg").count - 1 == funnels.count)
        #expect(html.contains(CompareFixture.texts.text(.title, language)))
        for planted in CompareFixture.planted { #expect(html.contains(">\(planted.network)</td>")) }
        #expect(html == ComparisonHTMLWriter.write(CompareFixture.comparison, texts: CompareFixture.texts, language: language))
    }

    @Test("the workbook's bytes depend only on the comparison and the creation time (SOURCE_DATE_EPOCH)")
    func theXLSXIsReproducible() throws {
        let folder = try TestSupport.temporaryFolder()
        func bytes(_ name: String, created: Int64) throws -> Data {
            let path = folder + "/" + name
            try ComparisonXLSXWriter.write(
                CompareFixture.comparison, texts: CompareFixture.texts, language: .nl, to: path, created: created)
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
        let first = try bytes("a.xlsx", created: 1_790_000_000)
        #expect(try bytes("b.xlsx", created: 1_790_000_000) == first)
        #expect(try bytes("c.xlsx", created: 1_790_086_400) != first)
    }

    @Test(.enabled(if: CompareFixture.executable("libreoffice") != nil, "needs libreoffice on PATH (Debian libreoffice-calc-nogui)"))
    func theXLSXOpensInLibreOfficeWithTheSameNumbersAsTheCSV() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder + "/compare-2025.xlsx"
        try ComparisonXLSXWriter.write(CompareFixture.comparison, texts: CompareFixture.texts, language: .fr, to: path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CompareFixture.executable("libreoffice")!)
        process.arguments = [
            "-env:UserInstallation=file://\(folder)/profile", "--headless", "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", folder + "/out", path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let expected = CompareFixture.records(Self.csv)
        let header = expected[0]
        for aim in 1...5 {
            let sheet = folder + "/out/compare-2025-\(CompareFixture.texts.text(.sheetAim, .fr, ["aim": String(aim)])).csv"
            let records = CompareFixture.records(try String(contentsOfFile: sheet, encoding: .utf8))
            #expect(records[1] == ComparisonXLSXWriter.columns)
            let rows = records.dropFirst(2).map { record in Array(record.prefix(1) + record.dropFirst(2)) }
            let wanted = expected.dropFirst().filter { $0[1] == String(aim) }
            #expect(rows.count == wanted.count, "aim \(aim)")
            for (row, reference) in zip(rows, wanted) {
                for (column, (cell, text)) in zip(row, reference).enumerated() {
                    if let number = Double(text) {
                        #expect(
                            Double(cell).map { abs($0 - number) <= 1e-9 * max(1, abs(number)) } == true,
                            "aim \(aim) \(reference[0]) \(reference[4]) \(reference[5]) \(header[column]): xlsx \(cell), csv \(text)")
                    } else {
                        #expect(cell == text, "aim \(aim) \(reference[0]) \(reference[4]) \(header[column])")
                    }
                }
            }
        }
    }

    @Test func theShippedTextsHaveEveryKeyInEveryLanguage() throws {
        let texts = try ComparisonTexts.load(exports: CompareFixture.exports)
        for language in Language.allCases {
            #expect(Set(texts.languages[language].map { Array($0.values.keys) } ?? []) == Set(CompareTextKey.allCases), "\(language)")
        }
        #expect(texts.text(.subtitle, .nl, ["year": "2025"]) == "Begeleidingscomité (art. 20) — jaar 2025")
    }

    @Test func aTextsFileWithAnUnknownKeyOrAMissingKeyIsRefusedWithItsPlace() {
        let source = """
            schema_version: 1
            language: en
            titel: a
            subtitle: [b]
            """
        #expect {
            try ComparisonTexts.parse(source, file: "texts.en.yaml", language: .en)
        } throws: { error in
            let messages = (error as! DiagnosticError).diagnostics.map { DiagnosticPrinter.format($0) }
            return messages.contains("texts.en.yaml:3:1: error: [FA4202] unknown key 'titel'; did you mean 'title'?")
                && messages.contains("texts.en.yaml:4:11: error: [FA4202] key 'subtitle': expected a text")
                && messages.contains("texts.en.yaml: error: [FA4202] missing key 'title'; every text needs a value in every language")
        }
    }
}
