import FiveAimCSV

/// Typed access to the cells of one record, reporting every problem with file, line and column.
///
/// Accessors return nil after reporting; a decoder builds its row only when every accessor succeeded.
/// Messages name the column and what was expected, never the cell's value.
struct CellReader {
    /// The record read (the loader points one reader per file at each record in turn).
    var record: CSVRecord {
        didSet { columns.step = 0 }
    }
    let file: String
    let header: HeaderMap
    let sink: DiagnosticSink
    let context: ValidationContext
    /// What the load remembers between rows (the last network matched).
    let memo: CellMemo
    /// The columns this file's rows asked for, in the order they asked (one reader per file).
    let columns = ColumnCache()

    /// Where a column's cell is.
    func location(_ column: String) -> SourceLocation {
        SourceLocation(file: file, line: record.line, column: (header.index(of: column) ?? -1) + 1)
    }

    /// Where the record is.
    var rowLocation: SourceLocation { SourceLocation(file: file, line: record.line, column: 0) }

    /// Reports an error on a column's cell.
    func fail(_ code: DiagnosticCode, _ column: String, _ message: String) {
        sink.error(code, at: location(column), message)
    }

    func bytes(_ column: String) -> UnsafeRawBufferPointer? {
        guard let index = columnIndex(column) else { return nil }
        return record.bytes(index)
    }

    /// The field index of `column`: decoders ask for the same columns in the same order on every row, so the answer
    /// is the cached one for this step of the row when the name is the same (a literal: equal without comparing text).
    private func columnIndex(_ column: String) -> Int? {
        let step = columns.step
        columns.step = step + 1
        if step < columns.asked.count, columns.asked[step].name == column { return columns.asked[step].index }
        let index = header.index(of: column)
        if step < columns.asked.count { columns.asked[step] = (column, index) } else { columns.asked.append((column, index)) }
        return index
    }

    /// Whether an optional column is absent or its cell empty.
    func isMissing(_ column: String) -> Bool {
        guard let cell = bytes(column) else { return true }
        return cell.allSatisfy { $0 == 0x20 }
    }

    /// The cell as text, with surrounding spaces removed; nil (reported) when empty.
    func text(_ column: String) -> String? {
        guard let cell = bytes(column) else { return nil }
        let value = String(decoding: cell, as: UTF8.self).trimmingASCIISpaces()
        guard !value.isEmpty else {
            fail(.missingValue, column, "column '\(column)': empty cell; a value is required")
            return nil
        }
        return value
    }

    /// The cell as free text (a name, an instrument): one line without control, bidirectional or invisible
    /// characters (refused, FA2094, never echoed), normalised to NFC; nil (reported) when empty or refused.
    func freeText(_ column: String) -> String? {
        guard let value = text(column) else { return nil }
        if let problem = FreeText.problem(in: value) {
            fail(
                .unsafeText, column,
                "column '\(column)': the text contains \(problem.description); expected one line of visible text (remove the character and export again)"
            )
            return nil
        }
        return FreeText.normalized(value)
    }

    /// The cell as a network code of the right shape (`NetworkCodePattern`), not looked up; nil (reported) otherwise.
    func networkCode(_ column: String = ContractColumn.network.rawValue) -> String? {
        guard let value = text(column), hasCodeShape(value, column) else { return nil }
        return value
    }

    /// Whether `value` has a network code's shape; reports FA2093 (without the value) when it has not.
    private func hasCodeShape(_ value: String, _ column: String) -> Bool {
        if NetworkCodePattern.matches(value) { return true }
        fail(
            .badNetworkCode, column,
            "column '\(column)': not a network code (\(Self.codeShapeProblem(value))); expected \(NetworkCodePattern.expected)")
        return false
    }

