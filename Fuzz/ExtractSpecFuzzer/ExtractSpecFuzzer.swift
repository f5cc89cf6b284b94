import FiveAim
import Foundation

/// The shipped catalogue and reference data, loaded once (FIVEAIM_CATALOG or ./Indicators).
private let shipped: (catalogue: Catalogue, reference: ReferenceData) = {
    guard let folder = ResourceLocator().locate(.indicators)?.path else { fatalError("run from the project root or set FIVEAIM_CATALOG") }
    do {
        let reference = try ReferenceLoader.load(catalog: folder)
        return (try CatalogueLoader.load(folder: folder, reference: reference), reference)
    } catch { fatalError("\(error)") }
}()

/// The ids of the shipped specs: the first byte of an input picks the file name it is loaded as, so that a
/// shipped spec (seeded with its own index, see Fuzz/make-corpora.sh) passes the id check and reaches validation.
private let names = ["activity_network_month", "beneficiaries_network_year", "indicators_long", "waits_network_quarter"]

/// libFuzzer entry: the first byte picks the spec's file name, the rest is its text; loading must end in an
/// `ExtractSpec` or a `DiagnosticError` with diagnostics — never a crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractSpec(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    let path = "Exports/extracts/\(names[Int(data[0]) % names.count]).yaml"
    do {
        _ = try ExtractSpecLoader.load(text: text, path: path, reference: shipped.reference, catalogue: shipped.catalogue)
    } catch {
        precondition(!error.diagnostics.isEmpty, "a refusal must say why")
    }
    return 0
}
