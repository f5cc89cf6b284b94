/// The tariffs in force per year: a year without its own tariffs uses the latest earlier tariff year (art. 17).
struct TariffBook: Sendable {
    private let byYear: [Int: [Int: TariffRow]]
    private let years: [Int]

    init(_ rows: [TariffRow]) {
        var byYear: [Int: [Int: TariffRow]] = [:]
        for row in rows { byYear[row.year, default: [:]][row.pseudocode] = row }
        self.byYear = byYear
        self.years = byYear.keys.sorted()
    }

    /// The tariff year used for `year`: the latest tariff year ≤ `year`.
    func tariffYear(for year: Int) -> Int? { years.last { $0 <= year } }

    /// The tariff of `code` for services of `year`, or why there is none.
    func tariff(_ code: Int, year: Int) -> Result<TariffRow, TariffMissing> {
        guard let tariffYear = tariffYear(for: year) else {
            return .failure(TariffMissing(reason: .noTariffs(year: year)))
        }
        guard let row = byYear[tariffYear]?[code] else {
            return .failure(TariffMissing(reason: .noTariff(pseudocode: code, tariffYear: tariffYear)))
        }
        return .success(row)
    }
}

/// Why a tariff is missing.
struct TariffMissing: Error, Hashable {
    let reason: ResultReason
}

/// Net spending per network and month (art. 15 and 18): fees minus the beneficiaries' co-payments, at the year's tariffs.
///
/// - individual sessions (functions 2, 3): fee − co-payment; no co-payment up to 23 years, else the tariff's
///   co-payment with or without increased reimbursement (unknown status and unknown age pay the full one);
///   first-session codes carry a zero co-payment in the tariff file;
/// - group fees: group sessions (group_sessions) × the fee of the psychologist's group code of the function;
/// - group co-payments (functions 2, 3): participations aged 24+ or unknown × the code's co-payment, deducted;
/// - co-facilitation: units × the code's fee, to its function;
/// - concertation 727031: units × fee, to function 3 (art. 14 §3);
/// - support missions: hours × fee; trajectory fees: units × fee (administrative);
/// - post-COVID codes belong to another convention and are left out.
struct SpendingCalculator {
    let pseudocodes: [Int: Pseudocode]
    let tariffs: TariffBook

    /// The spending group of an activity code, or nil for codes outside care spending.
    func group(of code: Pseudocode) -> SpendingFunction? {
        switch code.function {
        case .community: .community
        case .support: .support
        case .treatment: .treatment
        case .mission: .mission
        case .administrative: code.unit == .professionalParticipation ? .treatment : .administrative
        case .postCovid: nil
        }
    }

    /// Calls `amount` for every spending item of `functions`, and `missingTariff` for months whose tariff is missing.
    func forEachAmount(
        _ dataset: Dataset, functions: Set<SpendingFunction>,
        amount: (String, YearMonth, Money) -> Void, missingTariff: (YearMonth, ResultReason) -> Void
    ) {
        for row in dataset.activity {
            guard let code = pseudocodes[row.pseudocode], let group = group(of: code), functions.contains(group) else { continue }
            self.amount(of: row, code: code, group: group, amount: amount, missingTariff: missingTariff)
        }
        forEachGroupFee(dataset, functions: functions, amount: amount, missingTariff: missingTariff)
    }

    /// Prices one activity row of `code` (in spending group `group`): calls `amount` or `missingTariff` at most once.
    func amount(
        of row: ActivityRow, code: Pseudocode, group: SpendingFunction,
        amount: (String, YearMonth, Money) -> Void, missingTariff: (YearMonth, ResultReason) -> Void
    ) {
        let tariff: TariffRow
        switch tariffs.tariff(code.code, year: row.month.year) {
        case .success(let found): tariff = found
        case .failure(let missing):
            missingTariff(row.month, missing.reason)
            return
        }
        switch code.modality {
        case .individual:
            amount(row.network, row.month, (tariff.amount - copay(tariff, row)) * row.units)
        case .group:
            // The fee is paid per session (group_sessions); participations only carry co-payments.
            if group == .support || group == .treatment {
                let due = copay(tariff, row)
                if due.cents != 0 { amount(row.network, row.month, Money.zero - due * row.units) }
            }
        case .cofacilitation, .mission, .administrative:
            amount(row.network, row.month, tariff.amount * row.units)
        }
    }

    /// The spending group of `code` and what one unit of it costs in `year` for that age band and status, as
    /// `amount(of:…)` prices a row of one unit (`.overflow` for absurd tariffs); nil for codes outside care spending.
    func unitPrice(code number: Int, year: Int, ageBand: AgeBand, bim: BimStatus) -> (
        group: SpendingFunction, outcome: UnitPriceOutcome
    )? {
        guard let code = pseudocodes[number], let group = group(of: code) else { return nil }
        if case .success(let tariff) = tariffs.tariff(code.code, year: year),
            [tariff.amount, tariff.copayBim, tariff.copayOther].contains(where: { $0.cents.magnitude >= 1 << 61 })
        {
            return (group, .overflow)  // absurd tariffs: every row priced as `forEachAmount` does
        }
        let unit = ActivityRow(
            network: "", month: YearMonth(year: year, month: 1), pseudocode: number, ageBand: ageBand, bim: bim, units: 1)
        var outcome = UnitPriceOutcome.none
        amount(of: unit, code: code, group: group) { _, _, money in
            outcome = .amount(money.cents)
        } missingTariff: { _, reason in
            outcome = .missing(reason)
        }
        return (group, outcome)
    }

    /// Calls `amount` for the group fees of `functions` (group sessions × the function's psychologist group code),
    /// and `missingTariff` for months whose tariff is missing.
    func forEachGroupFee(
        _ dataset: Dataset, functions: Set<SpendingFunction>,
        amount: (String, YearMonth, Money) -> Void, missingTariff: (YearMonth, ResultReason) -> Void
    ) {
        var groupCodes: [CareFunction: Pseudocode?] = [:]
        for row in dataset.groupSessions ?? [] {
            let group: SpendingFunction =
                switch row.function {
                case .community: .community
                case .support: .support
                default: .treatment
                }
            guard functions.contains(group) else { continue }
            let found: Pseudocode?
            if let known = groupCodes[row.function] {
                found = known
            } else {
                found = pseudocodes.values.filter({
                    $0.function == row.function && $0.modality == .group && $0.providerRole == .psychologist
                })
                .min(by: { $0.code < $1.code })
                groupCodes[row.function] = .some(found)
            }
            guard let code = found else {
                missingTariff(row.month, .noGroupCode(row.function))
                continue
            }
            switch tariffs.tariff(code.code, year: row.month.year) {
            case .success(let tariff): amount(row.network, row.month, tariff.amount * row.psychologistFees)
            case .failure(let missing): missingTariff(row.month, missing.reason)
            }
        }
    }

    /// The co-payment per unit (art. 18): none up to 23 years; otherwise with or without increased reimbursement.
    func copay(_ tariff: TariffRow, _ row: ActivityRow) -> Money {
        if row.ageBand.isUpTo23 { return .zero }
        return row.bim == .yes ? tariff.copayBim : tariff.copayOther
    }
}

/// What pricing one unit of a code gave (`SpendingCalculator.unitPrice`).
enum UnitPriceOutcome {
    /// No amount (post-COVID or unknown codes, group participations without co-payment).
    case none
    /// Net spending in cents.
    case amount(Int64)
    /// The tariff is missing, with the reason.
    case missing(ResultReason)
    /// The price might overflow.
    case overflow
}
