/// Decodes `beneficiaries`: distinct people per network and year (`BE` rows give national totals).
struct BeneficiariesDecoder: TableDecoder {
    var schema: TableSchema { TableKind.beneficiaries.schema }
    /// The values of its `function` column.
    let functions = FunctionChoices(.beneficiaries)

    func decode(_ cells: CellReader) -> BeneficiaryRow? {
        let network = cells.network(allowNational: true)
        let year = cells.year(.year, in: YearMonth.conventionStart.year...cells.context.runMonth.year)
        let function = cells.function(functions)
        let band = cells.ageBand(for: network)
        let bim = cells.code(.bim, as: BimStatus.self)
        let count = cells.count(.beneficiaries)
        guard let network, let year, let function, let band, let bim, let count else { return nil }
        return BeneficiaryRow(network: network.code, year: year, function: function, ageBand: band, bim: bim, beneficiaries: count)
    }

    func key(of row: BeneficiaryRow) -> BeneficiaryKey {
        BeneficiaryKey(network: row.network, year: row.year, function: row.function, ageBand: row.ageBand, bim: row.bim)
    }
}

/// The key of a beneficiaries row (`function` nil for `all`).
struct BeneficiaryKey: Hashable {
    let network: String
    let year: Int
    let function: CareFunction?
    let ageBand: AgeBand
    let bim: BimStatus
}
