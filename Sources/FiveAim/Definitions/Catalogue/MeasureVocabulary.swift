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
    case spending

    /// The table's name in catalogue files.
    public var name: String { rawValue }

    /// Whether rows carry a month (else a year): yearly tables cannot be cut to a period of months.
    public var isMonthly: Bool { [.activity, .groupSessions, .waits, .operatingCosts, .spending].contains(self) }

    /// The measures (summed columns) of the table.
    public var measures: [MeasureInfo] {
        switch self {
        case .activity: [.init("units", .count, disclosive: true, "Σ units (sessions, participations, hours or fees, by code)")]
        case .groupSessions: [.init("sessions", .count, disclosive: true, "Σ distinct group sessions")]
        case .waits: [.init("count", .count, disclosive: true, "Σ first individual sessions (histogram counts)")]
        case .population:
            [
                .init("population", .count, disclosive: false, "inhabitants"),
                .init("population_bim", .count, disclosive: false, "inhabitants with increased reimbursement"),
            ]
        case .beneficiaries:
            [.init("beneficiaries", .count, additive: false, disclosive: true, "distinct people (never summed across networks)")]
        case .budget: [.init("amount_eur", .money, disclosive: false, "Σ yearly allocation (euros)")]
        case .operatingCosts: [.init("amount_eur", .money, disclosive: false, "Σ invoiced operating costs (euros)")]
        case .outcomes:
            [
                .init("pairs", .count, disclosive: true, "Σ pre/post measurement pairs"),
                .init("improved", .count, disclosive: true, "Σ reliably improved"),
                .init("unchanged", .count, disclosive: true, "Σ unchanged"),
                .init("deteriorated", .count, disclosive: true, "Σ reliably deteriorated"),
            ]
        case .experience:
            [
                .init("respondents", .count, disclosive: true, "Σ survey respondents"),
                .init("satisfied", .count, disclosive: true, "Σ satisfied respondents"),
            ]
        case .workforce:
            [
                .init("providers", .count, disclosive: true, "Σ providers"),
                .init("trained", .count, disclosive: true, "Σ providers trained"),
                .init("intervision_sessions", .count, disclosive: false, "Σ intervision sessions"),
                .init("providers_surveyed", .count, disclosive: true, "Σ providers surveyed"),
                .init("providers_satisfied", .count, disclosive: true, "Σ providers satisfied"),
            ]
        case .spending:
            [
                .init(
                    "net_eur", .money, disclosive: false,
                    "net spending: fees minus co-payments, tariffs of the year or the latest earlier one (art. 15, 17, 18)")
            ]
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
        case .beneficiaries: [.function, .ageBand, .bim]
        case .budget: [.line]
        case .operatingCosts: [.pseudocode]
        case .outcomes: [.function, .instrument]
        case .experience: [.instrument]
        case .spending: [.function]
        }
    }

    /// The values `function` accepts in this table.
    var functionValues: [String] {
        switch self {
        case .activity: CareFunction.allCases.map(\.rawValue)
        case .groupSessions: ["1", "2", "3"]
        case .waits, .outcomes: ["2", "3"]
        case .beneficiaries: ["all", "2", "3"]
        case .spending: SpendingFunction.allCases.map(\.rawValue)
        default: []
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
        case .spending: [.activity, .groupSessions, .tariffs]
        }
    }

    /// Orders as listed.
    public static func < (lhs: MeasureTable, rhs: MeasureTable) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What a measure adds up.
public enum QuantityKind: String, Sendable, Hashable {
    /// Whole numbers.
    case count
    /// Euros, exact to the cent.
    case money
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

    init(_ name: String, _ quantity: QuantityKind, additive: Bool = true, disclosive: Bool, _ summary: String) {
        self.name = name
        self.quantity = quantity
        self.additive = additive
        self.disclosive = disclosive
        self.summary = summary
    }
}

/// A filter of a measure, as written under `where:`.
public enum FilterKey: String, Sendable, Hashable, CaseIterable {
    case codeSet = "code_set"
    case pseudocode
    case function
    case modality
    case setting
    case firstSession = "first_session"
    case withRelatives = "with_relatives"
    case providerRole = "provider_role"
    case ageBand = "age_band"
    case bim
    case bucket
    case line
    case instrument
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
