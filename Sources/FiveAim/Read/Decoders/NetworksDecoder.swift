/// Decodes `networks`: the reference list of networks.
///
/// Besides the contract's columns a file may have `languages`: the codes of the languages the network works in,
/// separated by spaces (`fr nl`); absent or empty, the region's (`Region.languages`). The warehouse does not store it:
/// networks read back from a database get their region's languages.
struct NetworksDecoder: TableDecoder {
    /// The optional column of the networks' languages.
    static let languagesColumn = "languages"

    var schema: TableSchema {
        TableSchema(
            name: TableKind.networks.name, columns: TableKind.networks.columns + [ColumnSpec(Self.languagesColumn, required: false)])
    }

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
        let languages = languages(cells)
        guard let code, let name, let group, let region, let languages else { return nil }
        return Network(code: code, name: name, targetGroup: group, region: region, languages: languages.isEmpty ? nil : languages)
    }

    /// `fr nl` → the languages, in the order written; empty when the column is absent or its cell empty; nil (reported)
    /// when a word is not a language code or a code is repeated.
    private func languages(_ cells: CellReader) -> [Language]? {
        let column = Self.languagesColumn
        guard !cells.isMissing(column), let text = cells.text(column) else { return [] }
        var languages: [Language] = []
        for word in text.split(separator: " ") {
            guard let language = Language(rawValue: String(word)), !languages.contains(language) else {
                cells.fail(
                    .notInCodeList, column,
                    "column '\(column)': not a list of \(Language.allCases.map(\.rawValue).joined(separator: ", ")) separated by spaces, each once"
                )
                return nil
            }
            languages.append(language)
        }
        return languages
    }

    func key(of row: Network) -> String { row.code }
}
