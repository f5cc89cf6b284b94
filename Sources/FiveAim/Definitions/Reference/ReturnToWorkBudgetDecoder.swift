/// Decodes `Indicators/reference/return_to_work_budget.csv`: the 2026 amendment's table of extra budget per network
/// (« Répartition budgétaire »), amounts in exact euros as printed.
///
/// Columns: `network`, `year`, `art8_addition`, `care_base_addition` (empty: not set for the year), `total` (empty
/// exactly when `care_base_addition` is), `source`. A printed total may be one cent off the sum of its parts (the
/// amendment rounds each figure on its own: EMERGO, KWADRAAT, PAKT and ZWV); more than that is an error.
struct ReturnToWorkBudgetDecoder: TableDecoder {
    static let columns = ["network", "year", "art8_addition", "care_base_addition", "total", "source"]
    var schema: TableSchema {
        TableSchema(name: "return_to_work_budget", columns: Self.columns.map { ColumnSpec($0) })
    }
    var keyColumns: [String] { ["network", "year"] }

    func decode(_ cells: CellReader) -> ReturnToWorkAllocation? {
        let network = cells.text("network")
        let year = cells.year("year", in: ReturnToWorkBudgetTable.firstYear...2100)
        let art8 = cells.money("art8_addition")
        let careBase: Money?? = cells.isMissing("care_base_addition") ? .some(nil) : cells.money("care_base_addition").map { .some($0) }
        let total: Money?? = cells.isMissing("total") ? .some(nil) : cells.money("total").map { .some($0) }
        let source = cells.text("source")
        guard let network, let year, let art8, let careBase, let total, let source else { return nil }
        switch (careBase, total) {
        case (let part?, let printed?):
            let gap = (art8 + part - printed).cents
            if abs(gap) > 1 {
                cells.fail(
                    .notADecimal, "total",
                    "column 'total': not art8_addition + care_base_addition (off by more than one cent); expected the total as printed in the amendment"
                )
                return nil
            }
        case (nil, nil): break
        default:
            cells.fail(
                .missingValue, "total",
                "column 'total': given without care_base_addition or missing beside it; expected both or neither")
            return nil
        }
        return ReturnToWorkAllocation(
            network: network, year: year, art8Addition: art8, careBaseAddition: careBase, total: total, source: source)
    }

    func key(of row: ReturnToWorkAllocation) -> String { "\(row.network)|\(row.year)" }
}

/// What the rows of `return_to_work_budget.csv` must hold together: every network one of the shipped adult networks or
/// the German-speaking community's (the amendment's « 20 réseaux pour adultes et le réseau de la communauté
/// germanophone »), a 2026 row for each, and from 2027 an art. 8 addition twice the network's 2026 one (« Ce budget
/// sera doublé à partir de 2027 »).
struct ReturnToWorkBudgetTableCheck {
    let file: String
    let sink: DiagnosticSink

    func check(_ loaded: LoadedTable<ReturnToWorkBudgetDecoder>, networks: [Network]) {
        let decoder = ReturnToWorkBudgetDecoder()
        func location(_ row: ReturnToWorkAllocation) -> SourceLocation {
            loaded.locations[decoder.key(of: row)] ?? SourceLocation(file: file, line: 0, column: 0)
        }
        for row in loaded.rows {
            guard let network = networks.first(where: { $0.code == row.network }) else {
                sink.error(
                    .referenceData, at: location(row),
                    "column 'network': not a network of reference/networks.csv; expected an adult network or COM-GER")
                continue
            }
            if network.targetGroup == .child {
                sink.error(
                    .referenceData, at: location(row),
                    "column 'network': a child and adolescent network; the amendment's return-to-work budget goes to the adult networks and COM-GER"
                )
            }
            guard row.year > ReturnToWorkBudgetTable.firstYear else { continue }
            guard let first = loaded.rows.first(where: { $0.network == row.network && $0.year == ReturnToWorkBudgetTable.firstYear })
            else {
                sink.error(
                    .referenceData, at: location(row),
                    "network \(row.network) has a \(row.year) row but no 2026 row; expected the amendment's 2026 table first")
                continue
            }
            if row.art8Addition != first.art8Addition * 2 {
                sink.error(
                    .referenceData, at: location(row),
                    "column 'art8_addition': not twice the network's 2026 amount; the amendment doubles the art. 8 addition from 2027 (« Ce budget sera doublé à partir de 2027 »)"
                )
            }
        }
    }
}
