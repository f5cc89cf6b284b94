/// A stable diagnostic code. Ranges: FA1xxx catalogue, FA2xxx data, FA3xxx database, FA4xxx exports.
///
/// Codes are documented in `docs/errors/`; a code never changes meaning once shipped.
public struct DiagnosticCode: RawRepresentable, Sendable, Hashable {
    /// The code as printed, e.g. `FA2104`.
    public let rawValue: String
    /// Creates a code from its printed form.
    public init(rawValue: String) { self.rawValue = rawValue }
}

extension DiagnosticCode {
    // MARK: Files and CSV syntax (FA200x–FA202x)
    /// The dataset directory or a file cannot be opened.
    public static let cannotOpen = DiagnosticCode(rawValue: "FA2001")
    /// Reading failed part-way.
    public static let ioFailure = DiagnosticCode(rawValue: "FA2002")
    /// The file has no bytes at all.
    public static let emptyFile = DiagnosticCode(rawValue: "FA2010")
    /// The first line is empty.
    public static let emptyHeader = DiagnosticCode(rawValue: "FA2011")
    /// The header has no `,` `;` or tab.
    public static let noDelimiter = DiagnosticCode(rawValue: "FA2012")
    /// The header mixes delimiters.
    public static let mixedDelimiters = DiagnosticCode(rawValue: "FA2013")
    /// Bytes that are not UTF-8.
    public static let invalidUTF8 = DiagnosticCode(rawValue: "FA2014")
    /// A NUL byte.
    public static let nulByte = DiagnosticCode(rawValue: "FA2015")
    /// Quoting that breaks RFC 4180.
    public static let malformedQuote = DiagnosticCode(rawValue: "FA2016")
    /// A quoted field never closed.
    public static let unterminatedQuote = DiagnosticCode(rawValue: "FA2017")
    /// A physical line over the limit.
    public static let lineTooLong = DiagnosticCode(rawValue: "FA2018")
    /// A field over the limit.
    public static let fieldTooLong = DiagnosticCode(rawValue: "FA2019")
    /// A record with more fields than the limit.
    public static let tooManyFields = DiagnosticCode(rawValue: "FA2020")
    /// A file with more records than the limit.
    public static let tooManyRecords = DiagnosticCode(rawValue: "FA2021")
    /// A byte order mark at the start of a line after the first (files joined).
    public static let misplacedByteOrderMark = DiagnosticCode(rawValue: "FA2022")

    // MARK: Dataset shape (FA203x–FA204x)
    /// A CSV file whose name matches no table.
    public static let unknownFile = DiagnosticCode(rawValue: "FA2030")
    /// The required `activity` table is absent.
    public static let missingTable = DiagnosticCode(rawValue: "FA2031")
    /// A file with a header and no data rows.
    public static let noDataRows = DiagnosticCode(rawValue: "FA2032")
    /// Split files of one table disagree on delimiter or columns.
    public static let inconsistentSplitFiles = DiagnosticCode(rawValue: "FA2033")
    /// A column named twice in a header.
    public static let duplicatedColumn = DiagnosticCode(rawValue: "FA2040")
    /// A column the table does not have.
    public static let unknownColumn = DiagnosticCode(rawValue: "FA2041")
    /// A required column absent from the header.
    public static let missingColumn = DiagnosticCode(rawValue: "FA2042")
    /// A record whose field count differs from the header's.
    public static let fieldCount = DiagnosticCode(rawValue: "FA2043")

