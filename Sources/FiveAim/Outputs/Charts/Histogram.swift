/// A histogram over ordered bins of unequal width drawn as adjacent columns, each with its value on top.
public struct Histogram: SVGChart {
    /// One bin: its label (e.g. `8-14`) and its value (nil: not available).
    public struct Bin: Sendable {
        /// Written under the column.
        public var label: String
        /// The height.
        public var value: Double?

        /// Creates a bin.
        public init(label: String, value: Double?) {
            self.label = label
            self.value = value
        }
    }

    /// The texts.
    public var labels: ChartLabels
    /// The bins, in order.
    public var bins: [Bin]
    /// Bins up to this index (inclusive) are drawn dark, the rest light: e.g. waits within 30 days.
    public var highlightThrough: Int?
    /// How numbers are written.
    public var format: ChartNumberFormat
    /// What a missing bin says.
    public var missingText: String
    /// Total width in pixels.
    public var width: Double

    /// Creates a histogram.
    public init(
        labels: ChartLabels, bins: [Bin], highlightThrough: Int? = nil, format: ChartNumberFormat, missingText: String = "–",
        width: Double = 720
    ) {
        self.labels = labels
        self.bins = bins
        self.highlightThrough = highlightThrough
        self.format = format
        self.missingText = missingText
        self.width = width
    }

    /// The SVG.
    public func svg() -> String {
        let plot = PlotArea(left: 70, top: 44, width: width - 100, height: 240)
        var canvas = SVGCanvas(width: width, height: plot.bottom + 62)
        let scale = LinearScale(
            domain: LinearScale.niceDomain(maximum: bins.compactMap(\.value).max() ?? 0), range: (plot.bottom, plot.top))
        canvas.frame(labels, plot: plot)
        canvas.valueAxis(scale, plot: plot, format: format)
        let columnWidth = plot.width / Double(max(bins.count, 1))
        for (index, bin) in bins.enumerated() {
            let x = plot.left + Double(index) * columnWidth
            canvas.text(bin.label, x: x + columnWidth / 2, y: plot.bottom + 18, size: 11, anchor: "middle")
            guard let value = bin.value else {
                canvas.text(missingText, x: x + columnWidth / 2, y: plot.bottom - 8, size: 11, anchor: "middle")
                continue
            }
            let fill: ChartFill = highlightThrough.map { index <= $0 ? .dark : .light } ?? .light
            canvas.rect(x: x, y: scale(value), width: columnWidth, height: plot.bottom - scale(value), fill: fill.paint)
            canvas.text(format.value(value), x: x + columnWidth / 2, y: scale(value) - 5, size: 11, anchor: "middle", weight: "bold")
        }
        return canvas.render(description: labels.description)
    }
}
