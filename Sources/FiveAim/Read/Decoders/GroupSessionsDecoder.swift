/// Decodes `group_sessions`: distinct group sessions per network, month and function, and how many of them two
/// psychologists/orthopedagogues led (optional column: when the header has it, every row gives it).
struct GroupSessionsDecoder: TableDecoder {
    var schema: TableSchema { TableKind.groupSessions.schema }
    /// The values of its `function` column.
    let functions = FunctionChoices(.groupSessions)
    static let twoPsychologistsColumn = ContractColumn.sessionsTwoPsychologists

    func decode(_ cells: CellReader) -> GroupSessionRow? {
        let network = cells.network()
        let month = cells.month(.month)
        let function = cells.function(functions)
        let sessions = cells.count(.sessions)
        // Absent from the header: not reported (0 here; the table says so). Present: a count is required in every row.
        let twoPsychologists: Int64? =
            cells.header.index(of: Self.twoPsychologistsColumn.rawValue) == nil ? 0 : cells.count(Self.twoPsychologistsColumn)
        guard let network, let month, let function = function ?? nil, let sessions, let twoPsychologists else { return nil }
        if twoPsychologists > sessions {
            cells.fail(
                .twoPsychologistSessionsExceedSessions, Self.twoPsychologistsColumn,
                "column '\(Self.twoPsychologistsColumn)': more sessions led by two psychologists than '\(ContractColumn.sessions)'; expected a part of the row's sessions, 0 to sessions"
            )
            return nil
        }
        return GroupSessionRow(
            network: network.code, month: month, function: function, sessions: sessions,
            sessionsTwoPsychologists: twoPsychologists)
    }

    func key(of row: GroupSessionRow) -> GroupSessionKey {
        GroupSessionKey(network: row.network, month: row.month, function: row.function)
    }
}