    /// What is wrong with the shape of a code, without showing it: its length, or the position of the first wrong character.
    static func codeShapeProblem(_ value: String) -> String {
        let characters = value.unicodeScalars.count
        if characters > NetworkCodePattern.maximumLength { return "\(characters) characters, at most \(NetworkCodePattern.maximumLength)" }
        for (index, scalar) in value.unicodeScalars.enumerated() {
            let allowed = ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || (scalar == "-" && index > 0)
            if !allowed {
                if scalar.isASCII, ("a"..."z").contains(scalar) { return "a lower-case letter at character \(index + 1)" }
                if UntrustedText.isUnsafe(scalar) { return "an invisible or control character at character \(index + 1)" }
                return "a character other than A-Z, 0-9 and '-' at character \(index + 1)"
            }
        }
        return "empty"
    }

    /// The cell as one of a code list's values.
    func code<T: RawRepresentable & CaseIterable>(_ column: String, as type: T.Type, allowed: [T]? = nil) -> T? where T.RawValue == String {
        // Fast path: the cell is exactly a value as written (no spaces, same case); the code lists' values differ
        // ignoring case, so this is the value the case-insensitive search below finds. No string is made.
        if let cell = bytes(column), !cell.isEmpty {
            if let allowed {
                for choice in allowed where Self.equal(cell, choice.rawValue) { return choice }
            } else if let position = memo.codeTable(T.self).position(of: cell) {
                return T.allCases[T.allCases.index(T.allCases.startIndex, offsetBy: position)]
            }
        }
        guard let value = text(column) else { return nil }
        let choices = allowed ?? Array(T.allCases)
        if let found = choices.first(where: { $0.rawValue.caseInsensitiveEquals(value) }) { return found }
        fail(.notInCodeList, column, "column '\(column)': not one of \(choices.map(\.rawValue).joined(separator: ", "))")
        return nil
    }

    /// A non-negative count.
    func count(_ column: String) -> Int64? {
        guard let cell = bytes(column) else { return nil }
        switch NumberParser.count(cell) {
        case .success(let value): return value
        case .failure(.empty): fail(.missingValue, column, "column '\(column)': empty cell; a count is required (0 is a real zero)")
        case .failure(.negative) where Self.isMinusZero(cell):
            fail(.notAnInteger, column, "column '\(column)': a minus sign before zero (-0); counts are written with digits only: write 0")
        case .failure(.negative): fail(.negativeCount, column, "column '\(column)': count below zero; counts are whole numbers ≥ 0")
        case .failure(.tooLarge):
            fail(.numberTooLarge, column, "column '\(column)': number too large; counts must be below 9223372036854775808")
        case .failure: fail(.notAnInteger, column, "column '\(column)': not a whole number; expected digits only, e.g. 42")
        }
        return nil
    }

    /// Whether `cell` is a minus sign before zero (`-0`, `-00`, `-0.00`, `-0,0`): not below zero, but not a count either.
    static func isMinusZero(_ cell: UnsafeRawBufferPointer) -> Bool {
        guard cell.count > 1, cell[0] == UInt8(ascii: "-") else { return false }
        var zero = false
        for byte in cell.dropFirst() {
            switch byte {
            case UInt8(ascii: "0"): zero = true
            case UInt8(ascii: "."), UInt8(ascii: ","): continue
            default: return false
            }
        }
        return zero
    }

    /// An optional non-negative count (nil without report when the cell is empty or the column absent).
    func optionalCount(_ column: String) -> Int64?? {
        if isMissing(column) { return .some(nil) }
        guard let value = count(column) else { return nil }
        return .some(value)
    }

