/// Writes the data quality section: the tables missing from the dataset and the shares of unknown values.
struct ReportQualityWriter: ReportSectionWriter {
    let context: ReportContext

    func quality(_ owner: Network) -> ReportSection {
        let network = owner.code
        var section = ReportSection()
        if figures.missingTables.isEmpty {
            section.paragraphs = [ReportParagraph([ReportFragment(texts[.qualityAllTables])])]
        } else {
            section.paragraphs = [ReportParagraph([ReportFragment(texts[.qualityMissingIntro])])]
            for table in figures.missingTables.keys.sorted(by: { $0.name < $1.name }) {
                let titles = (figures.missingTables[table] ?? []).map(context.title).joined(separator: " ; ")
                section.paragraphs.append(
                    ReportParagraph([ReportFragment(texts.text(.qualityMissingTable, ["table": table.name, "indicators": titles]))]))
            }
        }
        if figures.twoPsychologistSessionsMissing {
            section.paragraphs.append(ReportParagraph([ReportFragment(texts[.moneyTwoPsychologistsMissing])]))
        }
        if let note = context.april2024Note() { section.paragraphs.append(note) }
        let ids = [ReportMeasure.unknownAgeShare.id, ReportMeasure.unknownBimShare.id, "wait_unknown_share"]
        section.tables = [context.indicatorTable(id: "quality", ids: ids, network: owner)]
        section.tables[0].caption = texts.text(.captionQuality, ["year": String(year)])
        return section
    }
}
