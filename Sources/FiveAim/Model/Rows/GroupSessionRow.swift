/// Distinct group sessions held in a network, month and function.
public struct GroupSessionRow: Sendable, Hashable {
    /// The contract column `network`.
    public var network: String
    /// The contract column `month`.
    public var month: YearMonth
    /// `.community`, `.support` or `.treatment`.
    public var function: CareFunction
    /// The contract column `sessions`.
    public var sessions: Int64
    /// How many of `sessions` two psychologists/orthopedagogues led (each bills the group fee, art. 15 §2 3°);
    /// 0 ≤ it ≤ `sessions`. 0 when the dataset does not report it (`Dataset.twoPsychologistSessionsReported`).
    public var sessionsTwoPsychologists: Int64

    /// Creates a group-sessions row.
    public init(network: String, month: YearMonth, function: CareFunction, sessions: Int64, sessionsTwoPsychologists: Int64 = 0) {
        self.network = network
        self.month = month
        self.function = function
        self.sessions = sessions
        self.sessionsTwoPsychologists = sessionsTwoPsychologists
    }

    /// The psychologist group fees billed (art. 15 §2 3°): one per session, and a second one for each session two
    /// psychologists/orthopedagogues led. Traps on overflow (`ColumnTotalLimits` bounds every dataset read).
    public var psychologistFees: Int64 { sessions + sessionsTwoPsychologists }
}
