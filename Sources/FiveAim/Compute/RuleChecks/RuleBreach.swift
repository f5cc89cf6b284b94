/// A breach found by one comparison: what was observed, the limit, and the notes the message adds.
struct RuleBreach: Sendable, Hashable {
    var observed: CheckNumber
    var limit: CheckLimit
    var notes: [CheckNote]
}
