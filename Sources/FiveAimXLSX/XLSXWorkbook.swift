internal import CLibXLSXWriter
import Foundation

/// A failure of libxlsxwriter: the workbook could not be created, a sheet added, a cell written or the file saved.
public struct XLSXError: Error, Sendable, CustomStringConvertible {
    /// What failed, with libxlsxwriter's own explanation.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

/// A cell format of a workbook (bold, a number format); create it with `XLSXWorkbook.addFormat`.
public struct XLSXFormat {
    fileprivate let pointer: OpaquePointer
}

/// An .xlsx workbook written through libxlsxwriter (Debian `libxlsxwriter-dev`): sheets, numbers stored as numbers,
/// strings, formats, frozen panes. The file is written by `close()`; a workbook not closed writes nothing.
public final class XLSXWorkbook {
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private let path: String

    /// The longest sheet name Excel accepts.
    public static let maximumSheetNameLength = 31

    /// Starts a workbook that `close()` will write to `path`; `created` (seconds since 1970, UTC), when not 0,
    /// is the creation date stored in the file, so that a run with `SOURCE_DATE_EPOCH` gives identical bytes.
    public init(path: String, created: Int64 = 0) throws(XLSXError) {
        guard let workbook = workbook_new(path) else { throw XLSXError("cannot create the workbook \(path)") }
        self.workbook = workbook
        self.path = path
        // A fixed creation date keeps the file's metadata independent of the run's clock.
        var properties = lxw_doc_properties()
        properties.created = time_t(created)
        workbook_set_properties(workbook, &properties)
    }

    deinit {
        // Never closed (an error on the way): libxlsxwriter frees only on close, which writes; write and delete.
        if let workbook {
            workbook_close(workbook)
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Adds a sheet; `name` must be 1 to 31 characters without `[ ] : * ? / \` and unique in the workbook.
    public func addSheet(named name: String) throws(XLSXError) -> XLSXSheet {
        guard let workbook else { throw XLSXError("the workbook is closed") }
        let check = workbook_validate_sheet_name(workbook, name)
        guard check == LXW_NO_ERROR else { throw XLSXError("sheet name '\(name)': \(String(cString: lxw_strerror(check)))") }
        guard let sheet = workbook_add_worksheet(workbook, name) else { throw XLSXError("cannot add the sheet '\(name)'") }
        return XLSXSheet(pointer: OpaquePointer(sheet))
    }

    /// A new format: bold and/or an Excel number format such as `0.000000` or `#,##0`.
    public func addFormat(bold: Bool = false, numberFormat: String? = nil, wrap: Bool = false) throws(XLSXError) -> XLSXFormat {
        guard let workbook, let format = workbook_add_format(workbook) else { throw XLSXError("cannot add a format") }
        if bold { format_set_bold(format) }
        if let numberFormat { format_set_num_format(format, numberFormat) }
        if wrap { format_set_text_wrap(format) }
        return XLSXFormat(pointer: OpaquePointer(format))
    }

    /// Writes the file and frees the workbook.
    public func close() throws(XLSXError) {
        guard let workbook else { return }
        self.workbook = nil
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else { throw XLSXError("cannot write \(path): \(String(cString: lxw_strerror(status)))") }
    }
}

/// A sheet of an `XLSXWorkbook`; rows and columns count from 0.
public struct XLSXSheet {
    fileprivate let pointer: OpaquePointer

    private var sheet: UnsafeMutablePointer<lxw_worksheet> { UnsafeMutablePointer(pointer) }

    /// Stores `value` as a number (finite values only).
    public func write(number value: Double, row: Int, column: Int, format: XLSXFormat? = nil) throws(XLSXError) {
        precondition(value.isFinite, "only finite numbers are stored")
        try check(
            worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, format.map { UnsafeMutablePointer($0.pointer) }),
            row: row, column: column)
    }

    /// Stores `text` as a string (an empty text leaves the cell empty).
    public func write(string text: String, row: Int, column: Int, format: XLSXFormat? = nil) throws(XLSXError) {
        guard !text.isEmpty else { return }
        try check(
            worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text, format.map { UnsafeMutablePointer($0.pointer) }),
            row: row, column: column)
    }

    /// Freezes the first `rows` rows and `columns` columns so that they stay visible while scrolling.
    public func freezePanes(rows: Int, columns: Int = 0) {
        worksheet_freeze_panes(sheet, lxw_row_t(rows), lxw_col_t(columns))
    }

    /// Sets the width of columns `first`…`last`, in characters.
    public func setColumnWidth(_ width: Double, first: Int, last: Int) throws(XLSXError) {
        try check(worksheet_set_column(sheet, lxw_col_t(first), lxw_col_t(last), width, nil), row: 0, column: first)
    }

    private func check(_ status: lxw_error, row: Int, column: Int) throws(XLSXError) {
        guard status == LXW_NO_ERROR else {
            throw XLSXError("cannot write row \(row + 1), column \(column + 1): \(String(cString: lxw_strerror(status)))")
        }
    }
}
