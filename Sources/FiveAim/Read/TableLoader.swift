import FiveAimCSV

/// Reads every file of one table into rows: header, field counts, identifier screen, cells, duplicate keys.
struct TableLoader<Decoder: TableDecoder> {
    let decoder: Decoder
    let context: ValidationContext
    let sink: DiagnosticSink
    let limits: CSVLimits

    /// Reads `files` (paths as the user should see them) as one table; `locations` holds where each key was read
    /// when `keepLocations` is set (empty otherwise, so that a large table's keys are freed once it is read).
    func load(files: [String], keepLocations: Bool = false) throws -> LoadedTable<Decoder> {
        var rows: [Decoder.Row] = []
        var duplicates = DuplicateCheck<Decoder>()
        var sources: [SourceFile] = []
        let memo = CellMemo()
        for file in files {
            let fileNumber = duplicates.startFile(file)
            let outcome = try readFile(file, memo: memo) { row, line in
                if let earlier = duplicates.earlierPlace(
                    of: decoder.key(of: row), file: fileNumber, line: line, rows: rows, decoder: decoder)
                {
                    sink.error(
                        .duplicateKey, at: SourceLocation(file: file, line: line, column: 0),
                        "duplicate row: the same (\(decoder.keyColumns.joined(separator: ", "))) is also at \(earlier); each key appears once per table"
                    )
                } else {
                    rows.append(row)
                }
            }
            if let outcome {
                sources.append(
                    SourceFile(path: file, table: decoder.schema.name, rows: outcome.dataRecords, optionalColumns: outcome.optionalColumns))
            }
        }
        let locations = keepLocations ? duplicates.locations(of: rows, decoder: decoder) : [:]
        return LoadedTable(rows: rows, sources: sources, locations: locations)
    }

    /// What reading one file gave.
    struct FileOutcome {
        /// Data records read (header excluded), rows refused included.
        var dataRecords: Int
        /// The table's optional columns the file's header has, in the contract's order.
        var optionalColumns: [String]
    }

    /// Reads one file of the table: header, field counts, identifier screen, cells; each row decoded is handed to
    /// `accept` with the line it starts on, in file order. Problems go to the sink; returns nil when the file was
    /// abandoned (unreadable, bad header, reader error) and throws `StopReading` once the sink is full.
    func readFile(_ file: String, memo: CellMemo, accept: (Decoder.Row, Int) throws -> Void) throws -> FileOutcome? {
        var header: HeaderMap?
        // One reader of cells per file, pointed at each record in turn (no per-row copy of the context).
        var cells: CellReader?
        var dataRecords = 0
        var abandoned = false
        do {
            try CSVReader(path: file, limits: limits).forEachRecord { record in
                if record.index == 0 {
                    header = HeaderMap(
                        record: record, table: decoder.schema, file: file,
                        allowExtraColumns: context.allowExtraColumns, sink: sink)
                    if header == nil { abandoned = true; throw StopReading() }
                    cells = CellReader(record: record, file: file, header: header!, sink: sink, context: context, memo: memo)
                    return
                }
                dataRecords += 1
                cells!.record = record
                // In place (`inout`): a copy of the reader per row would retain every reference it holds, and the
                // reference counts of the shared context would bounce between the cores of a concurrent read.
                if let row = decodeRecord(&cells!) { try accept(row, record.line) }
                if sink.isFull { throw StopReading() }
            }
        } catch let error as CSVReadError {
            sink.report(Self.diagnostic(for: error, file: file))
            abandoned = true
        } catch is StopReading {
            if sink.isFull { throw StopReading() }
        }
        if abandoned {
            if sink.isFull { throw StopReading() }
            return nil
        }
        if header != nil, dataRecords == 0, !sink.isFull {
            sink.error(
                .noDataRows, at: SourceLocation(file: file, line: 1, column: 0),
                "the file has a header but no data rows; remove the file when table \(decoder.schema.name) is not available")
        }
        if sink.isFull { throw StopReading() }
        let optionalColumns = decoder.schema.columns.filter { !$0.required && header?.index(of: $0.name) != nil }.map(\.name)
        return FileOutcome(dataRecords: dataRecords, optionalColumns: optionalColumns)
    }

    /// The row of a record, or nil after reporting why it has none (field count, a direct identifier, a cell).
    private func decodeRecord(_ cells: inout CellReader) -> Decoder.Row? {
        let record = cells.record
        let file = cells.file
        guard record.count == cells.header.fieldCount else {
            sink.error(
                .fieldCount, at: SourceLocation(file: file, line: record.line, column: 0),
                "\(record.count) fields where the header has \(cells.header.fieldCount); check the delimiter and the quoting of this line")
            return nil
        }
        for index in 0..<record.count {
            if let kind = IdentifierScreen.inspect(record.bytes(index)) {
                sink.error(
                    .directIdentifier, at: SourceLocation(file: file, line: record.line, column: index + 1),
                    "the cell looks like a direct identifier (\(kind.rawValue)); the whole dataset is refused: direct identifiers must never leave the network (remove the value and export again)"
                )
                return nil
            }
        }
        return decoder.decode(cells)
    }

    /// The diagnostic for a reader error.
    static func diagnostic(for error: CSVReadError, file: String) -> Diagnostic {
        let code: DiagnosticCode =
            switch error.kind {
            case .cannotOpen: .cannotOpen
            case .ioFailure: .ioFailure
            case .emptyFile: .emptyFile
            case .emptyHeader: .emptyHeader
            case .noDelimiter: .noDelimiter
            case .mixedDelimiters: .mixedDelimiters
            case .invalidUTF8: .invalidUTF8
            case .nulByte: .nulByte
            case .malformedQuote: .malformedQuote
            case .unterminatedQuote: .unterminatedQuote
            case .lineTooLong: .lineTooLong
            case .fieldTooLong: .fieldTooLong
            case .tooManyFields: .tooManyFields
            case .tooManyRecords: .tooManyRecords
            case .byteOrderMark: .misplacedByteOrderMark
            }
        return Diagnostic(.error, code, at: SourceLocation(file: file, line: error.line, column: error.column), error.message)
    }
}
