import FiveAimCSV

/// Reads every file of one table into rows: header, field counts, identifier screen, cells, duplicate keys.
struct TableLoader<Decoder: TableDecoder> {
    let decoder: Decoder
    let context: ValidationContext
    let sink: DiagnosticSink
    let limits: CSVLimits

    /// Reads `files` (paths as the user should see them) as one table.
    func load(files: [String]) throws -> (rows: [Decoder.Row], sources: [SourceFile], locations: [Decoder.Key: SourceLocation]) {
        var rows: [Decoder.Row] = []
        var seen: [Decoder.Key: SourceLocation] = [:]
        var sources: [SourceFile] = []
        for file in files {
            var header: HeaderMap?
            var dataRecords = 0
            var abandoned = false
            do {
                try CSVReader(path: file, limits: limits).forEachRecord { record in
                    if record.index == 0 {
                        header = HeaderMap(record: record, table: decoder.schema, file: file,
                                           allowExtraColumns: context.allowExtraColumns, sink: sink)
                        if header == nil { abandoned = true; throw StopReading() }
                        return
                    }
                    dataRecords += 1
                    try consume(record, header: header!, file: file, rows: &rows, seen: &seen)
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
        return (rows, sources, seen)
    }

    private func consume(_ record: CSVRecord, header: HeaderMap, file: String,
                         rows: inout [Decoder.Row], seen: inout [Decoder.Key: SourceLocation]) throws {
        let rowLocation = SourceLocation(file: file, line: record.line, column: 0)
        guard record.count == header.fieldCount else {
            sink.error(.fieldCount, at: rowLocation,
                       "\(record.count) fields where the header has \(header.fieldCount); check the delimiter and the quoting of this line")
            return
        }
        for index in 0..<record.count {
            if let kind = IdentifierScreen.inspect(record.bytes(index)) {
                sink.error(.directIdentifier, at: SourceLocation(file: file, line: record.line, column: index + 1),
                           "the cell looks like a direct identifier (\(kind.rawValue)); the whole dataset is refused: direct identifiers must never leave the network (remove the value and export again)")
                return
            }
        }
        let cells = CellReader(record: record, file: file, header: header, sink: sink, context: context)
        guard let row = decoder.decode(cells) else { return }
        let key = decoder.key(of: row)
        if let earlier = seen[key] {
            sink.error(.duplicateKey, at: rowLocation,
                       "duplicate row: the same (\(decoder.keyColumns.joined(separator: ", "))) is also at \(earlier); each key appears once per table")
            return
        }
        seen[key] = rowLocation
        rows.append(row)
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
