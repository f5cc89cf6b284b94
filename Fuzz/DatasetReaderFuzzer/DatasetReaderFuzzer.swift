import FiveAim
import Foundation

/// The shipped reference data, loaded once (FIVEAIM_CATALOG or ./Indicators).
private let reference: ReferenceData = {
    guard let catalog = ResourceLocator().locate(.indicators)?.path else { fatalError("run from the project root or set FIVEAIM_CATALOG") }
    do { return try ReferenceLoader.load(catalog: catalog) } catch { fatalError("\(error)") }
}()

/// A dataset folder in memory-backed storage, rewritten for every input.
private let folder: String = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let path = base + "/fiveaim-fuzz-dataset-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

/// A minimal valid activity table, so that every optional table's decoder is reached.
private let activity =
    "network,month,pseudocode,age_band,bim,units\nBRUMENTA,2025-01,726471,24-64,yes,1\nBRUMENTA,2025-01,726655,24-64,no,8\n"

/// libFuzzer entry: the first byte picks a table, the rest is its file; the reader must end in a
/// `Dataset` or a `DiagnosticError`, never a crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDatasetReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let tables = TableKind.allCases
    let table = tables[Int(data[0]) % tables.count]
    let manager = FileManager.default
    for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] { try? manager.removeItem(atPath: folder + "/" + name) }
    if table != .activity { manager.createFile(atPath: folder + "/activity.csv", contents: Data(activity.utf8)) }
    manager.createFile(atPath: folder + "/\(table.name).csv", contents: Data(bytes: data + 1, count: size - 1))
    let options = DatasetReadOptions(problemLimit: 50, runMonth: YearMonth(year: 2026, month: 11))
    do {
        let dataset = try DatasetReader.read(directory: folder, reference: reference, options: options)
        return dataset.activity.isEmpty ? 0 : 0
    } catch {
        precondition(!error.diagnostics.isEmpty, "a refusal must say why")
        return 0
    }
}
