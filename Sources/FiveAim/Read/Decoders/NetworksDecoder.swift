/// Decodes `networks`: the reference list of networks.
struct NetworksDecoder: TableDecoder {
    var schema: TableSchema { TableKind.networks.schema }

    func decode(_ cells: CellReader) -> Network? {
        let code = cells.networkCode(.network)
        if let code, code == Network.nationalCode {
            cells.fail(
                .nationalCodeNotAllowed, .network,
                "column '\(ContractColumn.network)': BE is reserved for national figures; expected a network code")
            return nil
        }
        let name = cells.freeText(.name)
        let group = cells.code(.targetGroup, as: TargetGroup.self)
        let region = cells.code(.region, as: Region.self)
        guard let code, let name, let group, let region else { return nil }
        return Network(code: code, name: name, targetGroup: group, region: region)
    }

    func key(of row: Network) -> String { row.code }
}
