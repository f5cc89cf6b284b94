import Foundation
import ZIPFoundation

/// The Word draft's page layout, applied around pandoc: charts without their drawn title (the Word caption carries
/// it), table column widths that keep every figure on one line, and a finishing pass over the .docx pandoc wrote (a
/// filled table of contents that updates itself when the file is opened, figure captions above their figure).
enum DocxLayout {
    // MARK: Charts

    /// The chart's SVG without its drawn title (the first text, bold at the top left, when it reads `title`), and the
    /// band that held it cut off: in Word the caption above the image names the chart, once.
    static func chartWithoutTitle(_ svg: String, title: String) -> String {
        let element = "<text x=\"8\" y=\"20\" font-size=\"15\" text-anchor=\"start\" font-weight=\"bold\" fill=\"#000000\">"
        let drawn = element + SVGCanvas.escape(title) + "</text>"
        guard let range = svg.range(of: drawn) else { return svg }
        var result = svg.replacingCharacters(in: range, with: "")
        // Legends and labels start at y 24 or lower; keep 6 units above them.
        let band = 18.0
        let pattern = #"height="([0-9.]+)" viewBox="0 0 ([0-9.]+) ([0-9.]+)""#
        guard let header = result.range(of: pattern, options: .regularExpression) else { return svg }
        // `height="H" viewBox="0 0 W H"`: the view box's width and height.
        let box = result[header].split(separator: "\"")[3].split(separator: " ").compactMap { Double($0) }
        guard box.count == 4, box[3] > band * 4 else { return svg }
        let height = SVGCanvas.number(box[3] - band), width = SVGCanvas.number(box[2])
        result.replaceSubrange(
            header, with: "height=\"\(height)\" viewBox=\"0 \(SVGCanvas.number(band)) \(width) \(height)\"")
        return result
    }

    // MARK: Tables

    /// The text width of an A4 page with 2 cm margins (reference.docx), in points.
    static let textWidth = 481.9
    /// The table cells' font size (the Compact style), in points.
    static let cellFontSize = 9.0
    /// Each column's left and right cell margins (72 twips each in reference.docx) and its border, in points.
    static let cellPadding = 7.7
    /// The number of dashes the alignment row of a fitted table shares out.
    static let dashes = 160

    /// `markdown` with the alignment row of every pipe table rewritten so that pandoc's relative column widths fit the
    /// content: an amount, a rate or an interval never breaks across lines, nor does a word of a header; the columns
    /// of text take the rest of the page width.
    static func fittingTables(_ markdown: String) -> String {
        var lines = markdown.components(separatedBy: "\n")
        var index = 1
        while index < lines.count {
            guard lines[index - 1].hasPrefix("|"), let alignments = alignmentRow(lines[index]) else {
                index += 1
                continue
            }
            let header = cells(lines[index - 1])
            var rows: [[String]] = []
            var next = index + 1
            while next < lines.count, lines[next].hasPrefix("|") {
                // An interval breaks after its dash, never before.
                lines[next] = lines[next].replacingOccurrences(of: " – ", with: "\u{A0}– ")
                rows.append(cells(lines[next]))
                next += 1
            }
            if header.count == alignments.count {
                let widths = columnWidths(
                    header: header, rows: rows, numeric: alignments.map { $0.hasSuffix(":") && !$0.hasPrefix(":") },
                    available: textWidth)
                lines[index] = alignmentRow(widths: widths, numeric: alignments.map { $0.hasSuffix(":") && !$0.hasPrefix(":") })
            }
            index = next + 1
        }
        return lines.joined(separator: "\n")
    }

