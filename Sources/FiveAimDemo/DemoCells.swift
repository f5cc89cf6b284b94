import FiveAim

/// An (age band, BIM status) cell, numbered `age index × 3 + status index` in contract order.
enum DemoCells {
    /// How many cells there are.
    static let count = AgeBand.allCases.count * BimStatus.allCases.count
    /// The cell of unregistered participants: unknown age, unknown status.
    static let unknown = index(.unknown, .unknown)

    /// The number of a cell.
    static func index(_ band: AgeBand, _ bim: BimStatus) -> Int {
        AgeBand.allCases.firstIndex(of: band)! * 3 + BimStatus.allCases.firstIndex(of: bim)!
    }

    /// The age band of a cell.
    static func band(_ cell: Int) -> AgeBand { AgeBand.allCases[cell / 3] }

    /// The status of a cell.
    static func bim(_ cell: Int) -> BimStatus { BimStatus.allCases[cell % 3] }

    /// Cell weights of a network's registered users: its age mix times its BIM mix
    /// (half of the people of unknown age also have an unknown status).
    static func weights(_ profile: NetworkProfile) -> [Double] {
        weights(ages: profile.ageWeights, bimRate: profile.userBIMRate, unknownRate: profile.unknownBIMRate)
    }

    /// Cell weights of post-COVID patients: adults of working age mostly.
    static func postCovidWeights(_ profile: NetworkProfile) -> [Double] {
        var ages = [Double](repeating: 0, count: AgeBand.allCases.count)
        ages[AgeBand.allCases.firstIndex(of: .age18to23)!] = 0.04
        ages[AgeBand.allCases.firstIndex(of: .age24to64)!] = 0.84
        ages[AgeBand.allCases.firstIndex(of: .age65plus)!] = 0.12
        return weights(ages: ages, bimRate: profile.userBIMRate, unknownRate: profile.unknownBIMRate)
    }

    private static func weights(ages: [Double], bimRate: Double, unknownRate: Double) -> [Double] {
        var result = [Double](repeating: 0, count: count)
        for (position, band) in AgeBand.allCases.enumerated() {
            let weight = ages[position]
            guard weight > 0 else { continue }
            let unknown = band == .unknown ? 0.5 : unknownRate
            result[index(band, .yes)] = weight * (1 - unknown) * bimRate
            result[index(band, .no)] = weight * (1 - unknown) * (1 - bimRate)
            result[index(band, .unknown)] = weight * unknown
        }
        return result
    }
}
