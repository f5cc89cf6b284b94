/// SplitMix64: expands one 64-bit seed into a stream of well-mixed words (used to seed xoshiro).
public struct SplitMix64: Sendable {
    private var state: UInt64

    /// Creates the generator from a seed.
    public init(seed: UInt64) { state = seed }

    /// The next word.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// xoshiro256**: the demo's only source of randomness, fully determined by its seed.
///
/// Every stream is derived from the run's seed and a label (network, month, purpose), so that a
/// month's rows never depend on how many other months or networks were generated.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Creates a generator whose state is expanded from `seed` by SplitMix64.
    public init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
    }

    /// Creates the generator of the stream named by `labels` under the run's `seed`.
    public init(seed: UInt64, _ labels: StreamLabel...) {
        var hash = StableHash()
        hash.combine(seed)
        for label in labels { label.feed(into: &hash) }
        self.init(seed: hash.value)
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

/// A part of a stream's name: a text (network code, purpose) or a number (month ordinal, year).
public enum StreamLabel: Sendable {
    case text(String)
    case number(Int)

    /// Feeds the label into a hash, tagged so that `"1"` and `1` differ.
    func feed(into hash: inout StableHash) {
        switch self {
        case .text(let value):
            hash.combine(UInt64(0x54))
            for byte in value.utf8 { hash.combineByte(byte) }
            hash.combine(UInt64(value.utf8.count))
        case .number(let value):
            hash.combine(UInt64(0x4E))
            hash.combine(UInt64(bitPattern: Int64(value)))
        }
    }
}

extension StreamLabel: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    /// A text label from a literal.
    public init(stringLiteral value: String) { self = .text(value) }
    /// A number label from a literal.
    public init(integerLiteral value: Int) { self = .number(value) }
}

/// FNV-1a over bytes: a hash that is the same in every process (Swift's `Hasher` is not).
struct StableHash {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// Mixes one byte in.
    mutating func combineByte(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x0000_0100_0000_01B3
    }

    /// Mixes a 64-bit word in, little-endian.
    mutating func combine(_ word: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { combineByte(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
    }
}
