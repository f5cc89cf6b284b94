/// A chart that renders itself as a self-contained SVG document (no external fonts, images or scripts).
public protocol SVGChart: Sendable {
    /// The chart as an `<svg>` element with its own `viewBox`, readable in black and white.
    func svg() -> String
}

/// How a chart writes numbers: tick labels and direct value labels (e.g. Belgian `1 234,5`).
public struct ChartNumberFormat: Sendable {
    /// Text for an axis tick.
    public var tick: @Sendable (Double) -> String
    /// Text for a value written next to a bar or point.
    public var value: @Sendable (Double) -> String

    /// Creates a format from two closures.
    public init(tick: @escaping @Sendable (Double) -> String, value: @escaping @Sendable (Double) -> String) {
        self.tick = tick
        self.value = value
    }

    /// Plain `.`-decimal text, for tests and tools.
    public static let plain = ChartNumberFormat(tick: { DecimalText.fixed($0, decimals: 1) }, value: { DecimalText.fixed($0, decimals: 1) })
}

/// Texts every chart carries: a title, axis labels with their units, and an accessible description.
public struct ChartLabels: Sendable {
    /// Shown above the plot.
    public var title: String
    /// Under the horizontal axis, with the unit, e.g. `Days from request to first session`.
    public var xAxis: String
    /// Beside the vertical axis, with the unit, e.g. `Share of first sessions (%)`.
    public var yAxis: String
    /// A sentence read by screen readers (`aria-label`).
    public var description: String

    /// Creates chart labels.
    public init(title: String, xAxis: String, yAxis: String, description: String) {
        self.title = title
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.description = description
    }
}

/// Fills that stay distinct in black and white: grey levels, then hatching patterns.
public enum ChartFill: Int, Sendable, CaseIterable {
    case dark, light, hatched, dotted, crossed, white

    /// The SVG `fill` value.
    public var paint: String {
        switch self {
        case .dark: "#404040"
        case .light: "#bdbdbd"
        case .hatched: "url(#fa-hatch)"
        case .dotted: "url(#fa-dots)"
        case .crossed: "url(#fa-cross)"
        case .white: "#ffffff"
        }
    }

    /// Whether a label drawn on top of this fill should be white.
    public var isDark: Bool { self == .dark }

    /// The fill of series `index`, cycling.
    public static func series(_ index: Int) -> ChartFill { allCases[index % allCases.count] }
}

/// Dash patterns and point markers for line series, distinct in black and white.
public enum ChartStroke: Int, Sendable, CaseIterable {
    case solid, dashed, dotted

    /// The SVG `stroke-dasharray` value (empty for solid).
    public var dashArray: String {
        switch self {
        case .solid: ""
        case .dashed: "8 4"
        case .dotted: "2 3"
        }
    }

    /// The stroke of series `index`, cycling.
    public static func series(_ index: Int) -> ChartStroke { allCases[index % allCases.count] }
}

/// A linear map from data values to pixels, with "nice" ticks (1, 2, 2.5, 5 × 10ⁿ).
public struct LinearScale: Sendable {
    /// The data value at the start of the range.
    public var domainLow: Double
    /// The data value at the end of the range.
    public var domainHigh: Double
    /// The pixel at `domainLow`.
    public var rangeLow: Double
    /// The pixel at `domainHigh`.
    public var rangeHigh: Double

    /// Creates a scale; an empty domain is widened to one unit.
    public init(domain: ClosedRange<Double>, range: (Double, Double)) {
        domainLow = domain.lowerBound
        domainHigh = domain.upperBound > domain.lowerBound ? domain.upperBound : domain.lowerBound + 1
        rangeLow = range.0
        rangeHigh = range.1
    }

    /// The pixel of `value`.
    public func callAsFunction(_ value: Double) -> Double {
        rangeLow + (value - domainLow) / (domainHigh - domainLow) * (rangeHigh - rangeLow)
    }

    /// About `count` round tick values covering the domain.
    public func ticks(count: Int = 5) -> [Double] {
        let step = Self.niceStep((domainHigh - domainLow) / Double(max(count, 1)))
        var values: [Double] = []
        var tick = (domainLow / step).rounded(.up) * step
        while tick <= domainHigh + step * 1e-9 {
            values.append(abs(tick) < step * 1e-9 ? 0 : tick)
            tick += step
        }
        return values
    }

    /// A domain from 0 (or the minimum, when negative) to a round value at or above `maximum`.
    public static func niceDomain(minimum: Double = 0, maximum: Double, ticks: Int = 5) -> ClosedRange<Double> {
        let low = min(0, minimum)
        let high = max(maximum, low + 1e-9)
        let step = niceStep((high - low) / Double(ticks))
        return low...((high / step).rounded(.up) * step)
    }

    /// The round step (1, 2, 2.5 or 5 × 10ⁿ) at or above `raw`.
    public static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where magnitude * factor >= raw * (1 - 1e-12) { return magnitude * factor }
        return magnitude * 10
    }
}

/// Builds SVG text: escaping, the shared pattern definitions, axes, titles and a legend.
public struct SVGCanvas: Sendable {
    /// Width in user units (pixels at 100 %).
    public var width: Double
    /// Height in user units.
    public var height: Double
    /// The elements drawn so far.
    public private(set) var elements: [String] = []

