import Testing

@testable import FiveAim

struct NumberParserTests {
    private func count(_ text: String) -> Result<Int64, NumberParser.Problem> {
        Array(text.utf8).withUnsafeBytes { NumberParser.count($0) }
    }

    private func cents(_ text: String, comma: Bool = false) -> Result<Int64, NumberParser.Problem> {
        Array(text.utf8).withUnsafeBytes { NumberParser.fixedPoint($0, scale: 2, decimalComma: comma) }
    }

    @Test(arguments: [("0", Int64(0)), ("42", 42), (" 7 ", 7), ("9223372036854775807", .max)])
    func countsAreWholeNonNegativeNumbers(text: String, value: Int64) {
        #expect(count(text) == .success(value))
    }

    @Test(arguments: [
        ("12abc", NumberParser.Problem.notDigits), ("1,5", .notDigits), ("1.0", .notDigits), ("", .empty),
        ("-3", .negative), ("9223372036854775808", .tooLarge), ("+1", .notDigits), ("1 000", .notDigits),
    ])
    func anythingElseIsRefusedWithItsReason(text: String, problem: NumberParser.Problem) {
        #expect(count(text) == .failure(problem))
    }

    @Test func amountsAreExactCentsWithAnOptionalDecimalComma() {
        #expect(cents("86.69") == .success(8669))
        #expect(cents("4") == .success(400))
        #expect(cents("2.5") == .success(250))
        #expect(cents("2,5", comma: true) == .success(250))
        #expect(cents("2,5") == .failure(.notDigits))
        #expect(cents("1.234,56", comma: true) == .failure(.notDigits))
        #expect(cents("1.005") == .failure(.tooManyDecimals))
        #expect(cents("1.") == .failure(.notDigits))
        #expect(cents(".5") == .failure(.notDigits))
    }
}
