import Foundation
import Testing

@testable import FiveAim

/// The report's own measures are the typed list `ReportMeasure`; `Exports/report/measures/` holds exactly one file per
/// measure, with the measure's id, and the report folder does not load otherwise (FA4005).
@Suite struct ReportMeasureTests {
    @Test func everyMeasureIsABreakdownOfTheReportFolderAndEveryBreakdownAMeasure() throws {
        let ids = ReportMeasure.allCases.map(\.id)
        #expect(Set(ids).count == ids.count, "two measures share an id")
        let files = try FileManager.default.contentsOfDirectory(atPath: ReportFixture.folder + "/measures")
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }
        #expect(Set(files) == ReportMeasure.ids)
        let breakdowns = ReportFixture.catalogue.indicators.filter { $0.id.hasPrefix("report_") }.map(\.id)
        #expect(Set(breakdowns) == ReportMeasure.ids, "a file's id differs from its name")
    }

    @Test func idsFollowTheFileNamesOfEachKind() {
        #expect(ReportMeasure.groupSessions(.community).id == "report_group_sessions_f1")
        #expect(ReportMeasure.groupSize(.treatment).id == "report_group_size_f3")
        #expect(ReportMeasure.budget(.careBase).id == "report_budget_care_base")
        #expect(ReportMeasure.missionHours(code: 726950).id == "report_mission_hours_726950")
        #expect(ReportMeasure.spending(.administrative).id == "report_spending_administrative")
        #expect(ReportMeasure.wait(.days91plus).id == "report_wait_91_plus")
        #expect(ReportMeasure.wait(.days15to30).id == "report_wait_15_30")
    }

    @Test func aMissingAndAnExtraMeasureFileAreEachAnFA4005() throws {
        let folder = try TestSupport.temporaryFolder() + "/report"
        try FileManager.default.copyItem(atPath: ReportFixture.folder, toPath: folder)
        let measures = folder + "/measures"
        try FileManager.default.moveItem(atPath: measures + "/report_wait_0_7.yaml", toPath: measures + "/report_wait_0_6.yaml")
        do {
            _ = try ReportResources.load(folder: folder)
            Issue.record("a measures folder without report_wait_0_7 loaded")
        } catch {
            let found = error.diagnostics.filter { $0.code == .reportMeasureFiles }
            // Diagnostics are sorted by place: the extra file's name sorts first.
            #expect(found.map(\.location?.file) == [measures + "/report_wait_0_6.yaml", measures + "/report_wait_0_7.yaml"])
            #expect(
                found.map(\.message) == [
                    "'report_wait_0_6' is not a measure the report shows; expected only the measures of ReportMeasure",
                    "missing report measure 'report_wait_0_7'; expected one file per measure the report shows",
                ])
            #expect(error.diagnostics.count == found.count)
        }
    }
}
