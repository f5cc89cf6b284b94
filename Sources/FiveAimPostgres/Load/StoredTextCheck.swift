import FiveAim

/// The checks a dataset read back from the database gets on its untrusted text, as `DatasetReader` gives a directory's:
/// a database edited by hand must not bring in what a CSV file could not. Network codes match `NetworkCodePattern`
/// (every table's network column), free text (network names, instruments) is one line of visible characters without a
/// direct identifier, and instrument keys are distinct after NFC and case folding. A failure is FA3030, naming the
/// table and column, never the value.
enum StoredTextCheck {
    static func check(_ dataset: Dataset) throws(DiagnosticError) {
        for network in dataset.networks {
            try code(network.code, .networks, .network)
            try text(network.name, .networks, .name)
        }
        try codes(dataset.activity.map(\.network), .activity)
        try codes(dataset.population?.map(\.network), .population)
        try codes(dataset.groupSessions?.map(\.network), .groupSessions)
        try codes(dataset.operatingCosts?.map(\.network), .operatingCosts)
        try codes(dataset.beneficiaries?.map(\.network), .beneficiaries)
        try codes(dataset.waits?.map(\.network), .waits)
        try codes(dataset.budget?.map(\.network), .budget)
        try codes(dataset.outcomes?.map(\.network), .outcomes)
        try codes(dataset.experience?.map(\.network), .experience)
        try codes(dataset.workforce?.map(\.network), .workforce)
        try codes(dataset.outreachSites?.map(\.network), .outreachSites)
        var outcomeKeys: Set<[AnyHashable]> = []
        for row in dataset.outcomes ?? [] {
            try text(row.instrument, .outcomes, .instrument)
            let key: [AnyHashable] = [row.network, row.year, row.function, FreeText.comparisonKey(row.instrument)]
            guard outcomeKeys.insert(key).inserted else { throw repeated(.outcomes) }
        }
        var experienceKeys: Set<[AnyHashable]> = []
        for row in dataset.experience ?? [] {
            try text(row.instrument, .experience, .instrument)
            let key: [AnyHashable] = [row.network, row.year, FreeText.comparisonKey(row.instrument)]
            guard experienceKeys.insert(key).inserted else { throw repeated(.experience) }
        }
    }

    private static func codes(_ values: [String]?, _ table: TableKind) throws(DiagnosticError) {
        // Rows come sorted by network: each distinct code is checked once.
        var last: String?
        for value in values ?? [] where value != last {
            try code(value, table, .network)
            last = value
        }
    }

    private static func code(_ value: String, _ table: TableKind, _ column: ContractColumn) throws(DiagnosticError) {
        guard NetworkCodePattern.matches(value) else {
            throw invalid(table, column, "a stored value is not a network code (\(NetworkCodePattern.expected))")
        }
    }

    private static func text(_ value: String, _ table: TableKind, _ column: ContractColumn) throws(DiagnosticError) {
        if let problem = FreeText.problem(in: value) {
            throw invalid(table, column, "a stored text contains \(problem.description)")
        }
        if let kind = IdentifierScreen.inspect(value) {
            throw invalid(table, column, "a stored text looks like a direct identifier (\(kind.rawValue)); remove it from the database")
        }
    }

    private static func repeated(_ table: TableKind) -> DiagnosticError {
        invalid(table, .instrument, "two stored rows differ only in the case or Unicode form of the instrument")
    }

    private static func invalid(_ table: TableKind, _ column: ContractColumn, _ what: String) -> DiagnosticError {
        DiagnosticError.database(
            .databaseInvalidRow, exitCode: .dataError,
            "table fiveaim.\(table.name), column \(column): \(what); the database was changed outside fiveaim (re-import the dataset)")
    }
}