    /// A non-negative amount with at most `scale` decimals.
    func fixedPoint(_ column: String, scale: Int, what: String) -> Int64? {
        guard let cell = bytes(column) else { return nil }
        let comma = record.delimiter.allowsDecimalComma
        switch NumberParser.fixedPoint(cell, scale: scale, decimalComma: comma) {
        case .success(let value): return value
        case .failure(.empty): fail(.missingValue, column, "column '\(column)': empty cell; \(what) is required")
        case .failure(.negative) where Self.isMinusZero(cell):
            fail(.notADecimal, column, "column '\(column)': a minus sign before zero (-0); \(what) is written without a sign: write 0")
        case .failure(.negative): fail(.negativeCount, column, "column '\(column)': below zero; \(what) must be ≥ 0")
        case .failure(.tooLarge): fail(.numberTooLarge, column, "column '\(column)': number too large")
        case .failure(.tooManyDecimals):
            fail(.notADecimal, column, "column '\(column)': more than \(scale) decimals; expected \(what) with at most \(scale) decimals")
        case .failure:
            let separator = comma ? "'.' or ','" : "'.'"
            fail(
                .notADecimal, column,
                "column '\(column)': not a decimal number; expected digits with \(separator) as decimal separator and no thousands separator, e.g. 1234\(comma ? "," : ".")56"
            )
        }
        return nil
    }

    /// Euros with at most two decimals.
    func money(_ column: String) -> Money? {
        fixedPoint(column, scale: 2, what: "an amount in euros").map { Money(cents: $0) }
    }

    /// A month `YYYY-MM` between `earliest` and the run month.
    func month(_ column: String, earliest: YearMonth = .conventionStart) -> YearMonth? {
        let result: YearMonth
        if let cell = bytes(column), let parsed = Self.exactMonth(cell) {
            result = parsed  // fast path: exactly `YYYY-MM`, no string made
        } else {
            guard let value = text(column) else { return nil }
            let utf8 = Array(value.utf8)
            guard utf8.count == 7, utf8[4] == UInt8(ascii: "-"),
                let year = Int(value.prefix(4)), let month = Int(value.suffix(2)),
                utf8[0..<4].allSatisfy({ $0 &- 0x30 < 10 }), utf8[5..<7].allSatisfy({ $0 &- 0x30 < 10 }),
                (1...12).contains(month)
            else {
                fail(.badMonth, column, "column '\(column)': not a month; expected YYYY-MM, e.g. 2025-03")
                return nil
            }
            result = YearMonth(year: year, month: month)
        }
        if result < earliest {
            fail(.monthBeforeCode, column, "column '\(column)': month before \(earliest), when the convention's codes started")
            return nil
        }
        if result > context.runMonth {
            fail(.monthInFuture, column, "column '\(column)': month after the run date (\(context.runMonth)); expected past months only")
            return nil
        }
        return result
    }