    /// The column widths (points) for `available`, in order of priority: every column at least its longest
    /// unbreakable word; every figure of the numeric columns whole (an interval may break after its dash; the text from
    /// ` (` on is a note that may wrap); each column of text a readable width (a quarter of the page, or its widest
    /// line when narrower); intervals whole too; then the space left shared towards each column's widest single-line
    /// cell, as a browser lays out an automatic table. Between two levels that do not both fit, every column gets the
    /// same share of its step.
    static func columnWidths(header: [String], rows: [[String]], numeric: [Bool], available: Double) -> [Double] {
        let count = header.count
        var words = [Double](repeating: 0, count: count), bounds = words, figures = words, lines = words
        for column in 0..<count {
            let label = plain(header[column])
            words[column] = label.split(separator: " ").map { textWidth(String($0), bold: true) }.max() ?? 0
            lines[column] = textWidth(label, bold: true)
            for row in rows where column < row.count {
                let cell = plain(row[column])
                words[column] = max(words[column], cell.split(separator: " ").map { textWidth(String($0)) }.max() ?? 0)
                lines[column] = max(lines[column], textWidth(cell))
                guard numeric[column] else { continue }
                let figure = cell.components(separatedBy: " (").first ?? cell
                figures[column] = max(figures[column], textWidth(figure))
                let halves = figure.components(separatedBy: "\u{A0}– ")
                bounds[column] = max(
                    bounds[column],
                    halves.enumerated().map { textWidth($1 + ($0 + 1 < halves.count ? "\u{A0}–" : "")) }.max() ?? 0)
            }
        }
        let readable = available / 4
        let levels: [[Double]] = [
            words,
            (0..<count).map { max(words[$0], bounds[$0]) },
            (0..<count).map { max(words[$0], numeric[$0] ? bounds[$0] : min(lines[$0], readable)) },
            (0..<count).map { max(words[$0], numeric[$0] ? figures[$0] : min(lines[$0], readable)) },
            (0..<count).map { max(words[$0], figures[$0], lines[$0]) },
        ].map { $0.map { $0 + cellPadding } }
        let totals = levels.map { $0.reduce(0, +) }
        if totals[0] >= available { return levels[0].map { $0 * available / totals[0] } }
        guard let last = totals.lastIndex(where: { $0 <= available }), last + 1 < levels.count else {
            return levels[levels.count - 1].map { $0 * available / totals[levels.count - 1] }
        }
        let share = (available - totals[last]) / (totals[last + 1] - totals[last])
        return (0..<count).map { levels[last][$0] + (levels[last + 1][$0] - levels[last][$0]) * share }
    }

    /// The width of `text` in points at the cells' size, from DejaVu Serif's advance widths (LibreOffice's stand-in for
    /// Cambria, and wider than it, so that Word's layout fits too).
    static func textWidth(_ text: String, bold: Bool = false) -> Double {
        var ems = 0.0
        for character in text {
            switch character {
            case "0"..."9", "€", "$", "#", "+", "=", "<", ">", "~": ems += 0.636
            case " ", "\u{A0}", "\u{202F}", ",", ".", ":", ";", "'", "’", "(", ")", "[", "]", "|", "/", "!": ems += 0.33
            case "i", "j", "l", "f", "t", "r", "I", "J", "1": ems += 0.4
            case "%": ems += 0.95
            case "m", "w", "M", "W", "—", "…": ems += 0.95
            case "–", "-": ems += 0.5
            case "≤", "≥", "±", "×", "÷": ems += 0.84
            default: ems += character.isUppercase ? 0.74 : 0.6
            }
        }
        // 6 % and a point of margin: the estimate must not fall short of the drawn text, or the figure wraps.
        return ems * cellFontSize * (bold ? 1.1 : 1) * 1.06 + 1
    }

