/// What a special budget line (art. 14 §1 b) holds for one network in one year.
enum SpecialLineBudget: Equatable {
    /// The line does not exist that year, or not for the network's target group (`budget_lines.csv`).
    case notApplicable
    /// The line exists for the network but it has no amount on it (no row, or zero): the mission is not its.
    case noBudget
    /// The engine's result: an amount, or why there is none (e.g. the budget table is missing).
    case result(IndicatorResult?)
}

/// Why the activity and spending under a special line cannot be shown.
enum SpecialLineAttribution: Equatable {
    /// The line's services are attested under the same pseudocodes of Annex 1 as every other service, and no table of the
    /// data contract names the line a service was paid from.
    case sharedCodes(BudgetLine)
}

/// Writes the special-budgets section: the budget of the prisons, eating-disorder and trainee-sessions lines (art. 14
/// §1 b), with the activity and spending attributable to each, or why they cannot be.
struct ReportSpecialBudgetsWriter: ReportSectionWriter {
    let context: ReportContext

    /// The special lines of art. 14 §1 b, in table order (the art. 8 line and provider recruitment have sections of their own).
    static let lines: [BudgetLine] = [.traineeSessions, .eatingDisorders, .prisons]

    /// The lines shown in a report of `year`: those that exist in the year or the year before.
    func shownLines() -> [BudgetLine] {
        let table = catalogue.budgetLines
        return Self.lines.filter { table.period($0, in: year) != nil || table.period($0, in: year - 1) != nil }
    }

    /// What `line` holds for `network` in `year`.
    func budget(_ line: BudgetLine, _ network: Network, year: Int) -> SpecialLineBudget {
        guard case .applies = catalogue.budgetLines.use(line, in: year, by: network.targetGroup) else { return .notApplicable }
        let result = figures.result(ReportMeasure.budget(line).id, network: network.code, period: .year(year))
        if let result, result.status == .ok, case .money(let money)? = result.numerator, money == .zero { return .noBudget }
        return .result(result)
    }

    /// Why the activity and spending under `line` are not shown: the data contract has no column naming a service's line.
    func attribution(_ line: BudgetLine) -> SpecialLineAttribution { .sharedCodes(line) }

    /// Who and which years `line` is for, with its articles.
    static func scopeKey(_ line: BudgetLine) -> ReportTextKey {
        switch line {
        case .traineeSessions: .specialScopeTrainees
        case .eatingDisorders: .specialScopeEatingDisorders
        default: .specialScopePrisons
        }
    }

    /// The text of an attribution gap.
    func text(_ attribution: SpecialLineAttribution) -> String {
        switch attribution {
        case .sharedCodes(.traineeSessions): texts[.specialSharedCodesTrainees]
        case .sharedCodes(.eatingDisorders): texts[.specialSharedCodesEatingDisorders]
        case .sharedCodes: texts[.specialSharedCodesPrisons]
        }
    }

    /// A budget cell: the amount, "no budget on this line" or "not applicable" with the line's scope as a note.
    func cell(_ budget: SpecialLineBudget, _ line: BudgetLine, notes: inout FootnoteList) -> ReportCell {
        switch budget {
        case .notApplicable: ReportCell(texts[.notApplicable], note: notes.add(texts[Self.scopeKey(line)]))
        case .noBudget: ReportCell(texts[.specialNoBudget], note: notes.add(texts[Self.scopeKey(line)]))
        case .result(let result): figure.value(result, notes: &notes)
        }
    }

    func specialBudgets(_ network: Network) -> ReportSection {
        var section = ReportSection()
        var notes = FootnoteList()
        let rows = shownLines().map { line -> ReportRow in
            let now = budget(line, network, year: year), before = budget(line, network, year: year - 1)
            let attributed: ReportCell
            switch now {
            case .notApplicable, .noBudget: attributed = ReportCell(texts[.notApplicable])
            case .result:
                attributed = ReportCell(texts[.specialNotAttributable], note: notes.add(text(attribution(line))))
            }
            return ReportRow([
                ReportCell(context.title(ReportMeasure.budget(line).id), numeric: false), cell(now, line, notes: &notes),
                cell(before, line, notes: &notes), attributed, attributed,
            ])
        }
        section.paragraphs = [ReportParagraph([ReportFragment(texts[.specialIntro])])]
        section.tables = [
            ReportTable(
                id: "special-budgets", caption: texts.text(.specialCaption, ["year": String(year)]),
                columns: [
                    ReportColumn(texts[.columnBudgetLine], numeric: false),
                    ReportColumn(texts.text(.specialColumnBudget, ["year": String(year)])),
                    ReportColumn(texts.text(.specialColumnBudget, ["year": String(year - 1)])),
                    ReportColumn(texts.text(.specialColumnActivity, ["year": String(year)])),
                    ReportColumn(texts.text(.specialColumnSpending, ["year": String(year)])),
                ], rows: rows, notes: notes.notes)
        ]
        section.placeholder = context.placeholder(.placeholderSpecial)
        return section
    }
}
