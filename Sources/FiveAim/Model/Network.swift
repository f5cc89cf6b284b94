/// A mental-health network party to the convention.
public struct Network: Sendable, Hashable {
    /// Stable short code, e.g. `BRUMENTA`.
    public var code: String
    /// Official name.
    public var name: String
    /// Whom it serves.
    public var targetGroup: TargetGroup
    /// Its region.
    public var region: Region
    /// The languages it works in, first the main one: its report drafts are written in these when `--lang` is not
    /// given (`networks.csv` column `languages`; by default its region's, `Region.languages`).
    public var languages: [Language]

    /// Creates a network; `languages` nil means its region's (`Region.languages`).
    public init(code: String, name: String, targetGroup: TargetGroup, region: Region, languages: [Language]? = nil) {
        self.code = code
        self.name = name
        self.targetGroup = targetGroup
        self.region = region
        self.languages = languages ?? region.languages
    }

    /// The code national rows use.
    public static let nationalCode = "BE"
}
