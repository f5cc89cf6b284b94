import FiveAim

/// A fact table of the warehouse: one per contract table except the reference lists (networks, tariffs, which have
/// their own tables), with how an import replaces it. Its name, columns and key are the contract table's.
struct WarehouseTable: Hashable, Sendable {
    /// The contract table it stores.
    let kind: TableKind

    /// Every fact table, in the contract's order.
    static let allCases: [WarehouseTable] = TableKind.allCases.filter { !$0.hasShippedDefault }.map(WarehouseTable.init)

    /// The table's name (`activity`, `group_sessions` …).
    var name: String { kind.name }

    /// How an import's slices are keyed.
    enum Slice { case month, year }

    /// `fiveaim.<name>`.
    var qualifiedName: String { "fiveaim." + name }

    /// Monthly tables are replaced per (network, month), yearly ones per (network, year).
    var slice: Slice { kind.period == .month ? .month : .year }

    /// The stored columns, in COPY order: the contract's.
    var columns: [String] { kind.columnNames }

    /// The primary key, which is also the reading order: the contract's key.
    var keyColumns: [String] { kind.keyColumns }

    /// Deletes the rows of this table inside the import's slices (temporary tables of the transaction).
    var deleteSlicesStatement: SQLQuery {
        switch slice {
        case .month:
            SQLQuery(
                unsafeRaw:
                    "DELETE FROM \(qualifiedName) t USING pg_temp.import_month_slices s WHERE t.network = s.network AND t.month = s.month")
        case .year:
            SQLQuery(
                unsafeRaw:
                    "DELETE FROM \(qualifiedName) t USING pg_temp.import_year_slices s WHERE t.network = s.network AND t.year = s.year")
        }
    }
}

extension TableKind {
    /// The query that reads the stored table back: its columns in the contract's order (months as `YYYY-MM`, euros
    /// and decimals as whole hundredths), ordered by its key.
    var selectStatement: SQLQuery {
        let list = columns.map { column -> String in
            switch column.type {
            case .month: "to_char(\(column.name), 'YYYY-MM')"
            case .euros: "(\(column.name) * 100)::bigint"
            case .decimal(let scale): "(\(column.name) * 1\(String(repeating: "0", count: scale)))::bigint"
            default: column.name
            }
        }
        return SQLQuery(
            unsafeRaw: "SELECT \(list.joined(separator: ", ")) FROM fiveaim.\(name) ORDER BY \(keyColumns.joined(separator: ", "))")
    }
}
