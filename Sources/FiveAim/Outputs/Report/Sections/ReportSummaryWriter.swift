/// Writes the summary of the year: one sentence each for reach, waits, group work, outreach and budget use, each set
/// against last year and the national figure, then the rule checks and the data's completeness (7 sentences).
struct ReportSummaryWriter: ReportSectionWriter {
    let context: ReportContext

    /// One topic: its sentence, the indicator compared, and further figures the sentence names.
    struct Topic {
        var key: ReportTextKey
        var subject: ReportTextKey
        var indicator: String
        var extras: [String: String]
    }

    static let topics: [Topic] = [
        Topic(key: .summaryReach, subject: .subjectReach, indicator: "reach_per_1000", extras: ["sessions": "individual_sessions"]),
        Topic(key: .summaryWait, subject: .subjectWait, indicator: "wait_within_30d", extras: ["median": "wait_median_days"]),
        Topic(key: .summaryGroup, subject: .subjectGroup, indicator: "group_participation_share", extras: ["size": "mean_group_size_f23"]),
        Topic(key: .summaryOutreach, subject: .subjectOutreach, indicator: "outreach_share", extras: ["hours": "support_mission_hours"]),
        Topic(key: .summaryBudget, subject: .subjectBudget, indicator: "care_budget_use", extras: ["f3": "function3_share_of_care_budget"]),
    ]

    func sentences(_ network: String) -> [ReportParagraph] {
        var result = Self.topics.map { topic(network, $0) }
        result.append(checks(network))
        result.append(data())
        return result
    }

    func topic(_ network: String, _ topic: Topic) -> ReportParagraph {
        let year = ReportFragment(String(figures.year)), previousYear = ReportFragment(context.previousLabel)
        guard let current = figures.current(topic.indicator, network), current.status == .ok || current.status == .censored,
            let shown = figure.displayed(current)
        else {
            let reason = figures.current(topic.indicator, network).map(figure.reason) ?? texts[.notAvailable]
            return context.paragraph(
                texts[.summaryUnavailable],
                [
                    "subject": ReportFragment(texts[topic.subject]), "year": year,
                    "reason": ReportFragment(reason),
                ])
        }
        var slots: [String: ReportFragment] = [
            "year": year, "previous_year": previousYear, "value": ReportFragment(shown, ref: FigureText.ref(current, "value")),
            "ceiling": ReportFragment(context.ceilingText()),
        ]
        for (slot, id) in topic.extras { slots[slot] = context.fragment(id, network) }
        var fragments = context.paragraph(texts[topic.key], slots).fragments
        // Against last year.
        if let previous = figures.previous(topic.indicator, network), let before = figure.displayed(previous), let now = current.value,
            let then = previous.value
        {
            let key: ReportTextKey = shown == before ? .trendSame : (now > then ? .trendUp : .trendDown)
            fragments +=
                context.paragraph(
                    texts[key],
                    [
                        "previous_year": previousYear,
                        "previous": ReportFragment(before, ref: FigureText.ref(previous, "value")),
                    ]
                ).fragments
        } else {
            fragments += context.paragraph(texts[.trendNone], ["previous_year": previousYear]).fragments
        }
        // Against Belgium.
        if let national = figures.national(topic.indicator), let value = figure.displayed(national) {
            fragments +=
                context.paragraph(texts[.nationalValue], ["national": ReportFragment(value, ref: FigureText.ref(national, "value"))])
                .fragments
        } else {
            fragments += context.paragraph(texts[.nationalNone], [:]).fragments
        }
        fragments.append(ReportFragment("."))
        return ReportParagraph(fragments)
    }

    func checks(_ network: String) -> ReportParagraph {
        let breaches = figures.findings.filter { $0.network == .network(network) && $0.severity != .note }
        let year = String(figures.year)
        switch breaches.count {
        case 0: return ReportParagraph([ReportFragment(texts.text(.checksSummaryNone, ["year": year]))])
        case 1: return ReportParagraph([ReportFragment(texts.text(.checksSummaryOne, ["year": year, "rules": ruleList(breaches)]))])
        default:
            return ReportParagraph([
                ReportFragment(
                    texts.text(
                        .checksSummaryMany,
                        [
                            "year": year, "count": String(breaches.count),
                            "rules": ruleList(breaches),
                        ]))
            ])
        }
    }

    func ruleList(_ findings: [CheckFinding]) -> String {
        findings.map { finding in
            let title = figures.catalogue.rules.first { $0.id == finding.rule }?.title.text(in: texts.language) ?? finding.rule
            return texts.text(.quoted, ["text": title]) + " (\(texts.article(finding.article)))"
        }.joined(separator: " ; ")
    }

    func data() -> ReportParagraph {
        let tables = figures.missingTables.keys.map(\.name).sorted()
        let period = context.periodNote()
        if tables.isEmpty { return ReportParagraph([ReportFragment(texts.text(.dataSummaryComplete, ["period": period]))]) }
        return ReportParagraph([
            ReportFragment(texts.text(.dataSummaryMissing, ["period": period, "tables": tables.joined(separator: ", ")]))
        ])
    }
}
