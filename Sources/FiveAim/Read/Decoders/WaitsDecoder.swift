/// Decodes `waits`: histogram of the wait from help request to first individual session.
struct WaitsDecoder: TableDecoder {
    var schema: TableSchema { TableKind.waits.schema }
    var keyColumns: [String] { ["network", "month", "function", "age_band", "bucket"] }

    func decode(_ cells: CellReader) -> WaitRow? {
        let network = cells.network()
        let month = cells.month("month")
        let function = cells.function(allowed: [.support, .treatment])
        let band = cells.ageBand(for: network?.network)
        let bucket = cells.code("bucket", as: WaitBucket.self)
        let count = cells.count("count")
        guard let network, let month, let function = function ?? nil, let band, let bucket, let count else { return nil }
        return WaitRow(network: network.code, month: month, function: function, ageBand: band, bucket: bucket, count: count)
    }

    func key(of row: WaitRow) -> [AnyHashable] { [row.network, row.month, row.function, row.ageBand, row.bucket] }
}
