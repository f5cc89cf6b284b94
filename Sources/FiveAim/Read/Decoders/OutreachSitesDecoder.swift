/// Decodes `outreach_sites`: outreach sites and their sessions by kind of site and year. A kind is accepted only from
/// the year the code list `outreach_site_types.csv` gives it (the 2026 amendment adds employment services and the
/// mutualities' sites to art. 8 §2).
struct OutreachSitesDecoder: TableDecoder {
    var schema: TableSchema { TableKind.outreachSites.schema }

    func decode(_ cells: CellReader) -> OutreachSiteRow? {
        let network = cells.network()
        let year = cells.year(.year, in: YearMonth.conventionStart.year...cells.context.runMonth.year)
        let siteType = cells.code(.siteType, as: OutreachSiteType.self)
        let sites = cells.count(.sites)
        let sessions = cells.count(.sessions)
        guard let network, let year, let siteType, let sites, let sessions else { return nil }
        let table = cells.context.reference.outreachSiteTypes
        if let info = table.info(siteType), info.firstYear > year {
            let expected = table.types(in: year).map(\.rawValue).joined(separator: ", ")
            cells.fail(
                .outreachSiteTypeNotInForce, .siteType,
                "column '\(ContractColumn.siteType)': \(siteType.rawValue) is not an outreach site type in \(year) (it exists from \(info.firstYear): \(info.article)); expected a type of \(year): \(expected)"
            )
            return nil
        }
        if sites == 0 && sessions > 0 {
            cells.fail(
                .outreachSessionsWithoutSites, .sessions,
                "column '\(ContractColumn.sessions)': sessions at no site of this type (sites is 0); expected the number of sites, or 0 sessions"
            )
            return nil
        }
        return OutreachSiteRow(network: network.code, year: year, siteType: siteType, sites: sites, sessions: sessions)
    }

    func key(of row: OutreachSiteRow) -> [AnyHashable] { [row.network, row.year, row.siteType] }
}
