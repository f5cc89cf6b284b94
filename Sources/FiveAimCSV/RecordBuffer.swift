/// The fields of the record being parsed, kept in one flat byte buffer with end offsets.
///
/// It lives behind an `UnsafeMutablePointer` handed to libcsv's callbacks as their `data` argument,
/// so appending a field costs a `memcpy`, not an array of `String`s.
struct RecordBuffer {
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity: Int
    private(set) var byteCount = 0
    /// `ends[i]` is the offset one past field `i`'s last byte.
    let ends: UnsafeMutablePointer<Int>
    /// `nulls[i]` is true when field `i` was empty.
    let nulls: UnsafeMutablePointer<Bool>
    private(set) var fieldCount = 0
    let maxFields: Int
    let maxFieldBytes: Int

    init(maxFields: Int, maxFieldBytes: Int) {
        self.maxFields = maxFields
        self.maxFieldBytes = maxFieldBytes
        byteCapacity = 4096
        bytes = .allocate(capacity: byteCapacity)
        ends = .allocate(capacity: maxFields)
        nulls = .allocate(capacity: maxFields)
    }

    /// Frees the storage; the buffer must not be used afterwards.
    func deallocate() {
        bytes.deallocate()
        ends.deallocate()
        nulls.deallocate()
    }

    /// Starts a new record.
    mutating func reset() {
        byteCount = 0
        fieldCount = 0
    }

    /// Appends one field; returns the problem when a limit is exceeded (the field is then not stored).
    mutating func append(_ source: UnsafeRawPointer?, count: Int) -> CSVReadError.Kind? {
        appendWithinLimits(source, count: count) ? nil : limitProblem(count: count)
    }

    /// Appends one field and returns true, or returns false without storing it when a limit is exceeded
    /// (`limitProblem(count:)` says which). The hot path: no error value is built.
    @inline(__always)
    mutating func appendWithinLimits(_ source: UnsafeRawPointer?, count: Int) -> Bool {
        guard fieldCount < maxFields, count <= maxFieldBytes else { return false }
        if let source, count > 0 {
            if byteCount + count > byteCapacity { grow(toFit: byteCount + count) }
            Self.copy(from: source, to: UnsafeMutableRawPointer(bytes + byteCount), count: count)
            byteCount += count
            nulls[fieldCount] = false
        } else {
            nulls[fieldCount] = true
        }
        ends[fieldCount] = byteCount
        fieldCount += 1
        return true
    }

    /// Copies `count` (> 0) bytes. Cells are short: up to 16 bytes take two overlapping word moves (every byte read
    /// and written lies inside the `count` bytes), cheaper than a `memcpy` call or a byte loop.
    @inline(__always)
    private static func copy(from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer, count: Int) {
        switch count {
        case 8...16:
            let head = source.loadUnaligned(as: UInt64.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            let head = source.loadUnaligned(as: UInt32.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        case 1..<4:
            for index in 0..<count {
                target.storeBytes(of: source.load(fromByteOffset: index, as: UInt8.self), toByteOffset: index, as: UInt8.self)
            }
        default:
            target.copyMemory(from: source, byteCount: count)
        }
    }

    /// The limit a field of `count` bytes exceeds (when `appendWithinLimits` refused it).
    func limitProblem(count: Int) -> CSVReadError.Kind {
        fieldCount < maxFields ? .fieldTooLong(limit: maxFieldBytes) : .tooManyFields(limit: maxFields)
    }

    private mutating func grow(toFit needed: Int) {
        var capacity = byteCapacity
        while capacity < needed { capacity *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        larger.update(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = larger
        byteCapacity = capacity
    }

    /// The bytes of field `index`.
    func field(_ index: Int) -> UnsafeRawBufferPointer {
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeRawBufferPointer(start: bytes + start, count: ends[index] - start)
    }
}