    /// The font stack (DejaVu Sans ships with LibreOffice and most Linux desktops).
    public static let fontFamily = "DejaVu Sans, Verdana, Arial, sans-serif"

    /// Creates an empty canvas.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Adds raw SVG markup (already escaped).
    public mutating func add(_ element: String) { elements.append(element) }

    /// Adds text at a point; `anchor` is `start`, `middle` or `end`.
    public mutating func text(
        _ content: String, x: Double, y: Double, size: Double = 12, anchor: String = "start",
        weight: String = "normal", fill: String = "#000000", rotate: Double? = nil
    ) {
        let transform = rotate.map { " transform=\"rotate(\(Self.number($0)) \(Self.number(x)) \(Self.number(y)))\"" } ?? ""
        add(
            "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" font-size=\"\(Self.number(size))\" text-anchor=\"\(anchor)\" "
                + "font-weight=\"\(weight)\" fill=\"\(fill)\"\(transform)>\(Self.escape(content))</text>")
    }

    /// Adds a rectangle with a black outline.
    public mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String = "#000000") {
        add(
            "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(width, 0)))\" "
                + "height=\"\(Self.number(max(height, 0)))\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"0.8\"/>")
    }

    /// Adds a straight line.
    public mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#000000", width: Double = 1,
        dash: String = ""
    ) {
        let dashed = dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
        add(
            "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" "
                + "stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\"\(dashed)/>")
    }

    /// The title at the top left and the two axis labels around a plot area.
    public mutating func frame(_ labels: ChartLabels, plot: PlotArea) {
        text(labels.title, x: 8, y: 20, size: 15, weight: "bold")
        text(labels.xAxis, x: plot.left + plot.width / 2, y: height - 8, size: 12, anchor: "middle")
        text(labels.yAxis, x: 16, y: plot.top + plot.height / 2, size: 12, anchor: "middle", rotate: -90)
    }

    /// Horizontal grid lines and tick labels of a vertical value axis, with the axis line.
    public mutating func valueAxis(_ scale: LinearScale, plot: PlotArea, format: ChartNumberFormat) {
        for tick in scale.ticks() {
            let y = scale(tick)
            line(x1: plot.left, y1: y, x2: plot.right, y2: y, stroke: "#d0d0d0", width: 0.8)
            text(format.tick(tick), x: plot.left - 6, y: y + 4, size: 11, anchor: "end")
        }
        line(x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom)
        line(x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom)
    }

    /// A legend row of swatches (fills) with names, starting at `x`, `y`.
    public mutating func legend(_ entries: [(name: String, fill: ChartFill)], x: Double, y: Double) {
        var cursor = x
        for entry in entries {
            rect(x: cursor, y: y - 10, width: 14, height: 12, fill: entry.fill.paint)
            text(entry.name, x: cursor + 19, y: y, size: 11)
            cursor += 19 + Double(entry.name.count) * 6.6 + 18
        }
    }

    /// The finished `<svg>` element.
    public func render(description: String) -> String {
        let defs = """
            <defs>\
            <pattern id="fa-hatch" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffffff"/>\
            <path d="M0 6L6 0M-1 1L1 -1M5 7L7 5" stroke="#000000" stroke-width="1"/></pattern>\
            <pattern id="fa-dots" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#ffffff"/>\
            <circle cx="2.5" cy="2.5" r="1.1" fill="#000000"/></pattern>\
            <pattern id="fa-cross" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffffff"/>\
            <path d="M0 0L6 6M6 0L0 6" stroke="#000000" stroke-width="0.7"/></pattern>\
            </defs>
            """
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" "
            + "viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" role=\"img\" aria-label=\"\(Self.escape(description))\" "
            + "style=\"font-family: \(Self.fontFamily)\">"
            + defs + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>" + elements.joined() + "</svg>"
    }

    /// `value` with at most two decimals and no exponent, for coordinates.
    public static func number(_ value: Double) -> String {
        let text = DecimalText.fixed(value, decimals: 2)
        guard text.contains(".") else { return text }
        var trimmed = Substring(text)
        while trimmed.last == "0" { trimmed.removeLast() }
        if trimmed.last == "." { trimmed.removeLast() }
        return String(trimmed)
    }

    /// Text escaped for XML content and attributes (HTML too). Characters XML 1.0 forbids even as references (C0
    /// controls other than tab, LF and CR; U+FFFE, U+FFFF) are dropped: one of them would make the SVG, and the .docx
    /// rsvg-convert makes of it, fail to parse.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            if character.unicodeScalars.contains(where: {
                ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") || $0.value == 0xFFFE || $0.value == 0xFFFF
            }) {
                continue
            }
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// The rectangle where data is drawn, inside the margins for titles, ticks and labels.
public struct PlotArea: Sendable {
    /// Left edge.
    public var left: Double
    /// Top edge.
    public var top: Double
    /// Width.
    public var width: Double
    /// Height.
    public var height: Double

    /// Creates a plot area.
    public init(left: Double, top: Double, width: Double, height: Double) {
        self.left = left
        self.top = top
        self.width = width
        self.height = height
    }

    /// Right edge.
    public var right: Double { left + width }
    /// Bottom edge.
    public var bottom: Double { top + height }
}
