internal import CLibCSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams the records of one CSV file through libcsv, tracking physical lines and columns.
///
/// The file is read in chunks and fed to libcsv one physical line at a time, so every record knows
/// the line where it starts and a strict-mode parse error knows its byte column; runs of plain lines
/// (no quote, no CR, not blank, read between records) go in one call, each line one record. Each line
/// is screened for UTF-8 and NUL bytes before libcsv sees it. Memory stays bounded by
/// `limits.maxLineBytes` plus one record, whatever the file's size.
public struct CSVReader: Sendable {
    /// The file to read.
    public let path: String
    /// Bounds against hostile input.
    public var limits: CSVLimits

    /// Creates a reader for the file at `path`.
    public init(path: String, limits: CSVLimits = CSVLimits()) {
        self.path = path
        self.limits = limits
    }

    /// Calls `body` with the header (index 0) and then every data record, in file order.
    ///
    /// Blank lines are skipped (they still count for line numbers). Throws `CSVReadError` for a
    /// problem in the file and rethrows whatever `body` throws; reading stops at the first of either.
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw CSVReadError(.cannotOpen(reason: Self.systemError()), line: 0, column: 0) }
        defer { close(fd) }
        try withoutActuallyEscaping(body) { escapable in
            let session = ParseSession(limits: limits, deliver: escapable)
            defer { session.finish() }
            try readLines(fd: fd, session: session)
        }
    }

    private func readLines(fd: Int32, session: ParseSession) throws {
        let capacity = limits.maxLineBytes + (1 << 20)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var start = 0, end = 0, fileOffset = 0, line = 0
        // Bytes before `clean` are known to be ASCII without NUL (screened a whole read at a time): lines
        // wholly before it skip the per-line screen, which could only find nothing there.
        var clean = 0
        // Bytes from `start` up to `plainEnd` hold no `"` and no CR; at `plainEnd` (when before `end`) is one of them.
        var plainEnd = 0
        // Whether the line at `offset` of `length` bytes (ending with its LF) is plain: screened, not blank, without `"`
        // or CR. A plain line read between records is exactly one record of unquoted fields, ending at its LF.
        func isPlain(_ offset: Int, _ length: Int) -> Bool {
            guard length > 1, offset + length <= clean else { return false }
            if plainEnd < offset { plainEnd = offset }
            if offset + length > plainEnd {
                if plainEnd < end,
                    buffer.load(fromByteOffset: plainEnd, as: UInt8.self) == 0x22
                        || buffer.load(fromByteOffset: plainEnd, as: UInt8.self) == 0x0D
                {
                    return false
                }
                let quote = memchr(buffer + plainEnd, 0x22, end - plainEnd).map { buffer.distance(to: $0) } ?? end
                plainEnd = memchr(buffer + plainEnd, 0x0D, quote - plainEnd).map { buffer.distance(to: $0) } ?? quote
            }
            return offset + length <= plainEnd
        }
        var atEOF = false
        while true {
            let pending = UnsafeRawBufferPointer(start: buffer + start, count: end - start)
            if let found = memchr(buffer + start, 0x0A, end - start) {
                line += 1
                let length = buffer.distance(to: found) - start + 1
                guard length <= limits.maxLineBytes else {
                    throw CSVReadError(.lineTooLong(limit: limits.maxLineBytes), line: line, column: 0)
                }
                // Plain lines at the start of a record go to libcsv together: one call for the run, not one per line.
                if session.isBetweenRecords, isPlain(start, length) {
                    var runEnd = start + length
                    var lines = 1
                    while let next = memchr(buffer + runEnd, 0x0A, end - runEnd) {
                        let nextLength = buffer.distance(to: next) - runEnd + 1
                        guard nextLength <= limits.maxLineBytes, isPlain(runEnd, nextLength) else { break }
                        runEnd += nextLength
                        lines += 1
                    }
                    try session.feedPlainLines(UnsafeRawBufferPointer(start: buffer + start, count: runEnd - start), firstLine: line)
                    line += lines - 1
                    fileOffset += runEnd - start
                    start = runEnd
                    continue
                }
                try session.feed(
                    UnsafeRawBufferPointer(start: buffer + start, count: length), line: line, fileOffset: fileOffset,
                    screened: start + length <= clean)
                start += length
                fileOffset += length
                continue
            }
            if pending.count > limits.maxLineBytes {
                throw CSVReadError(.lineTooLong(limit: limits.maxLineBytes), line: line + 1, column: 0)
            }
            if atEOF {
                if !pending.isEmpty {
                    line += 1
                    try session.feed(pending, line: line, fileOffset: fileOffset)
                }
                try session.end(line: line)
                return
            }
            if start > 0 {
                (buffer).copyMemory(from: buffer + start, byteCount: end - start)
                plainEnd = max(plainEnd, start) - start
                end -= start
                // The bytes kept were screened with the rest of their read, or are screened again (less than a line).
                clean = clean >= start ? clean - start : TextScreen.asciiPrefix(UnsafeRawBufferPointer(start: buffer, count: end))
                start = 0
            }
            let got = read(fd, buffer + end, capacity - end)
            if got < 0 {
                if errno == EINTR { continue }
                throw CSVReadError(.ioFailure(reason: Self.systemError()), line: line + 1, column: 0)
            }
            if got == 0 {
                atEOF = true
            } else {
                if clean == end { clean = end + TextScreen.asciiPrefix(UnsafeRawBufferPointer(start: buffer + end, count: got)) }
                end += got
            }
        }
    }

    static func systemError() -> String { String(cString: strerror(errno)) }
}

