/// Decodes `workforce`: providers, training, intervision and provider survey.
struct WorkforceDecoder: TableDecoder {
    var schema: TableSchema { TableKind.workforce.schema }

    func decode(_ cells: CellReader) -> WorkforceRow? {
        let network = cells.network()
        let year = cells.year(.year, in: YearMonth.conventionStart.year...cells.context.runMonth.year)
        let providers = cells.count(.providers)
        let fte: Int64?? =
            cells.isMissing(.fte) ? .some(nil) : cells.fixedPoint(.fte, scale: 2, what: "full-time equivalents").map { .some($0) }
        let trained = cells.count(.trained)
        let intervision = cells.count(.intervisionSessions)
        let surveyed = cells.count(.providersSurveyed)
        let satisfied = cells.count(.providersSatisfied)
        guard let network, let year, let providers, let fte, let trained, let intervision, let surveyed, let satisfied else { return nil }
        if trained > providers {
            cells.fail(.partExceedsWhole, .trained, "column '\(ContractColumn.trained)': more than the providers")
            return nil
        }
        if surveyed > providers {
            cells.fail(.partExceedsWhole, .providersSurveyed, "column '\(ContractColumn.providersSurveyed)': more than the providers")
            return nil
        }
        if satisfied > surveyed {
            cells.fail(
                .partExceedsWhole, .providersSatisfied, "column '\(ContractColumn.providersSatisfied)': more than the providers surveyed")
            return nil
        }
        return WorkforceRow(
            network: network.code, year: year, providers: providers, fteHundredths: fte, trained: trained,
            intervisionSessions: intervision, providersSurveyed: surveyed, providersSatisfied: satisfied)
    }

    func key(of row: WorkforceRow) -> [AnyHashable] { [row.network, row.year] }
}
