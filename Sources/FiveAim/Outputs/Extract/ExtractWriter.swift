import FiveAimCSV
import FiveAimXLSX
import Foundation

/// The file format of an extract's data file.
public enum ExtractFormat: String, Sendable, Hashable, CaseIterable {
    /// `data.csv`: UTF-8, `,`, `.` decimals, RFC 4180 quoting, LF line ends.
    case csv
    /// `data.xlsx`: one sheet, numbers stored as numbers (libxlsxwriter).
    case xlsx

    /// The data file's name.
    public var dataFile: String { "data." + rawValue }
}

/// Where an extract comes from and when it was made, as recorded in its manifest.
public struct ExtractProvenance: Sendable, Hashable {
    /// FiveAim's version.
    public var version: String
    /// The source commit, when known.
    public var commit: String?
    /// How the commit was found, e.g. `git rev-parse HEAD in the checkout the catalogue was read from`.
    public var commitSource: String
    /// The creation time (seconds since 1970-01-01 UTC).
    public var created: Int64
    /// Where the creation time comes from: `SOURCE_DATE_EPOCH` or `system clock`.
    public var createdSource: String

    /// Creates provenance.
    public init(version: String, commit: String?, commitSource: String, created: Int64, createdSource: String) {
        self.version = version
        self.commit = commit
        self.commitSource = commitSource
        self.created = created
        self.createdSource = createdSource
    }

    /// The creation time from `SOURCE_DATE_EPOCH` when set (reproducible builds), else the clock.
    public static func creationTime(environment: [String: String] = ProcessInfo.processInfo.environment) -> (Int64, String) {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text.trimmingCharacters(in: .whitespaces)), seconds >= 0 {
            return (seconds, "SOURCE_DATE_EPOCH")
        }
        return (Int64(Date().timeIntervalSince1970), "system clock")
    }
}

/// FiveAim's release version, written into manifests.
public enum FiveAimVersion {
    /// The version of this build.
    public static let current = "0.5.0"
}

/// One input recorded in a manifest.
public struct ExtractInputFile: Sendable, Hashable {
    /// File name (dataset files), `reference/<name>` or `indicators/<name>` (catalogue files), or `postgresql:fiveaim.<table>`.
    public var name: String
    /// The table it holds, for dataset files.
    public var table: String?
    /// Data rows, when counted.
    public var rows: Int?
    /// Size in bytes, for files.
    public var bytes: Int64?
    /// SHA-256, for files.
    public var sha256: String?
}

/// Every input of an extract: dataset files (or database tables), reference files and catalogue files.
public struct ExtractInputs: Sendable, Hashable {
    /// `directory` or `postgresql`.
    public var kind: String
    /// The dataset's files or tables.
    public var dataset: [ExtractInputFile]
    /// The reference files (`Indicators/reference/`).
    public var reference: [ExtractInputFile]
    /// The catalogue files an indicator extract read.
    public var catalogue: [ExtractInputFile]
    /// A note on what could not be recorded.
    public var note: String?

    /// Hashes the files behind `dataset`, `reference` and, for indicator extracts, the catalogue definitions used.
    public static func describe(dataset: Dataset, reference: ReferenceData, indicators: [IndicatorDefinition]) throws(DiagnosticError)
        -> ExtractInputs
    {
        func hashed(_ path: String, name: String, table: String?, rows: Int?) throws(DiagnosticError) -> ExtractInputFile {
            guard let digest = SHA256Digest.file(path) else {
                throw DiagnosticError(
                    [
                        Diagnostic(
                            .error, .cannotOpen, at: SourceLocation(file: path, line: 0, column: 0),
                            "cannot read the file again to record its SHA-256; was it moved during the run?")
                    ],
                    exitCode: .ioError)
            }
            return ExtractInputFile(name: name, table: table, rows: rows, bytes: digest.bytes, sha256: digest.sha256)
        }
        func tail(_ path: String, _ count: Int) -> String { path.split(separator: "/").suffix(count).joined(separator: "/") }
        let fromDatabase = dataset.sources.contains { $0.path.hasPrefix("postgresql:") }
        var files: [ExtractInputFile] = []
        for source in dataset.sources {
            if source.path.hasPrefix("postgresql:") {
                files.append(ExtractInputFile(name: source.path, table: source.table, rows: source.rows))
            } else {
                files.append(try hashed(source.path, name: tail(source.path, 1), table: source.table, rows: source.rows))
            }
        }
        var referenceFiles: [ExtractInputFile] = []
        for source in reference.sources {
            referenceFiles.append(try hashed(source.path, name: tail(source.path, 2), table: nil, rows: source.rows))
        }
        var catalogueFiles: [ExtractInputFile] = []
        for indicator in indicators {
            catalogueFiles.append(try hashed(indicator.file, name: tail(indicator.file, 2), table: nil, rows: nil))
        }
        let note =
            fromDatabase
            ? "read from PostgreSQL: the dataset carries each table's row count, not the imported files or import ids; see `fiveaim db status` for the imports"
            : nil
        return ExtractInputs(
            kind: fromDatabase ? "postgresql" : "directory", dataset: files, reference: referenceFiles,
            catalogue: catalogueFiles, note: note)
    }
}

