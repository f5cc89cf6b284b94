/// Whether `group_sessions` reports the sessions two psychologists/orthopedagogues led: a fact of the whole table.
enum TwoPsychologistColumn {
    /// True when every file of the table has the column in its header, false when none has; split files that disagree
    /// are refused (FA2033) at each file without it, since their sessions could not all be priced the same way.
    static func isReported(in files: [SourceFile], sink: DiagnosticSink) -> Bool {
        let column = GroupSessionsDecoder.twoPsychologistsColumn.rawValue
        let without = files.filter { !$0.optionalColumns.contains(column) }
        if without.isEmpty { return !files.isEmpty }
        if without.count < files.count {
            for file in without {
                sink.error(
                    .inconsistentSplitFiles, at: SourceLocation(file: file.path, line: 1, column: 0),
                    "the header has no column '\(column)' while other files of table group_sessions have it; expected the same columns in every file of a table (add the column, 0 where no session was co-led)"
                )
            }
        }
        return false
    }
}
