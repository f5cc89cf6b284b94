/// An attribute of an Annex 1 pseudocode (`Indicators/reference/pseudocodes.csv`), its name written here once: catalogue
/// filters (`FilterKey`) and extract columns (`ExtractDimension`) take their names, values and order from it.
public enum PseudocodeAttribute: String, Sendable, Hashable, CaseIterable {
    case function
    case modality
    case setting
    case unit
    case providerRole = "provider_role"
    case firstSession = "first_session"
    case withRelatives = "with_relatives"

    /// The attribute's value for `code`, as written in the code list (`yes`/`no` for the yes/no attributes).
    public func value(of code: Pseudocode) -> String {
        switch self {
        case .function: code.function.rawValue
        case .modality: code.modality.rawValue
        case .setting: code.setting.rawValue
        case .unit: code.unit.rawValue
        case .providerRole: code.providerRole.rawValue
        case .firstSession: code.isFirstSession ? "yes" : "no"
        case .withRelatives: code.withRelatives ? "yes" : "no"
        }
    }

    /// Every value the attribute can take, in its natural order (functions 1, 2, 3 …; yes before no).
    public var values: [String] {
        switch self {
        case .function: CareFunction.allCases.map(\.rawValue)
        case .modality: Modality.allCases.map(\.rawValue)
        case .setting: Setting.allCases.map(\.rawValue)
        case .unit: UnitKind.allCases.map(\.rawValue)
        case .providerRole: ProviderRole.allCases.map(\.rawValue)
        case .firstSession, .withRelatives: ["yes", "no"]
        }
    }

    /// Whether it is a yes/no attribute (YAML `true`/`false` read as `yes`/`no` in filters).
    public var isYesNo: Bool { self == .firstSession || self == .withRelatives }
}
