import Foundation

/// Bounds that protect the catalogue and extract-spec loaders against hostile or broken folders: each is refused with a
/// clear message (FA1004, FA4104) before anything is parsed. YAML nesting is bounded by libyaml (1 000 levels, FA1002).
public enum CatalogueLimits {
    /// Most indicator definition files (`indicators/*.yaml`) in one catalogue; the shipped one has a few dozen.
    public static let maxIndicatorFiles = 1_000
    /// Largest catalogue YAML file (`catalog.yaml`, `checks.yaml`, one indicator), in bytes; shipped files are under 4 KiB.
    public static let maxFileBytes = 1 << 20
    /// Largest extract specification, in bytes; shipped specs are under 4 KiB.
    public static let maxExtractSpecBytes = 256 << 10

    /// `bytes` as people read a limit: `1 MiB`, `256 KiB`.
    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes >> 10) KiB"
    }

    /// Reads at most `limit` bytes of the file at `path`: nil when it cannot be opened, `.tooLarge` when it holds more
    /// (a device or a huge file is never read whole).
    static func read(_ path: String, limit: Int) -> BoundedRead? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let handle = FileHandle(forReadingAtPath: path)
        else { return nil }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.read(upToCount: limit + 1) ?? Data() } catch { return nil }
        return data.count > limit ? .tooLarge : .data(data)
    }

    /// The outcome of a bounded read.
    enum BoundedRead {
        /// The whole file.
        case data(Data)
        /// More than the limit.
        case tooLarge
    }
}
