import FiveAimCSV

/// Loads the reference files of a catalogue folder (`Indicators/` or `--catalog DIR`).
public enum ReferenceLoader {
    /// Reads `<catalog>/reference/*.csv`; a broken reference file is an FA11xx error naming file and line.
    public static func load(catalog: String) throws(DiagnosticError) -> ReferenceData {
        let folder = catalog.hasSuffix("/") ? catalog + "reference/" : catalog + "/reference/"
        let sink = DiagnosticSink(limit: 50)
        let empty = ReferenceData(pseudocodes: [:], costCentres: [:], networks: [], tariffs: [])
        var context = ValidationContext(reference: empty, networks: [], runMonth: YearMonth(year: 9999, month: 12))
        do {
            let codes = try TableLoader(decoder: PseudocodeDecoder(), context: context, sink: sink, limits: CSVLimits())
                .load(files: [folder + "pseudocodes.csv"])
            let centres = try TableLoader(decoder: CostCentreDecoder(), context: context, sink: sink, limits: CSVLimits())
                .load(files: [folder + "cost_centres.csv"])
            context.reference.pseudocodes = Dictionary(uniqueKeysWithValues: codes.rows.map { ($0.code, $0) })
            context.reference.costCentres = Dictionary(uniqueKeysWithValues: centres.rows.map { ($0.code, $0) })
            let networks = try TableLoader(decoder: NetworksDecoder(), context: context, sink: sink, limits: CSVLimits())
                .load(files: [folder + "networks.csv"])
            let tariffs = try TableLoader(decoder: TariffsDecoder(), context: context, sink: sink, limits: CSVLimits())
                .load(files: [folder + "tariffs.csv"])
            let lines = try TableLoader(decoder: BudgetLineDecoder(), context: context, sink: sink, limits: CSVLimits())
                .load(files: [folder + "budget_lines.csv"], keepLocations: true)
            BudgetLineTableCheck(file: folder + "budget_lines.csv", sink: sink).check(lines)
            let siteTypes = try TableLoader(decoder: OutreachSiteTypeDecoder(), context: context, sink: sink, limits: CSVLimits())
                .load(files: [folder + "outreach_site_types.csv"])
            for type in OutreachSiteType.allCases where !siteTypes.rows.contains(where: { $0.type == type }) {
                sink.error(
                    .referenceData, at: SourceLocation(file: folder + "outreach_site_types.csv", line: 0, column: 0),
                    "outreach site type \(type.rawValue) has no row; expected one row per type (art. 8 §2)")
            }
            let returnToWork = try TableLoader(decoder: ReturnToWorkBudgetDecoder(), context: context, sink: sink, limits: CSVLimits())
                .load(files: [folder + "return_to_work_budget.csv"], keepLocations: true)
            ReturnToWorkBudgetTableCheck(file: folder + "return_to_work_budget.csv", sink: sink).check(
                returnToWork, networks: networks.rows)
            if !sink.hasErrors {
                return ReferenceData(
                    pseudocodes: context.reference.pseudocodes, costCentres: context.reference.costCentres,
                    networks: networks.rows, tariffs: tariffs.rows, budgetLines: BudgetLineTable(lines.rows),
                    outreachSiteTypes: OutreachSiteTypeTable(siteTypes.rows), returnToWork: ReturnToWorkBudgetTable(returnToWork.rows),
                    // The site types are listed only where `outreach_sites` is read: extract manifests name these files.
                    sources: codes.sources + centres.sources + networks.sources + tariffs.sources + lines.sources)
            }
        } catch {}
        let diagnostics = sink.diagnostics.map { diagnostic in
            var copy = diagnostic
            copy.message = "reference data (code \(diagnostic.code.rawValue)): " + diagnostic.message
            copy.code = .referenceData
            return copy
        }
        throw DiagnosticError(diagnostics, omitted: sink.omitted, exitCode: .software)
    }
}
