import Crypto
import Foundation

/// SHA-256 digests (apple/swift-crypto) as lowercase hexadecimal text.
public enum SHA256Digest {
    /// The digest of `data`.
    public static func hex(of data: Data) -> String {
        hexText(SHA256.hash(data: data))
    }

    /// The digest of a file and its size, streaming it in 1 MiB blocks; nil when it cannot be read.
    public static func file(_ path: String) -> (sha256: String, bytes: Int64)? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        var size: Int64 = 0
        do {
            while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
                hasher.update(data: block)
                size += Int64(block.count)
            }
        } catch {
            return nil
        }
        return (hexText(hasher.finalize()), size)
    }

    private static func hexText(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