    /// The alignment row of a pipe table, or nil when `line` is not one.
    private static func alignmentRow(_ line: String) -> [String]? {
        guard line.hasPrefix("|"), line.hasSuffix("|"), line.count > 2 else { return nil }
        let parts = line.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ":-".contains($0) } && $0.contains("-") }) else { return nil }
        return parts
    }

    private static func alignmentRow(widths: [Double], numeric: [Bool]) -> String {
        let total = widths.reduce(0, +)
        let cells = zip(widths, numeric).map { width, numeric in
            let length = max(3, Int((width / total * Double(dashes)).rounded()))
            return numeric ? String(repeating: "-", count: length) + ":" : ":" + String(repeating: "-", count: length)
        }
        return "|" + cells.joined(separator: "|") + "|"
    }

    /// The cells of a pipe table row; `\|` is a pipe inside a cell.
    private static func cells(_ line: String) -> [String] {
        var result: [String] = [], current = "", escaped = false
        for character in line.dropFirst() {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "|" {
                result.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        return result
    }

    /// A cell as shown: Markdown escapes and emphasis marks removed.
    private static func plain(_ cell: String) -> String {
        var result = "", escaped = false
        for character in cell {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character != "*" {
                result.append(character)
            }
        }
        return result
    }

    // MARK: Finishing the .docx

    /// Copies the .docx at `source` to `output`, with `settings.xml` asking the word processor to update the fields
    /// (the table of contents) when the file is opened, and `document.xml` finished by `finishing(document:)`.
    static func finish(_ source: String, to output: String) throws {
        let input = try Archive(url: URL(fileURLWithPath: source), accessMode: .read)
        try? FileManager.default.removeItem(atPath: output)
        let result = try Archive(url: URL(fileURLWithPath: output), accessMode: .create)
        for entry in input {
            var data = Data()
            _ = try input.extract(entry) { data.append($0) }
            switch entry.path {
            case "word/settings.xml": data = Data(updatingFields(String(decoding: data, as: UTF8.self)).utf8)
            case "word/document.xml": data = Data(finishing(document: String(decoding: data, as: UTF8.self)).utf8)
            default: break
            }
            let date = entry.fileAttributes[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 1_767_225_600)
            let bytes = data
            try result.addEntry(
                with: entry.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// `settings` with `<w:updateFields w:val="true"/>`, in its place in the schema's order (before the footnote
    /// properties), so that Word fills the table of contents and its page numbers when the file is opened.
    static func updatingFields(_ settings: String) -> String {
        guard !settings.contains("<w:updateFields") else { return settings }
        let field = "<w:updateFields w:val=\"true\" />"
        for anchor in ["<w:hdrShapeDefaults", "<w:footnotePr", "<w:endnotePr", "<w:compat", "<w:rsids", "</w:settings>"] {
            if let range = settings.range(of: anchor) { return settings.replacingCharacters(in: range, with: field + anchor) }
        }
        return settings
    }

    /// `document` with the table of contents filled with the level 1 and 2 headings (linked, without page numbers,
    /// which Word adds when it updates the field; LibreOffice shows the entries as they are), and every figure's
    /// caption moved above the figure, like the tables' captions, so that a figure followed by its table reads as two
    /// titled blocks rather than two captions in a row.
    static func finishing(document: String) -> String {
        captionsAboveFigures(filledContents(document))
    }

    private static func filledContents(_ document: String) -> String {
        let field = "<w:fldChar w:fldCharType=\"separate\" /><w:fldChar w:fldCharType=\"end\" /></w:r></w:p>"
        guard let toc = document.range(of: "TOC \\o"), let empty = document.range(of: field, range: toc.upperBound..<document.endIndex)
        else { return document }
        let heading = try! NSRegularExpression(
            pattern: #"<w:bookmarkStart w:id="[0-9]+" w:name="([^"]+)" /><w:p><w:pPr><w:pStyle w:val="Heading([12])" />.*?</w:p>"#,
            options: [.dotMatchesLineSeparators])
        var entries = ""
        let text = document as NSString
        for match in heading.matches(in: document, range: NSRange(location: 0, length: text.length)) {
            let anchor = text.substring(with: match.range(at: 1)), level = text.substring(with: match.range(at: 2))
            let paragraph = text.substring(with: match.range)
            let runs = paragraph.components(separatedBy: "<w:t xml:space=\"preserve\">").dropFirst()
                .compactMap { $0.components(separatedBy: "</w:t>").first }.joined()
            entries +=
                "<w:p><w:pPr><w:pStyle w:val=\"TOC\(level)\" /></w:pPr>"
                + "<w:hyperlink w:anchor=\"\(anchor)\" w:history=\"1\"><w:r><w:t xml:space=\"preserve\">\(runs)</w:t></w:r></w:hyperlink></w:p>"
        }
        guard !entries.isEmpty else { return document }
        return document.replacingCharacters(
            in: empty,
            with: "<w:fldChar w:fldCharType=\"separate\" /></w:r></w:p>" + entries
                + "<w:p><w:r><w:fldChar w:fldCharType=\"end\" /></w:r></w:p>")
    }

    private static func captionsAboveFigures(_ document: String) -> String {
        let figure = try! NSRegularExpression(
            pattern:
                #"(<w:p><w:pPr><w:pStyle w:val="CaptionedFigure" />.*?</w:p>)(<w:p><w:pPr><w:pStyle w:val="ImageCaption" />.*?</w:p>)"#,
            options: [.dotMatchesLineSeparators])
        return figure.stringByReplacingMatches(
            in: document, range: NSRange(location: 0, length: (document as NSString).length), withTemplate: "$2$1")
    }
}
