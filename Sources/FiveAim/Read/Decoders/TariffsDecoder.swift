/// Decodes `tariffs`: fees and co-payments per year and pseudocode.
struct TariffsDecoder: TableDecoder {
    var schema: TableSchema { TableKind.tariffs.schema }

    func decode(_ cells: CellReader) -> TariffRow? {
        let year = cells.year(.year, in: YearMonth.conventionStart.year...(cells.context.runMonth.year + 1))
        let code = cells.pseudocode()
        let amount = cells.money(.amountEur)
        let copayBim = cells.money(.copayBimEur)
        let copayOther = cells.money(.copayOtherEur)
        guard let year, let code, let amount, let copayBim, let copayOther else { return nil }
        return TariffRow(year: year, pseudocode: code.code, amount: amount, copayBim: copayBim, copayOther: copayOther)
    }

    func key(of row: TariffRow) -> [AnyHashable] { [row.year, row.pseudocode] }
}
