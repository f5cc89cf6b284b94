/// A piece of running text; `ref` names the engine figure it shows (`indicator|network|period|field`), for tracing and tests.
public struct ReportFragment: Sendable, Hashable {
    /// The text shown.
    public var text: String
    /// The figure shown, when the text is one.
    public var ref: String?

    /// Creates a fragment.
    public init(_ text: String, ref: String? = nil) {
        self.text = text
        self.ref = ref
    }
}

/// A paragraph or sentence made of fragments.
public struct ReportParagraph: Sendable, Hashable {
    /// The fragments, in order.
    public var fragments: [ReportFragment]

    /// Creates a paragraph.
    public init(_ fragments: [ReportFragment]) { self.fragments = fragments }

    /// The text without references.
    public var plain: String { fragments.map(\.text).joined() }
}

/// A column of a report table.
public struct ReportColumn: Sendable, Hashable {
    /// The header.
    public var label: String
    /// Whether it holds figures (right-aligned).
    public var numeric: Bool
    /// The Markdown alignment row cell (`---:` or `:---`); its length sets pandoc's relative column width.
    public var align: String

    /// Creates a column.
    public init(_ label: String, numeric: Bool = true) {
        self.label = label
        self.numeric = numeric
        self.align = numeric ? String(repeating: "-", count: 12) + ":" : ":" + String(repeating: "-", count: 44)
    }
}

/// A cell of a report table.
public struct ReportCell: Sendable, Hashable {
    /// The text shown.
    public var text: String
    /// The engine figure shown (`indicator|network|period|field`).
    public var ref: String?
    /// A footnote number (why a figure is missing or hidden).
    public var note: String?
    /// Whether the column holds figures.
    public var numeric: Bool

    /// Creates a cell.
    public init(_ text: String, ref: String? = nil, note: String? = nil, numeric: Bool = true) {
        self.text = text
        self.ref = ref
        self.note = note
        self.numeric = numeric
    }
}

/// A row of a report table.
public struct ReportRow: Sendable, Hashable {
    /// The cells, one per column.
    public var cells: [ReportCell]
    /// Whether it is a total row (bold).
    public var total: Bool

    /// Creates a row.
    public init(_ cells: [ReportCell], total: Bool = false) {
        self.cells = cells
        self.total = total
    }
}

/// A numbered footnote under a table.
public struct ReportNote: Sendable, Hashable {
    /// Its number.
    public var number: String
    /// Its text.
    public var text: String
}

/// A table with its caption and footnotes.
public struct ReportTable: Sendable, Hashable {
    /// An id unique in the report.
    public var id: String
    /// The caption.
    public var caption: String
    /// The columns.
    public var columns: [ReportColumn]
    /// The rows.
    public var rows: [ReportRow]
    /// Footnotes (reasons for missing or hidden figures).
    public var notes: [ReportNote]
}

/// A chart, as SVG; writers set `src` to what their format embeds (a data URI, or a PNG file for Word).
public struct ReportChart: Sendable, Hashable {
    /// An id unique in the report.
    public var id: String
    /// The caption.
    public var title: String
    /// The description read by screen readers and shown as alternative text.
    public var description: String
    /// The SVG document.
    public var svg: String
    /// The image address for formats that embed charts as images.
    public var src: String = ""
}

/// A clearly marked place for the coordinator's own text ("À compléter" / "In te vullen").
public struct ReportPlaceholder: Sendable, Hashable {
    /// The marker, e.g. `À compléter`.
    public var label: String
    /// What to write there.
    public var hint: String
}

/// A section of the report: paragraphs, charts, tables, and a note when its data is missing.
public struct ReportSection: Sendable, Hashable {
    /// Paragraphs before the charts and tables.
    public var paragraphs: [ReportParagraph] = []
    /// Charts.
    public var charts: [ReportChart] = []
    /// Tables.
    public var tables: [ReportTable] = []
    /// What is missing, when the section's data is not in the dataset (shown instead of zeros).
    public var missing: ReportParagraph?
    /// A place for the coordinator's text.
    public var placeholder: ReportPlaceholder?
}

/// A topic the coordinator writes about, under its own heading (the governance section's topics).
public struct ReportTopic: Sendable, Hashable {
    /// The heading.
    public var heading: String
    /// An anchor id, e.g. `governance-1`.
    public var anchor: String
    /// What to write there.
    public var placeholder: ReportPlaceholder
}

/// The governance and network life section (art. 13 §1 12°, art. 12): the workforce figures and the topics to write.
public struct GovernanceSection: Sendable, Hashable {
    /// Introduction, figures, and what is missing.
    public var section: ReportSection
    /// The topics, each with its placeholder.
    public var topics: [ReportTopic]
}

/// The section of one aim of 5AIM.
public struct AimSection: Sendable, Hashable {
    /// 1–5.
    public var number: Int
    /// The aim's name.
    public var heading: String
    /// An anchor id, e.g. `aim-1`.
    public var anchor: String
    /// The indicators, charts and placeholder.
    public var section: ReportSection
}

/// One indicator or breakdown in the annex: definition, rule, article and the year's numerator and denominator.
public struct AnnexEntry: Sendable, Hashable {
    /// The id.
    public var id: String
    /// The title.
    public var title: String
    /// The plain-language definition.
    public var definition: String
    /// The formula.
    public var rule: String
    /// The convention article.
    public var article: String
    /// The tables read.
    public var tables: String
    /// Numerator and denominator of the year, as a paragraph with references.
    public var figures: ReportParagraph
}

