/// A breach found by one comparison: what was observed, the limit, and the notes the message adds.
struct RuleBreach: Sendable, Hashable {
    var observed: String
    var limit: String
    var notes: [CheckNote]
}
