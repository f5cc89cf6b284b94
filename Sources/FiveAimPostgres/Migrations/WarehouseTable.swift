import FiveAim

/// A fact table of the warehouse: one per optional or required contract table except the
/// reference lists (networks, tariffs), with how an import replaces it.
enum WarehouseTable: String, CaseIterable, Sendable {
    case population
    case activity
    case groupSessions = "group_sessions"
    case operatingCosts = "operating_costs"
    case beneficiaries
    case waits
    case budget
    case outcomes
    case experience
    case workforce

    /// How an import's slices are keyed.
    enum Slice { case month, year }

    /// `fiveaim.<name>`.
    var qualifiedName: String { "fiveaim." + rawValue }

    /// The contract table it stores.
    var kind: TableKind { TableKind(rawValue: rawValue)! }

    /// Monthly tables are replaced per (network, month), yearly ones per (network, year).
    var slice: Slice {
        switch self {
        case .activity, .groupSessions, .operatingCosts, .waits: .month
        case .population, .beneficiaries, .budget, .outcomes, .experience, .workforce: .year
        }
    }

    /// The stored columns, in COPY order.
    var columns: [String] {
        switch self {
        case .population: ["network", "year", "population", "population_bim"]
        case .activity: ["network", "month", "pseudocode", "age_band", "bim", "units"]
        case .groupSessions: ["network", "month", "function", "sessions", "sessions_two_psychologists"]
        case .operatingCosts: ["network", "month", "pseudocode", "amount_eur"]
        case .beneficiaries: ["network", "year", "function", "age_band", "bim", "beneficiaries"]
        case .waits: ["network", "month", "function", "age_band", "bucket", "count"]
        case .budget: ["network", "year", "line", "amount_eur"]
        case .outcomes: ["network", "year", "function", "instrument", "pairs", "improved", "unchanged", "deteriorated", "recovered"]
        case .experience: ["network", "year", "instrument", "respondents", "satisfied"]
        case .workforce:
            ["network", "year", "providers", "fte", "trained", "intervision_sessions", "providers_surveyed", "providers_satisfied"]
        }
    }

    /// The primary key, which is also the reading order.
    var keyColumns: [String] {
        switch self {
        case .population, .workforce: ["network", "year"]
        case .activity: ["network", "month", "pseudocode", "age_band", "bim"]
        case .groupSessions: ["network", "month", "function"]
        case .operatingCosts: ["network", "month", "pseudocode"]
        case .beneficiaries: ["network", "year", "function", "age_band", "bim"]
        case .waits: ["network", "month", "function", "age_band", "bucket"]
        case .budget: ["network", "year", "line"]
        case .outcomes: ["network", "year", "function", "instrument"]
        case .experience: ["network", "year", "instrument"]
        }
    }

    /// Deletes the rows of this table inside the import's slices (temporary tables of the transaction).
    var deleteSlicesStatement: SQLQuery {
        switch slice {
        case .month:
            SQLQuery(
                unsafeRaw:
                    "DELETE FROM \(qualifiedName) t USING pg_temp.import_month_slices s WHERE t.network = s.network AND t.month = s.month")
        case .year:
            SQLQuery(
                unsafeRaw:
                    "DELETE FROM \(qualifiedName) t USING pg_temp.import_year_slices s WHERE t.network = s.network AND t.year = s.year")
        }
    }
}
