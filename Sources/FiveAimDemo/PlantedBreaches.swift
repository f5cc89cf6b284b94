/// A deliberate breach or outlier the demo plants, so that checks and tests have something to find.
public struct PlantedBreach: Sendable, Hashable {
    /// The number used in docs/demo-dataset.md.
    public var number: Int
    /// The network (at scale N, its copies carry it too).
    public var network: String
    /// The year where it shows (nil: every year).
    public var year: Int?
    /// The rule or indicator tripped.
    public var rule: String
    /// The convention's article behind it.
    public var article: String
    /// The id of the rule of `Indicators/checks.yaml` that `fiveaim checks` reports it under (nil: a funnel outlier).
    public var check: String? = nil
}

/// The networks the demo plants its breaches and outliers in, and the parameters it gives them.
///
/// Every other network draws its behaviour from ranges that keep it clear of these rules.
public enum PlantedBreaches {
    /// (1) Net function-3 spending above 45 % of the care base budget in 2025.
    public static let function3OverCap = "NOOLIM"
    /// (2) Mean community-group (function 1) size under 10, every year.
    public static let smallCommunityGroups = "EA-NAM"
    /// (3) Mean function-2 and function-3 group size under 4, every year.
    public static let smallTherapyGroups = "KEMPEN"
    /// (4, 7) Adult network with first sessions within 30 days clearly under 80 %, every year (also the funnel outlier).
    public static let slowAccessAdult = "FUSION-LIEGE"
    /// (4) Child network with first sessions within 30 days clearly under 80 %, every year.
    public static let slowAccessChild = "EA-ANT"
    /// (5) Net care spending above the care budget lines in 2025.
    public static let overspending = "107-BW"
    /// (6) Support-mission spending falling as a share of the art. 8 line 2025 → 2026 (and of spending 2024 → 2025 → 2026).
    public static let fallingMissions = "RELING"
    /// (7) Adult network with a very high outreach share of individual sessions, every year.
    public static let outreachOutlier = "SARA"
    /// (7) Child network with a very low BIM share of beneficiaries, every year.
    public static let lowBIMChild = "EA-LUX"

    /// (8) Adult network whose function-2 sessions per function-2 beneficiary exceed the cap of 8, every year.
    public static let longSupport = "DILETTI"
    /// (9) Child network whose function-3 sessions per function-3 beneficiary exceed the average of 10, every year.
    public static let longTreatmentChild = "EA-LIM"
    /// (10) Operating costs invoiced above the operating line, every year.
    public static let operatingOverspend = "ZWV"
    /// (11) Hospital administration costs (727230) above 30,000 € a year, every year.
    public static let hospitalCostsOverCap = "EA-OVL"
    /// (12) Pay for time and expertise (727285) above 5 % of the operating line, every year.
    public static let implementationPayOverCap = "MOSAIQUE"
    /// (13) More trajectory fees than people helped, every year.
    public static let manyTrajectoryFees = "EMERGO"
    /// (14) More than 4 concertation participations per person helped, every year.
    public static let manyConcertations = "KWADRAAT"

    /// The year of the full-year spending breaches (1) and (5).
    public static let spendingYear = 2025

    /// Every planted breach, in the order of docs/demo-dataset.md.
    public static let all: [PlantedBreach] = [
        PlantedBreach(
            number: 1, network: function3OverCap, year: spendingYear,
            rule: "net function-3 spending > 45 % of care_base", article: "art. 14 §3", check: "function3_budget_share"),
        PlantedBreach(
            number: 2, network: smallCommunityGroups, year: nil,
            rule: "mean community-group (function 1) size < 10", article: "art. 5 §1 i", check: "community_group_size"),
        PlantedBreach(
            number: 3, network: smallTherapyGroups, year: nil,
            rule: "mean function-2/3 group size < 4", article: "art. 5 §2 A b", check: "group_size_f23"),
        PlantedBreach(
            number: 4, network: slowAccessAdult, year: nil,
            rule: "first sessions within 30 days < 80 %", article: "art. 5 §2 B i", check: "first_session_within_30_days"),
        PlantedBreach(
            number: 4, network: slowAccessChild, year: nil,
            rule: "first sessions within 30 days < 80 %", article: "art. 5 §2 B i", check: "first_session_within_30_days"),
        PlantedBreach(
            number: 5, network: overspending, year: spendingYear,
            rule: "net care spending > care budget lines", article: "art. 14 §1, §5", check: "care_budget_not_exceeded"),
        PlantedBreach(
            number: 6, network: fallingMissions, year: 2026,
            rule: "support-mission spending ÷ the art. 8 line falls 2025 → 2026", article: "art. 14 §1 b a (2026 amendment)",
            check: "art8_mission_share_of_line_growing"),
        PlantedBreach(
            number: 7, network: outreachOutlier, year: nil,
            rule: "funnel outlier: high outreach share of individual sessions", article: "art. 8"),
        PlantedBreach(
            number: 7, network: slowAccessAdult, year: nil,
            rule: "funnel outlier: low share of first sessions within 30 days", article: "art. 5 §2 B i"),
        PlantedBreach(
            number: 7, network: lowBIMChild, year: nil,
            rule: "funnel outlier: low BIM share of beneficiaries", article: "preamble (vulnerable groups), art. 14 §1"),
        PlantedBreach(
            number: 8, network: longSupport, year: nil,
            rule: "function-2 sessions per function-2 beneficiary > 8 (adult network)", article: "art. 5 §2 B d",
            check: "f2_sessions_within_cap"),
        PlantedBreach(
            number: 9, network: longTreatmentChild, year: nil,
            rule: "function-3 sessions per function-3 beneficiary > 10 (child network)", article: "art. 5 §2 B e",
            check: "f3_sessions_within_average"),
        PlantedBreach(
            number: 10, network: operatingOverspend, year: nil,
            rule: "operating costs > the operating line", article: "art. 14 §2", check: "operating_costs_within_line"),
        PlantedBreach(
            number: 11, network: hospitalCostsOverCap, year: nil,
            rule: "cost centre 727230 > 30,000 € a year", article: "art. 14 §2 7°", check: "hospital_administration_cap"),
        PlantedBreach(
            number: 12, network: implementationPayOverCap, year: nil,
            rule: "cost centre 727285 > 5 % of the operating line", article: "art. 14 §2 10° b", check: "implementation_pay_cap"),
        PlantedBreach(
            number: 13, network: manyTrajectoryFees, year: nil,
            rule: "trajectory fees > people helped", article: "art. 15 §2 1°", check: "trajectory_fees_plausible"),
        PlantedBreach(
            number: 14, network: manyConcertations, year: nil,
            rule: "concertation participations > 4 × people helped", article: "art. 15 §2 4°", check: "concertation_plausible"),
    ]
}
