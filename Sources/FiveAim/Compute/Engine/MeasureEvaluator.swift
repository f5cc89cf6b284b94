/// Sums measures over the in-memory dataset, once per measure, for every network and period.
///
/// A measure is summed by the reference row walk (`RowWalk`), except where national scale makes that slow: activity,
/// waits and net spending are summed from cells summed once for every measure of their table (`ActivityCube`,
/// `WaitsCube`, `SpendingCube`) whenever those can be built; both ways give the same aggregate (`MeasureCubesTests`
/// compares them on random datasets).
///
/// Exact for every dataset within `ColumnTotalLimits` (every dataset read from files or the warehouse is checked
/// against them): no sum or product can overflow there. Beyond those bounds, the row walk traps on overflow as
/// Swift's arithmetic does, while the cubes are built only when nothing can overflow.
final class MeasureEvaluator {
    let dataset: Dataset
    let pseudocodes: [Int: Pseudocode]
    let periods: [ReportPeriod]
    private var cache: [MeasureSpec: Aggregate] = [:]
    /// The reference: every measure summed row by row.
    private let walk: RowWalk
    /// Activity units per cell, when the sums cannot depend on the order of the rows; built on first use.
    private lazy var activityCube: ActivityCube? = ActivityCube(dataset.activity, periods: periods.count, slots: walk.slots)
    /// Waits counts per cell, as `activityCube`.
    private lazy var waitsCube: WaitsCube? = dataset.waits.flatMap { WaitsCube($0, periods: periods.count, slots: walk.slots) }
    /// Net spending per network, period and group, from `activityCube`'s cells when they can be priced.
    private lazy var spendingCube: SpendingCube? = activityCube.flatMap {
        SpendingCube($0, periods: periods, calculator: walk.spending)
    }

    init(dataset: Dataset, pseudocodes: [Int: Pseudocode], periods: [ReportPeriod]) {
        self.dataset = dataset
        self.pseudocodes = pseudocodes
        self.periods = periods
        self.walk = RowWalk(dataset: dataset, pseudocodes: pseudocodes, periods: periods)
    }

    /// The measure's value for `network` (or `BE`) in period `period`.
    func outcome(_ spec: MeasureSpec, network: String, period: Int) -> MeasureOutcome {
        outcome(prepare(spec), network: network, period: period)
    }

    /// A measure ready to be asked for many cells: what `outcome` needs is looked up once, not per cell.
    final class PreparedMeasure {
        let spec: MeasureSpec
        /// The first source table the dataset lacks, as the reason.
        let missingTable: ResultReason?
        let isMonthly: Bool
        private unowned let evaluator: MeasureEvaluator
        /// Computed on first use, as `outcome` always did (never for a missing table or a yearly table out of period).
        private(set) lazy var aggregate: Aggregate = evaluator.aggregate(spec)

        init(_ spec: MeasureSpec, evaluator: MeasureEvaluator) {
            self.spec = spec
            self.evaluator = evaluator
            missingTable = spec.sourceTables.first { !evaluator.dataset.isPresent($0) }.map { ResultReason.missingTable($0) }
            isMonthly = spec.table.isMonthly
        }
    }

    /// The measure prepared for `outcome(_:network:period:)`.
    func prepare(_ spec: MeasureSpec) -> PreparedMeasure { PreparedMeasure(spec, evaluator: self) }

    /// The prepared measure's value for `network` (or `BE`) in period `period`.
    func outcome(_ prepared: PreparedMeasure, network: String, period: Int) -> MeasureOutcome {
        let spec = prepared.spec
        if let reason = prepared.missingTable { return .unavailable(reason) }
        let range = periods[period]
        guard prepared.isMonthly || range.calendarYear != nil else {
            return .unavailable(.yearlyTable(spec.table, period: range))
        }
        let aggregate = prepared.aggregate
        if let reason = aggregate.unavailable[period] { return .unavailable(reason) }
        let zero = Quantity.zero(spec.measure.quantity)
        if network == Network.nationalCode {
            if spec.measure.additive {
                if !prepared.isMonthly, !aggregate.nationalPresent.contains(period) {
                    return .unavailable(.noRows(spec.table, period: range))
                }
                return .value(aggregate.national[period] ?? zero)
            }
            let key = CellKey(network: network, period: period)
            guard aggregate.present.contains(key) else {
                return .unavailable(.noNationalRows(spec.table, period: range))
            }
            return .value(aggregate.sums[key] ?? zero)
        }
        let key = CellKey(network: network, period: period)
        if !prepared.isMonthly, !aggregate.present.contains(key) {
            return .unavailable(.noNetworkRows(network: network, table: spec.table, period: range))
        }
        return .value(aggregate.sums[key] ?? zero)
    }

    fileprivate func aggregate(_ spec: MeasureSpec) -> Aggregate {
        if let cached = cache[spec] { return cached }
        let result = computeAggregate(spec)
        cache[spec] = result
        return result
    }

    /// The aggregate of `spec`, computed (not cached): from a cube when its table has one, else by the row walk.
    private func computeAggregate(_ spec: MeasureSpec) -> Aggregate {
        switch spec.table {
        case .activity:
            if let cube = activityCube { return cube.aggregate(spec, periods: periods.count, dataset: dataset) }
        case .waits:
            if let cube = waitsCube { return cube.aggregate(spec, periods: periods.count, dataset: dataset) }
        case .spending:
            if let cube = spendingCube {
                return cube.aggregate(spec, calculator: walk.spending, slots: walk.slots, dataset: dataset)
            }
        default:
            break
        }
        return walk.aggregate(spec)
    }
}
