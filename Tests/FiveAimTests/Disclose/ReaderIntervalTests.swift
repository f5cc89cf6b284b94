import Testing

@testable import FiveAim

/// What one published count tells a reader, and what a difference of two tells: the ground the release attack stands on.
struct ReaderIntervalTests {
    static let policy = DisclosurePolicy(audience: .research)

    /// The interval a reader is told is exactly the set of counts the rule publishes as that value: the attack
    /// (`ReleaseAttack.interval`) reads the declared interval, so it must be neither wider nor narrower than the rule.
    @Test func theReaderIntervalIsExactlyTheCountsPublishedAsThatValue() {
        let counts = Array(Int64(0)...209)
        for count in counts.prefix(201) {
            let published = Self.policy.published(count)
            let preimage = counts.filter { Self.policy.published($0) == published }
            #expect(Self.policy.readerInterval(published) == preimage.first!...preimage.last!, "count \(count) published \(published)")
            #expect(preimage.count == Int(preimage.last! - preimage.first! + 1), "the counts published as \(published) are contiguous")
        }
        // Every shown count but 0 stands for 5 counts (the full base), the mark <5 for 4.
        for count in counts.prefix(201) where count >= 5 {
            #expect(Self.policy.readerInterval(Self.policy.published(count)).count == 5, "count \(count)")
        }
        #expect(Self.policy.readerInterval(.small) == 1...4)
    }

    /// A total and one part, both shown, with the rest a single small cell: the difference of their reader intervals
    /// must leave the small cell all of 1…4. Worked by hand, before: total 7 and part 5 were both published 5, read
    /// 5…7 each (3 and 4 are suppressed), so the cell was 5…7 − 5…7 = −2…2, i.e. 1…2 with its mark: narrowed. After:
    /// 5 is read 5…9, so the cell is −4…4 ∩ 1…4 = 1…4. Every part 0…300 and every small cell 1…4.
    @Test func aShownTotalMinusAShownPartLeavesASmallCellItsWholeMark() {
        for part in Int64(0)...300 where !Self.policy.isSmall(part) {
            for cell in Int64(1)...4 {
                let total = part + cell
                guard !Self.policy.isSmall(total) else { continue }  // both hidden: nothing published to subtract
                let t = Self.policy.readerInterval(Self.policy.published(total)),
                    p = Self.policy.readerInterval(Self.policy.published(part))
                let low = max(t.lowerBound - p.upperBound, 1), high = min(t.upperBound - p.lowerBound, 4)
                #expect(low...high == 1...4, "total \(total) (\(t)) − part \(part) (\(p)) bounds the small cell \(cell) to \(low)…\(high)")
            }
        }
    }
}
