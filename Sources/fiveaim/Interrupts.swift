import Dispatch
import FiveAim
import Foundation

/// SIGINT and SIGTERM end the process cleanly: the writers' temporary files and folders (`InterruptCleanup`) are
/// removed, one line says so, and the exit status is 128 + the signal (130, 143), as a shell reports a killed process.
///
/// The signals are ignored as signals and received by a dispatch source on a queue of their own, so the cleanup runs in
/// an ordinary thread, not in a signal handler (no async-signal-safety constraint). Child processes (pandoc) get the
/// default dispositions back when they start (Foundation's `Process` resets them).
enum Interrupts {
    private static let queue = DispatchQueue(label: "fiveaim.interrupts")
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers; call once, before any command runs.
    static func install() {
        for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                let (removed, left) = InterruptCleanup.removeAllAndHold()
                var message = "fiveaim: interrupted (\(name))" + (removed > 0 ? "; the unfinished output was removed\n" : "\n")
                for path in left { message += "fiveaim: could not remove the temporary \(path); delete it\n" }
                FileHandle.standardError.write(Data(message.utf8))
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
