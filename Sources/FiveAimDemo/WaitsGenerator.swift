import FiveAim

/// Draws the wait histogram of a month's first sessions: one entry per first-session unit.
struct WaitsGenerator: Sendable {
    let seed: UInt64

    /// A histogram count of a network, month, function, age band and bucket.
    struct Entry: Sendable {
        var function: CareFunction
        var band: AgeBand
        var bucket: WaitBucket
        var count: Int64
    }

    /// The wait entries of `profile` in `month` for its first sessions (counts > 0 only).
    func month(_ profile: NetworkProfile, _ month: YearMonth, firstSessions: MonthActivity) -> [Entry] {
        var rng = SeededGenerator(seed: seed, "waits", .text(profile.network.code), .number(month.ordinal))
        let within = min(0.97, max(0.3, profile.within30 + 0.015 * rng.normal()))
        let known = 1 - profile.unknownWait
        let weights: [Double] = [
            known * within * 0.38, known * within * 0.30, known * within * 0.32,
            known * (1 - within) * 0.55, known * (1 - within) * 0.27, known * (1 - within) * 0.18,
            profile.unknownWait,
        ]
        var entries: [Entry] = []
        for (function, cells) in [
            (CareFunction.support, firstSessions.firstSessions.support),
            (CareFunction.treatment, firstSessions.firstSessions.treatment),
        ] {
            for (position, band) in AgeBand.allCases.enumerated() {
                let people = cells[position * 3] + cells[position * 3 + 1] + cells[position * 3 + 2]
                guard people > 0 else { continue }
                let parts = rng.split(people, weights: weights)
                for (index, bucket) in WaitBucket.allCases.enumerated() where parts[index] > 0 {
                    entries.append(Entry(function: function, band: band, bucket: bucket, count: parts[index]))
                }
            }
        }
        return entries
    }
}
