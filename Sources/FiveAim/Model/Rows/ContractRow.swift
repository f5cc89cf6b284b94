/// A value of a contract column as a row holds it.
public enum ContractValue: Sendable, Hashable {
    /// A code, a network code or a name, as written in the contract's files.
    case text(String)
    /// A month (`YYYY-MM`).
    case month(YearMonth)
    /// A year, a pseudocode or a count.
    case integer(Int64)
    /// Euros, exact to the cent.
    case money(Money)
    /// A number with two decimals, in hundredths (full-time equivalents).
    case hundredths(Int64)

    /// The value as written in the contract's CSV files.
    public var text: String {
        switch self {
        case .text(let text): text
        case .month(let month): month.description
        case .integer(let value): String(value)
        case .money(let money): money.description
        case .hundredths(let value): Money(cents: value).description
        }
    }

    /// The whole number it holds (counts, years, pseudocodes), nil for other values.
    public var integer: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }
}

/// A row of a contract table, read column by column: `value(_:)` answers for every column its table declares
/// (`TableKind.columns`), so code that walks a table's columns (extracts) needs no per-table code.
/// `ContractRowTests` checks that every table's row type answers for every column of its table and for no other.
public protocol ContractRow: Sendable {
    /// The table the row belongs to.
    static var table: TableKind { get }

    /// The value of `column`: nil when the table has no such column or an optional column is empty.
    func value(_ column: ContractColumn) -> ContractValue?
}

extension Network: ContractRow {
    /// The networks table.
    public static var table: TableKind { .networks }

    /// The value of `column` (see `ContractRow`).
    public func value(_ column: ContractColumn) -> ContractValue? {
        switch column {
        case .network: .text(code)
        case .name: .text(name)
        case .targetGroup: .text(targetGroup.rawValue)
        case .region: .text(region.rawValue)
        default: nil
        }
    }
}

extension PopulationRow: ContractRow {
    /// The population table.
    public static var table: TableKind { .population }

    /// The value of `column` (see `ContractRow`).
    public func value(_ column: ContractColumn) -> ContractValue? {
        switch column {
        case .network: .text(network)
        case .year: .integer(Int64(year))
        case .population: .integer(population)
        case .populationBim: .integer(populationBim)
        default: nil
        }
    }
}

extension ActivityRow: ContractRow {
    /// The activity table.
    public static var table: TableKind { .activity }

    /// The value of `column` (see `ContractRow`).
    public func value(_ column: ContractColumn) -> ContractValue? {
        switch column {
        case .network: .text(network)
        case .month: .month(month)
        case .pseudocode: .integer(Int64(pseudocode))
        case .ageBand: .text(ageBand.rawValue)
        case .bim: .text(bim.rawValue)
        case .units: .integer(units)
        default: nil
        }
    }
}

extension GroupSessionRow: ContractRow {
    /// The group sessions table.
    public static var table: TableKind { .groupSessions }

    /// The value of `column` (see `ContractRow`); `sessions_two_psychologists` is 0 when the dataset does not report it
    /// (`Dataset.twoPsychologistSessionsReported`).
    public func value(_ column: ContractColumn) -> ContractValue? {
        switch column {
        case .network: .text(network)
        case .month: .month(month)
        case .function: .text(function.rawValue)
        case .sessions: .integer(sessions)
        case .sessionsTwoPsychologists: .integer(sessionsTwoPsychologists)
        default: nil
        }
    }
}

extension OperatingCostRow: ContractRow {
    /// The operating costs table.
    public static var table: TableKind { .operatingCosts }

    /// The value of `column` (see `ContractRow`).
    public func value(_ column: ContractColumn) -> ContractValue? {
        switch column {
        case .network: .text(network)
        case .month: .month(month)
        case .pseudocode: .integer(Int64(pseudocode))
        case .amountEur: .money(amount)
        default: nil
        }
    }
}

extension BeneficiaryRow: ContractRow {
    /// The beneficiaries table.
    public static var table: TableKind { .beneficiaries }

    /// The value of `column` (see `ContractRow`); the function of every function together is `all`.
    public func value(_ column: ContractColumn) -> ContractValue? {
        switch column {
        case .network: .text(network)
        case .year: .integer(Int64(year))
        case .function: .text(function?.rawValue ?? "all")
        case .ageBand: .text(ageBand.rawValue)
        case .bim: .text(bim.rawValue)
        case .beneficiaries: .integer(beneficiaries)
        default: nil
        }
    }
}

