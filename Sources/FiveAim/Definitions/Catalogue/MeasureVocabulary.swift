/// The tables an indicator's measures can read: the data contract's tables plus `spending`,
/// the net spending derived from activity, group sessions and the year's tariffs (art. 15 and 18).
public enum MeasureTable: String, Sendable, Hashable, CaseIterable, Comparable {
    case activity
    case groupSessions = "group_sessions"
    case waits
    case population
    case beneficiaries
    case budget
    case operatingCosts = "operating_costs"
    case outcomes
    case experience
    case workforce
    case outreachSites = "outreach_sites"
    case spending

    /// The table's name in catalogue files.
    public var name: String { rawValue }

    /// Whether rows carry a month (else a year): yearly tables cannot be cut to a period of months.
    public var isMonthly: Bool { sourceTables[0].period == .month }

    /// The measures (summed columns) of the table: the contract columns that declare one, in the contract's order.
    public var measures: [MeasureInfo] {
        switch self {
        case .spending:
            [
                .init(
                    "net_eur", .money, disclosive: false,
                    "net spending: fees minus co-payments, tariffs of the year or the latest earlier one (art. 15, 17, 18)")
            ]
        default:
            sourceTables[0].columns.compactMap { column in
                column.measure.map {
                    var info = MeasureInfo(column.name, $0.quantity, additive: $0.additive, disclosive: $0.disclosive, $0.summary)
                    if case .decimal(let scale) = column.type { info.scale = scale }
                    return info
                }
            }
        }
    }

    /// The filters the table supports.
    public var filters: [FilterKey] {
        switch self {
        case .activity:
            [.codeSet, .pseudocode, .function, .modality, .setting, .firstSession, .withRelatives, .providerRole, .ageBand, .bim]
        case .groupSessions: [.function]
        case .waits: [.function, .ageBand, .bucket]
        case .population, .workforce: []
        case .outreachSites: [.siteType]
        case .beneficiaries: [.function, .ageBand, .bim]
        case .budget: [.line]
        case .operatingCosts: [.pseudocode]
        case .outcomes: [.function, .instrument]
        case .experience: [.instrument]
        case .spending: [.function]
        }
    }

    /// The values `function` accepts in this table: the contract column's code list (activity: every function of
    /// a pseudocode; spending: its groups; outcomes: see below).
    var functionValues: [String] {
        switch self {
        case .activity: CareFunction.allCases.map(\.rawValue)
        case .spending: SpendingFunction.allCases.map(\.rawValue)
        // Narrower than the table's code list (1, 2, 3), as docs/indicators.md documents: outcome filters select the
        // individual functions 2 and 3. Kept as it was when the schema was introduced; see issue 16.
        case .outcomes: ["2", "3"]
        default: sourceTables[0].column(.function)?.type.codes ?? []
        }
    }

    /// The dataset tables this table is read from.
    public var sourceTables: [TableKind] {
        switch self {
        case .activity: [.activity]
        case .groupSessions: [.groupSessions]
        case .waits: [.waits]
        case .population: [.population]
        case .beneficiaries: [.beneficiaries]
        case .budget: [.budget]
        case .operatingCosts: [.operatingCosts]
        case .outcomes: [.outcomes]
        case .experience: [.experience]
        case .workforce: [.workforce]
        case .outreachSites: [.outreachSites]
        case .spending: [.activity, .groupSessions, .tariffs]
        }
    }

    /// Orders as listed.
    public static func < (lhs: MeasureTable, rhs: MeasureTable) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One measure of a table.
public struct MeasureInfo: Sendable, Hashable {
    /// Its name in catalogue files (the column summed).
    public var name: String
    /// Counts or euros.
    public var quantity: QuantityKind
    /// Whether network values add up to the national value (false for distinct people).
    public var additive: Bool
    /// Whether small values can identify people (disclosure control applies).
    public var disclosive: Bool
    /// What it means, for `docs/indicators.md` and `explain`.
    public var summary: String
    /// The decimals of a count measure read from a decimal column (`workforce.fte`: 2): the engine sums whole
    /// hundredths exactly and divides the value by 10^scale; 0 for whole counts and euros.
    public var scale: Int = 0

    /// 10^scale: what a summed count of this measure is divided by to give its value.
    public var divisor: Double {
        var result = 1.0
        for _ in 0..<scale { result *= 10 }
        return result
    }

    init(_ name: String, _ quantity: QuantityKind, additive: Bool = true, disclosive: Bool, _ summary: String) {
        self.name = name
        self.quantity = quantity
        self.additive = additive
        self.disclosive = disclosive
        self.summary = summary
    }
}

/// A filter of a measure, as written under `where:`: a column of the measure's table or an attribute of its
/// pseudocodes (`Indicators/reference/pseudocodes.csv`).
public enum FilterKey: Sendable, Hashable, CaseIterable, RawRepresentable {
    case codeSet
    case pseudocode
    case function
    case modality
    case setting
    case firstSession
    case withRelatives
    case providerRole
    case ageBand
    case bim
    case bucket
    case line
    case instrument
    case siteType

    /// The pseudocode attribute it filters on, when it is one (`function` is a column of most tables and an attribute
    /// of activity's pseudocodes).
    public var attribute: PseudocodeAttribute? {
        switch self {
        case .function: .function
        case .modality: .modality
        case .setting: .setting
        case .firstSession: .firstSession
        case .withRelatives: .withRelatives
        case .providerRole: .providerRole
        default: nil
        }
    }

    /// The key as written in catalogue files: the contract column's name, or the attribute's (`PseudocodeAttribute`).
    public var rawValue: String {
        switch self {
        case .codeSet: "code_set"
        case .pseudocode: ContractColumn.pseudocode.rawValue
        case .function: ContractColumn.function.rawValue
        case .modality, .setting, .firstSession, .withRelatives, .providerRole: attribute!.rawValue
        case .ageBand: ContractColumn.ageBand.rawValue
        case .bim: ContractColumn.bim.rawValue
        case .bucket: ContractColumn.bucket.rawValue
        case .line: ContractColumn.line.rawValue
        case .instrument: ContractColumn.instrument.rawValue
        case .siteType: ContractColumn.siteType.rawValue
        }
    }

    /// The key written `rawValue`.
    public init?(rawValue: String) {
        guard let key = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = key
    }
}

/// The spending groups of `spending.net_eur` (art. 14 §3 counts the concertation 727031 with function 3).
public enum SpendingFunction: String, Sendable, Hashable, CaseIterable, Comparable {
    case community = "1"
    case support = "2"
    case treatment = "3"
    case mission
    /// Trajectory fees 727053, 727075, 727090.
    case administrative

    /// Orders as listed.
    public static func < (lhs: SpendingFunction, rhs: SpendingFunction) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
