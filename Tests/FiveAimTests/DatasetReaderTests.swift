import Foundation
import Testing

@testable import FiveAim

struct DatasetReaderTests {
    @Test func splitFilesAreOneTableAndOptionalTablesStayAbsent() throws {
        let header = "network,month,pseudocode,age_band,bim,units\n"
        let folder = try TestSupport.dataset([
            "activity-2025.csv": header + "BRUMENTA,2025-01,726471,24-64,yes,12\n",
            "activity-2026.csv": header + "BRUMENTA,2026-01,726471,24-64,yes,3\n",
        ])
        let dataset = try TestSupport.read(folder)
        #expect(dataset.activity.map(\.units).reduce(0, +) == 15)
        #expect(dataset.waits == nil)
        #expect(!dataset.isPresent(.population))
        #expect(dataset.sources.map(\.rows) == [1, 1])
    }

    @Test func semicolonFilesAcceptDecimalCommasAndColumnOrderIsFree() throws {
        let folder = try TestSupport.dataset([
            "activity.csv": "UNITS;Network;month;pseudocode;age_band;bim\n12;BRUMENTA;2025-01;726471;24-64;yes\n",
            "budget.csv": "network;year;line;amount_eur\nBRUMENTA;2025;care_base;1234567,5\n",
        ])
        let dataset = try TestSupport.read(folder)
        #expect(dataset.activity.first?.units == 12)
        #expect(dataset.budget?.first?.amount == Money(cents: 123_456_750))
    }

    @Test func aDatasetsOwnTariffsReplaceTheShippedOnesOnlyForTheYearsTheyCover() throws {
        let folder = try TestSupport.dataset([
            "activity.csv": "network,month,pseudocode,age_band,bim,units\nBRUMENTA,2025-01,726471,24-64,yes,12\n",
            "tariffs.csv": "year,pseudocode,amount_eur,copay_bim_eur,copay_other_eur\n2025,726530,88.12,4.00,11.00\n",
        ])
        let dataset = try TestSupport.read(folder)
        #expect(dataset.tariffs.filter { $0.year == 2025 }.map(\.amount) == [Money(cents: 8812)])
        #expect(dataset.tariffs.filter { $0.year == 2024 }.count == TestSupport.reference.tariffs.count)
    }

    @Test func aDatasetsOwnNetworksReplaceTheShippedList() throws {
        let folder = try TestSupport.dataset([
            "networks.csv": "network,name,target_group,region\nTEST-A,Test network A,adult,VL\n",
            "activity.csv": "network,month,pseudocode,age_band,bim,units\nTEST-A,2025-01,726471,24-64,yes,12\n",
        ])
        let dataset = try TestSupport.read(folder)
        #expect(dataset.networks.map(\.code) == ["TEST-A"])
        #expect(dataset.networksFromDataset)
        let shipped = try TestSupport.dataset([
            "networks.csv": "network,name,target_group,region\nTEST-A,Test network A,adult,VL\n",
            "activity.csv": "network,month,pseudocode,age_band,bim,units\nBRUMENTA,2025-01,726471,24-64,yes,12\n",
        ])
        #expect(throws: DiagnosticError.self) { try TestSupport.read(shipped) }
    }

    @Test func nationalRowsAreAcceptedInBeneficiaries() throws {
        let folder = try TestSupport.dataset([
            "activity.csv": "network,month,pseudocode,age_band,bim,units\nBRUMENTA,2025-01,726471,24-64,yes,12\n",
            "beneficiaries.csv": "network,year,function,age_band,bim,beneficiaries\nBE,2025,all,24-64,yes,9\nBRUMENTA,2025,2,24-64,yes,5\n",
        ])
        let dataset = try TestSupport.read(folder)
        #expect(dataset.beneficiaries?.first?.network == "BE")
        #expect(dataset.beneficiaries?.first?.function == nil)
    }

    @Test func theShippedReferenceDataHoldsAnnexOneTheNetworksAndTheTariffs() {
        let reference = TestSupport.reference
        #expect(reference.pseudocodes.count == 38)
        #expect(reference.costCentres.count == 10)
        #expect(reference.networks.count == 32)
        #expect(reference.networks.filter { $0.targetGroup == .adult }.count == 20)
        #expect(reference.networks.filter { $0.targetGroup == .child }.count == 11)
        #expect(reference.networks.filter { $0.targetGroup == .all }.map(\.code) == ["COM-GER"])
        let outreach = reference.pseudocodes.values.filter {
            $0.modality == .individual && $0.setting == .outreach && ["2", "3"].contains($0.function.rawValue)
        }
        #expect(outreach.map(\.code).sorted() == [726493, 726552, 726596, 726736, 726795, 726832])
        #expect(reference.tariffs.first { $0.pseudocode == 726530 }?.amount == Money(cents: 8669))
        #expect(reference.tariffs.first { $0.pseudocode == 726530 }?.copayOther == Money(cents: 1100))
    }
}
