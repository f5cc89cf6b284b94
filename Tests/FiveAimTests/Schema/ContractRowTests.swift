import Foundation
import Testing

@testable import FiveAim
@testable import FiveAimDemo

/// `ContractRow`: every table's rows read column by column, the columns taken from the schema (`TableKind.columns`).
struct ContractRowTests {
    /// A short demo dataset (2024-04 to 2024-06) with its folder: every contract table but the shipped defaults.
    static let demo: Result<(folder: String, dataset: Dataset), Error> = Result {
        let folder = try TestSupport.temporaryFolder() + "/demo"
        _ = try DemoDataset.write(
            to: folder, reference: TestSupport.reference, options: DemoOptions(until: YearMonth(year: 2024, month: 6)))
        return (folder, try TestSupport.read(folder, problemLimit: 50))
    }

    @Test(
        "every table's rows answer for each column the schema gives the table, a required one always, and for no other column",
        arguments: TableKind.allCases)
    func accessorCoversEveryColumnOfTheTable(_ table: TableKind) throws {
        let rows = try Self.demo.get().dataset.rows(of: table)
        try #require(!rows.isEmpty, "the demo has no \(table.name) row")
        #expect(rows.allSatisfy { type(of: $0).table == table })
        for spec in table.columns {
            let column = try #require(spec.column)
            let answered = rows.count(where: { $0.value(column) != nil })
            if spec.required {
                #expect(answered == rows.count, "\(table.name).\(column) is not read by the row accessor")
            } else {
                #expect(answered > 0, "\(table.name).\(column) (optional) is never read by the row accessor")
            }
        }
        let others = ContractColumn.allCases.filter { table.column($0) == nil }
        for column in others {
            #expect(rows.allSatisfy { $0.value(column) == nil }, "\(table.name) answers for \(column), which it lacks")
        }
    }

    @Test("the accessor gives back the demo's files cell for cell, in the schema's column order", arguments: TableKind.allCases)
    func accessorGivesBackTheFiles(_ table: TableKind) throws {
        let (folder, dataset) = try Self.demo.get()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { TableKind.forFile(named: $0) == table }
        // networks and tariffs: the shipped defaults, not written by the demo.
        guard !files.isEmpty else { return }
        var lines: [String] = []
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let fileLines = text.split(separator: "\n").map(String.init)
            #expect(fileLines.first == table.columnNames.joined(separator: ","))
            lines += fileLines.dropFirst()
        }
        let columns = table.columns.compactMap(\.column)
        let read = dataset.rows(of: table).map { row in columns.map { row.value($0)?.text ?? "" }.joined(separator: ",") }
        #expect(read.sorted() == lines.sorted())
    }
}
