import FiveAimCSV
import Foundation
import Testing

@testable import FiveAim

/// The contract's tables are declared once (`TableKind.columns`): the decoders read exactly those columns, and the
/// vocabularies and checks built from the declarations name only columns of their tables.
@Suite struct ContractSchemaTests {
    /// The columns `decoder` asks a row of `table` for, read from a file whose header is the schema's and whose row is
    /// empty: every accessor of a decoder runs before it checks what it got, so each column it reads is asked for.
    /// `extra`: optional columns the decoder reads beyond the contract's (the networks' `languages`, not warehoused).
    static func columnsRead<D: TableDecoder>(by decoder: D, _ table: TableKind, extra: [String] = []) throws -> Set<String> {
        let header = table.columnNames
        let folder = try TestSupport.dataset([
            "\(table.name).csv": header.joined(separator: ",") + "\n" + String(repeating: ",", count: header.count - 1) + "\n"
        ])
        let file = folder + "/\(table.name).csv"
        let sink = DiagnosticSink(limit: 1000)
        let reference = TestSupport.reference
        let context = ValidationContext(reference: reference, networks: reference.networks, runMonth: TestSupport.runMonth)
        var map: HeaderMap?
        var asked: Set<String> = []
        try CSVReader(path: file).forEachRecord { record in
            if record.index == 0 {
                map = HeaderMap(record: record, table: decoder.schema, file: file, allowExtraColumns: false, sink: sink)
                return
            }
            let cells = CellReader(record: record, file: file, header: try #require(map), sink: sink, context: context, memo: CellMemo())
            #expect(decoder.decode(cells) == nil)
            asked = Set(cells.columns.asked.map(\.name))
        }
        #expect(decoder.schema.columns == table.schema.columns + extra.map { ColumnSpec($0, required: false) })
        #expect(decoder.keyColumns == table.keyColumns)
        return asked.subtracting(extra)
    }

    @Test func eachDecoderReadsExactlyTheColumnsOfItsTable() throws {
        let read: [(TableKind, Set<String>)] = [
            (.networks, try Self.columnsRead(by: NetworksDecoder(), .networks, extra: [NetworksDecoder.languagesColumn])),
            (.population, try Self.columnsRead(by: PopulationDecoder(), .population)),
            (.activity, try Self.columnsRead(by: ActivityDecoder(), .activity)),
            (.groupSessions, try Self.columnsRead(by: GroupSessionsDecoder(), .groupSessions)),
            (.operatingCosts, try Self.columnsRead(by: OperatingCostsDecoder(), .operatingCosts)),
            (.beneficiaries, try Self.columnsRead(by: BeneficiariesDecoder(), .beneficiaries)),
            (.waits, try Self.columnsRead(by: WaitsDecoder(), .waits)),
            (.budget, try Self.columnsRead(by: BudgetDecoder(), .budget)),
            (.tariffs, try Self.columnsRead(by: TariffsDecoder(), .tariffs)),
            (.outcomes, try Self.columnsRead(by: OutcomesDecoder(), .outcomes)),
            (.experience, try Self.columnsRead(by: ExperienceDecoder(), .experience)),
            (.workforce, try Self.columnsRead(by: WorkforceDecoder(), .workforce)),
            (.outreachSites, try Self.columnsRead(by: OutreachSitesDecoder(), .outreachSites)),
        ]
        #expect(read.map(\.0) == TableKind.allCases)
        for (table, columns) in read {
            #expect(columns == Set(table.columnNames), "table \(table.name)")
        }
    }

    @Test func everyContractColumnBelongsToATableAndEveryTableColumnIsAContractColumn() {
        let used = Set(TableKind.allCases.flatMap { $0.columns.compactMap(\.column) })
        #expect(used == Set(ContractColumn.allCases))
        for table in TableKind.allCases {
            #expect(table.columns.allSatisfy { $0.column?.rawValue == $0.name }, "table \(table.name)")
            #expect(Set(table.columnNames).count == table.columns.count, "table \(table.name): a column twice")
            #expect(!table.keyColumns.isEmpty, "table \(table.name): no key")
            #expect(table.columns.allSatisfy { !$0.isKey || $0.required }, "table \(table.name): an optional key column")
        }
    }

    @Test func measuresAndBoundsAreCountOrMoneyColumnsOfTheirTable() {
        for table in MeasureTable.allCases where table != .spending {
            let source = table.sourceTables[0]
            for measure in table.measures {
                let column = source.columns.first { $0.name == measure.name }
                #expect(column != nil, "measure \(table.name).\(measure.name) is not a column of \(source.name)")
                // A count with decimals (full-time equivalents) is summed in hundredths: its scale is its column's.
                let type: ColumnType = measure.quantity == .money ? .euros : measure.scale > 0 ? .decimal(scale: measure.scale) : .count
                #expect(column?.type == type, "measure \(table.name).\(measure.name)")
            }
        }
        for table in TableKind.allCases {
            for column in table.columns where column.total != nil {
                #expect([.count, .euros, .decimal(scale: 2)].contains(column.type), "bound on \(table.name).\(column.name)")
                if case .countWith(let other) = column.total { #expect(table.column(other)?.total == .count) }
            }
        }
        #expect(MeasureTable.activity.measures.map(\.name) == [ContractColumn.units.rawValue])
        #expect(MeasureTable.allCases.filter(\.isMonthly) == [.activity, .groupSessions, .waits, .operatingCosts, .spending])
    }

    @Test func theFunctionValuesOfFiltersAndExtractsAreTheTablesCodeLists() {
        #expect(MeasureTable.beneficiaries.functionValues == ["all", "2", "3"])
        #expect(MeasureTable.waits.functionValues == ["2", "3"])
        #expect(MeasureTable.groupSessions.functionValues == ["1", "2", "3"])
        #expect(MeasureTable.outcomes.functionValues == ["2", "3"])  // narrower than the data (docs/indicators.md)
        for table in ExtractTable.allCases where table != .activity {
            #expect(
                ExtractVocabulary.values(of: .function, table: table, reference: TestSupport.reference)
                    == table.tableKind.column(.function)?.type.codes)
        }
        for dimension in ExtractDimension.allCases { #expect(ExtractDimension(rawValue: dimension.rawValue) == dimension) }
        for key in FilterKey.allCases { #expect(FilterKey(rawValue: key.rawValue) == key) }
        #expect(ExtractDimension(rawValue: "age_band") == .ageBand)
        #expect(FilterKey(rawValue: "age_band") == .ageBand)
    }
}

/// `ColumnTotalLimits` bounds every column whose declaration has a bound, and only those.
@Suite struct ColumnTotalLimitsSchemaTests {
    @Test func everyDeclaredBoundIsChecked() {
        let big: Int64 = 1 << 39 + 1, bigCents: Int64 = 1 << 52 + 1
        let month = YearMonth(year: 2025, month: 1)
        func twice<Row>(_ row: Row) -> [Row] { [row, row] }
        var dataset = Dataset(
            networks: TestSupport.reference.networks, tariffs: [],
            activity: twice(ActivityRow(network: "PAKT", month: month, pseudocode: 726471, ageBand: .age24to64, bim: .no, units: big)))
        dataset.population = twice(PopulationRow(network: "PAKT", year: 2025, population: big, populationBim: big))
        dataset.groupSessions = twice(
            GroupSessionRow(network: "PAKT", month: month, function: .support, sessions: big, sessionsTwoPsychologists: big))
        dataset.operatingCosts = twice(OperatingCostRow(network: "PAKT", month: month, pseudocode: 727112, amount: Money(cents: bigCents)))
        dataset.beneficiaries = twice(
            BeneficiaryRow(network: "PAKT", year: 2025, function: .support, ageBand: .age24to64, bim: .no, beneficiaries: big))
        dataset.waits = twice(
            WaitRow(network: "PAKT", month: month, function: .support, ageBand: .age24to64, bucket: .days0to7, count: big))
        dataset.budget = twice(BudgetRow(network: "PAKT", year: 2025, line: .careBase, amount: Money(cents: bigCents)))
        dataset.outcomes = twice(
            OutcomeRow(
                network: "PAKT", year: 2025, function: .treatment, instrument: "CORE-10", pairs: big, improved: big, unchanged: big,
                deteriorated: big, recovered: big))
        dataset.experience = twice(ExperienceRow(network: "PAKT", year: 2025, instrument: "CSQ-8", respondents: big, satisfied: big))
        dataset.workforce = twice(
            WorkforceRow(
                network: "PAKT", year: 2025, providers: big, fteHundredths: big, trained: big, intervisionSessions: big,
                providersSurveyed: big, providersSatisfied: big))
        dataset.outreachSites = twice(OutreachSiteRow(network: "PAKT", year: 2025, siteType: .school, sites: big, sessions: big))

        let reported = Set(
            ColumnTotalLimits.check(dataset).map { diagnostic in
                String(diagnostic.message.prefix { $0 != ":" })
            })
        // The columns bounded before the schema declared the bounds, as the messages name them.
        let expected: Set<String> = [
            "table activity, column 'units'", "table population, column 'population'", "table population, column 'population_bim'",
            "table group_sessions, column 'sessions'", "table group_sessions, column 'sessions + sessions_two_psychologists'",
            "table operating_costs, column 'amount_eur'", "table beneficiaries, column 'beneficiaries'", "table waits, column 'count'",
            "table budget, column 'amount_eur'", "table outcomes, column 'pairs'", "table experience, column 'respondents'",
            "table workforce, column 'providers'", "table workforce, column 'fte'", "table workforce, column 'intervision_sessions'",
            "table workforce, column 'providers_surveyed'", "table outreach_sites, column 'sites'",
            "table outreach_sites, column 'sessions'",
        ]
        #expect(reported == expected)
        let declared = TableKind.allCases.flatMap { table in table.columns.filter { $0.total != nil }.map { (table, $0) } }
        #expect(declared.count == expected.count)
    }
}
