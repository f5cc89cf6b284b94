import FiveAimCSV
import Foundation

/// A scratch file in memory-backed storage, rewritten for every input.
private let scratch: String = {
    let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    return folder + "/fiveaim-fuzz-csv-\(getpid()).csv"
}()

/// libFuzzer entry: any bytes, read as a CSV file, must end in records or a `CSVReadError` — never a crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FileManager.default.createFile(atPath: scratch, contents: Data(bytes: data, count: size))
    var fields = 0
    do {
        try CSVReader(path: scratch, limits: CSVLimits(maxLineBytes: 4096, maxFieldBytes: 512, maxFields: 32)).forEachRecord { record in
            for index in 0..<record.count { fields &+= record.bytes(index).count }
        }
    } catch is CSVReadError {
        // A clear refusal is the expected outcome for most inputs.
    } catch {
        fatalError("unexpected error type: \(type(of: error))")
    }
    return fields == -1 ? 1 : 0
}
