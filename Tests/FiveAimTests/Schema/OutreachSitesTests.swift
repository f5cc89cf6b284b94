import Foundation
import Testing

@testable import FiveAim

/// The optional table `outreach_sites` (issue 17, art. 8 §2 and the 2026 amendment): its code list and the rules the
/// malformed fixtures `outreach-*` do not show (what is accepted).
@Suite struct OutreachSitesTests {
    static let header = "network,year,site_type,sites,sessions\n"
    static let activity = "network,month,pseudocode,age_band,bim,units\nBRUMENTA,2025-01,726471,24-64,yes,12\n"

    @Test func theCodeListGivesEveryTypeFourLabelsAndOnlyTheAmendmentsTypesStartIn2026() throws {
        let table = TestSupport.reference.outreachSiteTypes
        #expect(table.types.map(\.type) == OutreachSiteType.allCases)
        for info in table.types {
            #expect(!Language.allCases.map { info.labels[$0] }.contains(""), "\(info.type)")
            #expect(info.article.hasPrefix("art. 8 §2"), "\(info.type)")
        }
        #expect(table.types.filter { $0.firstYear == 2026 }.map(\.type) == [.employmentService, .mutuality])
        #expect(table.types.filter { $0.firstYear != 2026 }.allSatisfy { $0.firstYear == 2024 })
        #expect(table.types(in: 2025).count == 6)
        #expect(table.types(in: 2026) == OutreachSiteType.allCases)
    }

    @Test func theAmendmentsSitesAreAcceptedFrom2026AndRowsReadAsWritten() throws {
        let folder = try TestSupport.dataset([
            "activity.csv": Self.activity,
            "outreach_sites.csv": Self.header
                + "BRUMENTA,2025,social_service,3,40\nBRUMENTA,2026,employment_service,2,12\nBRUMENTA,2026,mutuality,0,0\n",
        ])
        let dataset = try TestSupport.read(folder)
        #expect(
            dataset.outreachSites == [
                OutreachSiteRow(network: "BRUMENTA", year: 2025, siteType: .socialService, sites: 3, sessions: 40),
                OutreachSiteRow(network: "BRUMENTA", year: 2026, siteType: .employmentService, sites: 2, sessions: 12),
                OutreachSiteRow(network: "BRUMENTA", year: 2026, siteType: .mutuality, sites: 0, sessions: 0),
            ])
        #expect(dataset.isPresent(.outreachSites))
    }

    @Test func aDatasetWithoutTheTableHasNone() throws {
        let dataset = try TestSupport.read(try TestSupport.dataset(["activity.csv": Self.activity]))
        #expect(dataset.outreachSites == nil)
        #expect(!dataset.isPresent(.outreachSites))
    }

    @Test func theTableIsAMeasureTableOfYearlySitesAndSessions() {
        #expect(MeasureTable.outreachSites.sourceTables == [.outreachSites])
        #expect(!MeasureTable.outreachSites.isMonthly)
        #expect(MeasureTable.outreachSites.measures.map(\.name) == ["sites", "sessions"])
        #expect(TableKind.forFile(named: "outreach_sites-2026.csv") == .outreachSites)
    }
}