    /// Whether the cell's bytes are exactly `bytes`.
    private static func equal(_ cell: UnsafeRawBufferPointer, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            guard bytes.count == cell.count else { return false }
            for index in 0..<bytes.count where bytes[index] != cell[index] { return false }
            return true
        }
    }

    /// Whether the cell's bytes are exactly `text`'s UTF-8.
    private static func equal(_ cell: UnsafeRawBufferPointer, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard utf8.count == cell.count else { return false }
            for index in 0..<utf8.count where utf8[index] != cell[index] { return false }
            return true
        }
    }

    /// A cell that is exactly `YYYY-MM` with a month 1…12 (no spaces), read without making a string; nil otherwise.
    private static func exactMonth(_ cell: UnsafeRawBufferPointer) -> YearMonth? {
        guard cell.count == 7, cell[4] == UInt8(ascii: "-") else { return nil }
        var year = 0
        for index in 0..<4 {
            let digit = cell[index] &- 0x30
            guard digit < 10 else { return nil }
            year = year * 10 + Int(digit)
        }
        let tens = cell[5] &- 0x30, units = cell[6] &- 0x30
        guard tens < 10, units < 10 else { return nil }
        let month = Int(tens) * 10 + Int(units)
        guard (1...12).contains(month) else { return nil }
        return YearMonth(year: year, month: month)
    }

    /// A year `YYYY` within `range`.
    func year(_ column: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = text(column) else { return nil }
        guard value.utf8.count == 4, value.utf8.allSatisfy({ $0 &- 0x30 < 10 }), let year = Int(value) else {
            fail(.badYear, column, "column '\(column)': not a year; expected four digits, e.g. 2025")
            return nil
        }
        guard range.contains(year) else {
            fail(.badYear, column, "column '\(column)': year outside \(range.lowerBound)–\(range.upperBound)")
            return nil
        }
        return year
    }

    /// A network code present in the networks table (or `BE` where `allowNational`).
    func network(_ column: String = ContractColumn.network.rawValue, allowNational: Bool = false) -> NetworkCell? {
        // Fast path: the cell is exactly the code of the network matched last (files are mostly sorted by network).
        if let cell = bytes(column), let last = memo.lastNetwork(matching: cell) { return last }
        guard let value = text(column) else { return nil }
        // The shape first: a code that could be a path, a formula or a terminal control is refused as such, whether or
        // not the networks table has it.
        guard hasCodeShape(value, column) else { return nil }
        if value == Network.nationalCode {
            if allowNational { return NetworkCell(code: value, targetGroup: nil) }
            fail(
                .nationalCodeNotAllowed, column,
                "column '\(column)': the national code BE is only accepted in beneficiaries (national distinct totals); expected a network code"
            )
            return nil
        }
        guard let network = context.networks[value] else {
            let hint = Suggestion.closest(to: value, among: context.networks.keys).map { " (did you mean '\($0)'?)" } ?? ""
            fail(.unknownNetwork, column, "column '\(column)': unknown network\(hint); expected a code of the networks table")
            return nil
        }
        return memo.rememberNetwork(code: network.code, targetGroup: network.targetGroup)
    }

    /// An age band that the network's target group can serve.
    func ageBand(_ column: String = ContractColumn.ageBand.rawValue, for network: NetworkCell?) -> AgeBand? {
        guard let band = code(column, as: AgeBand.self) else { return nil }
        if let network, let target = network.targetGroup, !target.serves(band) {
            let group =
                target == .adult
                ? "an adult network serves people aged 15 and over" : "a child and adolescent network serves people up to 23"
            fail(
                .ageBandForTargetGroup, column,
                "column '\(column)': age band \(band.rawValue) impossible for network \(network.code): \(group)")
            return nil
        }
        return band
    }

    /// A care function among `allowed`, written `1`, `2`, `3` (and `all` where allowed, read as nil).
    func function(_ column: String = ContractColumn.function.rawValue, allowed: [CareFunction], allowAll: Bool = false) -> CareFunction?? {
        // Fast path: the cell is exactly one of the allowed values (never "all"), read without making a string.
        if let cell = bytes(column), !cell.isEmpty {
            for choice in allowed where Self.equal(cell, choice.rawValue) { return .some(choice) }
        }
        guard let value = text(column) else { return nil }
        if allowAll, value.caseInsensitiveEquals("all") { return .some(nil) }
        if let found = allowed.first(where: { $0.rawValue == value }) { return .some(found) }
        let choices = allowed.map(\.rawValue) + (allowAll ? ["all"] : [])
        fail(.functionNotAllowed, column, "column '\(column)': not one of \(choices.joined(separator: ", "))")
        return nil
    }
}

/// The columns one file's rows ask for, in order, with their field index.
final class ColumnCache {
    /// The lookups of a row so far (reset for each record).
    @exclusivity(unchecked) var step = 0
    /// Column names and field indices, by step.
    @exclusivity(unchecked) var asked: [(name: String, index: Int?)] = []
}

/// What one table load remembers between rows, to decode the common cells without making strings.
final class CellMemo {
    /// The network matched last, and its code's bytes (memory of this memo's own: nothing shared with other workers
    /// is reference-counted per row).
    @exclusivity(unchecked) private var lastNetwork: NetworkCell?
    @exclusivity(unchecked) private var lastNetworkBytes = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    /// The facts of Annex 1 codes met so far, in a direct-mapped cache by number (a miss reads the reference again).
    @exclusivity(unchecked) private var annexCodes = [AnnexCode?](repeating: nil, count: 256)
    /// The code lists met so far (a handful: scanned, not hashed).
    @exclusivity(unchecked) private var codeTables: [(type: ObjectIdentifier, table: CodeTable)] = []

