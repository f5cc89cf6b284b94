import Foundation
import Testing

@testable import FiveAim

/// The extract of `outreach_sites` (issue 17): the generic table extract over a yearly table with two counts, sites
/// (places: published as given) and sessions (services: suppressed and rounded like every count of people or services).
struct OutreachExtractTests {
    static let spec = Result { try ExtractFixture.spec("outreach_sites_network_year") }

    static func build(_ dataset: Dataset) throws -> ExtractResult {
        try ExtractBuilder(reference: TestSupport.reference, catalogue: EngineFixture.catalogue, texts: TestSupport.extractTexts)
            .build(try spec.get(), dataset: dataset)
    }

    @Test("the table offers the network, the year and the type of site, and sums sites and sessions, from the schema")
    func vocabularyComesFromTheSchema() {
        #expect(ExtractTable.outreachSites.dimensions == [.network, .year, .siteType])
        #expect(ExtractTable.outreachSites.measures == ["sites", "sessions"])
        #expect(!ExtractTable.outreachSites.isDisclosive("sites"))
        #expect(ExtractTable.outreachSites.isDisclosive("sessions"))
        // The other tables offer what their hand-written lists offered.
        #expect(
            ExtractTable.activity.dimensions == [
                .network, .year, .quarter, .month, .pseudocode, .function, .modality, .setting, .unit, .providerRole, .firstSession,
                .withRelatives, .ageBand, .bim,
            ])
        #expect(ExtractTable.waits.dimensions == [.network, .year, .quarter, .month, .function, .ageBand, .bucket])
        #expect(ExtractTable.beneficiaries.dimensions == [.network, .year, .function, .ageBand, .bim])
        #expect(ExtractTable.groupSessions.dimensions == [.network, .year, .quarter, .month, .function])
        #expect(ExtractTable.allCases.map(\.measures) == [["units"], ["count"], ["beneficiaries"], ["sessions"], ["sites", "sessions"]])
    }

    @Test("the names of the pseudocode attributes are declared once, for catalogue filters and extract columns alike")
    func attributeNamesAreDeclaredOnce() {
        for attribute in PseudocodeAttribute.allCases {
            #expect(ExtractDimension(rawValue: attribute.rawValue)?.attribute == attribute, "\(attribute)")
            if attribute != .unit { #expect(FilterKey(rawValue: attribute.rawValue)?.attribute == attribute, "\(attribute)") }
        }
        #expect(FilterKey.allCases.compactMap(\.attribute).count == PseudocodeAttribute.allCases.count - 1)
    }

    /// Two networks, one year, two types of site: sessions of 3 (BRUMENTA's schools) and 0 (COM-GER's).
    static let small = Result {
        let folder = try TestSupport.dataset([
            "activity.csv": "network,month,pseudocode,age_band,bim,units\nBRUMENTA,2025-01,726471,24-64,yes,12\n",
            "outreach_sites.csv": """
            network,year,site_type,sites,sessions
            BRUMENTA,2025,general_practice,7,12
            BRUMENTA,2025,school,2,3
            COM-GER,2025,general_practice,1,25
            COM-GER,2025,school,4,0

            """,
        ])
        return try TestSupport.read(folder)
    }

    @Test("a small table: sites exact, sessions rounded down to 5, a session count of 1 to 4 suppressed with its total")
    func smallTableIsPublishedAsThePolicySays() throws {
        let result = try Self.build(try Self.small.get())
        #expect(result.header == ["year", "network", "site_type", "level", "sites", "sites_status", "sessions", "sessions_status"])
        #expect(
            result.rows.map { $0.map(\.text).joined(separator: ",") } == [
                "2025,BRUMENTA,general_practice,cell,7,ok,10,ok",
                "2025,BRUMENTA,school,cell,2,ok,,suppressed",
                "2025,BRUMENTA,,row_total,9,ok,15,ok",
                "2025,COM-GER,general_practice,cell,1,ok,25,ok",
                "2025,COM-GER,school,cell,4,ok,0,ok",
                "2025,COM-GER,,row_total,5,ok,25,ok",
                "2025,,general_practice,column_total,8,ok,35,ok",
                "2025,,school,column_total,6,ok,,suppressed",
                "2025,,,grand_total,14,ok,40,ok",
            ])
        #expect(result.disclosure.entries == 18)
        #expect(result.disclosure.primary == 2)
        #expect(result.disclosure.complementary == 0)
        #expect(
            result.disclosure.rule.hasSuffix(
                "; sites: counts of places, not of people or services, published as given (not suppressed, not rounded), as budgets and populations are"
            ))
        let codes = try #require(result.columns.first { $0.name == "site_type" }?.codes)
        #expect(codes.map(\.code) == OutreachSiteType.allCases.map(\.rawValue))
        #expect(codes.first?.label[.nl] == "Huisartsenpraktijk")
        #expect(result.columns.first { $0.name == "sessions_status" }?.label[.en] == "Status of sessions")
    }

    @Test("on the demo, every published value is the sum of the input rows: sites exactly, sessions rounded down or suppressed when small")
    func demoValuesAreSumsOfTheInputRows() throws {
        let dataset = try ExtractFixture.demo.get()
        let input = try #require(dataset.outreachSites)
        let result = try Self.build(dataset)
        let header = result.header
        func index(_ name: String) throws -> Int { try #require(header.firstIndex(of: name)) }
        let (year, network, type, level) = (try index("year"), try index("network"), try index("site_type"), try index("level"))
        let policy = DisclosurePolicy(audience: .research, threshold: 5)
        var suppressedSessions = 0
        for row in result.rows {
            let values = row.map(\.text)
            let matching = input.filter { item in
                String(item.year) == values[year] && (values[network].isEmpty || item.network == values[network])
                    && (values[type].isEmpty || item.siteType.rawValue == values[type])
            }
            let kind = values[level]
            #expect(!matching.isEmpty || kind == "cell", "\(values)")
            let sites = matching.reduce(0) { $0 + $1.sites }
            let sessions = matching.reduce(0) { $0 + $1.sessions }
            #expect(values[try index("sites")] == String(sites), "\(values)")
            #expect(values[try index("sites_status")] == "ok")
            if values[try index("sessions_status")] == "suppressed" {
                suppressedSessions += 1
                #expect(values[try index("sessions")] == "")
                // Only totals are hidden to protect others; a cell is hidden only when small.
                #expect(kind != "cell" || policy.isSmall(sessions), "\(values)")
            } else {
                #expect(!policy.isSmall(sessions), "\(values)")
                #expect(values[try index("sessions")] == String(policy.rounded(sessions)), "\(values)")
            }
        }
        // The demo's session counts are never 1 to 4 (a site holds sessions every month): the small table shows suppression.
        #expect(result.disclosure.primary + result.disclosure.complementary == suppressedSessions)
        let years = Set(input.map { String($0.year) })
        #expect(Set(result.rows.map { $0[year].text }) == years)
    }

    @Test("--verify catches a small session count made visible, and accepts a small count of sites")
    func verifyChecksSessionsButNotSites() throws {
        let folder = try ExtractFixture.write(try Self.spec.get(), dataset: try Self.small.get())
        #expect(ExtractVerifier.verify(folder).isIntact)
        let data = try String(contentsOfFile: folder + "/data.csv", encoding: .utf8)
        var lines = data.split(separator: "\n").map(String.init)
        let suppressed = try #require(lines.firstIndex { $0.hasSuffix(",,suppressed") })
        lines[suppressed] = String(lines[suppressed].dropLast(",,suppressed".count)) + ",3,ok"
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/data.csv"))
        let messages = ExtractVerifier.verify(folder).problems.map(\.message)
        #expect(messages.contains("line \(suppressed + 1) publishes a count below the threshold 5"))
        #expect(messages.contains("line \(suppressed + 1) publishes a count that is not rounded to base 5"))
        // The small sites counts of the file (1 to 4, not multiples of 5) raise nothing.
        let sites = lines.dropFirst().compactMap { Int($0.split(separator: ",", omittingEmptySubsequences: false)[4]) }
        #expect(sites.contains { (1...4).contains($0) })
        #expect(!messages.contains { $0.hasPrefix("line") && !$0.hasPrefix("line \(suppressed + 1) ") })
    }
}
