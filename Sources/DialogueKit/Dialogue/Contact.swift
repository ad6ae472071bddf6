/// A service the dialogue may name, with every phone number, web address and email address it may give
/// for it. Checking text against these turns a mistyped number into an error rather than a misprint.
package struct Contact: Hashable, Sendable {
    package let name: String
    package let details: [String]
    package let source: SourceReference

    package init(name: String, details: [String], source: SourceReference) {
        self.name = name
        self.details = details
        self.source = source
    }
}
