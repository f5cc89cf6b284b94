/// Which networks are compared with one another.
///
/// By default adult and child & adolescent networks are compared within their own group, and the German-speaking
/// community's network (target group `all`) with the adults; `all` puts every network in one group.
public enum ComparisonGroup: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Adult networks and the German-speaking community's network.
    case adult
    /// Child & adolescent networks.
    case child
    /// Every network together.
    case all

    /// Whether `network` belongs to this group.
    public func contains(_ network: Network) -> Bool {
        switch self {
        case .adult: network.targetGroup == .adult || network.targetGroup == .all
        case .child: network.targetGroup == .child
        case .all: true
        }
    }

    /// The groups compared when none is chosen: adults, then children & adolescents.
    public static let byTargetGroup: [ComparisonGroup] = [.adult, .child]

    /// Orders adult, child, all.
    public static func < (lhs: ComparisonGroup, rhs: ComparisonGroup) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Which side of the 99.8 % limits a network lies on, read with the indicator's direction.
public enum OutlierSide: String, Sendable, Hashable, CaseIterable {
    /// Beyond the limit on the side the indicator calls better.
    case better
    /// Beyond the limit on the side the indicator calls worse.
    case worse
    /// Above the upper limit of an indicator with no better direction.
    case high
    /// Below the lower limit of an indicator with no better direction.
    case low

    /// The side of a value above (`above` true) or below the 99.8 % limits, given the indicator's direction.
    public static func side(above: Bool, direction: Direction) -> OutlierSide {
        switch direction {
        case .higher: above ? .better : .worse
        case .lower: above ? .worse : .better
        case .neither: above ? .high : .low
        }
    }
}

/// How an indicator is compared across networks.
public enum ComparisonKind: String, Sendable, Hashable {
    /// A proportion of two counts: funnel plot with binomial control limits and outliers.
    case funnel
    /// Anything else (counts, rates per 1000, ratios, days, euros): a ranked table with intervals.
    case ranked

    /// The kind for `indicator`: a funnel for a ratio `proportion` of two counts.
    public static func of(_ indicator: IndicatorDefinition) -> ComparisonKind {
        guard indicator.unit == .proportion, indicator.method == .ratio, let denominator = indicator.denominator,
            indicator.numerator.measure.quantity == .count, denominator.measure.quantity == .count
        else { return .ranked }
        return .funnel
    }
}