    // MARK: Cells (FA205x–FA206x)
    /// A required cell is empty.
    public static let missingValue = DiagnosticCode(rawValue: "FA2050")
    /// A cell that is not a whole number.
    public static let notAnInteger = DiagnosticCode(rawValue: "FA2051")
    /// A count below zero.
    public static let negativeCount = DiagnosticCode(rawValue: "FA2052")
    /// A number too large for a 64-bit count or amount.
    public static let numberTooLarge = DiagnosticCode(rawValue: "FA2053")
    /// A cell that is not a decimal amount.
    public static let notADecimal = DiagnosticCode(rawValue: "FA2054")
    /// A cell outside its code list.
    public static let notInCodeList = DiagnosticCode(rawValue: "FA2055")
    /// A month not of the form YYYY-MM.
    public static let badMonth = DiagnosticCode(rawValue: "FA2056")
    /// A year not of the form YYYY, or outside the accepted range.
    public static let badYear = DiagnosticCode(rawValue: "FA2057")
    /// A pseudocode absent from Annex 1 (or from the cost centres, for operating costs).
    public static let unknownPseudocode = DiagnosticCode(rawValue: "FA2058")
    /// A month before the pseudocode existed.
    public static let monthBeforeCode = DiagnosticCode(rawValue: "FA2059")
    /// A month after the run date.
    public static let monthInFuture = DiagnosticCode(rawValue: "FA2060")
    /// A network absent from the networks table.
    public static let unknownNetwork = DiagnosticCode(rawValue: "FA2061")
    /// The national code `BE` where the contract gives it no meaning.
    public static let nationalCodeNotAllowed = DiagnosticCode(rawValue: "FA2062")
    /// An age band the network's target group cannot serve.
    public static let ageBandForTargetGroup = DiagnosticCode(rawValue: "FA2063")
    /// Age band or status given for a code whose participants are not registered.
    public static let unregisteredParticipants = DiagnosticCode(rawValue: "FA2064")
    /// A row key seen twice in a table.
    public static let duplicateKey = DiagnosticCode(rawValue: "FA2065")
    /// Group sessions reported in a month with no participations.
    public static let groupSessionsWithoutParticipations = DiagnosticCode(rawValue: "FA2066")
    /// A part larger than its whole (improved > pairs, satisfied > respondents …).
    public static let partExceedsWhole = DiagnosticCode(rawValue: "FA2067")
    /// A function value not allowed in this table.
    public static let functionNotAllowed = DiagnosticCode(rawValue: "FA2068")
    /// A budget line used in a year or by a network it does not exist for (art. 14 §1; `reference/budget_lines.csv`).
    public static let budgetLineNotAllowed = DiagnosticCode(rawValue: "FA2069")
    /// An outreach site type reported before the year it exists (art. 8 §2; `reference/outreach_site_types.csv`).
    public static let outreachSiteTypeNotInForce = DiagnosticCode(rawValue: "FA2071")
    /// Sessions at outreach sites of a kind the row says the network has none of.
    public static let outreachSessionsWithoutSites = DiagnosticCode(rawValue: "FA2072")

    // MARK: Group sessions (FA209x)
    /// More sessions led by two psychologists than sessions in a `group_sessions` row.
    public static let twoPsychologistSessionsExceedSessions = DiagnosticCode(rawValue: "FA2090")
    /// Activity of a year priced at an earlier year's tariffs (art. 17): the year has no tariffs of its own (a warning).
    public static let tariffsOfEarlierYear = DiagnosticCode(rawValue: "FA2091")

    // MARK: Privacy (FA207x)
    /// A cell that looks like a national number, e-mail address or phone number.
    public static let directIdentifier = DiagnosticCode(rawValue: "FA2070")

    // MARK: Untrusted text (FA209x): what could become a path, a formula, markup or a terminal control
    /// A network code that does not match `[A-Z0-9][A-Z0-9-]{0,23}` (networks table, a network column, `--network`, the database).
    public static let badNetworkCode = DiagnosticCode(rawValue: "FA2093")
    /// Free text with a line break, a control, bidirectional or invisible character.
    public static let unsafeText = DiagnosticCode(rawValue: "FA2094")
    /// A header cell or a file name that looks like a direct identifier.
    public static let identifierInName = DiagnosticCode(rawValue: "FA2095")

    // MARK: Plausibility warnings (FA208x): relations the contract implies between tables; the dataset stays valid
    /// More co-facilitated sessions of one co-facilitator code than group sessions in a network, month and function.
    public static let cofacilitationExceedsSessions = DiagnosticCode(rawValue: "FA2080")
    /// Beneficiaries of `all` functions below the larger or above the sum of functions 2 and 3.
    public static let allFunctionsOutsideBounds = DiagnosticCode(rawValue: "FA2081")
    /// A national (`BE`) distinct total below a network's or above the sum of every network's.
    public static let nationalOutsideBounds = DiagnosticCode(rawValue: "FA2082")

    // MARK: Reference data shipped in Indicators/ (FA11xx)
    /// A reference file that cannot be read or is inconsistent.
    public static let referenceData = DiagnosticCode(rawValue: "FA1101")
}

