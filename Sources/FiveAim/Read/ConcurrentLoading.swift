import Dispatch
import FiveAimCSV
import Foundation

/// Reads the data tables' files side by side (one worker per core, largest files first), for datasets in which
/// nothing is wrong.
///
/// Each file is read alone: its own decoder, cell memo and sink. The first problem anywhere stops the attempt
/// (`run()` answers false) and the caller reads again with `SequentialLoading`, so that diagnostics are exactly
/// those of a sequential read: which, how many, in what order, and where a problem limit stops. When nothing is
/// wrong both ways give the same rows in the same order: each table's files are joined in file order and checked
/// for duplicate keys as a sequential read checks them.
///
/// Used in two passes over `DataTables(using:)`: the first plans (every table asked for is noted, nothing is read
/// and nil is answered), `run()` reads, the second pass hands out the tables read.
struct ConcurrentLoading: TableLoading {
    let folder: DatasetDirectory
    let context: ValidationContext
    let limits: CSVLimits
    /// The tables planned, each as what its workers run and as itself (for the second pass).
    private var work: [TableKind: TableWork] = [:]
    private var tables: [TableKind: AnyObject] = [:]
    private var planned: [TableKind] = []
    private var ran = false

    init(folder: DatasetDirectory, context: ValidationContext, limits: CSVLimits) {
        self.folder = folder
        self.context = context
        self.limits = limits
    }

    /// Whether reading side by side can help: more than one core and more than one file.
    static func isWorthwhile(_ folder: DatasetDirectory) -> Bool {
        ProcessInfo.processInfo.activeProcessorCount > 1 && folder.files.values.reduce(0) { $0 + $1.count } > 1
    }

    mutating func load<D: TableDecoder>(_ table: TableKind, _ makeDecoder: @escaping () -> D, keepLocations: Bool) throws -> LoadedTable<D>?
    {
        guard let files = folder.files[table] else { return nil }
        if !ran {
            // The closures are made here, where `D` is known, so that the workers run code specialised for the table
            // (through an existential or a generic class's own methods, every row would look up generic metadata).
            let read = ConcurrentTableRead(
                files: files, makeDecoder: makeDecoder, keepLocations: keepLocations,
                context: context, limits: limits)
            tables[table] = read
            work[table] = TableWork(fileBytes: read.fileBytes, readFile: { read.readFile(at: $0, stop: $1) }, join: { read.join() })
            planned.append(table)
            return nil
        }
        return (tables[table] as? ConcurrentTableRead<D>)?.joined
    }

    /// Reads every planned file; true when nothing at all was wrong (no diagnostic, no duplicate key).
    mutating func run() -> Bool {
        ran = true
        var found: [(table: TableWork, file: Int, bytes: Int)] = []
        for kind in planned {
            let table = work[kind]!
            for (index, bytes) in table.fileBytes.enumerated() { found.append((table, index, bytes)) }
        }
        // Largest first, so that the last files to start are small ones and the workers finish together.
        let units = found.sorted { $0.bytes > $1.bytes }
        let stop = StopSignal()
        DispatchQueue.concurrentPerform(iterations: units.count) { index in
            guard !stop.isRaised else { return }
            let unit = units[index]
            if !unit.table.readFile(unit.file, stop) { stop.raise() }
        }
        guard !stop.isRaised else { return false }
        for kind in planned where !work[kind]!.join() { return false }
        return true
    }
}

/// A flag raised by the first worker that meets a problem; the others stop at their next check.
final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    var isRaised: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }

    func raise() {
        lock.lock()
        raised = true
        lock.unlock()
    }
}

/// What the workers do with one table, whatever its row type.
struct TableWork: Sendable {
    /// The size of each file (0 when unknown), in file order.
    let fileBytes: [Int]
    /// Reads file number `index` alone; false when anything was wrong with it (or the read was stopped).
    let readFile: @Sendable (_ index: Int, _ stop: StopSignal) -> Bool
    /// Joins the files read, in order; false when a key repeats.
    let join: @Sendable () -> Bool
}

/// The files of one table, each read by whichever worker takes it, then joined in file order.
final class ConcurrentTableRead<Decoder: TableDecoder>: @unchecked Sendable {
    let files: [String]
    /// The size of each file (0 when unknown): the order in which workers take files, and the room reserved for rows.
    let fileBytes: [Int]
    private let makeDecoder: () -> Decoder
    private let keepLocations: Bool
    private let context: ValidationContext
    private let limits: CSVLimits
    /// One slot per file, each written by the one worker that reads that file.
    private let parts: UnsafeMutableBufferPointer<FileRows<Decoder>?>
    /// The table once joined.
    private(set) var joined: LoadedTable<Decoder>?

    /// How many rows a worker reads between two looks at the stop signal.
    private static var stopCheckInterval: Int { 4096 }

    init(files: [String], makeDecoder: @escaping () -> Decoder, keepLocations: Bool, context: ValidationContext, limits: CSVLimits) {
        self.files = files
        fileBytes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
        self.makeDecoder = makeDecoder
        self.keepLocations = keepLocations
        self.context = context
        self.limits = limits
        parts = .allocate(capacity: files.count)
        parts.initialize(repeating: nil)
    }

    deinit {
        parts.deinitialize()
        parts.deallocate()
    }

