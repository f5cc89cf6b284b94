/// The short account `fiveaim validate` prints for a valid dataset.
public struct DatasetSummary: Sendable {
    /// Row counts per table present, in contract order, with the number of files.
    public var tables: [(table: TableKind, files: Int, rows: Int)]
    /// Optional tables absent from the dataset.
    public var missingTables: [TableKind]
    /// Networks with activity, out of those in force.
    public var networksWithActivity: Int
    /// Networks in force.
    public var networksInForce: Int
    /// Months with activity.
    public var months: ClosedRange<YearMonth>?
    /// With `group_sessions`: whether it reports the sessions two psychologists led, and how many of how many sessions.
    public var twoPsychologistSessions: (reported: Bool, coLed: Int64, sessions: Int64)?

    /// Summarises a dataset.
    public init(_ dataset: Dataset) {
        var perTable: [TableKind: (files: Int, rows: Int)] = [:]
        for source in dataset.sources {
            guard let table = TableKind(rawValue: source.table) else { continue }
            perTable[table, default: (0, 0)].files += 1
            perTable[table, default: (0, 0)].rows += source.rows
        }
        tables = perTable.keys.sorted().map { ($0, perTable[$0]!.files, perTable[$0]!.rows) }
        missingTables = TableKind.allCases.filter { !$0.hasShippedDefault && $0.isListedWhenMissing && !dataset.isPresent($0) }
        networksWithActivity = Set(dataset.activity.map(\.network)).count
        networksInForce = dataset.networks.count
        months = dataset.monthsCovered
        if let rows = dataset.groupSessions {
            twoPsychologistSessions = (
                dataset.twoPsychologistSessionsReported, rows.reduce(0) { $0 + $1.sessionsTwoPsychologists },
                rows.reduce(0) { $0 + $1.sessions }
            )
        }
    }

    /// The printed form; `disabled` maps each missing table to the indicators that need it; `plausibilityWarnings`
    /// counts the warnings of `PlausibilityChecks` (nil: not checked).
    public func render(disabled: [TableKind: [String]] = [:], plausibilityWarnings: Int? = nil) -> String {
        var lines = ["dataset is valid"]
        for entry in tables {
            let files = entry.files == 1 ? "1 file" : "\(entry.files) files"
            lines.append("  \(entry.table.name.padding(to: 16)) \(String(entry.rows).leftPadding(to: 9)) rows  (\(files))")
        }
        lines.append("networks: \(networksWithActivity) with activity of \(networksInForce) in force")
        if let months {
            let count = months.upperBound.ordinal - months.lowerBound.ordinal + 1
            lines.append("months:   \(months.lowerBound) to \(months.upperBound) (\(count) months)")
        }
        if missingTables.isEmpty {
            lines.append("optional tables: all present")
        } else {
            lines.append("optional tables missing: \(missingTables.map(\.name).joined(separator: ", "))")
            for table in missingTables {
                if let ids = disabled[table], !ids.isEmpty {
                    lines.append("  without \(table.name): not available: \(ids.joined(separator: ", "))")
                }
            }
        }
        switch twoPsychologistSessions {
        case nil: break
        case (true, let coLed, let sessions)?:
            lines.append("group fees: \(coLed) of \(sessions) group sessions led by two psychologists, each billed twice (art. 15 §2 3°)")
        case (false, _, let sessions)?:
            lines.append(
                "group fees: two-psychologist sessions not reported (no column sessions_two_psychologists): each of the \(sessions) group sessions priced with one psychologist fee (art. 15 §2 3°)"
            )
        }
        switch plausibilityWarnings {
        case nil: break
        case 0?: lines.append("plausibility: no warnings")
        case let count?:
            lines.append("plausibility: \(count) warning\(count == 1 ? "" : "s") (FA208x, on standard error); the dataset is valid")
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func padding(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadding(to width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