extension DiagnosticCode {
    // MARK: Indicator catalogue (FA10xx): Indicators/catalog.yaml and Indicators/indicators/*.yaml
    /// A catalogue file or folder cannot be read.
    public static let catalogueUnreadable = DiagnosticCode(rawValue: "FA1001")
    /// A catalogue file is not valid YAML.
    public static let catalogueSyntax = DiagnosticCode(rawValue: "FA1002")
    /// `schema_version` is missing or not supported.
    public static let catalogueSchemaVersion = DiagnosticCode(rawValue: "FA1003")
    /// A catalogue over its limits: too many indicator files, or a YAML file too large (`CatalogueLimits`).
    public static let catalogueTooLarge = DiagnosticCode(rawValue: "FA1004")
    /// A catalogue texts file (`texts.<lang>.yaml`) lacks a key, has an unknown one, or names another language.
    public static let catalogueTextKey = DiagnosticCode(rawValue: "FA1005")
    /// A key the schema does not define.
    public static let catalogueUnknownKey = DiagnosticCode(rawValue: "FA1010")
    /// A required key is absent (e.g. `title.fr`).
    public static let catalogueMissingKey = DiagnosticCode(rawValue: "FA1011")
    /// A value of the wrong YAML type (a list where text was expected …).
    public static let catalogueWrongType = DiagnosticCode(rawValue: "FA1012")
    /// A value outside its list of allowed values (unit, aim, direction …).
    public static let catalogueInvalidValue = DiagnosticCode(rawValue: "FA1013")
    /// A table no measure can be computed from.
    public static let catalogueUnknownTable = DiagnosticCode(rawValue: "FA1020")
    /// A measure the table does not have.
    public static let catalogueUnknownMeasure = DiagnosticCode(rawValue: "FA1021")
    /// A code set not named in `catalog.yaml`.
    public static let catalogueUnknownCodeSet = DiagnosticCode(rawValue: "FA1022")
    /// A filter the measure's table does not support.
    public static let catalogueUnknownFilter = DiagnosticCode(rawValue: "FA1023")
    /// Filters or a code set that select no pseudocode at all.
    public static let catalogueEmptySelection = DiagnosticCode(rawValue: "FA1024")
    /// Two indicators with one id, or an id that differs from its file name.
    public static let catalogueDuplicateID = DiagnosticCode(rawValue: "FA1030")
    /// `requires` differs from the tables the measures read.
    public static let catalogueRequiresMismatch = DiagnosticCode(rawValue: "FA1031")
    /// Unit, method, numerator and denominator that do not fit together.
    public static let catalogueInconsistentFormula = DiagnosticCode(rawValue: "FA1032")

    // MARK: Convention rules (FA12xx): Indicators/checks.yaml
    /// A rule that names an indicator absent from the catalogue.
    public static let ruleUnknownIndicator = DiagnosticCode(rawValue: "FA1201")
    /// A rule whose comparison does not fit its indicator (e.g. a budget comparison on a share).
    public static let ruleInconsistent = DiagnosticCode(rawValue: "FA1202")
    /// Two rules with one id.
    public static let ruleDuplicateID = DiagnosticCode(rawValue: "FA1203")
}

extension DiagnosticCode {
    // MARK: PostgreSQL warehouse (FA3xxx): fiveaim db, --db URL (docs/errors/FA3xxx.md)
    /// The database connection could not be opened.
    public static let databaseConnectionFailed = DiagnosticCode(rawValue: "FA3001")
    /// The connection broke while a statement or a COPY was under way.
    public static let databaseConnectionLost = DiagnosticCode(rawValue: "FA3002")
    /// The server refused a statement (the SQLSTATE says why).
    public static let databaseStatementFailed = DiagnosticCode(rawValue: "FA3003")
    /// The role lacks a privilege (SQLSTATE 42501): imports need fiveaim_writer.
    public static let databasePermissionDenied = DiagnosticCode(rawValue: "FA3004")
    /// The FiveAim schema is absent or older than this fiveaim: run `fiveaim db init`.
    public static let databaseSchemaMissing = DiagnosticCode(rawValue: "FA3010")
    /// The database has migrations this fiveaim does not know (it is older than the schema).
    public static let databaseSchemaNewer = DiagnosticCode(rawValue: "FA3011")
    /// After an import, rows would name networks absent from the networks in force.
    public static let databaseUnknownNetwork = DiagnosticCode(rawValue: "FA3020")
    /// A stored value outside the data contract (the database was changed outside FiveAim).
    public static let databaseInvalidRow = DiagnosticCode(rawValue: "FA3030")
    /// The database holds no activity: nothing to analyse.
    public static let databaseEmpty = DiagnosticCode(rawValue: "FA3031")
    /// `db grant`/`db revoke`: the role does not exist or cannot log in.
    public static let databaseRoleUnknown = DiagnosticCode(rawValue: "FA3040")
    /// `db grant --network`: a code that is not a network code, `BE`, or not a network in force.
    public static let databaseGrantNetworkInvalid = DiagnosticCode(rawValue: "FA3041")
    /// `db import` by a coordinator: the dataset holds rows of networks the role is not mapped to (or it is mapped to none).
    public static let databaseImportNetworkNotGranted = DiagnosticCode(rawValue: "FA3042")
    /// `db import` by a coordinator: the dataset carries networks.csv or tariffs.csv, which only the loader may replace.
    public static let databaseImportReferenceNotGranted = DiagnosticCode(rawValue: "FA3043")
}