extension WaitRow: ContractRow {
    /// The waits table.
    public static var table: TableKind { .waits }

    /// The value of `column` (see `ContractRow`).
    public func value(_ column: ContractColumn) -> ContractValue? {
        switch column {
        case .network: .text(network)
        case .month: .month(month)
        case .function: .text(function.rawValue)
        case .ageBand: .text(ageBand.rawValue)
        case .bucket: .text(bucket.rawValue)
        case .count: .integer(count)
        default: nil
        }
    }
}

extension BudgetRow: ContractRow {
    /// The budget table.
    public static var table: TableKind { .budget }

    /// The value of `column` (see `ContractRow`).
    public func value(_ column: ContractColumn) -> ContractValue? {
        switch column {
        case .network: .text(network)
        case .year: .integer(Int64(year))
        case .line: .text(line.rawValue)
        case .amountEur: .money(amount)
        default: nil
        }
    }
}

extension TariffRow: ContractRow {
    /// The tariffs table.
    public static var table: TableKind { .tariffs }

    /// The value of `column` (see `ContractRow`).
    public func value(_ column: ContractColumn) -> ContractValue? {
        switch column {
        case .year: .integer(Int64(year))
        case .pseudocode: .integer(Int64(pseudocode))
        case .amountEur: .money(amount)
        case .copayBimEur: .money(copayBim)
        case .copayOtherEur: .money(copayOther)
        default: nil
        }
    }
}

extension OutcomeRow: ContractRow {
    /// The outcomes table.
    public static var table: TableKind { .outcomes }

    /// The value of `column` (see `ContractRow`).
    public func value(_ column: ContractColumn) -> ContractValue? {
        switch column {
        case .network: .text(network)
        case .year: .integer(Int64(year))
        case .function: .text(function.rawValue)
        case .instrument: .text(instrument)
        case .pairs: .integer(pairs)
        case .improved: .integer(improved)
        case .unchanged: .integer(unchanged)
        case .deteriorated: .integer(deteriorated)
        case .recovered: recovered.map(ContractValue.integer)
        default: nil
        }
    }
}

extension ExperienceRow: ContractRow {
    /// The experience table.
    public static var table: TableKind { .experience }

    /// The value of `column` (see `ContractRow`).
    public func value(_ column: ContractColumn) -> ContractValue? {
        switch column {
        case .network: .text(network)
        case .year: .integer(Int64(year))
        case .instrument: .text(instrument)
        case .respondents: .integer(respondents)
        case .satisfied: .integer(satisfied)
        default: nil
        }
    }
}

extension WorkforceRow: ContractRow {
    /// The workforce table.
    public static var table: TableKind { .workforce }

    /// The value of `column` (see `ContractRow`).
    public func value(_ column: ContractColumn) -> ContractValue? {
        switch column {
        case .network: .text(network)
        case .year: .integer(Int64(year))
        case .providers: .integer(providers)
        case .fte: fteHundredths.map(ContractValue.hundredths)
        case .trained: .integer(trained)
        case .intervisionSessions: .integer(intervisionSessions)
        case .providersSurveyed: .integer(providersSurveyed)
        case .providersSatisfied: .integer(providersSatisfied)
        default: nil
        }
    }
}

extension OutreachSiteRow: ContractRow {
    /// The outreach sites table.
    public static var table: TableKind { .outreachSites }

    /// The value of `column` (see `ContractRow`).
    public func value(_ column: ContractColumn) -> ContractValue? {
        switch column {
        case .network: .text(network)
        case .year: .integer(Int64(year))
        case .siteType: .text(siteType.rawValue)
        case .sites: .integer(sites)
        case .sessions: .integer(sessions)
        default: nil
        }
    }
}

extension Dataset {
    /// The rows of `table` read column by column (empty when the dataset lacks it).
    public func rows(of table: TableKind) -> [any ContractRow] {
        switch table {
        case .networks: networks
        case .population: population ?? []
        case .activity: activity
        case .groupSessions: groupSessions ?? []
        case .operatingCosts: operatingCosts ?? []
        case .beneficiaries: beneficiaries ?? []
        case .waits: waits ?? []
        case .budget: budget ?? []
        case .tariffs: tariffs
        case .outcomes: outcomes ?? []
        case .experience: experience ?? []
        case .workforce: workforce ?? []
        case .outreachSites: outreachSites ?? []
        }
    }
}
