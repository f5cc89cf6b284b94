import Foundation
import Testing

@testable import FiveAim

/// Issue 15, "Identifiers anywhere": inside longer text, with the separators people type, full-width digits, Unicode
/// e-mail addresses; in header cells and in file names. 85073003328 is a valid pre-2000 national number:
/// 850730033 mod 97 = 69 and 97 − 69 = 28.
struct IdentifierScreenAnywhereTests {
    @Test(
        "National numbers inside text and with typed separators are flagged",
        arguments: [
            "Contact 85073003328", "NN:85073003328", "né le 85.07.30-033.28.", "NISS 85 07 30 033 28 (patient)",
            "85\u{A0}07\u{A0}30\u{A0}033\u{A0}28", "85\u{2013}07\u{2013}30\u{2013}033\u{2013}28",
            "85\u{2011}07\u{2011}30\u{2011}033\u{2011}28",
            "85/07/30/033/28", "\u{FF18}\u{FF15}\u{FF10}\u{FF17}\u{FF13}\u{FF10}\u{FF10}\u{FF13}\u{FF13}\u{FF12}\u{FF18}",
            "8507\u{200B}3003328", "patient 85.07.30-033.28, suivi", "rijksregisternummer: 85 07 30-033 28 !",
        ])
    func nationalNumbersAnywhere(cell: String) {
        #expect(IdentifierScreen.inspect(cell) == .nationalNumber)
    }

    @Test(
        "E-mail addresses with Unicode letters or a full-width at sign are flagged",
        arguments: [
            "jan\u{FF20}example.be", "jöhn.peeters@exämple.be", "écrire à jan\u{FE6B}example.be svp", "info@réseau107.be",
        ])
    func unicodeEmailAddresses(cell: String) {
        #expect(IdentifierScreen.inspect(cell) == .emailAddress)
    }

    @Test(
        "Phone numbers inside text are flagged",
        arguments: [
            "Bel 0475 12 34 56 svp", "tel:+32475123456", "gsm\u{A0}0475\u{A0}12\u{A0}34\u{A0}56", "(02) 123 45 67 après 17h",
        ])
    func phonesInsideText(cell: String) {
        #expect(IdentifierScreen.inspect(cell) == .phoneNumber)
    }

    @Test(
        "Ordinary text with numbers passes",
        arguments: [
            "726412 726655 726891", "Période 2024-04 à 2025-06", "Budget 1.234.567,89 €", "CSQ-8", "Réseau 107 Brabant wallon",
            "2025-03-01 12:30:00", "version 12345678901234", "Outcome Rating Scale (ORS) 2025", "１２３",
        ])
    func ordinaryTextPasses(cell: String) {
        #expect(IdentifierScreen.inspect(cell) == nil)
    }

    @Test(
        "A header cell that looks like an identifier is refused without echo, also with --allow-extra-columns",
        arguments: ["85073003328", "contact jan@example.be", "0475 12 34 56"])
    func identifierInAHeaderCell(header: String) throws {
        for allowExtra in [false, true] {
            let folder = try UntrustedInputTests.smallDataset(replacing: [
                "experience.csv": "network,year,instrument,respondents,satisfied,\(header)\nNETA,2025,cqi,40,30,x\n"
            ])
            let failure = UntrustedInputTests.refusal(folder, allowExtraColumns: allowExtra)
            #expect(failure?.diagnostics.map(\.code.rawValue) == ["FA2095"])
            #expect(failure?.diagnostics.first?.location == SourceLocation(file: folder + "/experience.csv", line: 1, column: 6))
            let printed = failure?.description ?? ""
            #expect(!printed.contains("85073003328") && !printed.contains("jan@") && !printed.contains("0475"))
        }
    }

    @Test func aFileNameThatLooksLikeAnIdentifierIsRefusedAndNeverNamed() throws {
        let folder = try UntrustedInputTests.smallDataset(replacing: [
            "activity-85073003328.csv": "network,month,pseudocode,age_band,bim,units\nNETA,2025-04,726530,24-64,no,10\n"
        ])
        let failure = UntrustedInputTests.refusal(folder)
        #expect(failure?.diagnostics.map(\.code.rawValue) == ["FA2095"])
        #expect(failure?.diagnostics.first?.location == SourceLocation(file: folder, line: 0, column: 0))
        let printed = failure?.description ?? ""
        #expect(!printed.contains("85073003328"))
    }
}

/// A dataset file's name reaches messages, the database's `import_files` and extract manifests: like a cell of free text
/// (FA2094), it holds no control, bidirectional or invisible character. `activity-<RLO>vsc.2025.csv` was read as an
/// activity file and its name stored as it was (a right-to-left override shows it as `activity-5202.csv`).
struct DatasetFileNameTests {
    @Test(
        "A file name with a control, bidirectional or invisible character is refused without echo",
        arguments: ["activity-\u{202E}vsc.2025.csv", "activity-\u{1B}[2J.csv", "activity-2025\u{200B}.csv"])
    func unsafeCharacterInAFileName(name: String) throws {
        let folder = try UntrustedInputTests.smallDataset(replacing: [
            name: "network,month,pseudocode,age_band,bim,units\nNETA,2025-04,726530,24-64,no,10\n"
        ])
        let failure = UntrustedInputTests.refusal(folder)
        #expect(failure?.diagnostics.map(\.code.rawValue) == ["FA2094"])
        #expect(failure?.diagnostics.first?.location == SourceLocation(file: folder, line: 0, column: 0))
        let printed = failure?.description ?? ""
        #expect(!printed.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{1B}" || $0 == "\u{200B}" })
    }
}
