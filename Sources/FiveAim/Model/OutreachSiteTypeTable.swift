/// One kind of outreach site as the code list describes it: the year it starts, the article and the labels.
public struct OutreachSiteTypeInfo: Sendable, Hashable {
    /// The kind.
    public var type: OutreachSiteType
    /// The first year a network can report it (2024, or 2026 for the amendment's sites).
    public var firstYear: Int
    /// Labels in every `Language`.
    public var labels: Labels
    /// The article that makes it a priority site, e.g. `art. 8 §2 (avenant 2026, art. 1)`.
    public var article: String

    /// Creates a description.
    public init(type: OutreachSiteType, firstYear: Int, labels: Labels, article: String) {
        self.type = type
        self.firstYear = firstYear
        self.labels = labels
        self.article = article
    }
}

/// The kinds of outreach site of art. 8 §2 and of the 2026 amendment, read from
/// `Indicators/reference/outreach_site_types.csv`.
public struct OutreachSiteTypeTable: Sendable, Hashable {
    /// Every kind, in file order.
    public var types: [OutreachSiteTypeInfo]

    /// Creates a table.
    public init(_ types: [OutreachSiteTypeInfo]) { self.types = types }

    /// The description of `type`, if the code list has it.
    public func info(_ type: OutreachSiteType) -> OutreachSiteTypeInfo? { types.first { $0.type == type } }

    /// The kinds a network can report in `year`, in `OutreachSiteType` order.
    public func types(in year: Int) -> [OutreachSiteType] {
        OutreachSiteType.allCases.filter { type in info(type).map { $0.firstYear <= year } ?? false }
    }
}
