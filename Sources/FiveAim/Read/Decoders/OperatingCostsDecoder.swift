/// Decodes `operating_costs`: invoiced costs per cost centre of art. 14 §2.
struct OperatingCostsDecoder: TableDecoder {
    var schema: TableSchema { TableKind.operatingCosts.schema }

    func decode(_ cells: CellReader) -> OperatingCostRow? {
        let network = cells.network()
        let month = cells.month(.month)
        let code = costCentre(cells)
        let amount = cells.money(.amountEur)
        guard let network, let month, let code, let amount else { return nil }
        return OperatingCostRow(network: network.code, month: month, pseudocode: code, amount: amount)
    }

    private func costCentre(_ cells: CellReader) -> Int? {
        guard let value = cells.text(.pseudocode) else { return nil }
        guard value.utf8.count == 6, let number = Int(value), cells.context.reference.costCentres[number] != nil else {
            cells.fail(
                .unknownPseudocode, .pseudocode,
                "column '\(ContractColumn.pseudocode)': not an operating-cost centre of art. 14 §2 (727112 … 727285); see Indicators/reference/cost_centres.csv"
            )
            return nil
        }
        return number
    }

    func key(of row: OperatingCostRow) -> OperatingCostKey {
        OperatingCostKey(network: row.network, month: row.month, pseudocode: row.pseudocode)
    }
}

/// The key of an operating-costs row.
struct OperatingCostKey: Hashable {
    let network: String
    let month: YearMonth
    let pseudocode: Int
}
