/// A funnel plot: each unit a labelled point (value against denominator), the target line and two pairs of control
/// limits drawn as curves over the denominator; readable in black and white (line styles, filled and open markers).
public struct FunnelPlot: SVGChart {
    /// One unit (a network): its label, denominator and value, and whether it lies beyond the outer limits.
    public struct Point: Sendable {
        /// Written beside the point.
        public var label: String
        /// The horizontal position.
        public var denominator: Double
        /// The vertical position.
        public var value: Double
        /// Beyond the outer limits: drawn as a filled, larger marker with a bold label.
        public var outside: Bool

        /// Creates a point.
        public init(label: String, denominator: Double, value: Double, outside: Bool) {
            self.label = label
            self.denominator = denominator
            self.value = value
            self.outside = outside
        }
    }

    /// The limits at one denominator, to draw the curves through.
    public struct LimitSample: Sendable {
        /// The denominator.
        public var denominator: Double
        /// Lower and upper inner limits (95 %).
        public var inner: (low: Double, high: Double)
        /// Lower and upper outer limits (99.8 %).
        public var outer: (low: Double, high: Double)

        /// Creates a sample.
        public init(denominator: Double, inner: (low: Double, high: Double), outer: (low: Double, high: Double)) {
            self.denominator = denominator
            self.inner = inner
            self.outer = outer
        }
    }

    /// Names of the lines and markers in the legend.
    public struct Legend: Sendable {
        /// The target line.
        public var target: String
        /// The inner limits.
        public var inner: String
        /// The outer limits.
        public var outer: String
        /// The marker of a unit beyond the outer limits.
        public var outside: String

        /// Creates the legend texts.
        public init(target: String, inner: String, outer: String, outside: String) {
            self.target = target
            self.inner = inner
            self.outer = outer
            self.outside = outside
        }
    }

    /// Unique within the page (letters, digits, `-`, `_`): names the plot's clipping path.
    public var identifier: String
    /// The texts.
    public var labels: ChartLabels
    /// The units.
    public var points: [Point]
    /// The target (centre line).
    public var target: Double
    /// Limit samples, ascending denominators (the curves are drawn through them, clipped to the plot).
    public var limits: [LimitSample]
    /// The legend texts.
    public var legend: Legend
    /// How the vertical axis and values are written; the horizontal axis uses `denominatorFormat`.
    public var format: ChartNumberFormat
    /// How the denominators on the horizontal axis are written.
    public var denominatorFormat: @Sendable (Double) -> String
    /// The values the vertical axis never goes beyond (e.g. 0…1 for shares); nil: no bound.
    public var bounds: ClosedRange<Double>?
    /// Total width in pixels.
    public var width: Double
    /// Plot height in pixels.
    public var plotHeight: Double

    /// Creates a funnel plot.
    public init(
        identifier: String, labels: ChartLabels, points: [Point], target: Double, limits: [LimitSample], legend: Legend,
        format: ChartNumberFormat,
        denominatorFormat: @escaping @Sendable (Double) -> String, bounds: ClosedRange<Double>? = nil, width: Double = 900,
        plotHeight: Double = 360
    ) {
        self.bounds = bounds
        self.identifier = identifier
        self.labels = labels
        self.points = points
        self.target = target
        self.limits = limits
        self.legend = legend
        self.format = format
        self.denominatorFormat = denominatorFormat
        self.width = width
        self.plotHeight = plotHeight
    }

    /// The vertical domain: every point, the target and the outer limits from the smallest unit on, padded and rounded to ticks.
    func valueDomain() -> ClosedRange<Double> {
        let smallest = points.map(\.denominator).min() ?? 0
        let visibleLimits = limits.filter { $0.denominator >= smallest }
        var values = points.map(\.value) + [target]
        values += visibleLimits.flatMap { [$0.outer.low, $0.outer.high] }
        let low = values.min() ?? 0, high = values.max() ?? 1
        let pad = max((high - low) * 0.06, 1e-6)
        let step = LinearScale.niceStep((high - low + 2 * pad) / 8)
        var bottom = ((low - pad) / step).rounded(.down) * step, top = ((high + pad) / step).rounded(.up) * step
        if let bounds {
            bottom = max(bottom, bounds.lowerBound)
            top = min(top, bounds.upperBound)
        }
        return bottom...max(top, bottom + step)
    }

