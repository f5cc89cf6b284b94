import FiveAim

/// Fees and co-payments by year and pseudocode, from the shipped tariffs (a later year without
/// tariffs uses the latest earlier year; an earlier year the first one).
struct DemoTariffs: Sendable {
    private let byYear: [Int: [Int: TariffRow]]
    private let years: [Int]

    /// Indexes `tariffs`.
    init(_ tariffs: [TariffRow]) {
        var table: [Int: [Int: TariffRow]] = [:]
        for row in tariffs { table[row.year, default: [:]][row.pseudocode] = row }
        byYear = table
        years = table.keys.sorted()
    }

    /// The tariff row of `code` in force in `year`, if any.
    func row(_ code: Int, year: Int) -> TariffRow? {
        guard let first = years.first else { return nil }
        let chosen = years.last(where: { $0 <= year }) ?? first
        return byYear[chosen]?[code]
    }

    /// The fee of `code` in `year`, in cents (0 when the code has no tariff).
    func fee(_ code: Int, year: Int) -> Int64 { row(code, year: year)?.amount.cents ?? 0 }

    /// The individual co-payment due for a session of `code` by someone of `band` and `bim` (art. 18):
    /// none up to 23, none on first-session codes, otherwise the BIM or the other rate (unknown age counts as 24+).
    func individualCopay(_ code: Pseudocode, band: AgeBand, bim: BimStatus, year: Int) -> Int64 {
        guard code.modality == .individual, !band.isUpTo23, !code.isFirstSession, let row = row(code.code, year: year) else { return 0 }
        return bim == .yes ? row.copayBim.cents : row.copayOther.cents
    }

    /// The group co-payment per participation of `code` by someone of `band` (art. 18 §3): 24+ or unknown age.
    func groupCopay(_ code: Pseudocode, band: AgeBand, year: Int) -> Int64 {
        guard code.modality == .group, code.function != .community, !band.isUpTo23, let row = row(code.code, year: year) else { return 0 }
        return row.copayOther.cents
    }
}
