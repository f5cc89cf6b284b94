/// Writes an indicator report as JSON: metadata (schema version, periods, disclosure rule, tables read) and
/// one object per result with its numbers, status, reason and trace (rule, article, tables).
public enum IndicatorJSONWriter {
    /// The JSON text, keys in a fixed order, results sorted, ending with a newline; reasons in the words of `reasons`
    /// (English: `ReasonTexts.load(catalogFolder:language: .en)`).
    public static func write(_ report: IndicatorReport, reasons: ReasonTexts) -> String {
        var json = JSONText()
        json.open("{")
        json.open("{", key: "metadata")
        json.value(String(report.schemaVersion), key: "schema_version")
        json.open("[", key: "periods")
        for period in report.periods { json.string(period.description) }
        json.close("]")
        json.string(report.disclosure.audience.rawValue, key: "audience")
        json.value(report.disclosure.applies ? String(report.disclosure.threshold) : "null", key: "suppression_threshold")
        json.value(String(report.disclosure.roundingBase), key: "rounding_base")
        json.string(report.disclosure.description, key: "disclosure_rule")
        json.string(report.disclosure.description, key: "disclosure_rule")
        json.open("[", key: "tables")
        for table in report.tables {
            json.open("{")
            json.string(table.table, key: "table")
            json.value(String(table.rows), key: "rows")
            json.close("}")
        }
        json.close("]")
        json.close("}")
        json.open("[", key: "results")
        for result in sortedResults(report.results) {
            json.open("{")
            json.string(result.indicator, key: "indicator")
            json.value(String(result.aim), key: "aim")
            json.string(result.network, key: "network")
            json.string(result.period.description, key: "year")
            json.value(number(result.numerator), key: "numerator")
            json.value(number(result.denominator), key: "denominator")
            if result.referenceNumerator != nil || result.referenceDenominator != nil {
                json.value(number(result.referenceNumerator), key: "reference_numerator")
                json.value(number(result.referenceDenominator), key: "reference_denominator")
            }
            json.value(result.value.map { DecimalText.fixed($0) } ?? "null", key: "value")
            json.value(result.ciLow.map { DecimalText.fixed($0) } ?? "null", key: "ci_low")
            json.value(result.ciHigh.map { DecimalText.fixed($0) } ?? "null", key: "ci_high")
            json.string(result.interval?.rawValue, key: "interval")
            json.string(result.unit.rawValue, key: "unit")
            json.string(result.status.rawValue, key: "status")
            json.string(result.reason.map(reasons.text), key: "reason")
            json.string(result.formula, key: "rule")
            json.string(result.article, key: "article")
            json.open("[", key: "tables")
            for table in result.tables { json.string(table.name) }
            json.close("]")
            json.open("[", key: "notes")
            for note in result.notes { json.string(reasons.text(note)) }
            json.close("]")
            json.close("}")
        }
        json.close("]")
        json.close("}")
        return json.text + "\n"
    }

    private static func number(_ quantity: Quantity?) -> String { quantity?.text ?? "null" }
}
