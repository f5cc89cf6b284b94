import Benchmark
import FiveAim
import FiveAimCSV
import Foundation

/// Where the benchmark inputs are generated (large, not committed).
private let workFolder = ProcessInfo.processInfo.environment["FIVEAIM_BENCH_DIR"] ?? NSTemporaryDirectory() + "fiveaim-bench"

/// The project's `Indicators/` folder.
private let catalog: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path + "/Indicators"
}()

/// Writes an activity-shaped CSV of at least `bytes` bytes (once; reused when present).
/// `padding` adds an extra text column so that file size grows without new keys.
private func activityFile(named name: String, distinctRows: Int, padding: Int, minimumBytes: Int = 0) throws -> String {
    let folder = workFolder + "/" + name
    let path = folder + "/activity.csv"
    if FileManager.default.fileExists(atPath: path) { return folder }  // written whole: see the rename below
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let partial = path + ".partial"
    FileManager.default.createFile(atPath: partial, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: partial))
    let reference = try ReferenceLoader.load(catalog: catalog)
    let networks = reference.networks.filter { $0.targetGroup == .adult }.map(\.code).sorted()
    let codes = reference.pseudocodes.values.filter { !$0.hasUnregisteredParticipants && $0.function != .postCovid }.map(\.code).sorted()
    let bands = ["15-17", "18-23", "24-64", "65+", "unknown"]
    let statuses = ["yes", "no", "unknown"]
    let keys = networks.count * codes.count * bands.count * statuses.count * 30
    precondition(distinctRows <= keys, "not enough distinct keys")
    let filler = String(repeating: "x", count: padding)
    var text = "network,month,pseudocode,age_band,bim,units" + (padding > 0 ? ",note" : "") + "\n"
    var written = 0
    var row = 0
    while row < distinctRows || written < minimumBytes {
        var index = row % distinctRows
        let network = networks[index % networks.count]; index /= networks.count
        let code = codes[index % codes.count]; index /= codes.count
        let band = bands[index % bands.count]; index /= bands.count
        let status = statuses[index % statuses.count]; index /= statuses.count
        let month = YearMonth.conventionStart.adding(months: index % 30)
        text += "\(network),\(month),\(code),\(band),\(status),\(row % 97)" + (padding > 0 ? ",\(filler)" : "") + "\n"
        row += 1
        if text.utf8.count > 1 << 20 {
            handle.write(Data(text.utf8))
            written += text.utf8.count
            text = ""
        }
    }
    handle.write(Data(text.utf8))
    try handle.close()
    try FileManager.default.moveItem(atPath: partial, toPath: path)
    return folder
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], maxDuration: .seconds(60), maxIterations: 5)

    Benchmark(
        "CSV reader: one pass over a 1 GiB file (bytes/s = 1 GiB / wall clock)",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], maxIterations: 3)
    ) { benchmark in
        let folder = try activityFile(named: "reader-1gib", distinctRows: 200_000, padding: 0, minimumBytes: 1 << 30)
        benchmark.startMeasurement()
        var fields = 0
        try CSVReader(path: folder + "/activity.csv").forEachRecord { fields += $0.count }
        benchmark.stopMeasurement()
        blackHole(fields)
    }

    for padding in [0, 200] {
        Benchmark("Validation: 200,000 distinct activity keys, padding \(padding) bytes per row") { benchmark in
            let folder = try activityFile(named: "keys-200k-pad\(padding)", distinctRows: 200_000, padding: padding)
            let reference = try ReferenceLoader.load(catalog: catalog)
            let options = DatasetReadOptions(allowExtraColumns: true, problemLimit: 1, runMonth: YearMonth(year: 2026, month: 11))
            benchmark.startMeasurement()
            let dataset = try DatasetReader.read(directory: folder, reference: reference, options: options)
            benchmark.stopMeasurement()
            blackHole(dataset.activity.count)
        }
    }
}
