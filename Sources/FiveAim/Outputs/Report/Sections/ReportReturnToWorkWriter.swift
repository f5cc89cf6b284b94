/// Whether the 2026 amendment's return-to-work measure applies to a network's report, and why not.
enum ReturnToWorkApplicability: Equatable {
    /// It applies: the network's allocation for the year (`reference/return_to_work_budget.csv`).
    case applies(ReturnToWorkAllocation)
    /// The report's year is before the amendment came into force (its art. 3: 1 January 2026).
    case beforeAmendment
    /// The amendment's table does not list the network (the child and adolescent networks get none of this budget).
    case networkNotListed
}

/// Writes the return-to-work section (2026 amendment, plan « Retour au travail »): the network's allocation from the
/// amendment's table, the use of the art. 8 line (spending on the missions against the line), the outreach sites at
/// employment services and mutualities (art. 8 §2 as completed by the amendment's art. 1), and a placeholder for the
/// narrative the monitoring asks for (« sur base des rapports annuels »). Before 2026, or for a network the table does
/// not list, the section says it does not apply and why.
struct ReportReturnToWorkWriter: ReportSectionWriter {
    let context: ReportContext

    /// The measure's figures of the art. 8 line: the line, the missions' spending, and the share.
    static let art8IDs = [
        ReportMeasure.budget(.art8Outreach).id, ReportMeasure.spending(.mission).id, "art8_mission_share_of_outreach_line",
    ]

    func applicability(_ network: Network) -> ReturnToWorkApplicability {
        if year < ReturnToWorkBudgetTable.firstYear { return .beforeAmendment }
        guard let allocation = catalogue.returnToWork.allocation(network.code, in: year) else { return .networkNotListed }
        return .applies(allocation)
    }

    func returnToWork(_ network: Network) -> ReportSection {
        var section = ReportSection()
        let allocation: ReturnToWorkAllocation
        switch applicability(network) {
        case .beforeAmendment:
            section.missing = ReportParagraph([
                ReportFragment(
                    texts.text(
                        .returnToWorkBeforeAmendment, ["year": String(year), "first_year": String(ReturnToWorkBudgetTable.firstYear)]))
            ])
            return section
        case .networkNotListed:
            section.missing = ReportParagraph([ReportFragment(texts[.returnToWorkNetworkNotListed])])
            return section
        case .applies(let found):
            allocation = found
        }
        let first = catalogue.returnToWork.allocation(network.code, in: ReturnToWorkBudgetTable.firstYear) ?? allocation
        section.paragraphs = [
            ReportParagraph([ReportFragment(texts.text(.returnToWorkIntro, ["amount": BelgianFormat.euros(first.art8Addition)]))])
        ]
        section.tables = [allocationTable(allocation), art8Table(network.code)]
        let sites = ReportOutreachSitesWriter(context: context)
        if let missing = context.missingParagraph(sites.ids, network.code) {
            section.paragraphs.append(missing)
        } else {
            var notes = FootnoteList()
            section.tables.append(
                ReportTable(
                    id: "return-to-work-sites", caption: texts.text(.returnToWorkSitesCaption, ["year": String(year)]),
                    columns: sites.columns(), rows: sites.rows(sites.addedTypes, network.code, years: [year, year - 1], notes: &notes),
                    notes: notes.notes))
        }
        section.placeholder = ReportPlaceholder(label: texts[.placeholderLabel], hint: texts[.returnToWorkPlaceholder])
        return section
    }

    /// The amendment's amounts for the network, exact euros as printed; the reference names the file, network, year and column.
    func allocationTable(_ allocation: ReturnToWorkAllocation) -> ReportTable {
        var notes = FootnoteList()
        func ref(_ column: String) -> String { "return_to_work_budget|\(allocation.network)|\(allocation.year)|\(column)" }
        func cell(_ money: Money?, _ column: String) -> ReportCell {
            guard let money else {
                return ReportCell(texts[.notAvailable], note: notes.add(texts.text(.returnToWorkCareBaseNotSet, ["year": String(year)])))
            }
            return ReportCell(BelgianFormat.euros(money), ref: ref(column))
        }
        var total = cell(allocation.total, "total")
        if let printed = allocation.total, let part = allocation.careBaseAddition, printed != allocation.art8Addition + part {
            total.note = notes.add(
                texts.text(.returnToWorkTotalAsPrinted, ["sum": BelgianFormat.euros(allocation.art8Addition + part)]))
        }
        var art8 = cell(allocation.art8Addition, "art8_addition")
        if allocation.year > ReturnToWorkBudgetTable.firstYear { art8.note = notes.add(texts[.returnToWorkDoubled]) }
        return ReportTable(
            id: "return-to-work-allocation", caption: texts.text(.returnToWorkAllocationCaption, ["year": String(year)]),
            columns: [ReportColumn(texts[.columnBudgetLine], numeric: false), ReportColumn(String(year))],
            rows: [
                ReportRow([ReportCell(texts[.returnToWorkArt8Addition], numeric: false), art8]),
                ReportRow([
                    ReportCell(texts[.returnToWorkCareBaseAddition], numeric: false),
                    cell(allocation.careBaseAddition, "care_base_addition"),
                ]),
                ReportRow([ReportCell(texts[.returnToWorkTotal], numeric: false), total], total: true),
            ],
            notes: notes.notes)
    }

    /// The art. 8 line of the dataset's budget, the missions' net spending and their share, this year and last.
    func art8Table(_ network: String) -> ReportTable {
        var notes = FootnoteList()
        let rows = Self.art8IDs.map { id in
            ReportRow([
                ReportCell(context.title(id), numeric: false), figure.value(figures.current(id, network), notes: &notes),
                figure.value(figures.previous(id, network), notes: &notes),
            ])
        }
        return ReportTable(
            id: "return-to-work-art8", caption: texts.text(.returnToWorkArt8Caption, ["year": String(year)]),
            columns: [
                ReportColumn(texts[.columnIndicator], numeric: false), ReportColumn(String(year)),
                ReportColumn(context.previousLabel),
            ],
            rows: rows, notes: notes.notes)
    }
}
