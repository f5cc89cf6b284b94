/// Relations the data contract implies between tables, checked on a valid dataset: a breach is a warning (the export
/// may be right and the relation loose), printed by `fiveaim validate` for the network to look at.
///
/// - a co-facilitated session is a group session: for each co-facilitator code, its sessions in a network, month and
///   function are at most the `group_sessions` of that function (FA2080);
/// - a person helped in functions 2 and 3 counts once in `all`: per network (or `BE`) and year, the `all` total lies
///   between the larger of the function 2 and 3 totals and their sum (FA2081);
/// - a person seen in two networks counts once nationally: per year and function, a `BE` total is at least each
///   network's and, when every network in force has rows, at most their sum (FA2082).
///
/// Totals are compared, never individual cells (a person's age band and status are those of their first service,
/// which can differ between functions). Messages name networks, months and totals, never a person.
public enum PlausibilityChecks {
    /// The warnings for `dataset`, in check order, sorted within each check.
    public static func warnings(_ dataset: Dataset, reference: ReferenceData) -> [Diagnostic] {
        cofacilitation(dataset, reference: reference) + allFunctions(dataset) + national(dataset)
    }

    private static func cofacilitation(_ dataset: Dataset, reference: ReferenceData) -> [Diagnostic] {
        guard let groupSessions = dataset.groupSessions else { return [] }
        // The co-facilitator codes (a handful): compared with each row's code, no lookup per row.
        let cofacilitators = reference.pseudocodes.values.filter { $0.modality == .cofacilitation }.map {
            (code: $0.code, function: $0.function)
        }
        guard !cofacilitators.isEmpty else { return [] }
        struct Cell: Hashable { let network: String, month: YearMonth, function: CareFunction }
        var sessions: [Cell: Int64] = [:]
        for row in groupSessions {
            sessions[Cell(network: row.network, month: row.month, function: row.function), default: 0] += row.sessions
        }
        // Per cell and code: the units, and the first activity row (its file and line are the warning's place).
        var cofacilitated: [Cell: [Int: (units: Int64, firstRow: Int)]] = [:]
        dataset.activity.withUnsafeBufferPointer { rows in
            for index in rows.indices {
                for code in cofacilitators where code.code == rows[index].pseudocode {
                    let cell = Cell(network: rows[index].network, month: rows[index].month, function: code.function)
                    let sum = cofacilitated[cell]?[code.code]
                    cofacilitated[cell, default: [:]][code.code] = ((sum?.units ?? 0) + rows[index].units, sum?.firstRow ?? index)
                }
            }
        }
        var breaches: [(cell: Cell, code: Int, units: Int64, held: Int64, row: Int)] = []
        for (cell, codes) in cofacilitated {
            let held = sessions[cell] ?? 0
            for (code, sum) in codes where sum.units > held { breaches.append((cell, code, sum.units, held, sum.firstRow)) }
        }
        let places = RowPlaces.locate(breaches.map(\.row), of: .activity, in: dataset)
        var warnings: [Diagnostic] = []
        for (cell, code, units, held, row) in breaches {
            warnings.append(
                Diagnostic(
                    .warning, .cofacilitationExceedsSessions, at: places[row] ?? dataset.location(of: .activity),
                    "network \(cell.network), \(cell.month), function \(cell.function.rawValue): pseudocode \(code) co-facilitated \(units) session(s) but group_sessions has \(held); a co-facilitated session is a group session (check both exports)"
                ))
        }
        return warnings.sorted()
    }

    private static func allFunctions(_ dataset: Dataset) -> [Diagnostic] {
        guard let beneficiaries = dataset.beneficiaries else { return [] }
        struct Cell: Hashable { let network: String, year: Int }
        var totals: [Cell: (support: Int64?, treatment: Int64?, all: Int64?)] = [:]
        for row in beneficiaries {
            let cell = Cell(network: row.network, year: row.year)
            var total = totals[cell] ?? (nil, nil, nil)
            switch row.function {
            case .support: total.support = (total.support ?? 0) + row.beneficiaries
            case .treatment: total.treatment = (total.treatment ?? 0) + row.beneficiaries
            case nil: total.all = (total.all ?? 0) + row.beneficiaries
            default: break
            }
            totals[cell] = total
        }
        var warnings: [Diagnostic] = []
        for (cell, total) in totals {
            guard let all = total.all, let support = total.support, let treatment = total.treatment else { continue }
            if all < max(support, treatment) || all > support + treatment {
                warnings.append(
                    Diagnostic(
                        .warning, .allFunctionsOutsideBounds, at: dataset.location(of: .beneficiaries),
                        "network \(cell.network), \(cell.year): \(all) people for all functions, where functions 2 and 3 have \(support) and \(treatment); expected between \(max(support, treatment)) and \(support + treatment) (a person helped in both functions counts once in all)"
                    ))
            }
        }
        return warnings.sorted()
    }

    private static func national(_ dataset: Dataset) -> [Diagnostic] {
        guard let beneficiaries = dataset.beneficiaries else { return [] }
        struct Cell: Hashable { let year: Int, function: CareFunction? }
        var national: [Cell: Int64] = [:]
        var networks: [Cell: [String: Int64]] = [:]
        for row in beneficiaries {
            let cell = Cell(year: row.year, function: row.function)
            if row.network == Network.nationalCode {
                national[cell, default: 0] += row.beneficiaries
            } else {
                networks[cell, default: [:]][row.network, default: 0] += row.beneficiaries
            }
        }
        let inForce = Set(dataset.networks.map(\.code)).subtracting([Network.nationalCode])
        var warnings: [Diagnostic] = []
        for (cell, total) in national {
            let parts = networks[cell] ?? [:]
            let function = cell.function.map { "function \($0.rawValue)" } ?? "all functions"
            if let (largest, count) = parts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), total < count {
                warnings.append(
                    Diagnostic(
                        .warning, .nationalOutsideBounds, at: dataset.location(of: .beneficiaries),
                        "BE, \(cell.year), \(function): \(total) people nationally but \(count) in network \(largest); a national distinct total is at least each network's"
                    ))
            }
            let sum = parts.values.reduce(0, +)
            if inForce.isSubset(of: parts.keys), total > sum {
                warnings.append(
                    Diagnostic(
                        .warning, .nationalOutsideBounds, at: dataset.location(of: .beneficiaries),
                        "BE, \(cell.year), \(function): \(total) people nationally, more than the \(sum) of all networks together; a person seen in two networks counts once nationally"
                    ))
            }
        }
        return warnings.sorted()
    }
}
