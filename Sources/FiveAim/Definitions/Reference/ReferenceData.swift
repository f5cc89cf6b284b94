/// The convention's reference data shipped under `Indicators/reference/`: Annex 1 pseudocodes,
/// art. 14 §2 cost centres, the 32 networks, the tariffs of art. 15 and 18 and the budget lines of art. 14 §1 year by year.
public struct ReferenceData: Sendable {
    /// Annex 1 pseudocodes by code.
    public var pseudocodes: [Int: Pseudocode]
    /// Operating-cost centres by code.
    public var costCentres: [Int: CostCentre]
    /// The shipped networks (a dataset's own `networks` table replaces them).
    public var networks: [Network]
    /// The shipped tariffs (a dataset's own `tariffs` table replaces them for the years it covers).
    public var tariffs: [TariffRow]
    /// The budget lines of art. 14 §1 (2024) and of art. 14 as replaced by the 2026 amendment, with their years.
    public var budgetLines: BudgetLineTable
    /// The kinds of outreach site of art. 8 §2 (and of the 2026 amendment), with their first year.
    public var outreachSiteTypes: OutreachSiteTypeTable
    /// The 2026 amendment's return-to-work budget per network and year.
    public var returnToWork: ReturnToWorkBudgetTable
    /// The files read, for traceability.
    public var sources: [SourceFile]

    /// Creates reference data.
    public init(
        pseudocodes: [Int: Pseudocode], costCentres: [Int: CostCentre], networks: [Network], tariffs: [TariffRow],
        budgetLines: BudgetLineTable = BudgetLineTable([]),
        outreachSiteTypes: OutreachSiteTypeTable = OutreachSiteTypeTable([]),
        returnToWork: ReturnToWorkBudgetTable = ReturnToWorkBudgetTable([]), sources: [SourceFile] = []
    ) {
        self.pseudocodes = pseudocodes
        self.costCentres = costCentres
        self.networks = networks
        self.tariffs = tariffs
        self.budgetLines = budgetLines
        self.outreachSiteTypes = outreachSiteTypes
        self.returnToWork = returnToWork
        self.sources = sources
    }
}
