/// Composes the draft annual report of one network from the engine's figures, in one language: the summary, one section
/// per aim, waits, group work, outreach, budget, rule checks, data quality, placeholders and the annex.
///
/// Every figure comes from `ReportFigures` (the engine's results, disclosure applied); nothing is computed here but sums of
/// exact euros for a budget total and the ordering of text.
public struct AnnualReportComposer: Sendable {
    /// The texts of the report's language.
    public let texts: ReportTexts
    /// The figures of the batch.
    public let figures: ReportFigures
    /// The months with data in the dataset (months after the last are not drawn as zeros).
    public let dataMonths: ClosedRange<YearMonth>?
    /// What the generated note says made the draft (e.g. `fiveaim 0.1`).
    public let generator: String
    /// The month of the run: months whose attestation period (art. 14 §4) had not closed by then are named as provisional.
    public let runMonth: YearMonth

    /// Creates a composer.
    public init(
        texts: ReportTexts, figures: ReportFigures, dataMonths: ClosedRange<YearMonth>?, runMonth: YearMonth,
        generator: String = "fiveaim report"
    ) {
        self.texts = texts
        self.figures = figures
        self.dataMonths = dataMonths
        self.runMonth = runMonth
        self.generator = generator
    }

    /// The report of `network`.
    public func compose(_ network: Network) -> AnnualReport {
        let context = ReportContext(texts: texts, figures: figures, dataMonths: dataMonths, runMonth: runMonth)
        let code = network.code, year = figures.year
        var report = AnnualReport(
            language: texts.language.rawValue, locale: texts.locale,
            title: texts.text(.title, ["year": String(year)]),
            subtitle: texts.text(.subtitle, ["network": network.name, "code": code, "year": String(year)]),
            networkCode: code, networkName: network.name, year: year, previousYear: year - 1,
            headings: ReportHeadings(texts: texts, year: year, previous: context.previousLabel),
            audienceNote: context.audienceNote(), periodNote: context.periodNote(),
            generatedNote: texts.text(.generatedNote, ["tool": generator]),
            summary: ReportSummaryWriter(context: context).sentences(code),
            context: context.placeholder(.placeholderContext),
            aims: (1...5).map { ReportAimsWriter(context: context).aim(number: $0, network: network) },
            waits: ReportWaitsWriter(context: context).waits(code), groups: ReportGroupsWriter(context: context).groups(code),
            outreach: ReportOutreachWriter(context: context).outreach(code), budget: ReportBudgetWriter(context: context).budget(network),
            checks: ReportChecksWriter(context: context).checks(code), quality: ReportQualityWriter(context: context).quality(network),
            // Issue 17 — governance, outreach sites by type, return to work:
            governance: ReportGovernanceWriter(context: context).governance(code),
            outreachSites: ReportOutreachSitesWriter(context: context).outreachSites(code),
            returnToWork: ReportReturnToWorkWriter(context: context).returnToWork(network),
            plans: context.placeholder(.placeholderPlans),
            annex: ReportAnnexWriter(context: context).annex(code))
        // Special budget lines and operating costs by cost centre (issue 17).
        report.specialBudgets = ReportSpecialBudgetsWriter(context: context).specialBudgets(network)
        report.operatingCosts = ReportOperatingCostsWriter(context: context).operatingCosts(network)
        return report
    }
}
