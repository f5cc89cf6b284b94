/// Collects diagnostics up to a cap; reading stops once the cap is reached.
public final class DiagnosticSink {
    /// Kept diagnostics.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Problems found beyond the cap.
    public private(set) var omitted = 0
    /// How many diagnostics are kept (1 = stop at the first problem).
    public let limit: Int

    /// Creates a sink keeping at most `limit` diagnostics.
    public init(limit: Int) {
        precondition(limit >= 1)
        self.limit = limit
    }

    /// Whether the cap is reached and reading should stop.
    public var isFull: Bool { diagnostics.count >= limit }

    /// Whether any error was reported.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } || omitted > 0 }

    /// Records a diagnostic (or counts it as omitted past the cap).
    public func report(_ diagnostic: Diagnostic) {
        if isFull { omitted += 1 } else { diagnostics.append(diagnostic) }
    }

    /// Records an error.
    public func error(_ code: DiagnosticCode, at location: SourceLocation?, _ message: String) {
        report(Diagnostic(.error, code, at: location, message))
    }
}

/// Thrown to unwind a read once the sink is full.
struct StopReading: Error {}
