import Foundation
import Testing
import ZIPFoundation

@testable import FiveAim

/// The Word draft's layout: a table of contents that fills itself, one caption per figure and per table, tables whose
/// figures fit their columns.
struct ReportDocxLayoutTests {
    static let canConvert = DocxConverter.isAvailable

    /// The French draft of BRUMENTA as a .docx: its settings.xml and document.xml.
    static let parts: (settings: String, document: String)? = {
        guard canConvert, let folder = try? TestSupport.temporaryFolder() else { return nil }
        let request = ReportRequest(
            networks: [ReportFixture.demo.networks.first { $0.code == "BRUMENTA" }!], year: ReportFixture.year,
            languages: [.fr], formats: [.docx], disclosure: DisclosurePolicy(audience: .network), directory: folder)
        guard
            let written = try? ReportBatch.write(
                ReportFixture.demo, catalogue: ReportFixture.catalogue, resources: ReportFixture.resources, request: request),
            let archive = try? Archive(url: URL(fileURLWithPath: written[0]), accessMode: .read)
        else { return nil }
        func text(_ path: String) -> String {
            guard let entry = archive[path] else { return "" }
            var data = Data()
            _ = try? archive.extract(entry) { data.append($0) }
            return String(decoding: data, as: UTF8.self)
        }
        return (text("word/settings.xml"), text("word/document.xml"))
    }()

