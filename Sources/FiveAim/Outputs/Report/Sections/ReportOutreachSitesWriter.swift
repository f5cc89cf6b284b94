/// Writes the outreach sites section (art. 8 §2): sites and sessions by kind of site for the year and the year before,
/// the kinds the 2026 amendment added (employment services, mutualities; its art. 1) in a table of their own; a kind not
/// yet in force in a year is "sans objet" with a note naming its first year and article. Without the optional
/// `outreach_sites` table, the section says so (the engine's reason), never zeros.
struct ReportOutreachSitesWriter: ReportSectionWriter {
    let context: ReportContext

    /// The kinds of the convention (art. 8 §2 as signed in 2024), in code-list order.
    var conventionTypes: [OutreachSiteTypeInfo] {
        catalogue.outreachSiteTypes.types.filter { $0.firstYear <= YearMonth.conventionStart.year }
    }

    /// The kinds added later (the 2026 amendment's employment services and mutualities), in code-list order.
    var addedTypes: [OutreachSiteTypeInfo] {
        catalogue.outreachSiteTypes.types.filter { $0.firstYear > YearMonth.conventionStart.year }
    }

    /// Every figure the section shows.
    var ids: [String] {
        ([nil] + OutreachSiteType.allCases.map(Optional.some)).flatMap {
            [ReportMeasure.outreachSites($0).id, ReportMeasure.outreachSessions($0).id]
        }
    }

    func outreachSites(_ network: String) -> ReportSection {
        var section = ReportSection()
        section.paragraphs = [ReportParagraph([ReportFragment(texts[.outreachSitesIntro])])]
        if let missing = context.missingParagraph(ids, network) {
            section.paragraphs.append(missing)
            return section
        }
        var notes = FootnoteList()
        var conventionRows = rows(conventionTypes, network, years: [year, year - 1], notes: &notes)
        conventionRows.append(
            ReportRow(
                [ReportCell(texts[.outreachSitesTotal], numeric: false)]
                    + [year, year - 1].flatMap { y in
                        [ReportMeasure.outreachSites(nil), .outreachSessions(nil)].map {
                            figure.value(
                                figures.result($0.id, network: network, period: figures.period(ofColumn: y)),
                                notes: &notes)
                        }
                    }, total: true))
        section.tables = [
            ReportTable(
                id: "outreach-sites", caption: texts.text(.outreachSitesCaption, ["year": String(year)]), columns: columns(),
                rows: conventionRows, notes: notes.notes)
        ]
        let added = addedTypes
        if let first = added.map(\.firstYear).min(), year >= first {
            var addedNotes = FootnoteList()
            section.tables.append(
                ReportTable(
                    id: "outreach-sites-added", caption: texts.text(.outreachSitesAddedCaption, ["year": String(year)]),
                    columns: columns(), rows: rows(added, network, years: [year, year - 1], notes: &addedNotes),
                    notes: addedNotes.notes))
        } else if let first = added.map(\.firstYear).min() {
            section.paragraphs.append(
                ReportParagraph([ReportFragment(texts.text(.outreachSitesAddedLater, ["first_year": String(first)]))]))
        }
        return section
    }

    func columns() -> [ReportColumn] {
        var columns = [ReportColumn(texts[.outreachSitesType], numeric: false)]
        for label in [String(year), context.previousLabel] {
            columns.append(ReportColumn(texts.text(.outreachSitesSites, ["year": label])))
            columns.append(ReportColumn(texts.text(.outreachSitesSessions, ["year": label])))
        }
        return columns
    }

    /// One row per kind: its sites and sessions in each of `years`, "sans objet" (with a note) in a year before the kind's
    /// first year.
    func rows(_ types: [OutreachSiteTypeInfo], _ network: String, years: [Int], notes: inout FootnoteList) -> [ReportRow] {
        types.map { info in
            var cells = [ReportCell(info.labels.text(in: texts.language), numeric: false)]
            for y in years {
                for measure in [ReportMeasure.outreachSites(info.type), .outreachSessions(info.type)] {
                    if y < info.firstYear {
                        let note = notes.add(
                            texts.text(
                                .outreachSitesNotInForce, ["first_year": String(info.firstYear), "article": texts.article(info.article)]))
                        cells.append(ReportCell(texts[.notApplicable], note: note))
                    } else {
                        // the year before over the months the year is compared with: a yearly table says it cannot be month-matched
                        let period = figures.period(ofColumn: y)
                        cells.append(figure.value(figures.result(measure.id, network: network, period: period), notes: &notes))
                    }
                }
            }
            return ReportRow(cells)
        }
    }
}
