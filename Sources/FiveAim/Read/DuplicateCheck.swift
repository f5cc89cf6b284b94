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

/// Finds rows whose key was already read, and where.
///
/// While a table's files arrive sorted by key (as exports usually are) and no month appears in two files, no key can
/// repeat: each key is then only compared with the one before, and its place kept in an array. The first row that
/// breaks that order switches to a hash map of every key read so far (none repeated), with the same result as hashing
/// from the start: the same first duplicate, reported at the same row, with the same earlier place.
struct DuplicateCheck<Decoder: TableDecoder> {
    private var places = PlaceBook()
    /// Hash mode: each key read, with its packed place.
    private var seen: [Decoder.Key: Int] = [:]
    private var hashing = false
    /// Ordered mode: the place of each row read, in order.
    private var rowPlaces: [Int] = []
    /// Ordered mode: the current file's keys, and the months of each earlier file.
    private var run = OrderedKeyRun()
    private var earlierMonths: [ClosedRange<Int>] = []

    /// Starts a file; returns its number.
    mutating func startFile(_ file: String) -> Int {
        if let months = run.months { earlierMonths.append(months) }
        run = OrderedKeyRun()
        return places.add(file: file)
    }

    /// The place where `key` was read before, or nil after recording it at `line` of file number `file`.
    /// `rows` begin with the rows kept so far (one per key recorded), in order; rows after those are not looked at.
    mutating func earlierPlace(of key: Decoder.Key, file: Int, line: Int, rows: [Decoder.Row], decoder: Decoder) -> SourceLocation? {
        let place = places.pack(file: file, line: line)
        if !hashing {
            if let order = decoder.order(of: key), !earlierMonths.contains(where: { $0.contains(order.month) }),
                run.extend(with: order)
            {
                rowPlaces.append(place)
                return nil
            }
            // Out of order: hash every key so far (all distinct), then carry on as if hashing from the start.
            hashing = true
            seen.reserveCapacity(rows.count)
            for index in rowPlaces.indices { seen[decoder.key(of: rows[index])] = rowPlaces[index] }
            rowPlaces = []
        }
        // One hash per row: the slot is filled when the key is new and holds the earlier place otherwise.
        var earlier: Int?
        Self.claim(&seen[key, default: PlaceBook.vacant], place: place, earlier: &earlier)
        return earlier.map(places.location)
    }

    /// Where each key was read (for the rows kept, in order).
    func locations(of rows: [Decoder.Row], decoder: Decoder) -> [Decoder.Key: SourceLocation] {
        if hashing { return seen.mapValues(places.location) }
        var result: [Decoder.Key: SourceLocation] = [:]
        for (index, row) in rows.enumerated() { result[decoder.key(of: row)] = places.location(rowPlaces[index]) }
        return result
    }

    private static func claim(_ slot: inout Int, place: Int, earlier: inout Int?) {
        if slot == PlaceBook.vacant { slot = place } else { earlier = slot }
    }
}

/// The keys of one file while each comes after the one before in `KeyOrder`, with the range of their months.
struct OrderedKeyRun {
    private var last: KeyOrder?
    /// The months of the keys taken, nil before the first.
    private(set) var months: ClosedRange<Int>?

    /// Takes `order` and returns true when it comes after the last key taken; returns false and changes nothing otherwise.
    mutating func extend(with order: KeyOrder) -> Bool {
        guard last.map({ $0 < order }) ?? true else { return false }
        last = order
        months = months.map { min($0.lowerBound, order.month)...max($0.upperBound, order.month) } ?? order.month...order.month
        return true
    }
}

/// A key's position in a total order of a table's keys, with its month: see `DuplicateCheck`.
struct KeyOrder: Comparable {
    let high: UInt64
    let low: UInt64
    /// The month ordinal of the key.
    let month: Int

    static func < (lhs: KeyOrder, rhs: KeyOrder) -> Bool { (lhs.high, lhs.low) < (rhs.high, rhs.low) }

    /// Compares the order only (keys are equal when their order is).
    static func == (lhs: KeyOrder, rhs: KeyOrder) -> Bool { lhs.high == rhs.high && lhs.low == rhs.low }
}
