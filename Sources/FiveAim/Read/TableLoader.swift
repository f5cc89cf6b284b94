import FiveAimCSV

/// Reads every file of one table into rows: header, field counts, identifier screen, cells, duplicate keys.
struct TableLoader<Decoder: TableDecoder> {
    let decoder: Decoder
    let context: ValidationContext
    let sink: DiagnosticSink
    let limits: CSVLimits

    /// Reads `files` (paths as the user should see them) as one table; `locations` holds where each key was read
    /// when `keepLocations` is set (empty otherwise, so that a large table's keys are freed once it is read).
    func load(files: [String], keepLocations: Bool = false) throws -> (rows: [Decoder.Row], sources: [SourceFile], locations: [Decoder.Key: SourceLocation]) {
        var rows: [Decoder.Row] = []
        var seen: [Decoder.Key: Int] = [:]
        var places = PlaceBook()
        var sources: [SourceFile] = []
        let memo = CellMemo()
        for file in files {
            let fileNumber = places.add(file: file)
            var header: HeaderMap?
            // One reader of cells per file, pointed at each record in turn (no per-row copy of the context).
            var cells: CellReader?
            var dataRecords = 0
            var abandoned = false
            do {
                try CSVReader(path: file, limits: limits).forEachRecord { record in
                    if record.index == 0 {
                        header = HeaderMap(record: record, table: decoder.schema, file: file,
                                           allowExtraColumns: context.allowExtraColumns, sink: sink)
                        if header == nil { abandoned = true; throw StopReading() }
                        cells = CellReader(record: record, file: file, header: header!, sink: sink, context: context, memo: memo)
                        return
                    }
                    dataRecords += 1
                    cells!.record = record
                    try consume(&cells!, fileNumber: fileNumber, rows: &rows, seen: &seen, places: &places)
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
                continue
            }
            if header != nil, dataRecords == 0, !sink.isFull {
                sink.error(.noDataRows, at: SourceLocation(file: file, line: 1, column: 0),
                           "the file has a header but no data rows; remove the file when table \(decoder.schema.name) is not available")
            }
            sources.append(SourceFile(path: file, table: decoder.schema.name, rows: dataRecords))
            if sink.isFull { throw StopReading() }
        }
        let locations = keepLocations ? seen.mapValues(places.location) : [:]
        return (rows, sources, locations)
    }

    private func consume(_ cells: inout CellReader, fileNumber: Int,
                         rows: inout [Decoder.Row], seen: inout [Decoder.Key: Int], places: inout PlaceBook) throws {
        let record = cells.record
        let file = cells.file
        guard record.count == cells.header.fieldCount else {
            sink.error(.fieldCount, at: SourceLocation(file: file, line: record.line, column: 0),
                       "\(record.count) fields where the header has \(cells.header.fieldCount); check the delimiter and the quoting of this line")
            return
        }
        for index in 0..<record.count {
            if let kind = IdentifierScreen.inspect(record.bytes(index)) {
                sink.error(.directIdentifier, at: SourceLocation(file: file, line: record.line, column: index + 1),
                           "the cell looks like a direct identifier (\(kind.rawValue)); the whole dataset is refused: direct identifiers must never leave the network (remove the value and export again)")
                return
            }
        }
        guard let row = decoder.decode(cells) else { return }
        let key = decoder.key(of: row)
        // One hash per row: the slot is filled when the key is new and holds the earlier place otherwise.
        let place = places.pack(file: fileNumber, line: record.line)
        var earlier: Int?
        Self.claim(&seen[key, default: PlaceBook.vacant], place: place, earlier: &earlier)
        if let earlier {
            sink.error(.duplicateKey, at: SourceLocation(file: file, line: record.line, column: 0),
                       "duplicate row: the same (\(decoder.keyColumns.joined(separator: ", "))) is also at \(places.location(earlier)); each key appears once per table")
            return
        }
        rows.append(row)
    }

    private static func claim(_ slot: inout Int, place: Int, earlier: inout Int?) {
        if slot == PlaceBook.vacant { slot = place } else { earlier = slot }
    }

    /// The diagnostic for a reader error.
    static func diagnostic(for error: CSVReadError, file: String) -> Diagnostic {
        let code: DiagnosticCode = switch error.kind {
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
        }
        return Diagnostic(.error, code, at: SourceLocation(file: file, line: error.line, column: error.column), error.message)
    }
}

/// The files of one table load, and each row's place packed into one `Int` (file number and line) for the
/// duplicate-key map: a `SourceLocation` per distinct key would cost a string reference and two integers.
struct PlaceBook {
    /// The value of a slot that holds no place yet.
    static let vacant = -1
    private var files: [String] = []
    /// Places whose file number or line do not fit the packing (never in practice), kept whole.
    private var overflow: [SourceLocation] = []
    private static let lineBits = 40

    /// Adds a file and returns its number.
    mutating func add(file: String) -> Int {
        files.append(file)
        return files.count - 1
    }

    /// The packed place of `line` in file number `file` (≥ 0).
    mutating func pack(file: Int, line: Int) -> Int {
        if file < 1 << 22, line >= 0, line < 1 << Self.lineBits { return file << Self.lineBits | line }
        overflow.append(SourceLocation(file: files[file], line: line, column: 0))
        return -2 - (overflow.count - 1)
    }

    /// The location of a packed place.
    func location(_ packed: Int) -> SourceLocation {
        if packed < 0 { return overflow[-2 - packed] }
        return SourceLocation(file: files[packed >> Self.lineBits], line: packed & (1 << Self.lineBits - 1), column: 0)
    }
}
