/// A network's outreach sites of one kind in a year (art. 8 §2), and the sessions held there.
public struct OutreachSiteRow: Sendable, Hashable {
    /// The contract column `network`.
    public var network: String
    /// The contract column `year`.
    public var year: Int
    /// The contract column `site_type`.
    public var siteType: OutreachSiteType
    /// The contract column `sites`: sites of that kind the network worked at during the year.
    public var sites: Int64
    /// The contract column `sessions`: sessions held at those sites.
    public var sessions: Int64

    /// Creates an outreach-sites row.
    public init(network: String, year: Int, siteType: OutreachSiteType, sites: Int64, sessions: Int64) {
        self.network = network
        self.year = year
        self.siteType = siteType
        self.sites = sites
        self.sessions = sessions
    }
}
