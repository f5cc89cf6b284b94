/// Checks that span tables, run once every table is read.
enum CrossTableChecks {
    /// Group sessions need participations of the psychologist's group code of the same function,
    /// network and month in `activity` (726412 for function 1, 726655 for 2, 726891 for 3).
    static func groupSessionsHaveParticipations(_ dataset: Dataset, reference: ReferenceData, locations: [GroupSessionKey: SourceLocation], sink: DiagnosticSink) {
        guard let sessions = dataset.groupSessions else { return }
        // The psychologist's group codes (a handful): compared with each row's code, no lookup per row.
        let groupCodes = reference.pseudocodes.values.filter { $0.modality == .group && $0.providerRole == .psychologist }
            .map { (code: $0.code, function: $0.function) }
        var participations: Set<GroupSessionKey> = []
        for row in dataset.activity where row.units > 0 {
            for group in groupCodes where group.code == row.pseudocode {
                participations.insert(GroupSessionKey(network: row.network, month: row.month, function: group.function))
            }
        }
        for row in sessions where row.sessions > 0 {
            let key = GroupSessionKey(network: row.network, month: row.month, function: row.function)
            if !participations.contains(key) {
                sink.error(.groupSessionsWithoutParticipations, at: locations[key],
                           "group sessions of function \(row.function.rawValue) with no participations in activity for the same network and month; expected the psychologist's group code with units > 0")
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
