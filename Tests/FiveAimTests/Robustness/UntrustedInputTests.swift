import Foundation
import Testing

@testable import FiveAim

/// Issue 15, "Inputs that are never trusted": network codes, free text, identifiers anywhere, and what reaches a
/// terminal, a Markdown front matter, a CSV or a file name. Each test reads a real dataset folder (or writes a real
/// output) the way a hostile data supplier would hand it over.
struct UntrustedInputTests {
    /// The small engine fixture (networks NETA adult and NETB child, every table), copied, with `files` replaced.
    static func smallDataset(replacing files: [String: String]) throws -> String {
        let folder = try TestSupport.temporaryFolder()
        let source = TestSupport.fixtures + "/engine/small"
        for name in try FileManager.default.contentsOfDirectory(atPath: source) {
            try FileManager.default.copyItem(atPath: source + "/" + name, toPath: folder + "/" + name)
        }
        for (name, text) in files {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        return folder
    }

    static let networksHeader = "network,name,target_group,region\n"
    static let networkRows = "NETA,Adult test network,adult,VL\nNETB,Child test network,child,W\n"

    /// The refusal of a dataset, with every problem listed.
    static func refusal(_ folder: String, allowExtraColumns: Bool = false) -> DiagnosticError? {
        #expect(throws: DiagnosticError.self) { try TestSupport.read(folder, problemLimit: 50, allowExtraColumns: allowExtraColumns) }
    }

    // MARK: - Network codes

    static let hostileCodes: [String] = [
        "../../x", "a/b", "=1+1", "A\u{1B}[31mB", "AB\u{202E}CD", String(repeating: "X", count: 300), "-AB", "neta", "NETA ", "NE TA",
    ]

    @Test("A hostile code in networks.csv is refused with its place, never echoed", arguments: hostileCodes.indices)
    func aHostileCodeInTheNetworksTableIsRefused(index: Int) throws {
        let code = Self.hostileCodes[index]
        let cell = "\"" + code + "\""
        let folder = try Self.smallDataset(replacing: ["networks.csv": Self.networksHeader + Self.networkRows + cell + ",Evil,adult,VL\n"])
        if code == "NETA " {
            // Edge spaces are trimmed, as in every cell: the code is NETA, and NETA is then there twice.
            #expect(Self.refusal(folder)?.diagnostics.map(\.code) == [.duplicateKey])
            return
        }
        let failure = Self.refusal(folder)
        #expect(failure?.diagnostics.map(\.code.rawValue) == ["FA2093"])
        #expect(failure?.diagnostics.first?.location == SourceLocation(file: folder + "/networks.csv", line: 4, column: 1))
        let printed = failure?.description ?? ""
        #expect(!printed.contains("\u{1B}") && !printed.contains("\u{202E}") && !printed.contains("../../x") && !printed.contains("=1+1"))
    }

    @Test(
        "A hostile code in a network column is refused as a code before it is looked up",
        arguments: ["../../x", "=1+1", "a/b", "A\u{1B}]0;pwned\u{07}"])
    func aHostileCodeInANetworkColumnIsRefusedBeforeTheLookup(code: String) throws {
        let folder = try Self.smallDataset(replacing: [
            "waits.csv": "network,month,function,age_band,bucket,count\n\"\(code)\",2025-03,2,24-64,0-7,3\n"
        ])
        let failure = Self.refusal(folder)
        // FA2093 (not a code), not FA2061 (unknown network): the shape is checked first.
        #expect(failure?.diagnostics.map(\.code.rawValue) == ["FA2093"])
        #expect(failure?.diagnostics.first?.location == SourceLocation(file: folder + "/waits.csv", line: 2, column: 1))
        let printed = failure?.description ?? ""
        #expect(!printed.contains(code))
    }

    @Test func theDiagnosticPrinterEscapesControlAndBidirectionalCharacters() {
        // A file name is untrusted too: ESC sequences and an RTL override in it must not reach the terminal.
        let diagnostic = Diagnostic(
            .error, .unknownFile, at: SourceLocation(file: "data/\u{1B}[2Jx\u{202E}vsc.csv", line: 0, column: 0),
            "a message quoting 'A\u{0D}B\u{2066}C\u{200B}'")
        let line = DiagnosticPrinter.format(diagnostic)
        #expect(line == "data/\\u{1B}[2Jx\\u{202E}vsc.csv: error: [FA2030] a message quoting 'A\\rB\\u{2066}C\\u{200B}'")
        // Ordinary French and Dutch text is unchanged.
        let plain = Diagnostic(.error, .unknownFile, at: nil, "réseau 107 — één")
        #expect(DiagnosticPrinter.format(plain) == "error: [FA2030] réseau 107 — één")
    }

    @Test func aQuotedUntrustedTextIsCutAndEscaped() {
        // 300 characters: the first 40 are shown, then an ellipsis; quotes and backslashes are escaped.
        #expect(UntrustedText.quoted(String(repeating: "A", count: 300)) == "'" + String(repeating: "A", count: 40) + "…'")
        #expect(UntrustedText.quoted("it's a\\b\u{1B}") == "'it\\'s a\\\\b\\u{1B}'")
    }

    @Test func anUnknownHeaderColumnIsQuotedWithItsControlCharactersEscaped() throws {
        let folder = try Self.smallDataset(replacing: [
            "experience.csv": "network,year,instrument,respondents,satisfied,\"x\u{1B}[31m\u{202E}y\"\nNETA,2025,cqi,40,30,1\n"
        ])
        let printed = Self.refusal(folder)?.description ?? ""
        #expect(printed.contains("unknown column 'x\\u{1B}[31m\\u{202E}y' in table experience"))
        #expect(!printed.contains("\u{1B}"))
    }

    @Test func aHostileCodeCannotNameAReportOutsideTheOutputFolderEvenIfValidationIsBypassed() throws {
        let root = try TestSupport.temporaryFolder()
        let out = root + "/a/b/out"
        // The parent exists (OutputFolder refuses a missing parent first, FA4301): the refusal must be the file name's.
        try FileManager.default.createDirectory(atPath: root + "/a/b", withIntermediateDirectories: true)
        let base = ReportFixture.demo.networks.first { $0.code == "ADS" }!
        for code in ["../../../escaped", "../escaped", "sub/escaped", "..", "."] {
            // The network is built here, as a caller bypassing every reader's validation would.
            let hostile = Network(code: code, name: base.name, targetGroup: base.targetGroup, region: base.region)
            let request = ReportRequest(
                networks: [hostile], year: ReportFixture.year, languages: [.fr], formats: [.md],
                disclosure: DisclosurePolicy(audience: .network), directory: out)
            let failure = #expect(throws: DiagnosticError.self) {
                try ReportBatch.write(
                    ReportFixture.demo, catalogue: ReportFixture.catalogue, resources: ReportFixture.resources, request: request)
            }
            #expect(failure?.diagnostics.first?.code.rawValue == "FA2093", "\(code)")
        }
        // Nothing anywhere under the root but the (empty) output folder chain.
        let everything = FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []
        #expect(everything.filter { !["a", "a/b", "a/b/out"].contains($0) } == [])
    }

