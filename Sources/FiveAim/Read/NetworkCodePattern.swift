/// The shape of a network code (data contract §2): `[A-Z0-9][A-Z0-9-]{0,23}`: ASCII capitals, digits and `-`, not
/// starting with `-`, 1 to 24 characters. Checked wherever a code enters (a dataset's networks, every table's network
/// column, `--network`, rows read back from the database) before it is looked up, so that a code can never be a
/// path (`../x`, `a/b`), a formula (`=1+1`), markup or terminal control, and output file names built from it are safe.
public enum NetworkCodePattern {
    /// The longest code.
    public static let maximumLength = 24

    /// Whether `bytes` are a network code.
    public static func matches(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let first = bytes.first, bytes.count <= maximumLength, isCapitalOrDigit(first) else { return false }
        for byte in bytes where !(isCapitalOrDigit(byte) || byte == 0x2D) { return false }
        return true
    }

    /// Whether `text` is a network code.
    public static func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { matches(UnsafeRawBufferPointer($0)) }
    }

    /// What a message says a code must be.
    public static let expected = "a network code of 1 to 24 capital letters, digits and '-' (not first), e.g. BRUMENTA or COM-GER"

    private static func isCapitalOrDigit(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 || byte &- 0x30 < 10 }
}
