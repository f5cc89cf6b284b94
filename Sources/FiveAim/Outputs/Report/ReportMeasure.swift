extension DiagnosticCode {
    /// The breakdown files of `Exports/report/measures/` are not exactly the measures the report shows (`ReportMeasure`).
    public static let reportMeasureFiles = DiagnosticCode(rawValue: "FA4005")
}

/// A breakdown the report shows besides the catalogue's indicators, one file `Exports/report/measures/<id>.yaml` each.
///
/// The id of every breakdown is derived here and only here; `ReportResources.load` checks that the folder holds exactly
/// the files of `allCases`, so a section cannot ask for a figure no file defines.
public enum ReportMeasure: Hashable, Sendable, CaseIterable {
    /// Group sessions of a care function (1 to 3).
    case groupSessions(CareFunction)
    /// Group participations of a care function (1 to 3).
    case groupParticipations(CareFunction)
    /// Mean group size of function 2 or 3 (function 1's is the catalogue's `mean_group_size_f1`).
    case groupSize(CareFunction)
    /// Individual sessions of function 2 or 3.
    case individualSessions(CareFunction)
    /// The amount allocated to a budget line.
    case budget(BudgetLine)
    /// Hours of one support-mission code (art. 8).
    case missionHours(code: Int)
    /// Net spending of a care function, missions or administrative codes.
    case spending(CareFunction)
    /// The share of first sessions in one wait bucket (a known wait).
    case wait(WaitBucket)
    /// The share of clients whose age band is unknown.
    case unknownAgeShare
    /// The share of clients whose BIM status is unknown.
    case unknownBimShare
    /// Operating costs invoiced under one cost centre of art. 14 §2.
    case operatingCost(code: Int)
    /// Operating costs of one cost centre divided by the operating budget line.
    case operatingShare(code: Int)
    /// Outreach sites of one kind (nil: every kind) the network worked at in the year (art. 8 §2).
    case outreachSites(OutreachSiteType?)
    /// Sessions held at outreach sites of one kind (nil: every kind) in the year (art. 8 §2).
    case outreachSessions(OutreachSiteType?)
    /// The network's providers in the year (`workforce.providers`).
    case workforceProviders
    /// The providers' full-time equivalents in the year (`workforce.fte`, two decimals).
    case workforceFTE

    /// The functions with group work, as the groups table lists them.
    public static let groupFunctions: [CareFunction] = [.community, .support, .treatment]
    /// The functions with individual sessions and a group size of their own.
    public static let individualFunctions: [CareFunction] = [.support, .treatment]
    /// The support-mission codes of art. 8, as the missions table lists them.
    public static let missionCodes = [726950, 726972, 726994, 727016]
    /// The spending rows of the budget section.
    public static let spendingFunctions: [CareFunction] = [.community, .support, .treatment, .mission, .administrative]
    /// The cost centres of art. 14 §2 (727112 … 727285), as the operating-costs table lists them.
    public static let costCentreCodes = [727112, 727134, 727156, 727171, 727193, 727215, 727230, 727252, 727263, 727285]
    /// The wait buckets of the waits table (every bucket but unknown).
    public static let waitBuckets = WaitBucket.allCases.filter { $0 != .unknown }

    /// Every measure, in the order of the report's sections.
    public static let allCases: [ReportMeasure] =
        waitBuckets.map(wait)
        + groupFunctions.flatMap { [groupParticipations($0), groupSessions($0)] }
        + individualFunctions.map(individualSessions) + individualFunctions.map(groupSize)
        + missionCodes.map { missionHours(code: $0) } + BudgetLine.allCases.map(budget) + spendingFunctions.map(spending)
        + [unknownAgeShare, unknownBimShare]
        + costCentreCodes.flatMap { [operatingCost(code: $0), operatingShare(code: $0)] }
        + ([nil] + OutreachSiteType.allCases.map(Optional.some)).flatMap { [outreachSites($0), outreachSessions($0)] }
        + [workforceProviders, workforceFTE]

    /// The indicator id of the breakdown, e.g. `report_group_sessions_f2`: the file `measures/<id>.yaml`.
    public var id: String {
        switch self {
        case .groupSessions(let function): "report_group_sessions_f\(function.rawValue)"
        case .groupParticipations(let function): "report_group_participations_f\(function.rawValue)"
        case .groupSize(let function): "report_group_size_f\(function.rawValue)"
        case .individualSessions(let function): "report_individual_sessions_f\(function.rawValue)"
        case .budget(let line): "report_budget_\(line.rawValue)"
        case .missionHours(let code): "report_mission_hours_\(code)"
        case .spending(let function): "report_spending_\(function.rawValue)"
        case .wait(let bucket):
            "report_wait_" + bucket.rawValue.replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: "+", with: "_plus")
        case .unknownAgeShare: "report_unknown_age_share"
        case .unknownBimShare: "report_unknown_bim_share"
        case .operatingCost(let code): "report_operating_cost_\(code)"
        case .operatingShare(let code): "report_operating_share_\(code)"
        case .outreachSites(let type): "report_outreach_sites_" + (type?.rawValue ?? "all")
        case .outreachSessions(let type): "report_outreach_sessions_" + (type?.rawValue ?? "all")
        case .workforceProviders: "report_workforce_providers"
        case .workforceFTE: "report_workforce_fte"
        }
    }

    /// The ids of every measure.
    public static let ids: Set<String> = Set(allCases.map(\.id))

    /// One error per measure without a file in `folder` and per `.yaml` file of `files` that is no measure (`files`
    /// being the names in `folder`).
    static func check(files: [String], folder: String) -> [Diagnostic] {
        let present = Set(files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) })
        let missing = allCases.map(\.id).filter { !present.contains($0) }.map { id in
            Diagnostic(
                .error, .reportMeasureFiles, at: SourceLocation(file: "\(folder)/\(id).yaml", line: 0, column: 0),
                "missing report measure '\(id)'; expected one file per measure the report shows")
        }
        let extra = present.subtracting(ids).sorted().map { id in
            Diagnostic(
                .error, .reportMeasureFiles, at: SourceLocation(file: "\(folder)/\(id).yaml", line: 0, column: 0),
                "'\(id)' is not a measure the report shows; expected only the measures of ReportMeasure")
        }
        return missing + extra
    }
}
