/// A name and value; names are fixed by the code, values are escaped.
struct HTMLAttribute: Hashable, Sendable {
    let name: String
    /// `nil` for a boolean attribute written without a value (`checked`).
    let value: String?

    init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }
}
