/// Checks that span tables, run once every table is read.
enum CrossTableChecks {
    /// Group sessions need participations of the psychologist's group code of the same function,
    /// network and month in `activity` (726412 for function 1, 726655 for 2, 726891 for 3).
    static func groupSessionsHaveParticipations(
        _ dataset: Dataset, reference: ReferenceData, locations: [GroupSessionKey: SourceLocation], sink: DiagnosticSink
    ) {
        guard let sessions = dataset.groupSessions else { return }
        // The psychologist's group codes (a handful): compared with each row's code, no lookup per row.
        let groupCodes = reference.pseudocodes.values.filter { $0.modality == .group && $0.providerRole == .psychologist }
            .map { (code: $0.code, function: $0.function) }
        // Which (network, month, function) of the sessions' networks and months have participations: one flag each,
        // networks numbered by the sessions (rows come grouped by network: numbering checks the last code first).
        var numbering = NetworkNumbering()
        var first = Int.max, last = Int.min
        for row in sessions where row.sessions > 0 {
            _ = numbering.number(row.network)
            first = min(first, row.month.ordinal)
            last = max(last, row.month.ordinal)
        }
        guard first <= last else { return }
        let months = first...last
        let networkCount = numbering.codes.count
        let functionCount = CareFunction.allCases.count
        func flag(_ network: Int32, _ month: YearMonth, _ function: CareFunction) -> Int {
            (Int(network) * months.count + month.ordinal - months.lowerBound) * functionCount + function.slot
        }
        var participations = [Bool](repeating: false, count: networkCount * months.count * functionCount)
        dataset.activity.withUnsafeBufferPointer { rows in
            for index in rows.indices where rows[index].units > 0 && months.contains(rows[index].month.ordinal) {
                for group in groupCodes where group.code == rows[index].pseudocode {
                    let network = numbering.number(rows[index].network)
                    if Int(network) < networkCount { participations[flag(network, rows[index].month, group.function)] = true }
                }
            }
        }
        for row in sessions where row.sessions > 0 {
            if !participations[flag(numbering.number(row.network), row.month, row.function)] {
                let key = GroupSessionKey(network: row.network, month: row.month, function: row.function)
                sink.error(
                    .groupSessionsWithoutParticipations, at: locations[key],
                    "group sessions of function \(row.function.rawValue) with no participations in activity for the same network and month; expected the psychologist's group code with units > 0"
                )
                if sink.isFull { return }
            }
        }
    }
}

/// Network, month and function of group work.
struct GroupSessionKey: Hashable {
    let network: String
    let month: YearMonth
    let function: CareFunction
}