    /// The SVG.
    public func svg() -> String {
        let plot = PlotArea(left: 78, top: 62, width: width - 78 - 24, height: plotHeight)
        var canvas = SVGCanvas(width: width, height: plot.bottom + 46)
        let maxDenominator = max(points.map(\.denominator).max() ?? 1, 1)
        let x = LinearScale(domain: LinearScale.niceDomain(maximum: maxDenominator * 1.04), range: (plot.left, plot.right))
        let y = LinearScale(domain: valueDomain(), range: (plot.bottom, plot.top))
        canvas.frame(labels, plot: plot)
        canvas.valueAxis(y, plot: plot, format: format)
        for tick in x.ticks() {
            canvas.line(x1: x(tick), y1: plot.bottom, x2: x(tick), y2: plot.bottom + 5)
            canvas.text(denominatorFormat(tick), x: x(tick), y: plot.bottom + 18, size: 11, anchor: "middle")
        }
        let clip = "fa-clip-" + identifier
        canvas.add(
            "<clipPath id=\"\(clip)\"><rect x=\"\(SVGCanvas.number(plot.left))\" y=\"\(SVGCanvas.number(plot.top))\" "
                + "width=\"\(SVGCanvas.number(plot.width))\" height=\"\(SVGCanvas.number(plot.height))\"/></clipPath>")
        func curve(_ value: (LimitSample) -> Double, dash: String, width: Double) {
            let path = limits.map { "\(SVGCanvas.number(x($0.denominator))),\(SVGCanvas.number(y(value($0))))" }
            guard path.count > 1 else { return }
            let dashed = dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
            canvas.add(
                "<polyline clip-path=\"url(#\(clip))\" points=\"\(path.joined(separator: " "))\" fill=\"none\" stroke=\"#000000\" "
                    + "stroke-width=\"\(SVGCanvas.number(width))\"\(dashed)/>")
        }
        curve({ $0.outer.low }, dash: Self.outerDash, width: 1.6)
        curve({ $0.outer.high }, dash: Self.outerDash, width: 1.6)
        curve({ $0.inner.low }, dash: Self.innerDash, width: 1.2)
        curve({ $0.inner.high }, dash: Self.innerDash, width: 1.2)
        canvas.line(x1: plot.left, y1: y(target), x2: plot.right, y2: y(target), stroke: "#000000", width: 1.6)

        // Points, then labels placed where they overlap neither another label nor a point; a label set away from its
        // point gets a thin leader line.
        var taken: [(x: Double, y: Double, w: Double, h: Double)] = points.map { (x($0.denominator) - 5, y($0.value) - 5, 10, 10) }
        for point in points.sorted(by: { ($0.outside ? 0 : 1, $0.label) < ($1.outside ? 0 : 1, $1.label) }) {
            let px = x(point.denominator), py = y(point.value)
            if point.outside {
                canvas.add("<circle cx=\"\(SVGCanvas.number(px))\" cy=\"\(SVGCanvas.number(py))\" r=\"5.5\" fill=\"#000000\"/>")
            } else {
                canvas.add(
                    "<circle cx=\"\(SVGCanvas.number(px))\" cy=\"\(SVGCanvas.number(py))\" r=\"4\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1.5\"/>"
                )
            }
            let size = point.outside ? 11.5 : 10.0
            let textWidth = Double(point.label.count) * size * 0.62, textHeight = size + 2
            var candidates: [(dx: Double, dy: Double, anchor: String)] = [(8, 4, "start"), (-8, 4, "end")]
            for distance in [16.0, 28, 40, 54] {
                candidates += [
                    (distance * 0.6, -distance, "start"), (distance * 0.6, distance + 8, "start"),
                    (-distance * 0.6, -distance, "end"), (-distance * 0.6, distance + 8, "end"),
                    (distance + 8, 4, "start"), (-distance - 8, 4, "end"),
                ]
            }
            func box(_ candidate: (dx: Double, dy: Double, anchor: String)) -> (x: Double, y: Double, w: Double, h: Double) {
                let left =
                    candidate.anchor == "start"
                    ? px + candidate.dx
                    : candidate.anchor == "end"
                        ? px + candidate.dx - textWidth
                        : px - textWidth / 2
                return (left - 1, py + candidate.dy - size, textWidth + 2, textHeight)
            }
            func free(_ b: (x: Double, y: Double, w: Double, h: Double)) -> Bool {
                guard b.x >= plot.left + 2, b.x + b.w <= plot.right + 20, b.y >= plot.top, b.y + b.h <= plot.bottom - 2 else {
                    return false
                }
                return !taken.contains { b.x < $0.x + $0.w && $0.x < b.x + b.w && b.y < $0.y + $0.h && $0.y < b.y + b.h }
            }
            let index = candidates.firstIndex { free(box($0)) } ?? 0
            let chosen = candidates[index]
            taken.append(box(chosen))
            if index >= 2 {
                let labelX = px + chosen.dx
                let labelY = py + chosen.dy - size * 0.35
                let length = ((labelX - px) * (labelX - px) + (labelY - py) * (labelY - py)).squareRoot()
                let start = 5.5 / max(length, 1)
                canvas.line(
                    x1: px + (labelX - px) * start, y1: py + (labelY - py) * start, x2: labelX, y2: labelY, stroke: "#606060",
                    width: 0.7)
            }
            canvas.text(
                point.label, x: px + chosen.dx, y: py + chosen.dy, size: size, anchor: chosen.anchor,
                weight: point.outside ? "bold" : "normal")
        }

        // Legend, between the title and the plot: line styles.
        let legendY = plot.top - 14
        var cursor = plot.left
        func legendLine(_ name: String, dash: String, width: Double) {
            let dashed = dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
            canvas.add(
                "<line x1=\"\(SVGCanvas.number(cursor))\" y1=\"\(SVGCanvas.number(legendY - 4))\" x2=\"\(SVGCanvas.number(cursor + 30))\" "
                    + "y2=\"\(SVGCanvas.number(legendY - 4))\" stroke=\"#000000\" stroke-width=\"\(SVGCanvas.number(width))\"\(dashed)/>")
            canvas.text(name, x: cursor + 36, y: legendY, size: 11)
            cursor += 36 + Double(name.count) * 6.6 + 22
        }
        legendLine(legend.target, dash: "", width: 1.6)
        legendLine(legend.inner, dash: Self.innerDash, width: 1.2)
        legendLine(legend.outer, dash: Self.outerDash, width: 1.6)
        canvas.add("<circle cx=\"\(SVGCanvas.number(cursor + 5))\" cy=\"\(SVGCanvas.number(legendY - 4))\" r=\"5\" fill=\"#000000\"/>")
        canvas.text(legend.outside, x: cursor + 15, y: legendY, size: 11)
        return canvas.render(description: labels.description)
    }

    /// The dash of the inner (95 %) limits.
    public static let innerDash = "7 4"
    /// The dash of the outer (99.8 %) limits.
    public static let outerDash = "2 3"
}
