/// The fast path for activity: units summed once per (network, period, code, age band, status), so that each activity
/// measure adds the cells it keeps (tens of thousands) instead of walking the rows (two million at national scale × 10).
/// The aggregates equal `RowWalk`'s; nil when `CellCube` cannot be built (the sums could depend on the order of the rows).
struct ActivityCube {
    /// The activity rows' networks, numbered in order of first use.
    let numbering: NetworkNumbering
    /// The activity rows' codes, by code slot.
    let codeList: [Int]
    /// Units per (network number, period, category); a category is code slot × age band × status.
    let cells: CellCube
    private static let bandBims = AgeBand.slotCount * BimStatus.slotCount

    /// The cube of `rows` over `periodCount` periods.
    init?(_ rows: [ActivityRow], periods periodCount: Int, slots: MonthSlots) {
        var numbering = NetworkNumbering()
        var slotOfCode: [Int: Int32] = [:]
        var recent = [(code: Int, slot: Int32)](repeating: (-1, 0), count: 256)  // direct-mapped cache before `slotOfCode`
        var codeList: [Int] = []
        var networks = [Int32](repeating: 0, count: rows.count)
        var codes = [Int32](repeating: 0, count: rows.count)
        rows.withUnsafeBufferPointer { rows in
            for index in rows.indices {
                networks[index] = numbering.number(rows[index].network)
                let code = rows[index].pseudocode
                let cached = recent[code & 255]
                if cached.code == code {
                    codes[index] = cached.slot
                } else if let slot = slotOfCode[code] {
                    recent[code & 255] = (code, slot)
                    codes[index] = slot
                } else {
                    let slot = Int32(codeList.count)
                    slotOfCode[code] = slot
                    codeList.append(code)
                    codes[index] = slot
                }
            }
        }
        let bims = BimStatus.slotCount
        let networkOf = networks, codeOf = codes
        guard
            let cells = CellCube(
                rows: rows.count, networks: numbering.codes.count, periods: periodCount,
                categories: codeList.count * Self.bandBims, slots: slots,
                row: { index in
                    (
                        networkOf[index], rows[index].month,
                        Int(codeOf[index]) * Self.bandBims + rows[index].ageBand.slot * bims + rows[index].bim.slot,
                        rows[index].units
                    )
                })
        else { return nil }
        self.numbering = numbering
        self.codeList = codeList
        self.cells = cells
    }

    /// The aggregate of the activity measure `spec`.
    func aggregate(_ spec: MeasureSpec, periods periodCount: Int, dataset: Dataset) -> Aggregate {
        let codes = spec.pseudocodes ?? []
        let codeKept = codeList.map { codes.contains($0) }
        let bandKept = AgeBand.allCases.map { spec.ageBands?.contains($0) ?? true }
        let bimKept = BimStatus.allCases.map { spec.bims?.contains($0) ?? true }
        return cells.aggregate(
            kept: CellCube.kept(codeKept, bandKept, bimKept), codes: numbering.codes, periods: periodCount, spec: spec,
            dataset: dataset)
    }
}

/// The fast path for waits, as `ActivityCube` for activity: counts per (network, period, function, age band, bucket).
struct WaitsCube {
    /// The waits rows' networks, numbered in order of first use.
    let numbering: NetworkNumbering
    /// Counts per (network number, period, category); a category is function × age band × bucket.
    let cells: CellCube
    private static let bandBuckets = AgeBand.slotCount * WaitBucket.slotCount

    /// The cube of `rows` over `periodCount` periods.
    init?(_ rows: [WaitRow], periods periodCount: Int, slots: MonthSlots) {
        var numbering = NetworkNumbering()
        let networks = rows.map { numbering.number($0.network) }
        let buckets = WaitBucket.slotCount
        guard
            let cells = CellCube(
                rows: rows.count, networks: numbering.codes.count, periods: periodCount,
                categories: CareFunction.slotCount * Self.bandBuckets, slots: slots,
                row: { index in
                    (
                        networks[index], rows[index].month,
                        rows[index].function.slot * Self.bandBuckets + rows[index].ageBand.slot * buckets + rows[index].bucket.slot,
                        rows[index].count
                    )
                })
        else { return nil }
        self.numbering = numbering
        self.cells = cells
    }

    /// The aggregate of the waits measure `spec`.
    func aggregate(_ spec: MeasureSpec, periods periodCount: Int, dataset: Dataset) -> Aggregate {
        let functionKept = CareFunction.allCases.map { spec.functions?.contains($0.rawValue) ?? true }
        let bandKept = AgeBand.allCases.map { spec.ageBands?.contains($0) ?? true }
        let bucketKept = WaitBucket.allCases.map { spec.buckets?.contains($0) ?? true }
        return cells.aggregate(
            kept: CellCube.kept(functionKept, bandKept, bucketKept), codes: numbering.codes, periods: periodCount,
            spec: spec, dataset: dataset)
    }
}

extension CellCube {
    /// Which categories a measure keeps, a category being the cross product of three axes (first axis slowest), from
    /// which values of each axis it keeps.
    static func kept(_ first: [Bool], _ second: [Bool], _ third: [Bool]) -> [Bool] {
        first.flatMap { a in second.flatMap { b in third.map { a && b && $0 } } }
    }

    /// The counts of the kept categories summed per network and period, with the national total the measure asks for.
    func aggregate(kept: [Bool], codes: [String], periods periodCount: Int, spec: MeasureSpec, dataset: Dataset) -> Aggregate {
        var sums = FlatSums(periods: periodCount)
        forEachCell { network, period, category, count in
            if kept[category] { sums.add(network, period: period, count) }
        }
        var result = Aggregate()
        sums.store(into: &result, codes: codes, kind: .count)
        result.addNational(spec, dataset: dataset)
        return result
    }
}
