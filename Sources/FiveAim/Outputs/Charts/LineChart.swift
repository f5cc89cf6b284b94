/// Lines over ordered x categories (e.g. months), each series with its own dash and marker and its name written at its end.
public struct LineChart: SVGChart {
    /// One line.
    public struct Series: Sendable {
        /// Written at the line's last point.
        public var name: String
        /// One value per x label (nil breaks the line: not available).
        public var values: [Double?]

        /// Creates a series.
        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    /// The texts.
    public var labels: ChartLabels
    /// The x categories, in order.
    public var xLabels: [String]
    /// The lines.
    public var series: [Series]
    /// How numbers are written.
    public var format: ChartNumberFormat
    /// Total width in pixels.
    public var width: Double

    /// Creates a line chart.
    public init(labels: ChartLabels, xLabels: [String], series: [Series], format: ChartNumberFormat, width: Double = 720) {
        self.labels = labels
        self.xLabels = xLabels
        self.series = series
        self.format = format
        self.width = width
    }

    /// The SVG.
    public func svg() -> String {
        let nameWidth = Double(series.map(\.name.count).max() ?? 4) * 6.6 + 16
        let plot = PlotArea(left: 78, top: 44, width: width - 78 - nameWidth - 10, height: 240)
        var canvas = SVGCanvas(width: width, height: plot.bottom + 62)
        let values = series.flatMap { $0.values.compactMap { $0 } }
        let scale = LinearScale(domain: LinearScale.niceDomain(maximum: values.max() ?? 0), range: (plot.bottom, plot.top))
        canvas.frame(labels, plot: plot)
        canvas.valueAxis(scale, plot: plot, format: format)
        let step = plot.width / Double(max(xLabels.count, 1))
        func x(_ index: Int) -> Double { plot.left + step * (Double(index) + 0.5) }
        for (index, label) in xLabels.enumerated() {
            canvas.text(label, x: x(index), y: plot.bottom + 18, size: 11, anchor: "middle")
        }
        var lastLabelYs: [Double] = []
        for (seriesIndex, line) in series.enumerated() {
            let stroke = ChartStroke.series(seriesIndex)
            var segment: [String] = []
            func flush() {
                if segment.count > 1 {
                    let dash = stroke.dashArray.isEmpty ? "" : " stroke-dasharray=\"\(stroke.dashArray)\""
                    canvas.add(
                        "<polyline points=\"\(segment.joined(separator: " "))\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2\"\(dash)/>"
                    )
                }
                segment = []
            }
            for (index, value) in line.values.enumerated() {
                guard let value else { flush(); continue }
                segment.append("\(SVGCanvas.number(x(index))),\(SVGCanvas.number(scale(value)))")
            }
            flush()
            for (index, value) in line.values.enumerated() {
                guard let value else { continue }
                let px = SVGCanvas.number(x(index)), py = SVGCanvas.number(scale(value))
                switch seriesIndex % 3 {
                case 0: canvas.add("<circle cx=\"\(px)\" cy=\"\(py)\" r=\"3.5\" fill=\"#000000\"/>")
                case 1:
                    canvas.add(
                        "<rect x=\"\(SVGCanvas.number(x(index) - 3.5))\" y=\"\(SVGCanvas.number(scale(value) - 3.5))\" width=\"7\" height=\"7\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1.5\"/>"
                    )
                default:
                    canvas.add("<circle cx=\"\(px)\" cy=\"\(py)\" r=\"3.5\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1.5\"/>")
                }
            }
            if let last = line.values.lastIndex(where: { $0 != nil }), let value = line.values[last] {
                var y = scale(value) + 4
                while lastLabelYs.contains(where: { abs($0 - y) < 13 }) { y += 13 }
                lastLabelYs.append(y)
                canvas.text(line.name, x: x(last) + 9, y: y, size: 11, weight: "bold")
            }
        }
        return canvas.render(description: labels.description)
    }
}