/// The state of one parse: libcsv's parser, the record buffer and the consumer, behind stable pointers.
private final class ParseSession {
    // Only this session's own methods touch its state, one call at a time (libcsv calls back synchronously):
    // the runtime's exclusivity checks on every callback are skipped.
    @exclusivity(unchecked) var parser = csv_parser()
    var parserReady = false
    let limits: CSVLimits
    let record: UnsafeMutablePointer<RecordBuffer>
    let deliver: (CSVRecord) throws -> Void
    var delimiter = CSVDelimiter.comma
    @exclusivity(unchecked) var recordLine = 0
    @exclusivity(unchecked) var recordIndex = 0
    /// Set while plain lines are fed together: each record ends its line, the next starts on the next.
    @exclusivity(unchecked) var countsLines = false
    var sawAnyByte = false
    /// A problem raised inside a callback, thrown once control is back in Swift.
    @exclusivity(unchecked) var failure: Error? {
        didSet { context.pointee.stopped = failure != nil }
    }
    /// What libcsv's callbacks are handed (see `CallbackContext`).
    let context: UnsafeMutablePointer<CallbackContext>

    init(limits: CSVLimits, deliver: @escaping (CSVRecord) throws -> Void) {
        self.limits = limits
        self.deliver = deliver
        record = .allocate(capacity: 1)
        record.initialize(to: RecordBuffer(maxFields: limits.maxFields, maxFieldBytes: limits.maxFieldBytes))
        context = .allocate(capacity: 1)
        context.initialize(to: CallbackContext(record: record, session: Unmanaged.passUnretained(self)))
    }

    func finish() {
        if parserReady { csv_free(&parser) }
        record.pointee.deallocate()
        record.deinitialize(count: 1)
        record.deallocate()
        context.deinitialize(count: 1)
        context.deallocate()
    }

