import Foundation
import Testing

@testable import FiveAim
@testable import FiveAimDemo

/// A draft of a year that is not over compares it with the same months of the year before; ratios keep two decimals; the
/// annex writes each calculation in the draft's language.
struct ReportPartialYearTests {
    /// A demo ending in November 2026: the 2026 draft covers January–November.
    static let november: Dataset = {
        do {
            let folder = try TestSupport.temporaryFolder() + "/demo-november"
            _ = try DemoDataset.write(
                to: folder, reference: EngineFixture.reference, options: DemoOptions(until: YearMonth(year: 2026, month: 11)))
            let options = DatasetReadOptions(problemLimit: 50, runMonth: YearMonth(year: 2026, month: 12))
            return try DatasetReader.read(directory: folder, reference: EngineFixture.reference, options: options)
        } catch { fatalError("demo to November: \(error)") }
    }()

    static let policy = DisclosurePolicy(audience: .network)

    static func figures(_ year: Int) -> ReportFigures {
        ReportFigures.compute(november, catalogue: ReportFixture.catalogue, year: year, disclosure: policy, language: .en)
    }

    static let partial = figures(2026)
    static let januaryToNovember2025 = ReportPeriod(
        first: YearMonth(year: 2025, month: 1), last: YearMonth(year: 2025, month: 11))

    static func report(_ figures: ReportFigures, _ language: Language, network: String = "BRUMENTA") -> AnnualReport {
        let composer = AnnualReportComposer(
            texts: ReportFixture.resources.texts[language]!, figures: figures, dataMonths: november.monthsCovered,
            runMonth: TestSupport.runMonth)
        return composer.compose(november.networks.first { $0.code == network }!)
    }

    @Test func aYearEndingInNovemberIsComparedWithJanuaryToNovemberOfTheYearBefore() throws {
        let figures = Self.partial
        #expect(figures.previousPeriod == Self.januaryToNovember2025)
        let engine = IndicatorEngine(catalogue: ReportFixture.catalogue)
        let matched = engine.report(
            Self.november, request: IndicatorRequest(periods: [Self.januaryToNovember2025], disclosure: Self.policy))
        let whole = engine.report(Self.november, request: IndicatorRequest(periods: [.year(2025)], disclosure: Self.policy))
        var differing = 0
        for id in ["individual_sessions", "outreach_share", "wait_within_30d", "group_participation_share", "support_mission_hours"] {
            for network in ["BRUMENTA", "EA-ANT", Network.nationalCode] {
                let expected = try #require(matched.results.first { $0.indicator == id && $0.network == network })
                let shown = try #require(figures.previous(id, network))
                #expect(shown.value == expected.value, "\(id) \(network)")
                #expect(shown.numerator == expected.numerator, "\(id) \(network)")
                let year = try #require(whole.results.first { $0.indicator == id && $0.network == network })
                if year.numerator != expected.numerator { differing += 1 }
            }
        }
        #expect(differing > 0, "December 2025 has activity, so the whole year differs from January–November")
    }

    @Test func aFigureOfAYearlyTableSaysItCannotBeMatchedToTheMonths() throws {
        let previous = try #require(Self.partial.previous("reach_per_1000", "BRUMENTA"))
        #expect(previous.status == .notAvailable)
        guard case .yearlyTable(_, let period) = previous.reason else {
            Issue.record("reason \(String(describing: previous.reason))")
            return
        }
        #expect(period == Self.januaryToNovember2025)
        let report = Self.report(Self.partial, .fr)
        let notes = report.aims.flatMap(\.section.tables).flatMap(\.notes).map(\.text)
        #expect(notes.contains("chiffre annuel (table « beneficiaries ») : il ne peut pas être limité aux mêmes mois (janv.–nov.)"))
        let dutch = Self.report(Self.partial, .nl).aims.flatMap(\.section.tables).flatMap(\.notes).map(\.text)
        #expect(dutch.contains("jaarcijfer (tabel ‘beneficiaries’): het kan niet tot dezelfde maanden (jan.–nov.) worden beperkt"))
    }

    @Test(arguments: [(Language.fr, "2025 (janv.–nov.)"), (.nl, "2025 (jan.–nov.)")])
    func theHeaderOfThePreviousYearNamesTheMonthsCompared(language: Language, header: String) {
        let report = Self.report(Self.partial, language)
        let tables = report.aims.flatMap(\.section.tables) + report.outreach.tables + report.budget.tables.filter { $0.id == "spending" }
        #expect(!tables.isEmpty)
        for table in tables {
            #expect(table.columns.contains { $0.label.hasSuffix(header) }, "\(table.id): \(table.columns.map(\.label))")
        }
        let allocation = report.budget.tables.first { $0.id == "allocation" }
        #expect(allocation?.columns.map(\.label).contains("2025") == true, "the yearly allocation stays the whole year's")
        let trend = report.summary.prefix(5).map(\.plain)
        #expect(trend.contains { $0.contains(header) })
        #expect(report.headings.aimsIntro.contains(header), "the sentence before the tables names the months too")
    }

    @Test func aFullYearIsStillComparedWithTheWholeYearBefore() throws {
        let figures = Self.figures(2025)
        #expect(figures.previousPeriod == .year(2024))
        #expect(!figures.previousIsMonthMatched)
        for id in ["individual_sessions", "reach_per_1000"] {
            #expect(figures.previous(id, "BRUMENTA") == figures.result(id, network: "BRUMENTA", period: .year(2024)))
        }
        let report = Self.report(figures, .fr)
        #expect(report.aims[0].section.tables[0].columns.map(\.label).prefix(3) == ["Indicateur", "2025", "2024"])
    }

