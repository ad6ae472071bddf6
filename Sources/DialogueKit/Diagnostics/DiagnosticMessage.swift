/// A typed finding that can say what it is (its code), how serious it is and, as a separate step, what
/// it says: the model is swift-syntax's `DiagnosticMessage`. A `Diagnostic` is only ever built from one
/// of these, so every diagnostic carries a code and none is built from a bare string.
package protocol DiagnosticMessage: Sendable {
    var code: DiagnosticCode { get }
    var severity: Diagnostic.Severity { get }
    /// The one-line message an author reads.
    var message: String { get }
}
