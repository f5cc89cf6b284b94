import Foundation
import Testing

@testable import FiveAim

/// Dates in words follow each language's texts: `1er mai` in French, `12 mei` in Dutch, `12. Mai` in German.
@Suite struct ReportDateTests {
    @Test(arguments: [
        (Language.fr, "1er mai 2026", "12 mai 2026"),
        (Language.nl, "1 mei 2026", "12 mei 2026"),
        (Language.de, "1. Mai 2026", "12. Mai 2026"),
    ])
    func aDateReadsAsItsLanguageWritesIt(_ language: Language, _ first: String, _ twelfth: String) throws {
        let format = try #require(ReportFixture.resources.texts[language]).format
        #expect(format.date(year: 2026, month: 5, day: 1) == first)
        #expect(format.date(year: 2026, month: 5, day: 12) == twelfth)
    }
}