    deinit { lastNetworkBytes.deallocate() }

    /// The network matched last, when `cell` is exactly its code.
    func lastNetwork(matching cell: UnsafeRawBufferPointer) -> NetworkCell? {
        guard cell.count == lastNetworkBytes.count else { return nil }
        for index in 0..<cell.count where cell[index] != lastNetworkBytes[index] { return nil }
        return lastNetwork
    }

    /// Remembers a network matched (its code copied: a long code's text is then this memo's own).
    func rememberNetwork(code: String, targetGroup: TargetGroup) -> NetworkCell {
        let bytes = Array(code.utf8)
        lastNetworkBytes.deallocate()
        lastNetworkBytes = .allocate(byteCount: bytes.count, alignment: 1)
        lastNetworkBytes.copyBytes(from: bytes)
        let cell = NetworkCell(code: String(decoding: bytes, as: UTF8.self), targetGroup: targetGroup)
        lastNetwork = cell
        return cell
    }

    /// The cached facts of Annex 1 code `number`.
    func annexCode(_ number: Int) -> AnnexCode? {
        guard let cached = annexCodes[number & 255], cached.code == number else { return nil }
        return cached
    }

    /// Caches the facts of an Annex 1 code.
    func remember(_ code: AnnexCode) { annexCodes[code.code & 255] = code }

    /// The raw values of code list `T` as bytes.
    func codeTable<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> CodeTable where T.RawValue == String {
        let id = ObjectIdentifier(type)
        for entry in codeTables where entry.type == id { return entry.table }
        let table = CodeTable(T.allCases.map(\.rawValue))
        codeTables.append((id, table))
        return table
    }
}

/// The values of a code list as bytes, matched against cells without making strings.
final class CodeTable {
    private let bytes: [UInt8]
    /// `ends[i]` is one past value `i`'s last byte.
    private let ends: [Int]

    init(_ values: [String]) {
        var bytes: [UInt8] = [], ends: [Int] = []
        for value in values {
            bytes += value.utf8
            ends.append(bytes.count)
        }
        self.bytes = bytes
        self.ends = ends
    }

    /// The position of the first value whose bytes are exactly the cell's.
    func position(of cell: UnsafeRawBufferPointer) -> Int? {
        bytes.withUnsafeBufferPointer { bytes in
            ends.withUnsafeBufferPointer { ends in
                var start = 0
                for (position, end) in ends.enumerated() {
                    if end - start == cell.count {
                        var index = 0
                        while index < cell.count, bytes[start + index] == cell[index] { index += 1 }
                        if index == cell.count { return position }
                    }
                    start = end
                }
                return nil
            }
        }
    }
}

/// A network cell as decoders need it: the code, and whom the network serves (nil for `BE`).
struct NetworkCell {
    let code: String
    let targetGroup: TargetGroup?
}

/// What decoding an activity row needs of its Annex 1 code: plain values, copied without reference counting.
struct AnnexCode {
    let code: Int
    let validFrom: YearMonth
    let hasUnregisteredParticipants: Bool
}

/// A small number per network code, given in order of first use, for compact duplicate keys.
/// A class so that a decoder (a value) can number the networks of the rows it keys.
final class NetworkNumbers {
    @exclusivity(unchecked) private var numbering = NetworkNumbering()

    /// The number of `code` in this load (the same code always gets the same number).
    func index(of code: String) -> UInt32 { UInt32(numbering.number(code)) }
}

extension String {
    /// The string without leading and trailing ASCII spaces and tabs.
    func trimmingASCIISpaces() -> String {
        let utf8 = self.utf8
        guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        let last = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })!
        return String(self[first...last])
    }

    /// ASCII case-insensitive equality.
    func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