    func readFile(at index: Int, stop: StopSignal) -> Bool {
        let decoder = makeDecoder()
        let sink = DiagnosticSink(limit: 1)
        let loader = TableLoader(decoder: decoder, context: context, sink: sink, limits: limits)
        // Room for as many rows as the file could hold at 32 bytes a row (the shortest real rows are longer): rows then
        // never move while the file is read, and the room not used is never touched, so it costs no memory.
        var part = FileRows<Decoder>(keepLines: keepLocations, reserving: min(fileBytes[index] / 32, 1 << 22))
        var stopped = false
        let outcome: TableLoader<Decoder>.FileOutcome?
        do {
            outcome = try loader.readFile(files[index], memo: CellMemo()) { row, line in
                if part.rows.count % Self.stopCheckInterval == 0, stop.isRaised {
                    stopped = true
                    throw StopReading()
                }
                part.append(row, line: line, decoder: decoder)
            }
        } catch {
            return false
        }
        guard let outcome, !stopped, sink.diagnostics.isEmpty, sink.omitted == 0 else { return false }
        part.dataRecords = outcome.dataRecords
        part.optionalColumns = outcome.optionalColumns
        parts[index] = part
        // A table of one file is joined (its keys checked when need be) by the worker that read it, side by side with
        // the reading of other files.
        return files.count > 1 || join()
    }

    func join() -> Bool {
        if joined != nil { return true }  // a table of one file, joined by its worker
        let tableName = makeDecoder().schema.name
        var total = 0
        for index in files.indices { total += parts[index]!.rows.count }
        var sources: [SourceFile] = []
        if !keepLocations, Self.noKeyRepeats(Array(parts)) {
            for index in files.indices {
                sources.append(
                    SourceFile(
                        path: files[index], table: tableName, rows: parts[index]!.dataRecords,
                        optionalColumns: parts[index]!.optionalColumns))
            }
            joined = LoadedTable(rows: joinedRows(total: total), sources: sources, locations: [:])
            return true
        }
        // Check every key as a sequential read does, file after file (the places are real lines when kept).
        var rows: [Decoder.Row] = []
        rows.reserveCapacity(total)
        let decoder = makeDecoder()
        var duplicates = DuplicateCheck<Decoder>()
        for index in files.indices {
            let part = parts[index]!
            parts[index] = nil
            let fileNumber = duplicates.startFile(files[index])
            // `part` is the storage's last owner: kept alive while its buffer is read.
            let repeated = withExtendedLifetime(part) {
                for (position, row) in part.rows.buffer.enumerated() {
                    let line = keepLocations ? part.lines[position] : 0
                    if duplicates.earlierPlace(of: decoder.key(of: row), file: fileNumber, line: line, rows: rows, decoder: decoder) != nil
                    {
                        return true
                    }
                    rows.append(row)
                }
                return false
            }
            if repeated { return false }
            sources.append(SourceFile(path: files[index], table: tableName, rows: part.dataRecords, optionalColumns: part.optionalColumns))
        }
        joined = LoadedTable(
            rows: rows, sources: sources, locations: keepLocations ? duplicates.locations(of: rows, decoder: decoder) : [:])
        return true
    }

    /// The rows of every file in file order, the file slots emptied: the rows are moved, not copied (several files
    /// side by side, each to its offset).
    private func joinedRows(total: Int) -> [Decoder.Row] {
        if files.count == 1 {
            defer { parts[0] = nil }
            return parts[0]!.rows.takeRows()
        }
        var starts: [Int] = []
        var offset = 0
        for index in files.indices {
            starts.append(offset)
            offset += parts[index]!.rows.count
        }
        let offsets = starts
        return [Decoder.Row](unsafeUninitializedCapacity: total) { buffer, count in
            let target = UncheckedPointer(buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: offsets.count) { index in
                self.parts[index]!.rows.moveRows(to: target.pointer + offsets[index])
                self.parts[index] = nil
            }
            count = total
        }
    }

    /// Whether no key can repeat: each file's keys strictly increase and no two files share a month.
    private static func noKeyRepeats(_ parts: [FileRows<Decoder>?]) -> Bool {
        var months: [ClosedRange<Int>] = []
        for part in parts {
            guard let part, part.isOrdered, let range = part.months, !months.contains(where: { $0.overlaps(range) }) else { return false }
            months.append(range)
        }
        return true
    }
}

/// A pointer handed to workers that write disjoint parts of what it points to.
struct UncheckedPointer<Pointee>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Pointee>
    init(_ pointer: UnsafeMutablePointer<Pointee>) { self.pointer = pointer }
}

/// The rows of one file read alone, with what the join needs to know about their keys.
struct FileRows<Decoder: TableDecoder> {
    let rows: RowStorage<Decoder.Row>
    /// The line of each row, when the table keeps where its keys were read.
    var lines: [Int] = []
    let keepLines: Bool
    /// Data records read (every one became a row: a file with a problem is never joined).
    var dataRecords = 0
    /// The table's optional columns the file's header has.
    var optionalColumns: [String] = []
    /// Whether every key so far had an order and came after the one before.
    private(set) var isOrdered = true
    private var run = OrderedKeyRun()
    /// The months of the keys, while they are ordered.
    var months: ClosedRange<Int>? { run.months }

    init(keepLines: Bool, reserving capacity: Int) {
        self.keepLines = keepLines
        rows = RowStorage(reserving: capacity)
    }

    mutating func append(_ row: Decoder.Row, line: Int, decoder: Decoder) {
        rows.append(row)
        if keepLines { lines.append(line) }
        guard isOrdered else { return }
        guard let order = decoder.order(of: decoder.key(of: row)), run.extend(with: order) else {
            isOrdered = false
            return
        }
    }
}
