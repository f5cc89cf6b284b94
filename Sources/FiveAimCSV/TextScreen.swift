/// Checks that a line is UTF-8 text without NUL bytes, before any byte reaches the parser.
enum TextScreen {
    /// A problem and its 0-based byte offset in the checked bytes.
    enum Problem: Equatable {
        case invalidUTF8(at: Int)
        case nul(at: Int)
    }

    /// Returns the first problem in `bytes`, or nil when they are clean.
    static func firstProblem(in bytes: UnsafeRawBufferPointer) -> Problem? {
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        var i = 0
        while i < count {
            // Fast path: eight bytes at a time while they are ASCII without NUL (the byte loop below finds
            // the exact offset of anything else).
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let highBits: UInt64 = 0x8080_8080_8080_8080
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & highBits
                guard word & highBits == 0, hasZero == 0 else { break }
                i += 8
            }
            guard i < count else { break }
            let b = base[i]
            if b < 0x80 {
                if b == 0 { return .nul(at: i) }
                i += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return .invalidUTF8(at: i)
            }
            guard i + length <= count else { return .invalidUTF8(at: i) }
            let second = base[i + 1]
            guard second >= lower, second <= upper else { return .invalidUTF8(at: i) }
            var k = 2
            while k < length {
                guard base[i + k] & 0xC0 == 0x80 else { return .invalidUTF8(at: i) }
                k += 1
            }
            i += length
        }
        return nil
    }

    /// The length of the longest prefix of `bytes` that is ASCII without NUL (where `firstProblem` finds nothing),
    /// measured eight bytes at a time, then byte by byte.
    static func asciiPrefix(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let count = bytes.count
        var i = 0
        while i + 8 <= count {
            let word = (base + i).loadUnaligned(as: UInt64.self)
            let highBits: UInt64 = 0x8080_8080_8080_8080
            guard word & highBits == 0, (word &- 0x0101_0101_0101_0101) & ~word & highBits == 0 else { break }
            i += 8
        }
        while i < count, base.load(fromByteOffset: i, as: UInt8.self) &- 1 < 0x7F { i += 1 }
        return i
    }
}
