/// Decodes `workforce`: providers, training, intervision and provider survey.
struct WorkforceDecoder: TableDecoder {
    var schema: TableSchema { TableKind.workforce.schema }
    var keyColumns: [String] { ["network", "year"] }

    func decode(_ cells: CellReader) -> WorkforceRow? {
        let network = cells.network()
        let year = cells.year("year", in: YearMonth.conventionStart.year...cells.context.runMonth.year)
        let providers = cells.count("providers")
        let fte: Int64?? =
            cells.isMissing("fte") ? .some(nil) : cells.fixedPoint("fte", scale: 2, what: "full-time equivalents").map { .some($0) }
        let trained = cells.count("trained")
        let intervision = cells.count("intervision_sessions")
        let surveyed = cells.count("providers_surveyed")
        let satisfied = cells.count("providers_satisfied")
        guard let network, let year, let providers, let fte, let trained, let intervision, let surveyed, let satisfied else { return nil }
        if trained > providers {
            cells.fail(.partExceedsWhole, "trained", "column 'trained': more than the providers")
            return nil
        }
        if surveyed > providers {
            cells.fail(.partExceedsWhole, "providers_surveyed", "column 'providers_surveyed': more than the providers")
            return nil
        }
        if satisfied > surveyed {
            cells.fail(.partExceedsWhole, "providers_satisfied", "column 'providers_satisfied': more than the providers surveyed")
            return nil
        }
        return WorkforceRow(
            network: network.code, year: year, providers: providers, fteHundredths: fte, trained: trained,
            intervisionSessions: intervision, providersSurveyed: surveyed, providersSatisfied: satisfied)
    }

    func key(of row: WorkforceRow) -> [AnyHashable] { [row.network, row.year] }
}
