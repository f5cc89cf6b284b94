import FiveAim
import Foundation
import Testing

@testable import FiveAimPostgres

/// The warehouse stores the contract's tables as the schema declares them: the shipped migrations (whose text never
/// changes) create exactly the schema's columns, keys and code lists, and the import and read lists are the schema's.
/// No server needed: the migrations' text is read.
@Suite struct WarehouseSchemaTests {
    /// The columns, primary key and `IN (…)` code lists of `fiveaim.<table>` after every shipped migration.
    struct StoredTable {
        var columns: [String] = []
        var key: [String] = []
        var codes: [String: Set<String>] = [:]
    }

    static func storedTables() -> [String: StoredTable] {
        var tables: [String: StoredTable] = [:]
        let script = Migration.all.map(\.script).joined(separator: "\n")
        let lines = script.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var current: String?
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("CREATE TABLE fiveaim.") {
                current = String(line.dropFirst("CREATE TABLE fiveaim.".count).prefix { $0 != " " })
                tables[current!] = StoredTable()
                continue
            }
            if line.hasPrefix("ALTER TABLE fiveaim.") {
                let table = String(line.dropFirst("ALTER TABLE fiveaim.".count).prefix { $0 != " " })
                // `ADD COLUMN` on this line or the next; `ADD CONSTRAINT … CHECK (x IN (…))` replaces a code list.
                for text in [line, index + 1 < lines.count ? lines[index + 1] : ""] {
                    if let range = text.range(of: "ADD COLUMN ") {
                        tables[table]?.columns.append(String(text[range.upperBound...].prefix { $0 != " " }))
                    }
                }
                let statement =
                    lines[index...].prefix { !$0.hasSuffix(";") }.joined(separator: " ") + " "
                    + (lines[index...].first { $0.hasSuffix(";") } ?? "")
                if let (column, values) = codeList(in: statement) { tables[table]?.codes[column] = values }
                continue
            }
            guard let table = current else { continue }
            if line.hasPrefix(");") {
                current = nil
                continue
            }
            if line.hasPrefix("PRIMARY KEY (") {
                tables[table]?.key = line.dropFirst("PRIMARY KEY (".count).prefix { $0 != ")" }.split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                continue
            }
            if line.hasPrefix("CHECK") { continue }
            let column = String(line.prefix { $0 != " " })
            tables[table]?.columns.append(column)
            if line.contains("PRIMARY KEY") { tables[table]?.key = [column] }
            if let (listed, values) = codeList(in: line), listed == column { tables[table]?.codes[column] = values }
        }
        return tables
    }

    /// `CHECK (column IN ('a', 'b', …))` in `text`: the column and its values.
    static func codeList(in text: String) -> (String, Set<String>)? {
        guard let check = text.range(of: "CHECK ("), let inRange = text.range(of: " IN (", range: check.upperBound..<text.endIndex) else {
            return nil
        }
        let column = String(text[check.upperBound..<inRange.lowerBound])
        let list = text[inRange.upperBound...].prefix { $0 != ")" }
        let values = list.split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        }
        return (column, Set(values))
    }

    @Test func theMigrationsCreateTheSchemasColumnsKeysAndCodeLists() {
        let stored = Self.storedTables()
        for table in TableKind.allCases {
            let found = stored[table.name]
            #expect(found != nil, "no table fiveaim.\(table.name)")
            #expect(found?.columns == table.columnNames, "fiveaim.\(table.name) columns")
            #expect(found?.key == table.keyColumns, "fiveaim.\(table.name) primary key")
            for column in table.columns {
                guard let codes = column.type.codes else { continue }
                #expect(found?.codes[column.name] == Set(codes), "fiveaim.\(table.name).\(column.name) code list")
            }
        }
    }

    @Test func theFactTablesAreTheContractTablesButTheReferenceLists() {
        #expect(WarehouseTable.allCases.map(\.name) == TableKind.allCases.filter { !$0.hasShippedDefault }.map(\.name))
        // Migration 5 lists the fact tables of its time (row-level security by network) and the reference lists by name;
        // migration 6 gives `outreach_sites` the same policies, forced.
        let security = Migration.all[4].script
        let later: [TableKind] = [.outreachSites]
        let quoted = WarehouseTable.allCases.filter { !later.contains($0.kind) }.map { "'\($0.name)'" }.joined(separator: ", ")
        let outreach = Migration.all[5].script
        #expect(outreach.contains("ALTER TABLE fiveaim.outreach_sites FORCE ROW LEVEL SECURITY;"))
        for policy in ["network_read", "network_insert", "network_update", "network_delete"] {
            #expect(outreach.contains("CREATE POLICY \(policy) ON fiveaim.outreach_sites"), "policy \(policy)")
        }
        #expect(
            security.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: #" +"#, with: " ", options: .regularExpression)
                .contains(quoted))
        #expect(security.contains("ARRAY['networks', 'tariffs']"))
        for table in WarehouseTable.allCases {
            #expect(table.columns == table.kind.columnNames)
            #expect(table.keyColumns == table.kind.keyColumns)
            #expect((table.slice == .month) == table.kind.columnNames.contains(ContractColumn.month.rawValue))
        }
    }

    @Test func theReadQueriesSelectTheSchemasColumnsInKeyOrder() {
        #expect(
            TableKind.activity.selectStatement.sql
                == "SELECT network, to_char(month, 'YYYY-MM'), pseudocode, age_band, bim, units FROM fiveaim.activity ORDER BY network, month, pseudocode, age_band, bim"
        )
        #expect(
            TableKind.workforce.selectStatement.sql
                == "SELECT network, year, providers, (fte * 100)::bigint, trained, intervision_sessions, providers_surveyed, providers_satisfied FROM fiveaim.workforce ORDER BY network, year"
        )
        #expect(
            TableKind.tariffs.selectStatement.sql
                == "SELECT year, pseudocode, (amount_eur * 100)::bigint, (copay_bim_eur * 100)::bigint, (copay_other_eur * 100)::bigint FROM fiveaim.tariffs ORDER BY year, pseudocode"
        )
    }
}
