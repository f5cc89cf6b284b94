/// Decodes `activity`: attested services, checked against Annex 1.
struct ActivityDecoder: TableDecoder {
    var schema: TableSchema { TableKind.activity.schema }
    var keyColumns: [String] { ["network", "month", "pseudocode", "age_band", "bim"] }

    func decode(_ cells: CellReader) -> ActivityRow? {
        let network = cells.network()
        let code = cells.pseudocode()
        let month = cells.month("month", earliest: code?.validFrom ?? .conventionStart)
        let band = cells.ageBand(for: network?.network)
        let bim = cells.code("bim", as: BimStatus.self)
        let units = cells.count("units")
        guard let network, let code, let month, let band, let bim, let units else { return nil }
        if code.hasUnregisteredParticipants, band != .unknown || bim != .unknown {
            let column = band != .unknown ? "age_band" : "bim"
            cells.fail(.unregisteredParticipants, column,
                       "column '\(column)': pseudocode \(code.code) counts \(code.unit.rawValue.replacingOccurrences(of: "_", with: " "))s whose participants are not registered; expected 'unknown'")
            return nil
        }
        return ActivityRow(network: network.code, month: month, pseudocode: code.code, ageBand: band, bim: bim, units: units)
    }

    func key(of row: ActivityRow) -> ActivityKey {
        ActivityKey(network: row.network, month: row.month.ordinal, pseudocode: row.pseudocode, ageBand: row.ageBand, bim: row.bim)
    }
}

/// The key of an activity row.
struct ActivityKey: Hashable {
    let network: String
    let month: Int
    let pseudocode: Int
    let ageBand: AgeBand
    let bim: BimStatus
}

extension CellReader {
    /// An Annex 1 pseudocode.
    func pseudocode(_ column: String = "pseudocode") -> Pseudocode? {
        guard let value = text(column) else { return nil }
        guard value.utf8.count == 6, let number = Int(value), let code = context.reference.pseudocodes[number] else {
            fail(.unknownPseudocode, column, "column '\(column)': not a pseudocode of Annex 1 (726412 … 727090, 400352, 400175, 400315); see Indicators/reference/pseudocodes.csv")
            return nil
        }
        return code
    }
}
