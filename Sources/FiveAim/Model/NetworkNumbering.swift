/// Network codes numbered in order of first use.
struct NetworkNumbering {
    /// The codes, by number.
    private(set) var codes: [String] = []
    private var numbers: [String: Int32] = [:]
    private var last: (code: String, number: Int32)?

    /// The number of `code` (rows come grouped by network: the last code is checked first).
    mutating func number(_ code: String) -> Int32 {
        if let last, last.code == code { return last.number }
        let number: Int32
        if let known = numbers[code] {
            number = known
        } else {
            number = Int32(codes.count)
            numbers[code] = number
            codes.append(code)
        }
        last = (code, number)
        return number
    }
}