extension DiagnosticCode {
    // MARK: Research extracts (FA41xx): Exports/extracts/*.yaml, fiveaim extract (docs/errors/FA4xxx.md)
    /// An extract specification cannot be found or read.
    public static let extractSpecUnreadable = DiagnosticCode(rawValue: "FA4101")
    /// An extract specification is not valid YAML.
    public static let extractSpecSyntax = DiagnosticCode(rawValue: "FA4102")
    /// `schema_version` is missing or not supported.
    public static let extractSpecSchemaVersion = DiagnosticCode(rawValue: "FA4103")
    /// An extract specification larger than `CatalogueLimits.maxExtractSpecBytes`.
    public static let extractSpecTooLarge = DiagnosticCode(rawValue: "FA4104")
    /// A key the extract schema does not define.
    public static let extractSpecUnknownKey = DiagnosticCode(rawValue: "FA4110")
    /// A required key is absent.
    public static let extractSpecMissingKey = DiagnosticCode(rawValue: "FA4111")
    /// A value of the wrong YAML type.
    public static let extractSpecWrongType = DiagnosticCode(rawValue: "FA4112")
    /// A value outside its list (source, dimension value, indicator id, month …).
    public static let extractSpecInvalidValue = DiagnosticCode(rawValue: "FA4113")
    /// A grouping column or filter the source table does not have.
    public static let extractSpecUnknownColumn = DiagnosticCode(rawValue: "FA4114")
    /// A layout that cannot be tabulated safely (a column twice, distinct people summed, labels missing …).
    public static let extractSpecLayout = DiagnosticCode(rawValue: "FA4115")
    /// The `id` differs from the file name.
    public static let extractSpecID = DiagnosticCode(rawValue: "FA4116")
    /// A suppression threshold below the project default, which extracts never allow.
    public static let extractThresholdTooLow = DiagnosticCode(rawValue: "FA4120")
    /// The dataset lacks the table the extract reads, or the period selects nothing.
    public static let extractNoData = DiagnosticCode(rawValue: "FA4130")
    /// The output folder cannot be created, written or put in place.
    public static let extractOutputFailed = DiagnosticCode(rawValue: "FA4140")
    /// `--verify`: the manifest is missing or unreadable.
    public static let extractManifestUnreadable = DiagnosticCode(rawValue: "FA4150")
    /// `--verify`: a file is missing, extra, or its SHA-256 or size differs from the manifest.
    public static let extractFileChanged = DiagnosticCode(rawValue: "FA4151")
    /// `--verify`: the data break the disclosure rule the manifest records.
    public static let extractDisclosureBroken = DiagnosticCode(rawValue: "FA4152")
}

extension DiagnosticCode {
    // MARK: Network comparison (FA42xx): Exports/compare/, fiveaim compare (docs/errors/FA4xxx.md)
    /// A comparison texts file (`texts.<lang>.yaml`) cannot be read or is not valid YAML.
    public static let compareTextsUnreadable = DiagnosticCode(rawValue: "FA4201")
    /// A texts file lacks a key, has one it does not know, or names another language; a language has no file.
    public static let compareTextKey = DiagnosticCode(rawValue: "FA4202")
    /// The page template (`compare.html.mustache`) is missing or does not parse.
    public static let compareTemplateInvalid = DiagnosticCode(rawValue: "FA4203")
    /// Writing a comparison file failed (disk, permissions, libxlsxwriter).
    public static let compareWriteFailed = DiagnosticCode(rawValue: "FA4210")
}
