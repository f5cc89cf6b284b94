/// The limit of an `at_most` or `at_least` rule: one value, or one per target group of network (art. 5 §2 B d–e set 8
/// sessions in adult networks and 10 in child networks).
public enum RuleLimit: Sendable, Hashable {
    /// The same limit for every network.
    case fixed(ExactDecimal)
    /// A limit for adult networks, child-and-adolescent networks and the German-speaking network (`all`).
    case byTargetGroup(adult: ExactDecimal, child: ExactDecimal, all: ExactDecimal)

    /// The limit that applies to a network of `group`.
    public func value(for group: TargetGroup) -> ExactDecimal {
        switch self {
        case .fixed(let limit): limit
        case .byTargetGroup(let adult, let child, let all):
            switch group {
            case .adult: adult
            case .child: child
            case .all: all
            }
        }
    }
}
