/// Decodes `group_sessions`: distinct group sessions per network, month and function.
struct GroupSessionsDecoder: TableDecoder {
    var schema: TableSchema { TableKind.groupSessions.schema }
    var keyColumns: [String] { ["network", "month", "function"] }

    func decode(_ cells: CellReader) -> GroupSessionRow? {
        let network = cells.network()
        let month = cells.month("month")
        let function = cells.function(allowed: [.community, .support, .treatment])
        let sessions = cells.count("sessions")
        guard let network, let month, let function = function ?? nil, let sessions else { return nil }
        return GroupSessionRow(network: network.code, month: month, function: function, sessions: sessions)
    }

    func key(of row: GroupSessionRow) -> GroupSessionKey {
        GroupSessionKey(network: row.network, month: row.month, function: row.function)
    }
}
