/// Horizontal stacked bars: one bar per category split into series (e.g. individual sessions and group participations per function).
public struct StackedBarChart: SVGChart {
    /// One category's bar.
    public struct Category: Sendable {
        /// Written left of the bar.
        public var label: String
        /// One value per series (nil: not available; the bar then says so instead of showing 0).
        public var values: [Double?]

        /// Creates a category.
        public init(label: String, values: [Double?]) {
            self.label = label
            self.values = values
        }
    }

    /// The texts.
    public var labels: ChartLabels
    /// The series names, in stacking order (left to right), shown in the legend.
    public var series: [String]
    /// The bars, top to bottom.
    public var categories: [Category]
    /// Whether each bar is scaled to 100 % (segments then show shares).
    public var normalized: Bool
    /// How numbers are written (segment labels show the value, or the share when normalized).
    public var format: ChartNumberFormat
    /// What a bar with a missing value says.
    public var missingText: String
    /// Total width in pixels.
    public var width: Double

    /// Creates a stacked bar chart.
    public init(
        labels: ChartLabels, series: [String], categories: [Category], normalized: Bool, format: ChartNumberFormat,
        missingText: String = "–", width: Double = 720
    ) {
        self.labels = labels
        self.series = series
        self.categories = categories
        self.normalized = normalized
        self.format = format
        self.missingText = missingText
        self.width = width
    }

    /// The SVG.
    public func svg() -> String {
        let labelWidth = min(360, Double(categories.map(\.label.count).max() ?? 10) * 7.0 + 16)
        let barHeight = 30.0, gap = 14.0
        let plot = PlotArea(
            left: labelWidth + 24, top: 62, width: width - labelWidth - 24 - 30,
            height: Double(categories.count) * (barHeight + gap) + gap)
        var canvas = SVGCanvas(width: width, height: plot.bottom + 48)
        let totals = categories.map { $0.values.contains(where: { $0 == nil }) ? nil : $0.values.reduce(0) { $0 + ($1 ?? 0) } }
        let maximum = normalized ? 100 : (totals.compactMap { $0 }.max() ?? 0)
        let scale = LinearScale(domain: normalized ? 0...100 : LinearScale.niceDomain(maximum: maximum), range: (plot.left, plot.right))
        canvas.text(labels.title, x: 8, y: 20, size: 15, weight: "bold")
        canvas.legend(series.enumerated().map { ($0.element, ChartFill.series($0.offset)) }, x: plot.left, y: 44)
        canvas.text(labels.xAxis, x: plot.left + plot.width / 2, y: canvas.height - 8, size: 12, anchor: "middle")
        for tick in scale.ticks() {
            let x = scale(tick)
            canvas.line(x1: x, y1: plot.top, x2: x, y2: plot.bottom, stroke: "#d0d0d0", width: 0.8)
            canvas.text(format.tick(tick), x: x, y: plot.bottom + 16, size: 11, anchor: "middle")
        }
        canvas.line(x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom)
        canvas.line(x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom)
        for (index, category) in categories.enumerated() {
            let y = plot.top + gap + Double(index) * (barHeight + gap)
            canvas.text(category.label, x: plot.left - 8, y: y + barHeight / 2 + 4, size: 11, anchor: "end")
            guard let total = totals[index] else {
                canvas.text(missingText, x: plot.left + 6, y: y + barHeight / 2 + 4, size: 11)
                continue
            }
            var cursor = 0.0
            for (seriesIndex, raw) in category.values.enumerated() {
                let value = raw ?? 0
                guard value > 0 else { continue }
                let shown = normalized ? (total > 0 ? value / total * 100 : 0) : value
                let x0 = scale(cursor), x1 = scale(cursor + shown)
                let fill = ChartFill.series(seriesIndex)
                canvas.rect(x: x0, y: y, width: x1 - x0, height: barHeight, fill: fill.paint)
                let text = format.value(shown)
                if x1 - x0 > Double(text.count) * 7 + 6 {
                    // A white box keeps the label readable on hatching.
                    let boxWidth = Double(text.count) * 6.8 + 6
                    if fill.isDark {
                        canvas.text(
                            text, x: (x0 + x1) / 2, y: y + barHeight / 2 + 4, size: 11, anchor: "middle", weight: "bold", fill: "#ffffff")
                    } else {
                        canvas.rect(
                            x: (x0 + x1) / 2 - boxWidth / 2, y: y + barHeight / 2 - 8, width: boxWidth, height: 16, fill: "#ffffff",
                            stroke: "none")
                        canvas.text(text, x: (x0 + x1) / 2, y: y + barHeight / 2 + 4, size: 11, anchor: "middle", weight: "bold")
                    }
                }
                cursor += shown
            }
        }
        return canvas.render(description: labels.description)
    }
}
