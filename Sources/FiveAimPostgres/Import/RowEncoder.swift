import FiveAim

/// Writes a dataset's rows of one table as COPY text rows, in `WarehouseTable.columns` order.
enum RowEncoder {
    /// Encodes every row of `table` in `dataset`.
    static func encode(_ table: WarehouseTable, of dataset: Dataset, into copy: CopyIn) throws {
        switch table.kind {
        case .population:
            for row in dataset.population ?? [] {
                copy.text(row.network); copy.integer(row.year); copy.integer(row.population); copy.integer(row.populationBim)
                try copy.endRow()
            }
        case .activity:
            for row in dataset.activity {
                copy.text(row.network); copy.date(year: row.month.year, month: row.month.month, day: 1); copy.integer(row.pseudocode)
                copy.text(row.ageBand.rawValue); copy.text(row.bim.rawValue); copy.integer(row.units)
                try copy.endRow()
            }
        case .groupSessions:
            for row in dataset.groupSessions ?? [] {
                copy.text(row.network); copy.date(year: row.month.year, month: row.month.month, day: 1); copy.text(row.function.rawValue);
                copy.integer(row.sessions)
                // NULL when the dataset did not report co-led sessions: reading back says so, not "0 co-led".
                if dataset.twoPsychologistSessionsReported { copy.integer(row.sessionsTwoPsychologists) } else { copy.null() }
                try copy.endRow()
            }
        case .operatingCosts:
            for row in dataset.operatingCosts ?? [] {
                copy.text(row.network); copy.date(year: row.month.year, month: row.month.month, day: 1); copy.integer(row.pseudocode);
                copy.literal(row.amount.description)
                try copy.endRow()
            }
        case .beneficiaries:
            for row in dataset.beneficiaries ?? [] {
                copy.text(row.network); copy.integer(row.year); copy.text(row.function?.rawValue ?? "all")
                copy.text(row.ageBand.rawValue); copy.text(row.bim.rawValue); copy.integer(row.beneficiaries)
                try copy.endRow()
            }
        case .waits:
            for row in dataset.waits ?? [] {
                copy.text(row.network); copy.date(year: row.month.year, month: row.month.month, day: 1); copy.text(row.function.rawValue)
                copy.text(row.ageBand.rawValue); copy.text(row.bucket.rawValue); copy.integer(row.count)
                try copy.endRow()
            }
        case .budget:
            for row in dataset.budget ?? [] {
                copy.text(row.network); copy.integer(row.year); copy.text(row.line.rawValue); copy.literal(row.amount.description)
                try copy.endRow()
            }
        case .outcomes:
            for row in dataset.outcomes ?? [] {
                copy.text(row.network); copy.integer(row.year); copy.text(row.function.rawValue); copy.text(row.instrument)
                copy.integer(row.pairs); copy.integer(row.improved); copy.integer(row.unchanged); copy.integer(row.deteriorated)
                if let recovered = row.recovered { copy.integer(recovered) } else { copy.null() }
                try copy.endRow()
            }
        case .experience:
            for row in dataset.experience ?? [] {
                copy.text(row.network); copy.integer(row.year); copy.text(row.instrument); copy.integer(row.respondents);
                copy.integer(row.satisfied)
                try copy.endRow()
            }
        case .workforce:
            for row in dataset.workforce ?? [] {
                copy.text(row.network); copy.integer(row.year); copy.integer(row.providers)
                if let fte = row.fteHundredths { copy.literal(Money(cents: fte).description) } else { copy.null() }
                copy.integer(row.trained); copy.integer(row.intervisionSessions); copy.integer(row.providersSurveyed);
                copy.integer(row.providersSatisfied)
                try copy.endRow()
            }
        case .outreachSites:
            for row in dataset.outreachSites ?? [] {
                copy.text(row.network); copy.integer(row.year); copy.text(row.siteType.rawValue); copy.integer(row.sites);
                copy.integer(row.sessions)
                try copy.endRow()
            }
        case .networks, .tariffs:
            preconditionFailure("networks and tariffs are reference lists, copied by the importer itself")
        }
    }
}
