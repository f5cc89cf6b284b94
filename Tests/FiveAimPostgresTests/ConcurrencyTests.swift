import FiveAim
import FiveAimPostgres
import Foundation
import Testing

/// Two imports at once: different networks proceed side by side; one network is imported by one
/// transaction at a time, never mixed.
@Suite(.enabled(if: PostgresTestSupport.enabled))
struct ConcurrencyTests {
    typealias Support = PostgresTestSupport

    /// An import on a thread of its own that stops just before committing until released.
    final class HeldImport: @unchecked Sendable {
        let reachedCommit = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var outcome: Result<ImportSummary, Error>?

        /// The import's result once finished.
        var result: Result<ImportSummary, Error>? { lock.withLock { outcome } }

        /// Starts importing `directory` into `url`; `hold` makes it wait before committing.
        init(_ directory: String, into url: String, hold: Bool) {
            let thread = Thread { [self] in
                let result = Result {
                    try Support.importDirectory(directory, into: url) { event in
                        if hold, event == .committing {
                            self.reachedCommit.signal()
                            self.release.wait()
                        }
                    }
                }
                lock.withLock { outcome = result }
                finished.signal()
            }
            thread.start()
        }
    }

    @Test func importsOfDifferentNetworksBothProceedAtOnce() throws {
        let ads = try Support.dataset(Fixtures.activity(network: "ADS", month: "2025-03", units: 3, rows: 20))
        let brumenta = try Support.dataset(Fixtures.activity(network: "BRUMENTA", month: "2025-03", units: 5, rows: 30))
        try Support.withFreshDatabase { url in
            let first = HeldImport(ads, into: url, hold: true)
            #expect(first.reachedCommit.wait(timeout: .now() + 60) == .success)
            // While the ADS import holds its transaction open, the BRUMENTA import runs to the end.
            let second = HeldImport(brumenta, into: url, hold: false)
            let secondFinished = second.finished.wait(timeout: .now() + 30) == .success
            first.release.signal()
            #expect(first.finished.wait(timeout: .now() + 60) == .success)
            if !secondFinished { _ = second.finished.wait(timeout: .now() + 60) }
            #expect(secondFinished, "the second import waited for the first")
            _ = try first.result?.get()
            _ = try second.result?.get()
            let rows = try PostgresConnection(url).execute(
                "SELECT network, count(*), sum(units) FROM fiveaim.activity GROUP BY network ORDER BY network"
            ).rows
            #expect(rows == [["ADS", "20", "60"], ["BRUMENTA", "30", "150"]])
        }
    }

    @Test func importsOfTheSameNetworkRunOneAfterTheOtherAndNeverMix() throws {
        let earlier = try Support.dataset(Fixtures.activity(network: "ADS", month: "2025-03", units: 3, rows: 20))
        let later = try Support.dataset(Fixtures.activity(network: "ADS", month: "2025-03", units: 7, rows: 10))
        try Support.withFreshDatabase { url in
            let monitor = try PostgresConnection(url)
            let first = HeldImport(earlier, into: url, hold: true)
            #expect(first.reachedCommit.wait(timeout: .now() + 60) == .success)
            let second = HeldImport(later, into: url, hold: false)
            // The second import waits on the network's advisory lock while the first is open.
            var waiting = false
            for _ in 0..<300 where !waiting {
                let rows = try monitor.execute(
                    """
                    SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
                    AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                    """
                ).rows
                waiting = rows == [["1"]]
                if !waiting { Thread.sleep(forTimeInterval: 0.05) }
            }
            #expect(waiting, "the second import never waited on the lock")
            #expect(second.finished.wait(timeout: .now()) == .timedOut, "the second import finished while the first was open")
            first.release.signal()
            #expect(first.finished.wait(timeout: .now() + 60) == .success)
            #expect(second.finished.wait(timeout: .now() + 60) == .success)
            let firstSummary = try #require(try first.result?.get())
            let secondSummary = try #require(try second.result?.get())
            #expect(firstSummary.importID < secondSummary.importID)
            #expect(secondSummary.tables == [TableChange(table: "activity", deleted: 20, inserted: 10)])
            // Only the later dataset's rows: replaced whole, never mixed.
            let rows = try monitor.execute("SELECT count(*), min(units), max(units) FROM fiveaim.activity").rows
            #expect(rows == [["10", "7", "7"]])
        }
    }
}
