/// An age band of the data contract: the beneficiary's age at the service.
public enum AgeBand: String, Sendable, Hashable, CaseIterable, Comparable {
    case age0to11 = "0-11"
    case age12to14 = "12-14"
    case age15to17 = "15-17"
    case age18to23 = "18-23"
    case age24to64 = "24-64"
    case age65plus = "65+"
    case unknown

    /// Whether the band lies wholly at or under 23 (no individual co-payment, art. 18).
    public var isUpTo23: Bool { [.age0to11, .age12to14, .age15to17, .age18to23].contains(self) }

    /// Orders by age, unknown last.
    public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Increased-reimbursement status (intervention majorée / verhoogde tegemoetkoming).
public enum BimStatus: String, Sendable, Hashable, CaseIterable, Comparable {
    case yes
    case no
    case unknown

    /// Orders yes, no, unknown.
    public static func < (lhs: BimStatus, rhs: BimStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Whom a network serves.
public enum TargetGroup: String, Sendable, Hashable, CaseIterable {
    case adult
    case child
    /// The German-speaking community's network serves every age.
    case all

    /// Whether this group can serve people of `band` (adults: 15+; children: up to 23).
    public func serves(_ band: AgeBand) -> Bool {
        switch (self, band) {
        case (.adult, .age0to11), (.adult, .age12to14): false
        case (.child, .age24to64), (.child, .age65plus): false
        default: true
        }
    }
}

/// Belgian region of a network.
public enum Region: String, Sendable, Hashable, CaseIterable {
    case flanders = "VL"
    case wallonia = "W"
    case brussels = "BXL"
    case germanSpeaking = "DG"

    /// The languages of a network of the region when its `networks.csv` row does not say: Wallonia French, Flanders
    /// Dutch, Brussels French and Dutch, the German-speaking community German.
    public var languages: [Language] {
        switch self {
        case .flanders: [.nl]
        case .wallonia: [.fr]
        case .brussels: [.fr, .nl]
        case .germanSpeaking: [.de]
        }
    }
}

/// The convention's care function of a service or table row.
public enum CareFunction: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Function 1: community group interventions.
    case community = "1"
    /// Function 2: first-line psychological support.
    case support = "2"
    /// Function 3: first-line treatment.
    case treatment = "3"
    /// Support missions at outreach sites and for first-line actors (art. 8).
    case mission
    /// Administrative codes: concertation and trajectory fees.
    case administrative
    /// Post-COVID-19 codes of the long-COVID convention (art. 16).
    case postCovid = "postcovid"

    /// Orders as listed.
    public static func < (lhs: CareFunction, rhs: CareFunction) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How a service is delivered.
public enum Modality: String, Sendable, Hashable, CaseIterable {
    case individual
    case group
    case cofacilitation
    case mission
    case administrative
}

/// Where a service takes place.
public enum Setting: String, Sendable, Hashable, CaseIterable {
    case practice
    /// An outreach site: lieu d'accroche / vindplaats.
    case outreach
    case home
    case remote
    case unspecified
}

/// Who attests a code.
public enum ProviderRole: String, Sendable, Hashable, CaseIterable {
    case psychologist
    case physician
    case otherProvider = "other_provider"
    case professional
    case careCoordinator = "care_coordinator"
}

/// What one unit of `activity.units` counts for a code.
public enum UnitKind: String, Sendable, Hashable, CaseIterable {
    case session
    case participation
    case cofacilitatedSession = "cofacilitated_session"
    case hour
    case professionalParticipation = "professional_participation"
    case trajectoryFee = "trajectory_fee"
    case coordinationFee = "coordination_fee"
}

/// Wait from help request to first session, as a histogram bucket (days).
public enum WaitBucket: String, Sendable, Hashable, CaseIterable, Comparable {
    case days0to7 = "0-7"
    case days8to14 = "8-14"
    case days15to30 = "15-30"
    case days31to60 = "31-60"
    case days61to90 = "61-90"
    case days91plus = "91+"
    /// No request date was recorded.
    case unknown

    /// Orders by wait, unknown last.
    public static func < (lhs: WaitBucket, rhs: WaitBucket) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A yearly budget line of art. 14 (2024) or of art. 14 as replaced by the 2026 amendment (art. 2). Which years and
/// networks each line exists for is reference data: `Indicators/reference/budget_lines.csv` (`BudgetLineTable`).
public enum BudgetLine: String, Sendable, Hashable, CaseIterable {
    case careBase = "care_base"
    /// Sessions of trainees (art. 14 §1 b a., 2024–2025; moved to the care base by the 2026 amendment).
    case traineeSessions = "trainee_sessions"
    case art8Outreach = "art8_outreach"
    case eatingDisorders = "eating_disorders"
    case prisons
    case providerRecruitment = "provider_recruitment"
    case operating
    case training
}

/// A kind of outreach site (lieu d'accroche) of art. 8 §2; the employment services and the mutualities' sites are
/// added by the 2026 amendment (art. 1). The year each kind starts, its article and its labels are reference data:
/// `Indicators/reference/outreach_site_types.csv` (`OutreachSiteTypeTable`).
public enum OutreachSiteType: String, Sendable, Hashable, CaseIterable, Comparable {
    case generalPractice = "general_practice"
    case school
    /// AMO / overkophuis.
    case youthService = "youth_service"
    /// CPAS / OCMW.
    case socialService = "social_service"
    /// VDAB, Forem, Actiris, ADG (from 2026).
    case employmentService = "employment_service"
    /// The mutualities' sites (from 2026).
    case mutuality
    case communityCentre = "community_centre"
    case other

    /// Orders as listed.
    public static func < (lhs: OutreachSiteType, rhs: OutreachSiteType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
