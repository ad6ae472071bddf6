/// A name and value; names are fixed by the code, values are escaped.
public struct HTMLAttribute: Hashable, Sendable {
    public let name: String
    /// `nil` for a boolean attribute written without a value (`checked`).
    public let value: String?

    public init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }
}
