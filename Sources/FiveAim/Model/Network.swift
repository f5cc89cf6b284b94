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

    /// Creates a network.
    public init(code: String, name: String, targetGroup: TargetGroup, region: Region) {
        self.code = code
        self.name = name
        self.targetGroup = targetGroup
        self.region = region
    }

    /// The code national rows use.
    public static let nationalCode = "BE"
}
