import FiveAim
import Foundation

/// The shipped catalogue's texts and reference data, loaded once.
private let shipped: (catalogue: CatalogueLoader.SourceText, reference: ReferenceData) = {
    guard let folder = ResourceLocator().locate(.indicators)?.path else { fatalError("run from the project root or set FIVEAIM_CATALOG") }
    do {
        let reference = try ReferenceLoader.load(catalog: folder)
        let text = try String(contentsOfFile: folder + "/catalog.yaml", encoding: .utf8)
        return (CatalogueLoader.SourceText(path: "catalog.yaml", text: text), reference)
    } catch { fatalError("\(error)") }
}()

/// libFuzzer entry: any text as one indicator definition (first byte even) or as the catalogue
/// file itself (odd) must load or fail with diagnostics — never crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalogue(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    let input = CatalogueLoader.SourceText(path: "fuzz.yaml", text: text)
    do {
        if data[0] % 2 == 0 {
            _ = try CatalogueLoader.load(catalogue: shipped.catalogue, indicators: [input], reference: shipped.reference)
        } else {
            _ = try CatalogueLoader.load(catalogue: input, indicators: [], reference: shipped.reference)
        }
    } catch {
        precondition(!error.diagnostics.isEmpty, "a refusal must say why")
    }
    return 0
}
