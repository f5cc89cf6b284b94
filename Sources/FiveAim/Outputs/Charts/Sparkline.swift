/// A word-sized line of one series over ordered periods, for small multiples in a table: no axes, a dot per value,
/// the last value filled; a missing value (nil) breaks the line. Lines of one table share `domain` so they compare.
public struct Sparkline: SVGChart {
    /// One value per period, in order.
    public var values: [Double?]
    /// The vertical domain shared by the sparklines of one table (nil: this series' own range).
    public var domain: ClosedRange<Double>?
    /// Read by screen readers (`aria-label`), e.g. `BRUMENTA: 12.1 %, 12.8 %, 13.0 %`.
    public var description: String
    /// Width in pixels.
    public var width: Double
    /// Height in pixels.
    public var height: Double

    /// Creates a sparkline.
    public init(values: [Double?], domain: ClosedRange<Double>? = nil, description: String, width: Double = 110, height: Double = 26) {
        self.values = values
        self.domain = domain
        self.description = description
        self.width = width
        self.height = height
    }

    /// The SVG (a bare `<svg>` without the chart patterns: a sparkline uses none).
    public func svg() -> String {
        let known = values.compactMap { $0 }
        let range = domain ?? ((known.min() ?? 0)...(known.max() ?? 1))
        let y = LinearScale(domain: range, range: (height - 4, 4))
        let step = values.count > 1 ? (width - 8) / Double(values.count - 1) : 0
        func x(_ index: Int) -> Double { values.count > 1 ? 4 + step * Double(index) : width / 2 }
        var parts: [String] = []
        var segment: [String] = []
        func flush() {
            if segment.count > 1 {
                parts.append(
                    "<polyline points=\"\(segment.joined(separator: " "))\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.4\"/>")
            }
            segment = []
        }
        for (index, value) in values.enumerated() {
            guard let value else { flush(); continue }
            segment.append("\(SVGCanvas.number(x(index))),\(SVGCanvas.number(y(value)))")
        }
        flush()
        let last = values.lastIndex { $0 != nil }
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            let fill = index == last ? "#000000" : "#ffffff"
            parts.append(
                "<circle cx=\"\(SVGCanvas.number(x(index)))\" cy=\"\(SVGCanvas.number(y(value)))\" r=\"2.4\" fill=\"\(fill)\" "
                    + "stroke=\"#000000\" stroke-width=\"1\"/>")
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(SVGCanvas.number(width))\" height=\"\(SVGCanvas.number(height))\" "
            + "viewBox=\"0 0 \(SVGCanvas.number(width)) \(SVGCanvas.number(height))\" role=\"img\" aria-label=\"\(SVGCanvas.escape(description))\">"
            + parts.joined() + "</svg>"
    }
}
