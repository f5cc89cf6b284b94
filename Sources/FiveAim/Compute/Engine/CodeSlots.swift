/// A code type whose cases index lookup tables and flat sums by their position among `allCases`.
///
/// The position is derived from `allCases`, never numbered by hand: adding or reordering a case moves every table
/// with it. (In a release build the lookup over a handful of cases compiles to a few comparisons.)
protocol CodeSlots: CaseIterable, Equatable where AllCases == [Self] {}

extension CodeSlots {
    /// The position among `allCases`.
    var slot: Int { Self.allCases.firstIndex(of: self)! }

    /// How many slots the type has: its number of cases.
    static var slotCount: Int { allCases.count }
}

extension AgeBand: CodeSlots {}
extension BimStatus: CodeSlots {}
extension WaitBucket: CodeSlots {}
extension CareFunction: CodeSlots {}
extension SpendingFunction: CodeSlots {}
