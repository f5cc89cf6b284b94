/// The rows of one file as a worker reads them, in memory they can be moved out of: joining several files then moves
/// each row once into the table, where an array's rows could only be copied out (every reference they hold counted
/// again, then every row of the file destroyed).
final class RowStorage<Row> {
    private var base: UnsafeMutablePointer<Row>
    private var capacity: Int
    /// The rows held.
    private(set) var count = 0

    /// Storage with room for `capacity` rows before it grows (room never written costs no memory).
    init(reserving capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Adds `row` at the end.
    func append(_ row: Row) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Row>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: row)
        count += 1
    }

    /// The rows held, valid until the storage changes.
    var buffer: UnsafeBufferPointer<Row> { UnsafeBufferPointer(start: base, count: count) }

    /// Moves every row to `target` (room for `count` rows, not initialized); none is left here.
    func moveRows(to target: UnsafeMutablePointer<Row>) {
        target.moveInitialize(from: base, count: count)
        count = 0
    }

    /// Every row as an array, moved; none is left here.
    func takeRows() -> [Row] {
        let total = count
        return [Row](unsafeUninitializedCapacity: total) { buffer, initialized in
            if let start = buffer.baseAddress { moveRows(to: start) }
            initialized = total
        }
    }
}
