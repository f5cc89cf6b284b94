import Foundation
import Testing

@testable import FiveAim

/// Article references are written in French in the catalogue, the rules and the reference files; a Dutch or German
/// draft shows them in its own words.
@Suite struct ReportArticleWordsTests {
    @Test(arguments: [
        (Language.fr, "art. 8 §2 (avenant 2026, art. 1)"),
        (Language.nl, "art. 8 §2 (wijzigingsclausule 2026, art. 1)"),
        (Language.de, "Art. 8 §2 (Zusatzvereinbarung 2026, Art. 1)"),
    ])
    func anArticleReadsInTheDraftsLanguage(_ language: Language, _ expected: String) throws {
        let texts = try #require(ReportFixture.resources.texts[language])
        #expect(texts.article("art. 8 §2 (avenant 2026, art. 1)") == expected)
        #expect(texts.article("art. 14 §2 10° b") == expected.prefix(4) + " 14 §2 10° b")
    }

    @Test func wordsInsideOtherWordsAreLeftAlone() throws {
        let texts = try #require(ReportFixture.resources.texts[.de])
        #expect(texts.article("conventions; avenants; part. 3") == "conventions; avenants; part. 3")
        #expect(texts.article("art. 8 §2 (convention 2024)") == "Art. 8 §2 (Vereinbarung 2024)")
    }

    @Test(arguments: [Language.nl, .de])
    func aDraftOutsideFrenchShowsNoFrenchArticleWord(_ language: Language) throws {
        var report = ReportFixture.report("COM-GER", language)
        report.setChartSources { _ in "chart.svg" }
        let text = ReportFixture.renderer.render(report, format: .md)
        #expect(!text.contains("avenant 2026"))
        #expect(!text.contains("(convention 2024)"))
    }
}