    @Test func theMatchedMonthsAreTheYearsMonthsWithData() {
        func months(_ first: Int, _ last: Int) -> ClosedRange<YearMonth> {
            YearMonth(year: 2026, month: first)...YearMonth(year: 2026, month: last)
        }
        #expect(ReportFigures.matchedPreviousPeriod(year: 2026, covered: months(1, 12)) == .year(2025))
        #expect(ReportFigures.matchedPreviousPeriod(year: 2026, covered: nil) == .year(2025))
        #expect(
            ReportFigures.matchedPreviousPeriod(year: 2026, covered: months(1, 3))
                == ReportPeriod(first: YearMonth(year: 2025, month: 1), last: YearMonth(year: 2025, month: 3)))
        #expect(
            ReportFigures.matchedPreviousPeriod(year: 2024, covered: YearMonth(year: 2024, month: 4)...YearMonth(year: 2024, month: 12))
                == ReportPeriod(first: YearMonth(year: 2023, month: 4), last: YearMonth(year: 2023, month: 12)))
    }
}

/// Ratios are written with two decimals, their intervals too, so that a ratio near 1 never reads `1,0 – 1,0`.
struct ReportRatioDecimalsTests {
    @Test(arguments: [Language.fr, .nl])
    func theEquityRatioAndItsIntervalHaveTwoDecimals(language: Language) throws {
        let report = ReportFixture.report("BRUMENTA", language)
        let title = try #require(ReportFixture.catalogue.indicator("bim_equity_ratio")).title.text(in: language)
        let row = try #require(report.aims.flatMap(\.section.tables).flatMap(\.rows).first { $0.cells[0].text == title })
        #expect(row.cells[1].text.wholeMatch(of: /\d+,\d\d/) != nil, "value \(row.cells[1].text)")
        #expect(row.cells[5].text.wholeMatch(of: /\d+,\d\d – \d+,\d\d/) != nil, "interval \(row.cells[5].text)")
        #expect(row.cells[4].text.hasPrefix("≥\u{A0}1,00") || row.cells[4].text.hasPrefix("≥ 1,00"), "target \(row.cells[4].text)")
    }

    @Test func everyRatioThatIsNotAShareOfEurosHasTwoDecimalsFromItsUnit() {
        let figure = FigureText(
            texts: ReportFixture.resources.texts[.fr]!, catalogue: ReportFixture.catalogue,
            disclosure: DisclosurePolicy(audience: .network))
        let ratios = ReportFixture.catalogue.indicators.filter {
            $0.unit == .ratio && !($0.numerator.measure.quantity == .money && $0.denominator?.measure.quantity == .money)
        }
        #expect(ratios.contains { $0.id == "bim_equity_ratio" } && ratios.count > 3)
        for ratio in ratios { #expect(figure.number(0.996, ratio.id) == "1,00", "\(ratio.id)") }
        #expect(figure.number(0.996, "care_budget_use") == "99,6\u{A0}%", "a share of euros stays a percentage")
        #expect(figure.number(12.34, "reach_per_1000") == "12,3", "a rate keeps one decimal")
    }
}

/// The annex writes each calculation in words of the draft's language, never the catalogue's machine formula.
struct ReportAnnexWordsTests {
    @Test(arguments: [Language.fr, .nl])
    func noAnnexLineShowsATableDotColumnOrBrackets(language: Language) throws {
        let report = ReportFixture.report("BRUMENTA", language)
        #expect(report.annex.count == ReportFixture.catalogue.indicators.count)
        let markdown = ReportFixture.renderer.render(report, format: .md)
        let rules = report.annex.map(\.rule)
        for rule in rules {
            #expect(!rule.contains("["), "\(rule)")
            #expect(!rule.contains("Σ") && !rule.contains("distinct "), "\(rule)")
            #expect(rule.firstMatch(of: /[a-z_]+\.[a-z_]+/) == nil, "\(rule)")
            #expect(markdown.contains(MarkdownContentType().escapeText(rule)), "the draft shows \(rule)")
        }
    }

    @Test func theEquityRatioReadsInFrenchAndDutch() throws {
        let definition = try #require(ReportFixture.catalogue.indicator("bim_equity_ratio"))
        let french = CalculationWords(catalogue: ReportFixture.catalogue, language: .fr).formula(definition)
        #expect(
            french
                == "(bénéficiaires distincts de la table « beneficiaries » (fonction : toutes ; intervention majorée : oui) ÷ "
                + "bénéficiaires distincts de la table « beneficiaries » (fonction : toutes ; intervention majorée : oui, non)) ÷ "
                + "(somme des habitants bénéficiant de l’intervention majorée de la table « population » ÷ "
                + "somme des habitants de la table « population »)")
        let dutch = CalculationWords(catalogue: ReportFixture.catalogue, language: .nl).formula(definition)
        #expect(
            dutch
                == "(afzonderlijke rechthebbenden uit de tabel ‘beneficiaries’ (functie: alle; verhoogde tegemoetkoming: ja) ÷ "
                + "afzonderlijke rechthebbenden uit de tabel ‘beneficiaries’ (functie: alle; verhoogde tegemoetkoming: ja, nee)) ÷ "
                + "(som van de inwoners met verhoogde tegemoetkoming uit de tabel ‘population’ ÷ "
                + "som van de inwoners uit de tabel ‘population’)")
    }

    @Test func aCodeSetIsNamedByItsLabelInTheLanguage() throws {
        let definition = try #require(ReportFixture.catalogue.indicator("outreach_share"))
        let french = CalculationWords(catalogue: ReportFixture.catalogue, language: .fr).formula(definition)
        let label = try #require(ReportFixture.catalogue.codeSets["outreach_individual"]).label.text(in: .fr)
        #expect(french.contains("codes : " + label), "\(french)")
    }
}