    // MARK: - Free text

    @Test func aZeroWidthSpaceOrACaseChangeCannotMakeAnInstrumentCountTwice() throws {
        // Today `csq-8` and `CSQ-8<ZWSP>` are two instruments of NETA 2025: 40 + 40 respondents, and a third spelling a third.
        let zeroWidth = try Self.smallDataset(replacing: [
            "experience.csv": "network,year,instrument,respondents,satisfied\nNETA,2025,csq-8,40,30\nNETA,2025,CSQ-8\u{200B},40,30\n"
        ])
        let invisible = Self.refusal(zeroWidth)
        #expect(invisible?.diagnostics.map(\.code.rawValue) == ["FA2094"])
        #expect(invisible?.diagnostics.first?.location == SourceLocation(file: zeroWidth + "/experience.csv", line: 3, column: 3))
        let cased = try Self.smallDataset(replacing: [
            "experience.csv": "network,year,instrument,respondents,satisfied\nNETA,2025,csq-8,40,30\nNETA,2025,CSQ-8,40,30\n"
        ])
        #expect(Self.refusal(cased)?.diagnostics.map(\.code) == [.duplicateKey])
        // "Qualité" with a precomposed é (U+00E9) and with e + combining acute (U+0301) are one instrument.
        let forms = try Self.smallDataset(replacing: [
            "outcomes.csv": "network,year,function,instrument,pairs,improved,unchanged,deteriorated\n"
                + "NETA,2025,2,Qualit\u{E9},10,5,3,2\nNETA,2025,2,QUALITE\u{301},10,5,3,2\n"
        ])
        #expect(Self.refusal(forms)?.diagnostics.map(\.code) == [.duplicateKey])
    }

