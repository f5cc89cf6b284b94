/// The position of each code among its type's `allCases`: lookup tables and flat sums are indexed by it.

extension AgeBand {
    /// The position among `allCases`.
    var slot: Int {
        switch self {
        case .age0to11: 0
        case .age12to14: 1
        case .age15to17: 2
        case .age18to23: 3
        case .age24to64: 4
        case .age65plus: 5
        case .unknown: 6
        }
    }
}

extension BimStatus {
    /// The position among `allCases`.
    var slot: Int {
        switch self {
        case .yes: 0
        case .no: 1
        case .unknown: 2
        }
    }
}

extension WaitBucket {
    /// The position among `allCases`.
    var slot: Int {
        switch self {
        case .days0to7: 0
        case .days8to14: 1
        case .days15to30: 2
        case .days31to60: 3
        case .days61to90: 4
        case .days91plus: 5
        case .unknown: 6
        }
    }
}

extension CareFunction {
    /// The position among `allCases`.
    var slot: Int {
        switch self {
        case .community: 0
        case .support: 1
        case .treatment: 2
        case .mission: 3
        case .administrative: 4
        case .postCovid: 5
        }
    }
}

extension SpendingFunction {
    /// The position among `allCases`.
    var slot: Int {
        switch self {
        case .community: 0
        case .support: 1
        case .treatment: 2
        case .mission: 3
        case .administrative: 4
        }
    }
}
