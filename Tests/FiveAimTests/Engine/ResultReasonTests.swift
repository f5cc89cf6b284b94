import Foundation
import Testing

@testable import FiveAim

/// Why a figure is missing or hidden is a typed value (`ResultReason`) that every output writes in its own words from
/// the language files, never English text parsed back.
struct ResultReasonTests {
    /// The English words of every reason, as `indicators --format json` and `table` print them.
    static let english: [ResultReason: String] = [
        .missingTable(.waits): "missing table waits",
        .yearlyTable(.population, period: .year(2025)): "table population is yearly; the period 2025 is not a calendar year",
        .noNetworkRows(network: "NETA", table: .beneficiaries, period: .year(2025)):
            "no rows for network NETA in table beneficiaries for 2025",
        .noNationalRows(.beneficiaries, period: .year(2025)):
            "no national (BE) rows in table beneficiaries for 2025; distinct people are never summed across networks",
        .noRows(.budget, period: .year(2025)): "no rows in table budget for 2025",
        .noTariffs(year: 2023): "no tariffs for 2023 or an earlier year",
        .noTariff(pseudocode: 727031, tariffYear: 2025): "no tariff for pseudocode 727031 in the tariffs of 2025",
        .noGroupCode(.support): "no psychologist group code for function 2 in Annex 1",
        .noKnownWait: "no first sessions with a known wait",
        .zeroDenominator: "denominator is 0",
        .zeroReferenceShare: "reference share is 0",
        .censoredMedian: "the median lies in the 91+ bucket; shown as 91",
        .smallCell(threshold: 5): "small cell: a count from 1 to 4",
        .complementarySuppression:
            "complementary suppression: the BE figure and the network figures would narrow a suppressed figure",
    ]

    @Test func theExamplesCoverEveryReasonOnce() {
        #expect(Set(ResultReason.examples.map(\.key)).count == ResultReason.examples.count)
        #expect(Set(ResultReason.examples) == Set(Self.english.keys))
    }

    @Test func everyReasonReadsInEnglishAsTheEngineWroteItBefore() {
        for reason in ResultReason.examples {
            #expect(TestSupport.reasons.text(reason) == Self.english[reason], "\(reason)")
        }
    }

