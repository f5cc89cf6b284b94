/// Decodes `activity`: attested services, checked against Annex 1.
struct ActivityDecoder: TableDecoder {
    var schema: TableSchema { TableKind.activity.schema }

    func decode(_ cells: CellReader) -> ActivityRow? {
        let network = cells.network()
        let code = cells.annexCode()
        let month = cells.month(.month, earliest: code?.validFrom ?? .conventionStart)
        let band = cells.ageBand(for: network)
        let bim = cells.code(.bim, as: BimStatus.self)
        let units = cells.count(.units)
        guard let network, let code, let month, let band, let bim, let units else { return nil }
        if code.hasUnregisteredParticipants, band != .unknown || bim != .unknown {
            let column: ContractColumn = band != .unknown ? .ageBand : .bim
            let unit = cells.context.reference.pseudocodes[code.code]!.unit
            cells.fail(
                .unregisteredParticipants, column,
                "column '\(column)': pseudocode \(code.code) counts \(unit.rawValue.replacingOccurrences(of: "_", with: " "))s whose participants are not registered; expected 'unknown'"
            )
            return nil
        }
        return ActivityRow(network: network.code, month: month, pseudocode: code.code, ageBand: band, bim: bim, units: units)
    }

    /// The networks of this decoder's rows, numbered for the keys (a decoder reads one table).
    let networkNumbers = NetworkNumbers()

    /// Network (numbered in order of first appearance), month, code, age band, status: the order of sorted exports.
    func order(of key: ActivityKey) -> KeyOrder? {
        KeyOrder(
            high: UInt64(key.network) << 32 | UInt64(key.month),
            low: UInt64(key.pseudocode) << 16 | UInt64(key.ageBand.slot) << 8 | UInt64(key.bim.slot), month: Int(key.month))
    }

    func key(of row: ActivityRow) -> ActivityKey {
        ActivityKey(
            network: networkNumbers.index(of: row.network), month: UInt32(truncatingIfNeeded: row.month.ordinal),
            pseudocode: UInt32(truncatingIfNeeded: row.pseudocode),
            ageBand: row.ageBand, bim: row.bim)
    }
}

/// The key of an activity row, compact (16 bytes) because a large table keeps one per row while it is read:
/// the network is a number given by the decoder (`NetworkNumbers`), months and codes are validated and small.
struct ActivityKey: Hashable {
    let network: UInt32
    let month: UInt32
    let pseudocode: UInt32
    let ageBand: AgeBand
    let bim: BimStatus

    /// Hashes the fields packed into two words (one hash per row of a large table).
    func hash(into hasher: inout Hasher) {
        hasher.combine(UInt64(network) << 32 | UInt64(month))
        hasher.combine(UInt64(pseudocode) << 16 | UInt64(ageBand.slot) << 8 | UInt64(bim.slot))
    }
}

extension CellReader {
    /// What decoding needs of an Annex 1 pseudocode (`pseudocode(_:)` without copying the code's texts).
    func annexCode(_ column: String = ContractColumn.pseudocode.rawValue) -> AnnexCode? {
        if let number = Self.sixDigits(bytes(column)), let known = memo.annexCode(number) { return known }
        guard let code = pseudocode(column) else { return nil }
        let facts = AnnexCode(code: code.code, validFrom: code.validFrom, hasUnregisteredParticipants: code.hasUnregisteredParticipants)
        if let number = Self.sixDigits(bytes(column)), number == code.code { memo.remember(facts) }
        return facts
    }

    /// The number a cell of exactly six ASCII digits writes, nil for any other cell.
    static func sixDigits(_ cell: UnsafeRawBufferPointer?) -> Int? {
        guard let cell, cell.count == 6 else { return nil }
        var number = 0
        for byte in cell {
            let digit = byte &- 0x30
            if digit >= 10 { return nil }
            number = number * 10 + Int(digit)
        }
        return number
    }

    /// An Annex 1 pseudocode.
    func pseudocode(_ column: String = ContractColumn.pseudocode.rawValue) -> Pseudocode? {
        // Fast path: exactly six digits naming an Annex 1 code, read without making a string.
        if let number = Self.sixDigits(bytes(column)), let code = context.reference.pseudocodes[number] { return code }
        guard let value = text(column) else { return nil }
        guard value.utf8.count == 6, let number = Int(value), let code = context.reference.pseudocodes[number] else {
            fail(
                .unknownPseudocode, column,
                "column '\(column)': not a pseudocode of Annex 1 (726412 … 727090, 400352, 400175, 400315); see Indicators/reference/pseudocodes.csv"
            )
            return nil
        }
        return code
    }
}
