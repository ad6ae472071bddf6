/// A value kept on the heap, compared and hashed as the value: for a large, rarely present part of a
/// model type that is held in large arrays, which then carry one pointer instead of the whole value.
final class Boxed<Value: Hashable & Sendable>: Hashable, Sendable {
    let value: Value

    package init(_ value: Value) {
        self.value = value
    }

    static func == (lhs: Boxed, rhs: Boxed) -> Bool {
        lhs.value == rhs.value
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}