/// Writes an extract folder through `OutputFolder`: every file goes into a hidden sibling folder, which replaces the
/// target only once complete, and only when the target is absent, empty or exactly a previous extract (its manifest's
/// files, unchanged); a failure removes the staging folder and leaves the target as it was.
public enum ExtractWriter {
    /// The marker `manifest.json` starts its `format` with.
    public static let manifestFormat = "fiveaim-extract"

    /// Writes `result` into `target` and returns the names of the files written, sorted.
    @discardableResult
    public static func write(
        _ result: ExtractResult, format: ExtractFormat, provenance: ExtractProvenance, inputs: ExtractInputs,
        to target: String
    ) throws(DiagnosticError) -> [String] {
        try OutputFolder.writing(target, kind: .extract) { folder throws(DiagnosticError) in
            try writeFiles(result, format: format, provenance: provenance, inputs: inputs, into: folder)
        }
    }

    private static func failure(_ path: String, _ message: String) -> DiagnosticError {
        DiagnosticError(
            [Diagnostic(.error, .extractOutputFailed, at: SourceLocation(file: path, line: 0, column: 0), message)], exitCode: .ioError)
    }

    /// Writes the data file, the codebook and the manifest into the staging folder of `folder`.
    static func writeFiles(
        _ result: ExtractResult, format: ExtractFormat, provenance: ExtractProvenance, inputs: ExtractInputs,
        into folder: OutputFolder
    ) throws(DiagnosticError) -> [String] {
        switch format {
        case .csv: try folder.write(csv(result), name: format.dataFile)
        case .xlsx:
            let path = try folder.path(format.dataFile)
            do { try xlsx(result, path: path, created: provenance.created) } catch {
                throw failure(folder.target + "/" + format.dataFile, "cannot write the workbook: \(error.message)")
            }
            try folder.stage(name: format.dataFile)
        }
        try folder.write(CodebookWriter.markdown(result, dataFile: format.dataFile), name: "codebook.md")
        try folder.write(CodebookWriter.json(result, dataFile: format.dataFile), name: "codebook.json")
        var outputs: [(name: String, bytes: Int64, sha256: String)] = []
        func digest(_ name: String) throws(DiagnosticError) -> (name: String, bytes: Int64, sha256: String) {
            guard let digest = SHA256Digest.file(try folder.path(name)) else {
                throw failure(folder.target + "/" + name, "cannot read the file back")
            }
            return (name, digest.bytes, digest.sha256)
        }
        let data = try digest(format.dataFile)
        try folder.write(
            DataPackageWriter.descriptor(result, format: format, provenance: provenance, inputs: inputs, data: (data.bytes, data.sha256)),
            name: DataPackageWriter.fileName)
        for name in [format.dataFile, "codebook.md", "codebook.json", DataPackageWriter.fileName].sorted() {
            outputs.append(name == format.dataFile ? data : try digest(name))
        }
        try folder.write(
            ManifestWriter.manifest(result, format: format, provenance: provenance, inputs: inputs, outputs: outputs), name: "manifest.json"
        )
        return (outputs.map(\.name) + ["manifest.json"]).sorted()
    }

    /// The data file as CSV text.
    public static func csv(_ result: ExtractResult) -> String {
        var text = CSVFormatter.record(result.header.map(CSVCell.text)) + "\n"
        for row in result.rows { text += CSVFormatter.record(row.map(\.csvCell)) + "\n" }
        return text
    }

    private static func xlsx(_ result: ExtractResult, path: String, created: Int64) throws(XLSXError) {
        // The creation time stored in the workbook is the manifest's, so SOURCE_DATE_EPOCH fixes every byte.
        let workbook = try XLSXWorkbook(path: path, created: max(created, 1))
        let sheet = try workbook.addSheet(named: "data")
        let bold = try workbook.addFormat(bold: true)
        for (column, name) in result.header.enumerated() { try sheet.write(string: name, row: 0, column: column, format: bold) }
        for (index, row) in result.rows.enumerated() {
            for (column, value) in row.enumerated() {
                switch value {
                case .empty: break
                case .text(let text): try sheet.write(string: text, row: index + 1, column: column)
                case .integer(let number): try sheet.write(number: Double(number), row: index + 1, column: column)
                case .decimal(let number, _): try sheet.write(number: number, row: index + 1, column: column)
                }
            }
        }
        sheet.freezePanes(rows: 1)
        try workbook.close()
    }
}