    @Test(
        "Network names and instruments are one line of visible text",
        arguments: [
            "Evil\nauthor: Mallory", "Evil\r\nabstract: x", "Evil\u{2028}x", "Evil\u{85}x", "Ev\u{202E}il", "Ev\u{2066}il", "E\u{7}vil",
            "E\tvil", "Ev\u{FEFF}il",
        ])
    func unsafeFreeTextIsRefused(name: String) throws {
        let folder = try Self.smallDataset(replacing: [
            "networks.csv": Self.networksHeader + Self.networkRows + "NETC,\"\(name)\",adult,VL\n"
        ])
        let failure = Self.refusal(folder)
        #expect(failure?.diagnostics.map(\.code.rawValue) == ["FA2094"])
        #expect(failure?.diagnostics.first?.location?.column == 2)
        let printed = failure?.description ?? ""
        #expect(!printed.contains("Evil") && !printed.contains("Mallory"))
    }

    @Test func freeTextIsStoredInNormalisationFormC() throws {
        let folder = try Self.smallDataset(replacing: [
            "networks.csv": Self.networksHeader + "NETA,Re\u{301}seau adulte,adult,VL\nNETB,Child test network,child,W\n"
        ])
        let dataset = try TestSupport.read(folder)
        let name = dataset.networks.first { $0.code == "NETA" }?.name
        #expect(name.map { Array($0.unicodeScalars) } == Array("R\u{E9}seau adulte".unicodeScalars))
    }

    @Test func aNameCanNeverAddFrontMatterMetadataToAReport() throws {
        // The reader refuses such a name; a network built past it (a future reader, a caller) still cannot add YAML keys.
        let base = ReportFixture.demo.networks.first { $0.code == "ADS" }!
        var dataset = ReportFixture.demo
        let hostile = "Net\nauthor: Mallory\nabstract: |\n  pwned\n---\n\n---\nkeywords: [x]\n\u{1B}[31m"
        dataset.networks = dataset.networks.map {
            $0.code == "ADS" ? Network(code: "ADS", name: hostile, targetGroup: base.targetGroup, region: base.region) : $0
        }
        let composer = AnnualReportComposer(
            texts: ReportFixture.resources.texts[.fr]!, figures: ReportFixture.networkFigures,
            dataMonths: dataset.monthsCovered, runMonth: TestSupport.runMonth)
        var report = composer.compose(dataset.networks.first { $0.code == "ADS" }!)
        report.setChartSources { ReportRenderer.dataURI(svg: $0.svg) }
        let markdown = ReportFixture.renderer.render(report, format: .md)
        let lines = markdown.components(separatedBy: "\n")
        #expect(lines.first == "---")
        let end = try #require(lines.dropFirst().firstIndex(of: "---"))
        // Top-level keys of the front matter: only what the template writes.
        let keys = lines[1..<end].filter { !$0.hasPrefix(" ") }.map { String($0.prefix { $0 != ":" }) }
        #expect(keys == ["title", "subtitle", "lang"])
        // No second metadata block anywhere, no author or abstract line, no control character.
        #expect(lines.dropFirst(end + 1).filter { $0 == "---" }.isEmpty)
        #expect(!lines.contains { $0.hasPrefix("author:") || $0.hasPrefix("abstract:") || $0.hasPrefix("keywords:") })
        #expect(!markdown.contains("\u{1B}"))
        #expect(markdown.contains("Net author: Mallory abstract: \\|"))
    }

    @Test func csvOutputsNeutraliseFormulasInTextCellsAndKeepNumbers() {
        // OWASP: a text cell starting with = + - @ tab or CR is prefixed with ' ; numbers such as -0.5 stay numbers.
        let findings = [
            CheckFinding(
                rule: "=HYPERLINK(\"http://x\",\"y\")", network: .network("NETA"), year: 2025, severity: .error,
                article: "@SUM(A1)", outcome: .breach(observed: .value(-0.5), limit: .above(.value(-0.25)), message: "+cmd|' /C calc'!A0")),
            CheckFinding(
                rule: "r", network: .network("NETA"), year: 2025, severity: .warning, article: "\tx",
                outcome: .breach(observed: .count(12), limit: .bound(.count(-3)), message: "\rline")),
        ]
        let text = ChecksCSVWriter.write(findings, reasons: TestSupport.reasons)
        let lines = text.components(separatedBy: "\n")
        #expect(lines[1] == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",NETA,2025,error,-0.5000,> -0.2500,'@SUM(A1),'+cmd|' /C calc'!A0")
        #expect(lines[2] == "r,NETA,2025,warning,12,-3,\"'\tx\",\"'\rline\"")
    }
}

