/// A validated dataset in memory: what every engine and writer consumes.
///
/// Optional tables are nil when absent, so indicators needing them report "not available", never 0.
public struct Dataset: Sendable {
    /// The networks in force (the dataset's own list, or the shipped one).
    public var networks: [Network]
    /// Whether `networks` came from the dataset rather than from `Indicators/reference/`.
    public var networksFromDataset: Bool
    /// Tariffs in force: the dataset's for the years it covers, the shipped ones otherwise.
    public var tariffs: [TariffRow]
    /// Attested services (required).
    public var activity: [ActivityRow]
    /// Inhabitants per network and year.
    public var population: [PopulationRow]?
    /// Distinct group sessions.
    public var groupSessions: [GroupSessionRow]?
    /// Whether `group_sessions` reports `sessions_two_psychologists` (a fact of the table, not of a row): without it,
    /// every session is priced with one psychologist group fee and the outputs say that co-led sessions were not reported.
    public var twoPsychologistSessionsReported = false
    /// Invoiced operating costs.
    public var operatingCosts: [OperatingCostRow]?
    /// Distinct beneficiaries (not additive).
    public var beneficiaries: [BeneficiaryRow]?
    /// Wait-time histograms.
    public var waits: [WaitRow]?
    /// Yearly budget allocations.
    public var budget: [BudgetRow]?
    /// Reliable-change outcomes.
    public var outcomes: [OutcomeRow]?
    /// Patient-experience survey.
    public var experience: [ExperienceRow]?
    /// Workforce figures.
    public var workforce: [WorkforceRow]?
    /// Outreach sites and their sessions by kind of site (art. 8 §2).
    public var outreachSites: [OutreachSiteRow]?
    /// Every file read, with its table and row count.
    public var sources: [SourceFile]

    /// Creates a dataset with only the required parts; optional tables start absent.
    public init(
        networks: [Network], networksFromDataset: Bool = false, tariffs: [TariffRow], activity: [ActivityRow], sources: [SourceFile] = []
    ) {
        self.networks = networks
        self.networksFromDataset = networksFromDataset
        self.tariffs = tariffs
        self.activity = activity
        self.sources = sources
    }

    /// Whether the dataset holds `table` (networks and tariffs always have the shipped default).
    public func isPresent(_ table: TableKind) -> Bool {
        switch table {
        case .networks, .tariffs, .activity: true
        case .population: population != nil
        case .groupSessions: groupSessions != nil
        case .operatingCosts: operatingCosts != nil
        case .beneficiaries: beneficiaries != nil
        case .waits: waits != nil
        case .budget: budget != nil
        case .outcomes: outcomes != nil
        case .experience: experience != nil
        case .workforce: workforce != nil
        case .outreachSites: outreachSites != nil
        }
    }

    /// Where a table was read from, for messages about the table as a whole: its first file (line and column 0).
    public func location(of table: TableKind) -> SourceLocation? {
        sources.first { $0.table == table.name }.map { SourceLocation(file: $0.path, line: 0, column: 0) }
    }

    /// Months with activity, first to last.
    public var monthsCovered: ClosedRange<YearMonth>? {
        guard let first = activity.min(by: { $0.month < $1.month })?.month,
            let last = activity.max(by: { $0.month < $1.month })?.month
        else { return nil }
        return first...last
    }
}
