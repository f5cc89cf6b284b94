import ArgumentParser
import FiveAim

/// Checks a `--network` value before anything uses it: `all`, or a code of the right shape (`NetworkCodePattern`),
/// so that a value like `../../x` or one with terminal controls never reaches a lookup, a message or a file name.
func validateNetworkOption(_ value: String) throws {
    guard value == "all" || NetworkCodePattern.matches(value) else {
        throw ValidationError(
            "--network: \(UntrustedText.quoted(value)) is not a network code; expected \(NetworkCodePattern.expected), or all")
    }
}
