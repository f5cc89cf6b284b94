import Foundation

/// An article reference of the convention's texts (`art. 8 §2 (avenant 2026, art. 1)`, as the catalogue, the rules and
/// the reference files write it, in French) in the words of the draft's language: `art.`, `convention` and `avenant`
/// from `article.*` of the texts file; numbers, paragraphs (§) and points stay as written.
extension ReportTexts {
    /// `article` with its words in this language, e.g. `Art. 8 §2 (Zusatzvereinbarung 2026, Art. 1)` in German.
    public func article(_ article: String) -> String {
        article.replacing(/\b(art\.|convention|avenant)(?=[\s,;)]|$)/) { match in
            switch match.output.1 {
            case "art.": self[.articleAbbreviation]
            case "convention": self[.articleConvention]
            default: self[.articleAmendment]
            }
        }
    }
}
