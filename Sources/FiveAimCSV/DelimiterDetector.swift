/// Finds the delimiter of a file from its header line.
enum DelimiterDetector {
    /// The delimiter used outside quotes in `header`, or the problem that prevents choosing one.
    static func detect(header: UnsafeRawBufferPointer) -> Result<CSVDelimiter, CSVReadError.Kind> {
        var seen: [CSVDelimiter: Int] = [:]
        var quoted = false
        for byte in header {
            if byte == 0x22 { quoted.toggle(); continue }
            if !quoted, let delimiter = CSVDelimiter(rawValue: byte) { seen[delimiter, default: 0] += 1 }
        }
        let found = CSVDelimiter.allCases.filter { seen[$0] != nil }
        switch found.count {
        case 0: return .failure(.noDelimiter)
        case 1: return .success(found[0])
        default: return .failure(.mixedDelimiters(found))
        }
    }
}
