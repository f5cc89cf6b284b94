import FiveAimCSV

/// Typed access to the cells of one record, reporting every problem with file, line and column.
///
/// Accessors return nil after reporting; a decoder builds its row only when every accessor succeeded.
/// Messages name the column and what was expected, never the cell's value.
struct CellReader {
    let record: CSVRecord
    let file: String
    let header: HeaderMap
    let sink: DiagnosticSink
    let context: ValidationContext

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
        guard let index = header.index(of: column) else { return nil }
        return record.bytes(index)
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

    /// The cell as one of a code list's values.
    func code<T: RawRepresentable & CaseIterable>(_ column: String, as type: T.Type, allowed: [T]? = nil) -> T? where T.RawValue == String {
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
        case .failure(.negative): fail(.negativeCount, column, "column '\(column)': count below zero; counts are whole numbers ≥ 0")
        case .failure(.tooLarge): fail(.numberTooLarge, column, "column '\(column)': number too large; counts must be below 9223372036854775808")
        case .failure: fail(.notAnInteger, column, "column '\(column)': not a whole number; expected digits only, e.g. 42")
        }
        return nil
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
        case .failure(.negative): fail(.negativeCount, column, "column '\(column)': below zero; \(what) must be ≥ 0")
        case .failure(.tooLarge): fail(.numberTooLarge, column, "column '\(column)': number too large")
        case .failure(.tooManyDecimals):
            fail(.notADecimal, column, "column '\(column)': more than \(scale) decimals; expected \(what) with at most \(scale) decimals")
        case .failure:
            let separator = comma ? "'.' or ','" : "'.'"
            fail(.notADecimal, column, "column '\(column)': not a decimal number; expected digits with \(separator) as decimal separator and no thousands separator, e.g. 1234\(comma ? "," : ".")56")
        }
        return nil
    }

    /// Euros with at most two decimals.
    func money(_ column: String) -> Money? {
        fixedPoint(column, scale: 2, what: "an amount in euros").map { Money(cents: $0) }
    }

    /// A month `YYYY-MM` between `earliest` and the run month.
    func month(_ column: String, earliest: YearMonth = .conventionStart) -> YearMonth? {
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
        let result = YearMonth(year: year, month: month)
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
    func network(_ column: String = "network", allowNational: Bool = false) -> (code: String, network: Network?)? {
        guard let value = text(column) else { return nil }
        if value == Network.nationalCode {
            if allowNational { return (value, nil) }
            fail(.nationalCodeNotAllowed, column, "column '\(column)': the national code BE is only accepted in beneficiaries (national distinct totals); expected a network code")
            return nil
        }
        guard let network = context.networks[value] else {
            let hint = Suggestion.closest(to: value, among: context.networks.keys).map { " (did you mean '\($0)'?)" } ?? ""
            fail(.unknownNetwork, column, "column '\(column)': unknown network\(hint); expected a code of the networks table")
            return nil
        }
        return (value, network)
    }

    /// An age band that the network's target group can serve.
    func ageBand(_ column: String = "age_band", for network: Network?) -> AgeBand? {
        guard let band = code(column, as: AgeBand.self) else { return nil }
        if let network, !network.targetGroup.serves(band) {
            let group = network.targetGroup == .adult ? "an adult network serves people aged 15 and over" : "a child and adolescent network serves people up to 23"
            fail(.ageBandForTargetGroup, column, "column '\(column)': age band \(band.rawValue) impossible for network \(network.code): \(group)")
            return nil
        }
        return band
    }

    /// A care function among `allowed`, written `1`, `2`, `3` (and `all` where allowed, read as nil).
    func function(_ column: String = "function", allowed: [CareFunction], allowAll: Bool = false) -> CareFunction?? {
        guard let value = text(column) else { return nil }
        if allowAll, value.caseInsensitiveEquals("all") { return .some(nil) }
        if let found = allowed.first(where: { $0.rawValue == value }) { return .some(found) }
        let choices = allowed.map(\.rawValue) + (allowAll ? ["all"] : [])
        fail(.functionNotAllowed, column, "column '\(column)': not one of \(choices.joined(separator: ", "))")
        return nil
    }
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
