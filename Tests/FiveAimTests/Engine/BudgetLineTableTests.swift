import Foundation
import Testing

@testable import FiveAim

/// The budget lines of art. 14 year by year (`Indicators/reference/budget_lines.csv`), checked against the seed texts:
/// art. 14 §1 of the 2024 convention and art. 14 as replaced by the 2026 amendment (art. 2).
struct BudgetLineTableTests {
    static let table = TestSupport.reference.budgetLines

    @Test func eachYearHasTheLinesOfItsText() {
        // 2024 convention, art. 14 §1: a) base care; b) a. trainee sessions, b. outreach (art. 8 §2), c. eating disorders
        // (E&A networks), d. prisons; c) operating. No provider recruitment, no training part.
        let lines2024: [BudgetLine] = [.careBase, .traineeSessions, .art8Outreach, .eatingDisorders, .prisons, .operating]
        #expect(Self.table.lines(in: 2024) == lines2024)
        #expect(Self.table.lines(in: 2025) == lines2024)
        // 2026 amendment, art. 2: a) base care; b) a. art. 8, b. eating disorders, c. prisons, d. provider contracting;
        // c) operating, of which training modules "pour 2026 ... à titre unique".
        #expect(
            Self.table.lines(in: 2026) == [
                .careBase, .art8Outreach, .eatingDisorders, .prisons, .providerRecruitment, .operating, .training,
            ])
        #expect(Self.table.lines(in: 2027) == [.careBase, .art8Outreach, .eatingDisorders, .prisons, .providerRecruitment, .operating])
        // An adult network has no eating-disorders line in any year.
        #expect(!Self.table.lines(in: 2024, for: .adult).contains(.eatingDisorders))
        #expect(!Self.table.lines(in: 2026, for: .all).contains(.eatingDisorders))
        #expect(Self.table.lines(in: 2026, for: .child).contains(.eatingDisorders))
    }

    @Test func everyPeriodQuotesTheArticleOfItsText() {
        #expect(Self.table.period(.traineeSessions, in: 2024)?.article.hasPrefix("art. 14 §1 b) a.") == true)
        #expect(Self.table.period(.providerRecruitment, in: 2026)?.article == "art. 14 §1 b) d. (avenant 2026, art. 2)")
        // The letters move with the 2026 text: eating disorders are b c. in 2024 and b b. in 2026; prisons b d. then b c.
        #expect(Self.table.period(.eatingDisorders, in: 2025)?.article.hasPrefix("art. 14 §1 b) c.") == true)
        #expect(Self.table.period(.eatingDisorders, in: 2026)?.article.hasPrefix("art. 14 §1 b) b.") == true)
        #expect(Self.table.period(.prisons, in: 2024)?.article.hasPrefix("art. 14 §1 b) d.") == true)
        #expect(Self.table.period(.prisons, in: 2026)?.article.hasPrefix("art. 14 §1 b) c.") == true)
        for period in Self.table.periods { #expect(period.article.hasPrefix("art. 14 §1"), "\(period.line)") }
    }

    @Test func trainingIsPartOfOperatingAndNeverAddsToATotal() {
        #expect(Self.table.period(.training, in: 2026)?.partOf == .operating)
        #expect(!Self.table.addsToTotal(.training, in: 2026))
        #expect(Self.table.addsToTotal(.operating, in: 2026))
        #expect(!Self.table.addsToTotal(.providerRecruitment, in: 2025), "no such line in 2025")
    }

    @Test func noIndicatorOrBreakdownSumsALineWithTheLineItIsPartOf() {
        // care_budget_use, operating_budget_use, function3_share_of_care_budget and every report_budget_* measure: a measure
        // that listed both `operating` and `training` would count the 2026 training modules twice.
        for definition in ReportFixture.catalogue.indicators {
            for spec in [definition.numerator, definition.denominator].compactMap({ $0 }) where spec.table == .budget {
                let lines = spec.lines ?? Set(BudgetLine.allCases)
                for period in Self.table.periods {
                    if let whole = period.partOf { #expect(!(lines.contains(period.line) && lines.contains(whole)), "\(definition.id)") }
                }
            }
        }
        // The care lines of art. 14 §5 include the 2024–2025 trainee sessions (care by trainees; moved to the care base in 2026).
        let care = ReportFixture.catalogue.indicator("care_budget_use")!.denominator!.lines!
        #expect(care == [.careBase, .traineeSessions, .art8Outreach, .eatingDisorders, .prisons, .providerRecruitment])
    }

    /// A copy of the shipped reference folder with `budget_lines.csv` replaced.
    static func catalogWith(budgetLines: String) throws -> String {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/reference", withIntermediateDirectories: true)
        for name in ["pseudocodes.csv", "cost_centres.csv", "networks.csv", "tariffs.csv"] {
            try FileManager.default.copyItem(atPath: TestSupport.catalog + "/reference/" + name, toPath: folder + "/reference/" + name)
        }
        try budgetLines.write(toFile: folder + "/reference/budget_lines.csv", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aBrokenBudgetLinesFileIsRefusedWithItsPlace() throws {
        let shipped = try String(contentsOfFile: TestSupport.catalog + "/reference/budget_lines.csv", encoding: .utf8)
        // Line 15 (header + 13 shipped rows + this one): operating 2025–2026, overlapping the shipped 2024–2025 period.
        let overlapping = shipped + "operating,2025,2026,adult child all,,art. 14 §1 c),x,x,x,x\n"
        let folder = try Self.catalogWith(budgetLines: overlapping)
        let failure = #expect(throws: DiagnosticError.self) { try ReferenceLoader.load(catalog: folder) }
        let diagnostic = failure?.diagnostics.first
        #expect(diagnostic?.location == SourceLocation(file: folder + "/reference/budget_lines.csv", line: 15, column: 0))
        #expect(
            diagnostic?.message.contains("line operating 2025–2026 overlaps its period 2024–2025; expected one period per line and year")
                == true, "\(failure?.diagnostics ?? [])")
        // A target group that is not adult, child or all: located at its cell (line 2, column 4).
        let badGroup = shipped.replacingOccurrences(of: "care_base,2024,2025,adult child all", with: "care_base,2024,2025,adults")
        let second = try Self.catalogWith(budgetLines: badGroup)
        let refused = #expect(throws: DiagnosticError.self) { try ReferenceLoader.load(catalog: second) }
        #expect(refused?.diagnostics.first?.location == SourceLocation(file: second + "/reference/budget_lines.csv", line: 2, column: 4))
        #expect(refused?.exitCode == .software)
    }
}
