import Benchmark
import FiveAim
import FiveAimCSV
import FiveAimDemo
import Foundation

/// Where the benchmark inputs are generated (large, not committed).
private let workFolder = ProcessInfo.processInfo.environment["FIVEAIM_BENCH_DIR"] ?? NSTemporaryDirectory() + "fiveaim-bench"

/// The project's `Indicators/` folder.
private let catalog: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path + "/Indicators"
}()

/// The month the demo stops at, fixed so that the data never changes with the date of the run.
private let until = YearMonth(year: 2026, month: 10)

/// The run month the demo is read at (the month after `until`).
private let runMonth = YearMonth(year: 2026, month: 11)

/// The demo dataset at `scale`, generated once into the work folder and reused when present.
private func demoFolder(scale: Int) throws -> String {
    let folder = workFolder + "/demo-scale\(scale)-until\(until)"
    if FileManager.default.fileExists(atPath: folder + "/waits.csv") { return folder }  // the writer swaps the folder in whole
    try FileManager.default.createDirectory(atPath: workFolder, withIntermediateDirectories: true)
    let reference = try ReferenceLoader.load(catalog: catalog)
    _ = try DemoDataset.write(to: folder, reference: reference, options: DemoOptions(until: until, scale: scale))
    return folder
}

/// The CSV files of a dataset folder, sorted.
private func csvFiles(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }.sorted().map { folder + "/" + $0 }
}

/// Total size of `files` in bytes.
private func byteCount(_ files: [String]) throws -> Int {
    try files.reduce(0) { $0 + ((try FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        maxDuration: .seconds(30), maxIterations: 10)
    let rowsPerSecond = BenchmarkMetric.custom("rows/s", polarity: .prefersLarger, useScalingFactor: false)
    let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)

    Benchmark(
        "CSV reader: every file of the scale-1 demo, fields counted",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal, megabytesPerSecond])
    ) { benchmark in
        let files = try csvFiles(in: try demoFolder(scale: 1))
        let bytes = try byteCount(files)
        var fields = 0
        let clock = ContinuousClock()
        let start = clock.now
        benchmark.startMeasurement()
        for file in files { try CSVReader(path: file).forEachRecord { fields += $0.count } }
        benchmark.stopMeasurement()
        let elapsed = start.duration(to: clock.now)
        blackHole(fields)
        benchmark.measurement(megabytesPerSecond, Int(Double(bytes) / 1e6 / seconds(elapsed)))
    }

    Benchmark(
        "Decode and validate: the scale-1 demo into a Dataset",
        configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal, rowsPerSecond])
    ) { benchmark in
        let folder = try demoFolder(scale: 1)
        let reference = try ReferenceLoader.load(catalog: catalog)
        let options = DatasetReadOptions(problemLimit: 1, runMonth: runMonth)
        let clock = ContinuousClock()
        let start = clock.now
        benchmark.startMeasurement()
        let dataset = try DatasetReader.read(directory: folder, reference: reference, options: options)
        benchmark.stopMeasurement()
        let elapsed = start.duration(to: clock.now)
        let rows = dataset.sources.reduce(0) { $0 + $1.rows }
        benchmark.measurement(rowsPerSecond, Int(Double(rows) / seconds(elapsed)))
    }

    Benchmark(
        "Engine: every indicator, every network and BE, every year of the scale-1 demo",
        configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResidentDelta, .mallocCountTotal])
    ) { benchmark in
        let folder = try demoFolder(scale: 1)
        let reference = try ReferenceLoader.load(catalog: catalog)
        let dataset = try DatasetReader.read(
            directory: folder, reference: reference, options: DatasetReadOptions(problemLimit: 1, runMonth: runMonth))
        let catalogue = try CatalogueLoader.load(folder: catalog, reference: reference)
        let request = IndicatorRequest(periods: ReportPeriod.yearsPresent(in: dataset))
        benchmark.startMeasurement()
        let report = IndicatorEngine(catalogue: catalogue).report(dataset, request: request)
        benchmark.stopMeasurement()
        blackHole(report.results.count)
    }

    // Disclosure control of a table extract against the number of networks (issue 15: the former complementary
    // suppression took 179 s for the waits table of 10 000 networks and 163 s for the activity table of 3 000).
    for networks in [1_000, 3_000, 10_000] {
        Benchmark(
            "Disclosure: waits-shaped table of \(networks) networks (network × 11 quarters × 2 functions by 7 buckets)",
            configuration: .init(metrics: [.wallClock, .cpuTotal], maxIterations: 5)
        ) { benchmark in
            let table = syntheticTable(rows: networks * 11 * 2, columns: 7, seed: UInt64(networks))
            benchmark.startMeasurement()
            let pattern = TableSuppression.suppress(table, policy: DisclosurePolicy(audience: .research))
            benchmark.stopMeasurement()
            blackHole(pattern.complementaryCount)
        }
        Benchmark(
            "Disclosure: activity-shaped table of \(networks) networks (network × 31 months by 20 columns)",
            configuration: .init(metrics: [.wallClock, .cpuTotal], maxIterations: 5)
        ) { benchmark in
            let table = syntheticTable(rows: networks * 31, columns: 20, seed: UInt64(networks) + 1)
            benchmark.startMeasurement()
            let pattern = TableSuppression.suppress(table, policy: DisclosurePolicy(audience: .research))
            benchmark.stopMeasurement()
            blackHole(pattern.complementaryCount)
        }
    }
}

/// A table of `rows × columns` counts like the demo's: 20 % zeros, 30 % from 1 to 4, the rest from 5 to 60.
func syntheticTable(rows: Int, columns: Int, seed: UInt64) -> MarginalTable {
    var generator = SeededGenerator(seed: seed)
    let cells: [Int64] = (0..<(rows * columns)).map { _ in
        switch Int.random(in: 0..<10, using: &generator) {
        case 0..<2: 0
        case 2..<5: Int64.random(in: 1...4, using: &generator)
        default: Int64.random(in: 5...60, using: &generator)
        }
    }
    return MarginalTable(rows: rows, columns: columns, cells: cells)
}

/// A duration in seconds.
private func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
