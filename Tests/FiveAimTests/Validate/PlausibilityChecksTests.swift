import Testing

@testable import FiveAim

/// Plausibility warnings (FA208x): relations between tables, checked on totals; the dataset stays valid.
struct PlausibilityChecksTests {
    static let networks = [
        Network(code: "NETA", name: "A", targetGroup: .adult, region: .brussels),
        Network(code: "NETB", name: "B", targetGroup: .adult, region: .wallonia),
    ]
    static let march = YearMonth(year: 2025, month: 3)

    static func dataset(activity: [ActivityRow] = [], groupSessions: [GroupSessionRow]? = nil, beneficiaries: [BeneficiaryRow]? = nil)
        -> Dataset
    {
        var dataset = Dataset(
            networks: networks, tariffs: [], activity: activity,
            sources: [
                SourceFile(path: "d/activity.csv", table: "activity", rows: activity.count),
                SourceFile(path: "d/beneficiaries.csv", table: "beneficiaries", rows: beneficiaries?.count ?? 0),
            ])
        dataset.groupSessions = groupSessions
        dataset.beneficiaries = beneficiaries
        return dataset
    }

    static func people(_ network: String, _ function: CareFunction?, _ count: Int64, band: AgeBand = .age24to64) -> BeneficiaryRow {
        BeneficiaryRow(network: network, year: 2025, function: function, ageBand: band, bim: .no, beneficiaries: count)
    }

    static func messages(_ dataset: Dataset) -> [String] {
        PlausibilityChecks.warnings(dataset, reference: TestSupport.reference).map(DiagnosticPrinter.format)
    }

    @Test("the demo raises no warning")
    func demoIsPlausible() throws {
        #expect(Self.messages(try DemoDatasetTests.standard.get().dataset) == [])
    }

    @Test("more sessions under one co-facilitator code than group sessions of that function is a warning; each code alone is compared")
    func cofacilitation() {
        let activity = [
            // physician, F2
            ActivityRow(network: "NETA", month: Self.march, pseudocode: 726670, ageBand: .unknown, bim: .unknown, units: 3),
            ActivityRow(network: "NETA", month: Self.march, pseudocode: 726692, ageBand: .unknown, bim: .unknown, units: 4),  // other, F2
            // physician, F3
            ActivityRow(network: "NETA", month: Self.march, pseudocode: 726913, ageBand: .unknown, bim: .unknown, units: 1),
        ]
        let sessions = [GroupSessionRow(network: "NETA", month: Self.march, function: .support, sessions: 4)]
        #expect(
            Self.messages(Self.dataset(activity: activity, groupSessions: sessions)) == [
                "d/activity.csv: warning: [FA2080] network NETA, 2025-03, function 3: pseudocode 726913 co-facilitated 1 session(s) but group_sessions has 0; a co-facilitated session is a group session (check both exports)"
            ])
        #expect(Self.messages(Self.dataset(activity: activity, groupSessions: nil)) == [], "without group_sessions nothing is compared")
    }

    @Test("a warning about 2025 rows points at the 2025 file and the line of the first row concerned")
    func cofacilitationWarningNamesTheFileAndLineOfItsRows() throws {
        // 2024: 2 sessions co-facilitated (726670, function 2), 2 group sessions: plausible.
        // 2025-03: 3 sessions co-facilitated on line 3 of activity-2025.csv, 1 group session: the warning is at
        // activity-2025.csv:3 (line 2 is another code), not at activity-2024.csv, the table's first file.
        let folder = try TestSupport.dataset([
            "activity-2024.csv":
                "network,month,pseudocode,age_band,bim,units\nBRUMENTA,2024-05,726670,unknown,unknown,2\nBRUMENTA,2024-05,726655,unknown,unknown,9\n",
            "activity-2025.csv":
                "network,month,pseudocode,age_band,bim,units\nBRUMENTA,2025-03,726471,24-64,yes,4\nBRUMENTA,2025-03,726670,unknown,unknown,3\nBRUMENTA,2025-03,726655,unknown,unknown,7\n",
            "group_sessions.csv": "network,month,function,sessions\nBRUMENTA,2024-05,2,2\nBRUMENTA,2025-03,2,1\n",
        ])
        let dataset = try TestSupport.read(folder)
        #expect(
            Self.messages(dataset) == [
                "\(folder)/activity-2025.csv:3: warning: [FA2080] network BRUMENTA, 2025-03, function 2: pseudocode 726670 co-facilitated 3 session(s) but group_sessions has 1; a co-facilitated session is a group session (check both exports)"
            ])
    }

    @Test("all functions must lie between the larger of functions 2 and 3 and their sum, on network totals")
    func allFunctions() {
        let inBounds = [
            Self.people("NETA", .support, 10), Self.people("NETA", .treatment, 6, band: .age18to23),
            Self.people("NETA", nil, 4), Self.people("NETA", nil, 9, band: .age18to23),
        ]
        #expect(Self.messages(Self.dataset(beneficiaries: inBounds)) == [], "13 lies in 10…16 though a cell does not")
        let tooFew = [Self.people("NETA", .support, 10), Self.people("NETA", .treatment, 6), Self.people("NETA", nil, 9)]
        let tooMany = [Self.people("NETB", .support, 10), Self.people("NETB", .treatment, 6), Self.people("NETB", nil, 17)]
        #expect(
            Self.messages(Self.dataset(beneficiaries: tooFew + tooMany)) == [
                "d/beneficiaries.csv: warning: [FA2081] network NETA, 2025: 9 people for all functions, where functions 2 and 3 have 10 and 6; expected between 10 and 16 (a person helped in both functions counts once in all)",
                "d/beneficiaries.csv: warning: [FA2081] network NETB, 2025: 17 people for all functions, where functions 2 and 3 have 10 and 6; expected between 10 and 16 (a person helped in both functions counts once in all)",
            ])
    }

    @Test("a national total below a network's, or above the sum of every network in force, is a warning")
    func national() {
        let networks = [Self.people("NETA", .support, 10), Self.people("NETB", .support, 7)]
        #expect(Self.messages(Self.dataset(beneficiaries: networks + [Self.people("BE", .support, 16)])) == [])
        #expect(
            Self.messages(Self.dataset(beneficiaries: networks + [Self.people("BE", .support, 9)])) == [
                "d/beneficiaries.csv: warning: [FA2082] BE, 2025, function 2: 9 people nationally but 10 in network NETA; a national distinct total is at least each network's"
            ])
        #expect(
            Self.messages(Self.dataset(beneficiaries: networks + [Self.people("BE", .support, 18)])) == [
                "d/beneficiaries.csv: warning: [FA2082] BE, 2025, function 2: 18 people nationally, more than the 17 of all networks together; a person seen in two networks counts once nationally"
            ])
        #expect(
            Self.messages(Self.dataset(beneficiaries: [Self.people("NETA", .support, 10), Self.people("BE", .support, 18)])) == [],
            "NETB has no rows: the sum is not known")
    }
}
