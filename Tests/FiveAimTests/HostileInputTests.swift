import Foundation
import Testing

@testable import FiveAim

/// Inputs meant to exhaust memory or time end with a clear message (timings are measured in
/// Benchmarks/, never asserted here).
struct HostileInputTests {
    private func refusal(_ bytes: Data, file: String = "activity.csv") throws -> (DiagnosticError?, String) {
        let folder = try TestSupport.temporaryFolder()
        try bytes.write(to: URL(fileURLWithPath: folder + "/" + file))
        let failure = #expect(throws: DiagnosticError.self) { try TestSupport.read(folder) }
        return (failure, folder)
    }

    @Test func aHundredMegabyteSingleLineFileIsRefusedAsOneOverlongLine() throws {
        var bytes = Data("network,month,pseudocode,age_band,bim,units\n".utf8)
        bytes.append(Data(repeating: UInt8(ascii: "7"), count: 100_000_000))
        let (failure, folder) = try refusal(bytes)
        #expect(
            failure?.description == "\(folder)/activity.csv:2: error: [FA2018] line longer than 1048576 bytes; expected short CSV records")
    }

    @Test func aHundredMegabyteHeaderIsRefusedBeforeItIsParsed() throws {
        let (failure, _) = try refusal(Data(repeating: UInt8(ascii: "a"), count: 100_000_000))
        #expect(failure?.diagnostics.first?.code == .lineTooLong)
        #expect(failure?.diagnostics.first?.location?.line == 1)
    }

    @Test func aRecordWithThousandsOfFieldsIsRefusedAtTheLimit() throws {
        let line = Array(repeating: "1", count: 5000).joined(separator: ",")
        let (failure, _) = try refusal(Data(("network,month,pseudocode,age_band,bim,units\n" + line + "\n").utf8))
        #expect(failure?.diagnostics.first?.code == .tooManyFields)
    }
}
