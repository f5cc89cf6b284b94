import FiveAim

/// The Annex 1 pseudocodes the demo attests, by role (checked against the reference at start).
enum DemoCodes {
    static let communityGroup = 726412
    static let communityPhysician = 726434
    static let communityOther = 726456
    static let supportPractice = 726530
    static let supportGroup = 726655
    static let supportPhysician = 726670
    static let supportOther = 726692
    static let treatmentGroup = 726891
    static let treatmentPhysician = 726913
    static let treatmentOther = 726935
    static let concertation = 727031
    static let trajectoryPlain = 727053
    static let trajectoryBefore = 727075
    static let trajectoryAfter = 727090
    static let postCovidSession = 400352
    static let postCovidCoordination = 400175
    static let postCovidParticipation = 400315

    /// Support-mission codes and the share of hours each takes.
    static let missions: [(code: Int, weight: Double)] = [(726950, 0.35), (726972, 0.20), (726994, 0.25), (727016, 0.20)]

    /// The individual-session codes of a function, by setting, first-session flag and relatives flag.
    struct IndividualCodes: Sendable {
        var firstPractice: Int
        var firstOutreach: Int
        var firstHome: Int
        var practice: Int
        var outreach: Int
        var practiceRelatives: Int
        var outreachRelatives: Int
        var home: Int
        var remote: Int
    }

    /// Function 2 (first-line psychological support).
    static let support = IndividualCodes(
        firstPractice: 726471, firstOutreach: 726493, firstHome: 726515, practice: 726530,
        outreach: 726552, practiceRelatives: 726574, outreachRelatives: 726596,
        home: 726611, remote: 726633)
    /// Function 3 (first-line treatment).
    static let treatment = IndividualCodes(
        firstPractice: 726714, firstOutreach: 726736, firstHome: 726751, practice: 726773,
        outreach: 726795, practiceRelatives: 726810, outreachRelatives: 726832,
        home: 726854, remote: 726876)

    /// Every code the demo writes.
    static var all: [Int] {
        var codes = [
            communityGroup, communityPhysician, communityOther, supportGroup, supportPhysician, supportOther,
            treatmentGroup, treatmentPhysician, treatmentOther, concertation, trajectoryPlain, trajectoryBefore,
            trajectoryAfter, postCovidSession, postCovidCoordination, postCovidParticipation,
        ]
        codes += missions.map(\.code)
        for set in [support, treatment] {
            codes += [
                set.firstPractice, set.firstOutreach, set.firstHome, set.practice, set.outreach, set.practiceRelatives,
                set.outreachRelatives, set.home, set.remote,
            ]
        }
        return codes.sorted()
    }

    /// Throws when the reference data lacks a code the demo writes, or gives it other attributes.
    static func check(against reference: ReferenceData) throws(DiagnosticError) {
        let missing = all.filter { reference.pseudocodes[$0] == nil }
        if !missing.isEmpty {
            throw DiagnosticError.demoReference(
                "the reference data lacks pseudocodes \(missing.map(String.init).joined(separator: ", ")); check Indicators/reference/pseudocodes.csv"
            )
        }
        for set in [(support, CareFunction.support), (treatment, CareFunction.treatment)] {
            for code in [set.0.firstPractice, set.0.firstOutreach, set.0.firstHome] {
                let attributes = reference.pseudocodes[code]!
                guard attributes.isFirstSession, attributes.function == set.1, attributes.modality == .individual else {
                    throw DiagnosticError.demoReference(
                        "pseudocode \(code) is not a first individual session of function \(set.1.rawValue) in the reference data")
                }
            }
        }
        let cofacilitators = [communityPhysician, communityOther, supportPhysician, supportOther, treatmentPhysician, treatmentOther]
        for code in cofacilitators where reference.pseudocodes[code]!.modality != .cofacilitation {
            throw DiagnosticError.demoReference("pseudocode \(code) is not a co-facilitation code in the reference data")
        }
    }
}
