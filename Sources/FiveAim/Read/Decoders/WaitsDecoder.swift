/// Decodes `waits`: histogram of the wait from help request to first individual session.
struct WaitsDecoder: TableDecoder {
    var schema: TableSchema { TableKind.waits.schema }
    /// The values of its `function` column.
    let functions = FunctionChoices(.waits)

    func decode(_ cells: CellReader) -> WaitRow? {
        let network = cells.network()
        let month = cells.month(.month)
        let function = cells.function(functions)
        let band = cells.ageBand(for: network)
        let bucket = cells.code(.bucket, as: WaitBucket.self)
        let count = cells.count(.count)
        guard let network, let month, let function = function ?? nil, let band, let bucket, let count else { return nil }
        return WaitRow(network: network.code, month: month, function: function, ageBand: band, bucket: bucket, count: count)
    }

    /// The networks of this decoder's rows, numbered for the keys (a decoder reads one table).
    let networkNumbers = NetworkNumbers()

    /// Network (numbered in order of first appearance), month, function, age band, bucket: the order of sorted exports.
    func order(of key: WaitKey) -> KeyOrder? {
        KeyOrder(
            high: UInt64(key.network) << 32 | UInt64(key.month),
            low: UInt64(key.function.slot) << 16 | UInt64(key.ageBand.slot) << 8 | UInt64(key.bucket.slot), month: Int(key.month))
    }

    func key(of row: WaitRow) -> WaitKey {
        WaitKey(
            network: networkNumbers.index(of: row.network), month: UInt32(truncatingIfNeeded: row.month.ordinal),
            function: row.function, ageBand: row.ageBand, bucket: row.bucket)
    }
}

/// The key of a waits row, compact: the network is a number given by the decoder (`NetworkNumbers`).
struct WaitKey: Hashable {
    let network: UInt32
    let month: UInt32
    let function: CareFunction
    let ageBand: AgeBand
    let bucket: WaitBucket

    /// Hashes the fields packed into two words.
    func hash(into hasher: inout Hasher) {
        hasher.combine(UInt64(network) << 32 | UInt64(month))
        hasher.combine(UInt64(function.slot) << 16 | UInt64(ageBand.slot) << 8 | UInt64(bucket.slot))
    }
}