    @Test(arguments: Language.allCases)
    func everyReasonHasAFilledTextInEachLanguageFile(language: Language) throws {
        let texts = try ReasonTexts.load(catalogFolder: TestSupport.catalog, language: language)
        for reason in ResultReason.examples {
            let text = texts.text(reason)
            #expect(!text.isEmpty && !text.contains("{") && !text.contains("}"), "\(language) \(reason): \(text)")
            for value in reason.parameters.values { #expect(text.contains(value), "\(language) \(reason): \(text)") }
            #expect(texts.notEvaluated(reason).contains(text))
        }
        if language != .en {
            let english = TestSupport.reasons
            #expect(ResultReason.examples.allSatisfy { texts.text($0) != english.text($0) }, "every text translated")
        }
    }

    @Test func resultNotesReadInEnglishAsTheEngineWroteThemBefore() {
        let english = TestSupport.reasons
        #expect(
            english.text(ResultNote.servicesFromApril2024)
                == "2024 figures cover April–December: function 1–3 codes start in April 2024 (art. 21 transition until 31 March 2024; art. 14 applies from 1 January 2024)"
        )
        #expect(
            english.text(ResultNote.pricedAtEarlierTariffs(year: 2025, tariffYear: 2024))
                == "2025 priced at 2024 tariffs: no 2025 tariffs shipped or supplied (art. 17)")
        #expect(
            english.text(ResultNote.twoPsychologistSessionsNotReported)
                == "two-psychologist group sessions not reported (group_sessions has no sessions_two_psychologists): one group fee per session (art. 15 §2 3°)"
        )
    }

    @Test(arguments: Language.allCases)
    func everyResultNoteHasAFilledTextInEachLanguageFile(language: Language) throws {
        let texts = try ReasonTexts.load(catalogFolder: TestSupport.catalog, language: language)
        #expect(Set(ResultNote.examples.map(\.key)).count == 3)
        for note in ResultNote.examples {
            let text = texts.text(note)
            #expect(!text.isEmpty && !text.contains("{") && !text.contains("}"), "\(language) \(note): \(text)")
            for value in note.parameters.values { #expect(text.contains(value), "\(language) \(note): \(text)") }
            if language != .en { #expect(text != TestSupport.reasons.text(note), "\(language) \(note) translated") }
        }
    }

    @Test(arguments: [Language.fr, .nl])
    func everyReasonHasItsOwnFootnoteInTheReport(language: Language) {
        let texts = ReportFixture.resources.texts[language]!
        let figure = FigureText(texts: texts, catalogue: ReportFixture.catalogue, disclosure: DisclosurePolicy(audience: .committee))
        let other = TextPattern.pieces(texts[.reasonOther]).first
        for reason in ResultReason.examples {
            let text = figure.reason(reason, period: .year(2025))
            #expect(!text.isEmpty && !text.contains("{"), "\(language) \(reason): \(text)")
            if case .text(let start)? = other { #expect(!text.hasPrefix(start), "\(language) \(reason) falls back to reason.other") }
        }
        #expect(figure.reason(.smallCell(threshold: 7), period: .year(2025)) == texts.text(.reasonSmallCell, ["max": "6"]))
        #expect(
            figure.reason(.noTariff(pseudocode: 727031, tariffYear: 2025), period: .year(2025))
                == texts.text(.reasonNoTariff, ["pseudocode": "727031", "tariff_year": "2025"]))
    }

    @Test func aMissingTableReasonSurvivesDisclosureAndSuppressionSaysWhy() {
        let engine = IndicatorEngine(catalogue: EngineFixture.catalogue)
        let computed = engine.evaluate(EngineFixture.small, periods: [.year(2025)])
        let published = Disclosure.apply(computed, catalogue: EngineFixture.catalogue, policy: DisclosurePolicy(audience: .committee))
        #expect(published.count == computed.count)
        let missing = published.filter { $0.indicator == "operating_budget_use" }
        #expect(!missing.isEmpty && missing.allSatisfy { $0.status == .notAvailable && $0.reason == .missingTable(.operatingCosts) })
        for (before, after) in zip(computed, published) where before.status == .notAvailable {
            #expect(after.reason == before.reason, "\(after.indicator) \(after.network)")
        }
        let suppressed = published.filter { $0.status == .suppressed }
        #expect(suppressed.contains { $0.reason == .smallCell(threshold: 5) })
        #expect(suppressed.allSatisfy { $0.reason == .smallCell(threshold: 5) || $0.reason == .complementarySuppression })
        let json = IndicatorJSONWriter.write(
            IndicatorReport(
                results: missing, schemaVersion: 1, periods: [.year(2025)], disclosure: DisclosurePolicy(audience: .committee),
                tables: []),
            reasons: TestSupport.reasons)
        #expect(json.contains("\"reason\": \"missing table operating_costs\""))
    }

    @Test func reasonTextsRefuseUnknownAndMissingKeysWithTheirLines() throws {
        let folder = try TestSupport.temporaryFolder()
        let english = try String(contentsOfFile: ReasonTexts.path(catalogFolder: TestSupport.catalog, language: .en), encoding: .utf8)
        let broken = english.replacingOccurrences(of: "\n  zero_denominator:", with: "\n  zero_denominatr:")
        let path = ReasonTexts.path(catalogFolder: folder, language: .en)
        try broken.write(toFile: path, atomically: true, encoding: .utf8)
        let lines = broken.components(separatedBy: "\n")
        let line = lines.firstIndex { $0.hasPrefix("  zero_denominatr:") }! + 1
        let parent = lines.firstIndex { $0.hasPrefix("reason:") }! + 1
        #expect {
            try ReasonTexts.load(catalogFolder: folder, language: .en)
        } throws: { error in
            let description = (error as? DiagnosticError)?.description ?? ""
            return description.contains(
                "\(path):\(line):3: error: [FA1005] unknown key 'reason.zero_denominatr'; did you mean 'zero_denominator'?")
                && description.contains(
                    "\(path):\(parent):1: error: [FA1005] missing key 'reason.zero_denominator'; every text needs a value in every language"
                )
        }
    }
}
