// The data contract's tables, declared once (docs/data-contract.md). Everything else derives from these declarations:
// the header check and duplicate-key messages of the reader, the column-total bounds (`ColumnTotalLimits`), the
// catalogue's measures and filters (`MeasureTable`), the extract vocabulary, the demo writer's headers and the
// warehouse's COPY and SELECT lists. Adding a column: name it in `ContractColumn`, declare it in its table below, keep
// it in the row type, read it in the table's decoder (`ContractSchemaTests` checks that each decoder reads exactly its
// table's columns), write it in the demo generator and `RowEncoder`, read it back in `DatabaseReader`, and add a new
// warehouse migration (shipped migrations never change; `WarehouseSchemaTests` checks them against the schema).

/// A column of the data contract, its name written here once: tables, decoders, checks, vocabularies and the warehouse
/// name their columns through it (docs/data-contract.md).
public enum ContractColumn: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case network = "network"
    case name = "name"
    case targetGroup = "target_group"
    case region = "region"
    case year = "year"
    case month = "month"
    case population = "population"
    case populationBim = "population_bim"
    case pseudocode = "pseudocode"
    case ageBand = "age_band"
    case bim = "bim"
    case units = "units"
    case function = "function"
    case sessions = "sessions"
    case sessionsTwoPsychologists = "sessions_two_psychologists"
    case amountEur = "amount_eur"
    case beneficiaries = "beneficiaries"
    case bucket = "bucket"
    case count = "count"
    case line = "line"
    case copayBimEur = "copay_bim_eur"
    case copayOtherEur = "copay_other_eur"
    case instrument = "instrument"
    case pairs = "pairs"
    case improved = "improved"
    case unchanged = "unchanged"
    case deteriorated = "deteriorated"
    case recovered = "recovered"
    case respondents = "respondents"
    case satisfied = "satisfied"
    case providers = "providers"
    case fte = "fte"
    case trained = "trained"
    case intervisionSessions = "intervision_sessions"
    case providersSurveyed = "providers_surveyed"
    case providersSatisfied = "providers_satisfied"
    case siteType = "site_type"
    case sites = "sites"

    /// The name as written in headers, messages and the warehouse.
    public var description: String { rawValue }
}