/// The headings and fixed sentences of the draft, in its language (`heading.*` of the texts file): the templates hold
/// only structure, so one template per format serves every language.
public struct ReportHeadings: Sendable, Hashable {
    /// The table of contents' title.
    public var toc: String
    /// The summary's heading (with the year).
    public var summary: String
    /// The context's heading.
    public var context: String
    /// The five aims' heading.
    public var aims: String
    /// The sentence introducing the aims' tables.
    public var aimsIntro: String
    /// The waits' heading.
    public var waits: String
    /// The group work's heading.
    public var groups: String
    /// The outreach heading.
    public var outreach: String
    /// The budget heading.
    public var budget: String
    /// The rule checks' heading.
    public var checks: String
    /// The data quality heading.
    public var quality: String
    /// The plans' heading.
    public var plans: String
    /// The annex heading.
    public var annex: String
    /// The annex's label before a rule.
    public var annexRule: String
    /// The annex's label before the tables read.
    public var annexTables: String
    /// The special budget lines' heading (art. 14 §1 b).
    public var specialBudgets: String
    /// The operating costs' heading (art. 14 §2).
    public var operatingCosts: String
    // Issue 17 — governance, outreach sites by type, return to work:
    /// The governance and network life heading.
    public var governance: String
    /// The outreach sites by type heading.
    public var outreachSites: String
    /// The return-to-work heading.
    public var returnToWork: String

    /// The headings of `texts` for `year`, compared with `previous` (the year before, or its months compared, e.g.
    /// `2025 (janv.–nov.)`; the year before when not given).
    public init(texts: ReportTexts, year: Int, previous: String? = nil) {
        let years = ["year": String(year), "previous_year": previous ?? String(year - 1)]
        toc = texts.text(.tocTitle)
        summary = texts.text(.headingSummary, years)
        context = texts.text(.headingContext)
        aims = texts.text(.headingAims)
        aimsIntro = texts.text(.headingAimsIntro, years)
        waits = texts.text(.headingWaits)
        groups = texts.text(.headingGroups)
        outreach = texts.text(.headingOutreach)
        budget = texts.text(.headingBudget)
        checks = texts.text(.headingChecks)
        quality = texts.text(.headingQuality)
        plans = texts.text(.headingPlans)
        annex = texts.text(.headingAnnex)
        annexRule = texts.text(.headingAnnexRule)
        annexTables = texts.text(.headingAnnexTables)
        specialBudgets = texts.text(.specialHeading)
        operatingCosts = texts.text(.operatingHeading)
        governance = texts.text(.governanceHeading)
        outreachSites = texts.text(.outreachSitesHeading)
        returnToWork = texts.text(.returnToWorkHeading)
    }
}

/// The draft annual report of one network for one year in one language: everything the templates place.
public struct AnnualReport: Sendable, Hashable {
    /// `fr` or `nl`.
    public var language: String
    /// BCP 47 tag, e.g. `fr-BE`.
    public var locale: String
    /// The document title.
    public var title: String
    /// The subtitle (network and year).
    public var subtitle: String
    /// The network code.
    public var networkCode: String
    /// The network's name.
    public var networkName: String
    /// The year.
    public var year: Int
    /// The year before.
    public var previousYear: Int
    /// The headings and fixed sentences.
    public var headings: ReportHeadings
    /// Whom this version is for, and what disclosure control it carries.
    public var audienceNote: String
    /// Which months the data cover.
    public var periodNote: String
    /// How the draft was made (tool, dataset date).
    public var generatedNote: String
    /// The generated summary of the year, one paragraph per sentence.
    public var summary: [ReportParagraph]
    /// The context to write.
    public var context: ReportPlaceholder
    /// The five aims.
    public var aims: [AimSection]
    /// Wait from request to first session.
    public var waits: ReportSection
    /// Group and individual work.
    public var groups: ReportSection
    /// Outreach work and support missions.
    public var outreach: ReportSection
    /// Budget and spending.
    public var budget: ReportSection
    /// Special budget lines (prisons, eating disorders, trainee sessions) and operating costs by cost centre (issue 17).
    public var specialBudgets = ReportSection()
    /// Operating costs by cost centre of art. 14 §2, against the operating line and its caps.
    public var operatingCosts = ReportSection()
    /// Rule checks that fired.
    public var checks: ReportSection
    /// Data quality.
    public var quality: ReportSection
    // Issue 17 — governance, outreach sites by type, return to work:
    /// Governance and network life (art. 13 §1 12°; art. 12).
    public var governance: GovernanceSection
    /// Outreach sites and sessions by kind of site (art. 8 §2, completed by the 2026 amendment's art. 1).
    public var outreachSites: ReportSection
    /// The 2026 amendment's return-to-work measure: allocation, art. 8 line, employment and mutuality sites.
    public var returnToWork: ReportSection
    /// The plans to write.
    public var plans: ReportPlaceholder
    /// Definitions and calculations.
    public var annex: [AnnexEntry]

    /// Every chart, in order of appearance.
    public var charts: [ReportChart] {
        aims.flatMap(\.section.charts) + waits.charts + groups.charts + outreach.charts + budget.charts
            + specialBudgets.charts + operatingCosts.charts + checks.charts + quality.charts
    }

    /// Replaces every chart's `src` with `source(chart)`.
    public mutating func setChartSources(_ source: (ReportChart) throws -> String) rethrows {
        for index in aims.indices { try setSources(&aims[index].section, source) }
        for path in [\AnnualReport.waits, \.groups, \.outreach, \.budget, \.specialBudgets, \.operatingCosts, \.checks, \.quality]
            as [WritableKeyPath<AnnualReport, ReportSection>]
        {
            try setSources(&self[keyPath: path], source)
        }
    }

    private func setSources(_ section: inout ReportSection, _ source: (ReportChart) throws -> String) rethrows {
        for index in section.charts.indices { section.charts[index].src = try source(section.charts[index]) }
    }
}
