import FiveAim

/// The fixed facts about a network's area the demo starts from: inhabitants, BIM rate,
/// 2026 amendment additions and special missions.
///
/// Inhabitants are rounded 2024 figures of the areas (provinces split between the adult
/// networks; the German-speaking community apart); the BIM rates follow the known regional
/// gradient (Brussels and Hainaut high, Flanders low). Adult areas plus COM-GER make up Belgium.
struct AreaFigures: Sendable {
    /// Inhabitants of the network's target population in 2024 (adult networks and COM-GER: the
    /// whole area; child networks: the area's people aged 0–23).
    var population2024: Int64
    /// Share of those inhabitants with increased reimbursement (BIM).
    var bimRate: Double
    /// 2026 amendment: addition to the care base budget (adult networks and COM-GER), in cents.
    var careBaseAddition2026: Int64
    /// Whether the network holds a prisons budget line (10 adult networks).
    var hasPrisons: Bool

    /// Share of an area's inhabitants aged 0–23, the population of a child network.
    static let youngShare = 0.27
    /// The 2026 amendment's addition to the art. 8 budget of each adult network and COM-GER, in cents.
    static let art8Addition2026: Int64 = 7_142_857

    /// The figures for `network`, or plausible defaults for a network the demo does not know.
    static func of(_ network: Network, baseCode: String) -> AreaFigures {
        if let adult = adultAreas[baseCode] {
            let (population, bim, addition) = adult
            return AreaFigures(
                population2024: population, bimRate: bim, careBaseAddition2026: addition,
                hasPrisons: prisonNetworks.contains(baseCode))
        }
        if let child = childAreas[baseCode] {
            let young = Int64((Double(child.area) * youngShare).rounded())
            return AreaFigures(population2024: young, bimRate: child.bim + 0.03, careBaseAddition2026: 0, hasPrisons: false)
        }
        switch network.targetGroup {
        case .adult: return AreaFigures(population2024: 500_000, bimRate: 0.17, careBaseAddition2026: 15_000_000, hasPrisons: false)
        case .child: return AreaFigures(population2024: 270_000, bimRate: 0.20, careBaseAddition2026: 0, hasPrisons: false)
        case .all: return AreaFigures(population2024: 78_000, bimRate: 0.15, careBaseAddition2026: 2_380_205, hasPrisons: false)
        }
    }

    /// Adult networks and COM-GER: (inhabitants 2024, BIM rate, care base addition 2026 in cents).
    /// The additions are the amendment's table (avenant 2026 « Retour au travail »).
    private static let adultAreas: [String: (Int64, Double, Int64)] = [
        "107-BW": (412_000, 0.140, 11_167_164),
        "ADS": (452_000, 0.150, 18_738_904),
        "BRUMENTA": (1_249_000, 0.275, 33_421_036),
        "COM-GER": (78_400, 0.150, 2_380_205),
        "DILETTI": (556_000, 0.120, 17_110_097),
        "EMERGO": (396_000, 0.130, 12_449_447),
        "FUSION-LIEGE": (638_000, 0.265, 22_642_983),
        "KEMPEN": (412_000, 0.115, 13_183_242),
        "KWADRAAT": (381_000, 0.125, 9_671_274),
        "MOSAIQUE": (647_000, 0.255, 20_557_639),
        "NAMUR": (500_000, 0.200, 13_748_222),
        "NOOLIM": (503_000, 0.150, 9_608_893),
        "NOWE": (467_000, 0.140, 15_638_609),
        "PAKT": (498_000, 0.230, 24_630_251),
        "P107-HAINAUT": (716_000, 0.245, 16_501_465),
        "PROXIRELUX": (296_000, 0.170, 7_908_032),
        "RELING": (1_553_000, 0.140, 15_309_320),
        "RESME": (402_000, 0.190, 5_716_548),
        "SARA": (560_000, 0.170, 25_899_096),
        "SAVHA": (620_000, 0.125, 14_874_735),
        "ZWV": (382_000, 0.135, 8_842_837),
    ]

    /// Child and adolescent networks: the whole area's inhabitants and BIM rate (province level).
    private static let childAreas: [String: (area: Int64, bim: Double)] = [
        "EA-ANT": (1_922_000, 0.168),
        "EA-LIM": (899_000, 0.142),
        "EA-OVL": (1_553_000, 0.140),
        "EA-WVL": (1_230_000, 0.134),
        "EA-VBR": (1_176_000, 0.122),
        "EA-HAI": (1_363_000, 0.250),
        "EA-LIE": (1_040_000, 0.240),
        "EA-LUX": (296_000, 0.170),
        "EA-NAM": (500_000, 0.200),
        "EA-BW": (412_000, 0.140),
        "EA-BXL": (1_249_000, 0.275),
    ]

    /// The ten adult networks with a prisons budget line (a prison in their area).
    private static let prisonNetworks: Set<String> = [
        "BRUMENTA", "DILETTI", "FUSION-LIEGE", "NAMUR", "NOOLIM", "NOWE", "P107-HAINAUT", "PAKT", "PROXIRELUX", "RELING",
    ]
}
