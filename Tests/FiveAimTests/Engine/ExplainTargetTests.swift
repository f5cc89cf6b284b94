import Testing

@testable import FiveAim

/// `fiveaim explain` says who sets a target (issue 14: a target the texts do not set is the network's or the committee's,
/// never the convention's). It printed `target: ≤ 30.00` then `article: art. 5 §2 B i` for the median wait, a target the
/// convention does not set, so the article read as its source.
struct ExplainTargetTests {
    func explained(_ target: String) throws -> [String] {
        let test = CatalogueTargetTests()
        let (catalogue, problems) = test.load(CatalogueTargetTests.indicator(target: target))
        #expect(problems == [])
        let loaded = try #require(catalogue)
        let indicator = try #require(loaded.indicator("sessions"))
        return ExplainWriter.write(indicator, catalogue: loaded, language: .en).split(separator: "\n").map(String.init)
    }

    @Test func aNetworkOrCommitteeTargetIsSaidToBeTheirsNotTheConventions() throws {
        // min 0.8 written with two decimals, as explain writes every target.
        #expect(
            try explained("  min: 0.8\n  set_by: network\n").contains(
                "target:      ≥ 0.80 (the network's target; the convention sets no figure)"))
        #expect(
            try explained("  min: 1\n  set_by: committee\n").contains(
                "target:      ≥ 1.00 (the committee's target; the convention sets no figure)"))
    }

    @Test func aConventionTargetQuotesItsArticle() throws {
        #expect(
            try explained("  min: 10\n  set_by: convention\n  article: art. 5 §1 i\n")
                .contains("target:      ≥ 10.00 (the convention's, art. 5 §1 i)"))
    }
}