extension TableKind {
    /// The table's columns in the contract's order (the order of headers written and of the warehouse's COPY lists):
    /// name, type, key membership, whether the header must have it, the bound on its total, and the measure it gives.
    public var columns: [ColumnSpec] {
        switch self {
        case .networks:
            [
                .init(.network, .networkCode(national: false), key: true), .init(.name, .text),
                .init(.targetGroup, .code(TargetGroup.allCases.map(\.rawValue))), .init(.region, .code(Region.allCases.map(\.rawValue))),
            ]
        case .population:
            [
                .init(.network, .networkCode(national: false), key: true), .init(.year, .year, key: true),
                .init(.population, .count, total: .count, measure: .init(.count, disclosive: false, "inhabitants")),
                .init(
                    .populationBim, .count, total: .count,
                    measure: .init(.count, disclosive: false, "inhabitants with increased reimbursement")),
            ]
        case .activity:
            [
                .init(.network, .networkCode(national: false), key: true), .init(.month, .month, key: true),
                .init(.pseudocode, .annexPseudocode, key: true), .init(.ageBand, .code(AgeBand.allCases.map(\.rawValue)), key: true),
                .init(.bim, .code(BimStatus.allCases.map(\.rawValue)), key: true),
                .init(
                    .units, .count, total: .count,
                    measure: .init(.count, disclosive: true, "Σ units (sessions, participations, hours or fees, by code)")),
            ]
        case .groupSessions:
            [
                .init(.network, .networkCode(national: false), key: true), .init(.month, .month, key: true),
                .init(.function, .code(["1", "2", "3"]), key: true),
                .init(.sessions, .count, total: .count, measure: .init(.count, disclosive: true, "Σ distinct group sessions")),
                // Each co-led session bills the group fee twice (art. 15 §2 3°): sessions + these is bounded.
                .init(.sessionsTwoPsychologists, .count, required: false, total: .countWith(.sessions)),
            ]
        case .operatingCosts:
            [
                .init(.network, .networkCode(national: false), key: true), .init(.month, .month, key: true),
                .init(.pseudocode, .costCentre, key: true),
                .init(.amountEur, .euros, total: .money, measure: .init(.money, disclosive: false, "Σ invoiced operating costs (euros)")),
            ]
        case .beneficiaries:
            [
                .init(.network, .networkCode(national: true), key: true), .init(.year, .year, key: true),
                .init(.function, .code(["all", "2", "3"]), key: true),
                .init(.ageBand, .code(AgeBand.allCases.map(\.rawValue)), key: true),
                .init(.bim, .code(BimStatus.allCases.map(\.rawValue)), key: true),
                .init(
                    .beneficiaries, .count, total: .count,
                    measure: .init(.count, additive: false, disclosive: true, "distinct people (never summed across networks)")),
            ]
        case .waits:
            [
                .init(.network, .networkCode(national: false), key: true), .init(.month, .month, key: true),
                .init(.function, .code(["2", "3"]), key: true), .init(.ageBand, .code(AgeBand.allCases.map(\.rawValue)), key: true),
                .init(.bucket, .code(WaitBucket.allCases.map(\.rawValue)), key: true),
                .init(
                    .count, .count, total: .count,
                    measure: .init(.count, disclosive: true, "Σ first individual sessions (histogram counts)")),
            ]
        case .budget:
            [
                .init(.network, .networkCode(national: false), key: true), .init(.year, .year, key: true),
                .init(.line, .code(BudgetLine.allCases.map(\.rawValue)), key: true),
                .init(.amountEur, .euros, total: .money, measure: .init(.money, disclosive: false, "Σ yearly allocation (euros)")),
            ]
        case .tariffs:
            [
                .init(.year, .year, key: true), .init(.pseudocode, .annexPseudocode, key: true),
                .init(.amountEur, .euros), .init(.copayBimEur, .euros), .init(.copayOtherEur, .euros),
            ]
        case .outcomes:
            [
                .init(.network, .networkCode(national: false), key: true), .init(.year, .year, key: true),
                .init(.function, .code(["1", "2", "3"]), key: true), .init(.instrument, .text, key: true),
                .init(.pairs, .count, total: .count, measure: .init(.count, disclosive: true, "Σ pre/post measurement pairs")),
                .init(.improved, .count, measure: .init(.count, disclosive: true, "Σ reliably improved")),
                .init(.unchanged, .count, measure: .init(.count, disclosive: true, "Σ unchanged")),
                .init(.deteriorated, .count, measure: .init(.count, disclosive: true, "Σ reliably deteriorated")),
                .init(.recovered, .count, required: false),
            ]
        case .experience:
            [
                .init(.network, .networkCode(national: false), key: true), .init(.year, .year, key: true),
                .init(.instrument, .text, key: true),
                .init(.respondents, .count, total: .count, measure: .init(.count, disclosive: true, "Σ survey respondents")),
                .init(.satisfied, .count, measure: .init(.count, disclosive: true, "Σ satisfied respondents")),
            ]
        case .workforce:
            [
                .init(.network, .networkCode(national: false), key: true), .init(.year, .year, key: true),
                .init(.providers, .count, total: .count, measure: .init(.count, disclosive: true, "Σ providers")),
                .init(
                    .fte, .decimal(scale: 2), required: false, total: .count,
                    measure: .init(.count, disclosive: false, "Σ full-time equivalents (rows without fte left out)")),
                .init(.trained, .count, measure: .init(.count, disclosive: true, "Σ providers trained")),
                .init(
                    .intervisionSessions, .count, total: .count, measure: .init(.count, disclosive: false, "Σ intervision sessions")),
                .init(.providersSurveyed, .count, total: .count, measure: .init(.count, disclosive: true, "Σ providers surveyed")),
                .init(.providersSatisfied, .count, measure: .init(.count, disclosive: true, "Σ providers satisfied")),
            ]
        case .outreachSites:
            [
                .init(.network, .networkCode(national: false), key: true), .init(.year, .year, key: true),
                .init(.siteType, .code(OutreachSiteType.allCases.map(\.rawValue)), key: true),
                .init(.sites, .count, total: .count, measure: .init(.count, disclosive: false, "Σ outreach sites with an agreement")),
                .init(.sessions, .count, total: .count, measure: .init(.count, disclosive: true, "Σ sessions held at outreach sites")),
            ]
        }
    }

    /// What one row covers: a month or a year of one network (`networks` lists networks; `tariffs` are per year).
    public var period: TablePeriod {
        if columns.contains(where: { $0.column == .month }) { return .month }
        if columns.contains(where: { $0.column == .year }) { return .year }
        return .none
    }
}