/// `--network` is checked before the dataset is read: a hostile value is a usage error, quoted with its controls escaped.
struct NetworkOptionTests {
    @Test func aHostileNetworkOptionIsRefusedAndNeverEchoedRaw() throws {
        let demo = try FaultInjection.demo.get()
        for arguments in [
            ["indicators", demo, "--network"],
            ["report", demo, "--year", "2024", "--lang", "fr", "--out", try TestSupport.temporaryFolder() + "/r", "--network"],
        ] {
            for value in ["../../x", "A\u{1B}[2JB"] {
                let outcome = try FaultInjection.run(arguments + [value])
                #expect(outcome.status == 64, "\(arguments[0]) \(value): \(outcome.errors)")
                #expect(outcome.errors.contains("is not a network code"), "\(outcome.errors)")
                #expect(!outcome.errors.contains("\u{1B}"))
            }
        }
    }
}

/// The front-matter attack end to end: a dataset's networks.csv names a network across lines; `fiveaim report` used to
/// write `author:` and `abstract:` into the draft's YAML front matter (exit 0). It is now refused before anything is written.
struct ReportFrontMatterAttackTests {
    @Test func aNetworkNameAcrossLinesInNetworksCSVIsRefusedByReport() throws {
        let folder = try UntrustedInputTests.smallDataset(replacing: [
            "networks.csv": UntrustedInputTests.networksHeader
                + "NETA,\"Adult\nauthor: Mallory\nabstract: pwned\",adult,VL\nNETB,Child test network,child,W\n"
        ])
        let out = try TestSupport.temporaryFolder() + "/reports"
        let outcome = try FaultInjection.run([
            "report", folder, "--network", "NETA", "--year", "2025", "--lang", "fr", "--format", "md", "--out", out,
        ])
        #expect(outcome.status == 65, "\(outcome.errors)")
        #expect(outcome.errors.contains("networks.csv:2:2: error: [FA2094]"), "\(outcome.errors)")
        #expect(!outcome.errors.contains("Mallory"))
        #expect(FaultInjection.entries(out).isEmpty)
    }
}

/// Text that reaches SVG, HTML or XML is escaped for it, and characters XML cannot hold at all are dropped.
struct MarkupEscapingTests {
    @Test func svgAndHTMLTextDropsCharactersXMLForbids() throws {
        // ESC, BEL and NUL are not allowed in XML 1.0 even as &#…; references: an SVG holding one does not parse.
        #expect(SVGCanvas.escape("A\u{1B}[31m<b>\u{7}&\u{0}\"'\u{FFFE}") == "A[31m&lt;b&gt;&amp;&quot;&#39;")
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>\(SVGCanvas.escape("Net\u{1B}\u{8}work"))</text></svg>"
        #expect(try isWellFormedXML(svg))
    }
}

/// Every command-line value a usage error echoes (`explain ID`, `indicators --indicator ID`) reaches the terminal with its
/// controls escaped, like `--network`: `fail` printed its message raw, so an ID with ESC [2J cleared the screen.
struct CommandLineEchoTests {
    @Test func anUnknownIDWithTerminalControlsIsEchoedEscaped() throws {
        let hostile = "x\u{1B}[2Jy\u{202E}z"
        let explain = try FaultInjection.run(["explain", hostile])
        #expect(explain.status == 64, "\(explain.errors)")
        // ESC is U+1B, the right-to-left override U+202E: both written as escapes, the rest as it was.
        #expect(explain.errors.contains("no indicator or rule 'x\\u{1B}[2Jy\\u{202E}z'"), "\(explain.errors)")
        #expect(!explain.errors.contains("\u{1B}") && !explain.errors.contains("\u{202E}"))
        let indicators = try FaultInjection.run(["indicators", try FaultInjection.demo.get(), "--indicator", hostile])
        #expect(indicators.status == 64, "\(indicators.errors)")
        #expect(indicators.errors.contains("unknown indicator 'x\\u{1B}[2Jy\\u{202E}z'"), "\(indicators.errors)")
        #expect(!indicators.errors.contains("\u{1B}") && !indicators.errors.contains("\u{202E}"))
    }
}

/// `checks` refuses a threshold below 1 as `indicators` and `report` do; it passed 0 on to the disclosure policy, whose
/// message then said the network audience was refused because "only the network audience sees exact small counts".
struct ChecksThresholdTests {
    @Test func aThresholdBelowOneIsAUsageErrorThatSaysSo() throws {
        let outcome = try FaultInjection.run([
            "checks", try FaultInjection.demo.get(), "--audience", "network", "--suppression-threshold", "0",
        ])
        #expect(outcome.status == 64, "\(outcome.errors)")
        #expect(outcome.errors.contains("--suppression-threshold must be at least 1"), "\(outcome.errors)")
        #expect(!outcome.errors.contains("refused for the network audience"), "\(outcome.errors)")
    }
}
