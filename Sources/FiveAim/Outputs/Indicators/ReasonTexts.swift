/// The words of the reasons (`ResultReason`) and result notes (`ResultNote`) in one language: keys `reason.*`,
/// `not_evaluated` and `result_note.*` of the catalogue's `Indicators/texts.<language>.yaml`, read by `TextFiles`. They
/// are the texts of the `indicators` json and table formats (English) and of the checks' notes (the language asked for).
public struct ReasonTexts: Sendable {
    /// The catalogue's texts of one language.
    public let texts: LanguageTexts<CatalogueTextKey>

    /// The language of the texts.
    public var language: Language { texts.language }

    /// Wraps a language's catalogue texts (e.g. `Catalogue.texts(_:)`).
    public init(_ texts: LanguageTexts<CatalogueTextKey>) { self.texts = texts }

    /// The reason in words.
    public func text(_ reason: ResultReason) -> String { texts.text(.reason(reason), reason.parameters) }

    /// The note in words.
    public func text(_ note: ResultNote) -> String { texts.text(.note(note), note.parameters) }

    /// The message of a rule that could not be evaluated for `reason`.
    public func notEvaluated(_ reason: ResultReason) -> String { texts.text(.notEvaluated, ["reason": text(reason)]) }

    /// The file of `language` in the catalogue folder: `texts.<lang>.yaml`.
    public static func path(catalogFolder: String, language: Language) -> String {
        (catalogFolder.hasSuffix("/") ? catalogFolder : catalogFolder + "/") + TextFiles.fileName(language)
    }

    /// Reads the texts of `language` from the catalogue folder (`Indicators/` or `--catalog DIR`); every problem at once.
    public static func load(catalogFolder: String, language: Language) throws(DiagnosticError) -> ReasonTexts {
        ReasonTexts(
            try TextFiles.load(
                path: path(catalogFolder: catalogFolder, language: language), language: language,
                lists: CatalogueLoader.textLists, codes: CatalogueLoader.textCodes))
    }
}
