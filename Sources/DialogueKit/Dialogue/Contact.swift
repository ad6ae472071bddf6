/// A service the dialogue may name, with every phone number, web address and email address it may give
/// for it. Checking text against these turns a mistyped number into an error rather than a misprint.
public struct Contact: Hashable, Sendable {
    public let name: String
    public let details: [String]
    public let source: SourceReference

    public init(name: String, details: [String], source: SourceReference) {
        self.name = name
        self.details = details
        self.source = source
    }
}