    /// The paragraphs and tables of the body, in order: a paragraph's style (or `-`), `table` for a table.
    static func blocks(_ document: String) -> [(kind: String, xml: String)] {
        let pattern = try! NSRegularExpression(pattern: #"<w:tbl>.*?</w:tbl>|<w:p>.*?</w:p>"#, options: [.dotMatchesLineSeparators])
        let text = document as NSString
        return pattern.matches(in: document, range: NSRange(location: 0, length: text.length)).map { match in
            let xml = text.substring(with: match.range)
            if xml.hasPrefix("<w:tbl>") { return ("table", xml) }
            let style = xml.range(of: #"<w:pStyle w:val="[^"]+""#, options: .regularExpression).map {
                String(xml[$0].dropFirst("<w:pStyle w:val=\"".count).dropLast())
            }
            return (style ?? "-", xml)
        }
    }

    @Test(.enabled(if: canConvert, "needs pandoc and rsvg-convert"))
    func theTableOfContentsIsFilledAndWordIsAskedToUpdateItOnOpening() throws {
        let (settings, document) = try #require(Self.parts)
        #expect(settings.contains("<w:updateFields w:val=\"true\" />"))
        #expect(try isWellFormedXML(settings))
        #expect(try isWellFormedXML(document))
        let styles = Self.blocks(document).map(\.kind)
        let headings = styles.filter { $0 == "Heading1" || $0 == "Heading2" }
        #expect(headings.count > 10)
        // One linked entry per heading, at its level, between the field's separator and its end.
        #expect(styles.filter { $0 == "TOC1" }.count == styles.filter { $0 == "Heading1" }.count)
        #expect(styles.filter { $0 == "TOC2" }.count == styles.filter { $0 == "Heading2" }.count)
        let field = try #require(document.range(of: "TOC \\o"))
        let end = try #require(document.range(of: "<w:fldChar w:fldCharType=\"end\" />", range: field.upperBound..<document.endIndex))
        #expect(document[field.upperBound..<end.lowerBound].components(separatedBy: "<w:hyperlink w:anchor=").count - 1 == headings.count)
    }

    @Test(.enabled(if: canConvert, "needs pandoc and rsvg-convert"))
    func everyFigureAndTableHasOneCaptionRightAboveIt() throws {
        let (_, document) = try #require(Self.parts)
        let blocks = Self.blocks(document)
        let figures = blocks.filter { $0.xml.contains("<w:drawing>") }.count
        let tables = blocks.filter { $0.kind == "table" }.count
        let captions = blocks.filter { $0.kind == "ImageCaption" || $0.kind == "TableCaption" || $0.kind == "Caption" }
        #expect(figures >= 5 && tables >= 8)
        #expect(captions.count == figures + tables)
        for (index, block) in blocks.enumerated() where block.kind == "ImageCaption" || block.kind == "TableCaption" {
            let next = blocks[index + 1]
            if block.kind == "ImageCaption" {
                #expect(next.xml.contains("<w:drawing>"), "a figure caption stands right above its figure")
            } else {
                #expect(next.kind == "table", "a table caption stands right above its table")
            }
        }
    }

    @Test func theChartDrawsNoTitleWhenTheCaptionCarriesIt() throws {
        let report = ReportFixture.report("BRUMENTA", .fr)
        let charts = report.aims.flatMap(\.section.charts) + report.waits.charts + report.groups.charts + report.budget.charts
        #expect(charts.count >= 4)
        for chart in charts {
            let title = ">" + SVGCanvas.escape(chart.title) + "</text>"
            #expect(chart.svg.contains(title), "the chart draws its title in HTML")
            let word = DocxLayout.chartWithoutTitle(chart.svg, title: chart.title)
            #expect(!word.contains(title), "\(chart.id)")
            #expect(word.contains("viewBox=\"0 18 "))
            #expect(try isWellFormedXML(word))
        }
    }

    @Test func numericColumnsHoldTheirWidestFigureOnOneLineAndTheTableFillsThePage() {
        let header = ["Indicateur", "2025", "2024", "Belgique 2025", "Objectif", "IC 95 %"]
        // Figures hold no breakable space (U+00A0 inside); the indicator's name and the objective's note do.
        let cells = [
            [
                "Dépenses nettes de soins", "4\u{A0}847\u{A0}543,72\u{A0}€", "2\u{A0}492\u{A0}675,37\u{A0}€",
                "144\u{A0}521\u{A0}041,14\u{A0}€", "", "",
            ],
            [
                "Frais de l’hôpital pour la charge administrative (centre de frais 727230)", "22\u{A0}997,85\u{A0}€",
                "22\u{A0}259,58\u{A0}€", "822\u{A0}371,13\u{A0}€", "≤\u{A0}30\u{A0}000,00\u{A0}€ (convention, art. 14 §2 7°)", "",
            ],
            [
                "Part de la fonction 3 dans les séances individuelles", "35,7\u{A0}%", "36,7\u{A0}%", "41,1\u{A0}%", "",
                "35,3\u{A0}%\u{A0}– 36,2\u{A0}%",
            ],
        ]
        let numeric = [false, true, true, true, true, true]
        let widths = DocxLayout.columnWidths(header: header, rows: cells, numeric: numeric, available: DocxLayout.textWidth)
        #expect(abs(widths.reduce(0, +) - DocxLayout.textWidth) < 0.01)
        for column in 1...3 {
            let widest = cells.map { DocxLayout.textWidth($0[column]) }.max()!
            #expect(widths[column] >= widest + DocxLayout.cellPadding - 0.01, "column \(header[column])")
        }
        #expect(widths[4] >= DocxLayout.textWidth("≤\u{A0}30\u{A0}000,00\u{A0}€") + DocxLayout.cellPadding - 0.01)
        #expect(widths[5] >= DocxLayout.textWidth("35,3\u{A0}%\u{A0}–") + DocxLayout.cellPadding - 0.01)
        #expect(widths[0] > widths[1], "the names take the room left")
    }

    @Test func theAlignmentRowCarriesTheWidthsAndOnlyTheTablesChange() {
        let markdown = """
            Texte | avec une barre.

            | Fonction | Séances individuelles | Participations aux groupes |
            |:--------------------------------------------|------------:|------------:|
            | Fonction 2 — soutien psychologique | 30\u{A0}665 | 1\u{A0}121 |
            | Total | 1,6\u{A0}% – 1,9\u{A0}% | 2\u{A0}492\u{A0}675,37\u{A0}€ |

            Table: Séances

            """
        let fitted = DocxLayout.fittingTables(markdown)
        let lines = fitted.components(separatedBy: "\n")
        #expect(lines[0] == "Texte | avec une barre.")
        #expect(lines[2] == "| Fonction | Séances individuelles | Participations aux groupes |")
        let alignment = lines[3].dropFirst().dropLast().split(separator: "|").map(String.init)
        #expect(alignment.count == 3 && alignment[0].hasPrefix(":-") && alignment[1].hasSuffix("-:") && alignment[2].hasSuffix("-:"))
        #expect(alignment.map(\.count).reduce(0, +) > 72, "wider than pandoc's 72 columns: pandoc uses the relative widths")
        let widths = DocxLayout.columnWidths(
            header: ["Fonction", "Séances individuelles", "Participations aux groupes"],
            rows: [
                ["Fonction 2 — soutien psychologique", "30\u{A0}665", "1\u{A0}121"],
                ["Total", "1,6\u{A0}%\u{A0}– 1,9\u{A0}%", "2\u{A0}492\u{A0}675,37\u{A0}€"],
            ], numeric: [false, true, true], available: DocxLayout.textWidth)
        for (cell, width) in zip(alignment, widths) {
            #expect(abs(Double(cell.count - 1) / Double(DocxLayout.dashes) - width / DocxLayout.textWidth) < 0.01)
        }
        #expect(
            lines[5] == "| Total | 1,6\u{A0}%\u{A0}– 1,9\u{A0}% | 2\u{A0}492\u{A0}675,37\u{A0}€ |", "the interval breaks after its dash")
        #expect(lines[7] == "Table: Séances")
    }

    @Test func settingsGetUpdateFieldsOnceBeforeTheFootnoteProperties() {
        let settings = "<w:settings><w:zoom w:percent=\"100\" /><w:footnotePr><w:footnote w:id=\"-1\" /></w:footnotePr></w:settings>"
        let updated = DocxLayout.updatingFields(settings)
        #expect(
            updated
                == "<w:settings><w:zoom w:percent=\"100\" /><w:updateFields w:val=\"true\" /><w:footnotePr><w:footnote w:id=\"-1\" /></w:footnotePr></w:settings>"
        )
        #expect(DocxLayout.updatingFields(updated) == updated)
        #expect(DocxLayout.updatingFields("<w:settings></w:settings>") == "<w:settings><w:updateFields w:val=\"true\" /></w:settings>")
    }
}
