/// Horizontal bars, one per category, each with its value written at its end; optional reference line (a ceiling, a target).
public struct BarChart: SVGChart {
    /// One bar: its category label and its value (nil: not available, drawn as a labelled gap, never as 0).
    public struct Bar: Sendable {
        /// The category, written left of the bar.
        public var label: String
        /// The value, or nil when not available.
        public var value: Double?
        /// What to write instead of a value when it is nil (e.g. `not available`).
        public var missingText: String

        /// Creates a bar.
        public init(label: String, value: Double?, missingText: String = "–") {
            self.label = label
            self.value = value
            self.missingText = missingText
        }
    }

    /// A vertical line across the bars at `value`, named by `label` (e.g. the 45 % ceiling).
    public struct ReferenceLine: Sendable {
        /// Where it is drawn.
        public var value: Double
        /// What it is.
        public var label: String

        /// Creates a reference line.
        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// The texts.
    public var labels: ChartLabels
    /// The bars, top to bottom.
    public var bars: [Bar]
    /// An optional reference line.
    public var reference: ReferenceLine?
    /// How numbers are written.
    public var format: ChartNumberFormat
    /// Total width in pixels.
    public var width: Double

    /// Creates a bar chart.
    public init(labels: ChartLabels, bars: [Bar], reference: ReferenceLine? = nil, format: ChartNumberFormat, width: Double = 720) {
        self.labels = labels
        self.bars = bars
        self.reference = reference
        self.format = format
        self.width = width
    }

    /// The SVG.
    public func svg() -> String {
        let labelWidth = min(400, Double(bars.map(\.label.count).max() ?? 10) * 7.0 + 16)
        let barHeight = 24.0, gap = 10.0
        let plot = PlotArea(
            left: labelWidth + 34, top: reference == nil ? 40 : 58, width: width - labelWidth - 34 - 90,
            height: Double(bars.count) * (barHeight + gap) + gap)
        var canvas = SVGCanvas(width: width, height: plot.bottom + 48)
        let maximum = max(bars.compactMap(\.value).max() ?? 0, reference?.value ?? 0)
        let scale = LinearScale(
            domain: LinearScale.niceDomain(minimum: bars.compactMap(\.value).min() ?? 0, maximum: maximum),
            range: (plot.left, plot.right))
        canvas.text(labels.title, x: 8, y: 20, size: 15, weight: "bold")
        canvas.text(labels.xAxis, x: plot.left + plot.width / 2, y: canvas.height - 8, size: 12, anchor: "middle")
        canvas.text(labels.yAxis, x: 8, y: plot.top - 8, size: 12)
        for tick in scale.ticks() {
            let x = scale(tick)
            canvas.line(x1: x, y1: plot.top, x2: x, y2: plot.bottom, stroke: "#d0d0d0", width: 0.8)
            canvas.text(format.tick(tick), x: x, y: plot.bottom + 16, size: 11, anchor: "middle")
        }
        canvas.line(x1: scale(0), y1: plot.top, x2: scale(0), y2: plot.bottom)
        canvas.line(x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom)
        for (index, bar) in bars.enumerated() {
            let y = plot.top + gap + Double(index) * (barHeight + gap)
            canvas.text(bar.label, x: plot.left - 8, y: y + barHeight / 2 + 4, size: 11, anchor: "end")
            guard let value = bar.value else {
                canvas.text(bar.missingText, x: scale(0) + 6, y: y + barHeight / 2 + 4, size: 11, fill: "#000000")
                continue
            }
            let x0 = scale(min(0, value)), x1 = scale(max(0, value))
            canvas.rect(x: x0, y: y, width: x1 - x0, height: barHeight, fill: ChartFill.series(index % 2).paint)
            canvas.text(format.value(value), x: x1 + 5, y: y + barHeight / 2 + 4, size: 11, weight: "bold")
        }
        if let reference {
            let x = scale(reference.value)
            canvas.line(x1: x, y1: plot.top - 6, x2: x, y2: plot.bottom, width: 2, dash: "6 3")
            canvas.text(reference.label, x: x, y: plot.top - 10, size: 11, anchor: "middle", weight: "bold")
        }
        return canvas.render(description: labels.description)
    }
}