    /// Feeds one physical line (with its newline, if any); `screened` when its bytes are known to be ASCII without NUL.
    func feed(_ raw: UnsafeRawBufferPointer, line: Int, fileOffset: Int, screened: Bool = false) throws {
        var bytes = raw
        var offset = fileOffset
        if !parserReady {
            if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                bytes = UnsafeRawBufferPointer(rebasing: bytes.dropFirst(3))
                offset += 3
            }
            if !bytes.isEmpty { sawAnyByte = true }
            try start(header: bytes, line: line)
        }
        switch screened ? nil : TextScreen.firstProblem(in: bytes) {
        case .invalidUTF8(let at)?:
            throw CSVReadError(.invalidUTF8(byteOffset: offset + at), line: line, column: at + 1 + (offset - fileOffset))
        case .nul(let at)?:
            throw CSVReadError(.nulByte(byteOffset: offset + at), line: line, column: at + 1 + (offset - fileOffset))
        case nil: break
        }
        // A BOM where a record starts, after the first line: a joined file, not a cell starting with an invisible mark.
        if line > 1, parser.pstate == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw CSVReadError(.byteOrderMark(byteOffset: offset), line: line, column: 1)
        }
        if parser.pstate == 0 { recordLine = line }
        let parsed = withUnsafeMutablePointer(to: &parser) { parserPointer in
            csv_parse(parserPointer, bytes.baseAddress, bytes.count, fieldEnded, recordEnded, UnsafeMutableRawPointer(context))
        }
        if let failure { throw failure }
        if parsed < bytes.count {
            throw CSVReadError(.malformedQuote, line: line, column: parsed + 1 + (offset - fileOffset))
        }
    }

    /// Ends the file: flushes a last record without newline and catches an unterminated quote.
    func end(line: Int) throws {
        guard parserReady else {
            throw CSVReadError(sawAnyByte ? .emptyHeader : .emptyFile, line: sawAnyByte ? 1 : 0, column: 0)
        }
        let status = withUnsafeMutablePointer(to: &parser) { parserPointer in
            csv_fini(parserPointer, fieldEnded, recordEnded, UnsafeMutableRawPointer(context))
        }
        if let failure { throw failure }
        if status != 0 { throw CSVReadError(.unterminatedQuote, line: recordLine, column: 0) }
    }

    private func start(header: UnsafeRawBufferPointer, line: Int) throws {
        let content = header.prefix { $0 != 0x0A && $0 != 0x0D }
        guard !content.isEmpty else { throw CSVReadError(.emptyHeader, line: line, column: 0) }
        switch DelimiterDetector.detect(header: UnsafeRawBufferPointer(rebasing: content)) {
        case .success(let found): delimiter = found
        case .failure(let kind): throw CSVReadError(kind, line: line, column: 0)
        }
        guard csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL)) == 0 else {
            throw CSVReadError(.ioFailure(reason: "libcsv could not start"), line: line, column: 0)
        }
        parserReady = true
        csv_set_delim(&parser, delimiter.rawValue)
        // Spaces are data: FiveAim decides about them, libcsv must not trim them.
        csv_set_space_func(&parser) { _ in 0 }
    }

    /// Whether libcsv is between records (no field or quote open): where a run of plain lines may start.
    var isBetweenRecords: Bool { parserReady && parser.pstate == 0 }

    /// Feeds plain lines (see `CSVReader.readLines`), every byte screened, the parser between records: one libcsv
    /// call for them all, each line one record, the records numbered from `firstLine` one line each.
    func feedPlainLines(_ bytes: UnsafeRawBufferPointer, firstLine: Int) throws {
        recordLine = firstLine
        countsLines = true
        defer { countsLines = false }
        let parsed = withUnsafeMutablePointer(to: &parser) { parserPointer in
            csv_parse(parserPointer, bytes.baseAddress, bytes.count, fieldEnded, recordEnded, UnsafeMutableRawPointer(context))
        }
        if let failure { throw failure }
        if parsed < bytes.count {
            // Plain lines hold no quote for strict mode to refuse: only libcsv's own failure (memory) stops it here.
            throw CSVReadError(.ioFailure(reason: String(cString: csv_strerror(csv_error(&parser)))), line: recordLine, column: 0)
        }
    }

    /// A field over a limit (the field callback's slow path): the problem, with the record's line and the field's number.
    func refuseField(count: Int) {
        failure = CSVReadError(record.pointee.limitProblem(count: count), line: recordLine, column: record.pointee.fieldCount + 1)
    }

    func recordDidEnd() {
        guard failure == nil else { return }
        defer {
            record.pointee.reset()
            if countsLines { recordLine += 1 }  // the next plain line's record
        }
        if recordIndex > limits.maxRecords {
            failure = CSVReadError(.tooManyRecords(limit: limits.maxRecords), line: recordLine, column: 0)
            return
        }
        do {
            try deliver(CSVRecord(line: recordLine, index: recordIndex, delimiter: delimiter, buffer: record))
        } catch {
            failure = error
        }
        recordIndex += 1
    }
}

/// What libcsv's callbacks reach through their context pointer. A field (one call per field) is appended to the record
/// through plain pointers, so that the work inlines into the C callback; records and problems go to the session.
private struct CallbackContext {
    let record: UnsafeMutablePointer<RecordBuffer>
    /// Whether the session's `failure` is set (kept in step by its `didSet`): later fields are ignored.
    var stopped = false
    /// The session outlives every callback (`forEachRecord` holds it while libcsv runs): no retain per call.
    let session: Unmanaged<ParseSession>
}

private func fieldEnded(_ source: UnsafeMutableRawPointer?, _ count: Int, _ data: UnsafeMutableRawPointer?) {
    let context = data!.assumingMemoryBound(to: CallbackContext.self)
    guard !context.pointee.stopped else { return }
    if !context.pointee.record.pointee.appendWithinLimits(source, count: count) {
        context.pointee.session._withUnsafeGuaranteedRef { $0.refuseField(count: count) }
    }
}

private func recordEnded(_ terminator: Int32, _ data: UnsafeMutableRawPointer?) {
    data!.assumingMemoryBound(to: CallbackContext.self).pointee.session._withUnsafeGuaranteedRef { $0.recordDidEnd() }
}
