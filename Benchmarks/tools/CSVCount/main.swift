// csv-count FILE…: reads files with FiveAimCSV's streaming reader and counts records and fields, nothing else.
// The Swift side of the reader-throughput comparison with Benchmarks/floor/csv_floor.c (Benchmarks/run.sh).
import FiveAimCSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

var bytes = 0, records = 0, fields = 0
for path in CommandLine.arguments.dropFirst() {
    do {
        try CSVReader(path: path).forEachRecord { record in
            records += 1
            fields += record.count
        }
    } catch {
        print("\(path): \(error)")
        exit(1)
    }
}
print("\(records) records, \(fields) fields")
