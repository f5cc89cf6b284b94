#if canImport(FoundationXML)
    import Foundation
    import FoundationXML

    /// XML well-formedness through FoundationXML's parser.
    enum FoundationXMLCheck {
        /// Whether `text` parses.
        static func parse(_ text: String) throws -> Bool {
            _ = try XMLDocument(data: Data(text.utf8), options: [])
            return true
        }
    }
#endif
