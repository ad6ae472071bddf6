/// One finding about an author's file, ready to be rendered: where it is, how serious, and what to say.
///
/// Every stage (parsing, loading, checking) has its own typed errors; each turns into `Diagnostic`
/// values so that one renderer prints them all alike.
package struct Diagnostic: Hashable, Sendable, Error {
    package enum Severity: String, Hashable, Sendable {
        case error, warning, note
    }

    /// A secondary place the message refers to, such as the first of two duplicate keys.
    package struct Note: Hashable, Sendable {
        var message: String
        var file: String
        var range: SourceRange
    }

    /// Which kind of finding this is, stable across wording changes (see `DiagnosticCode`).
    package var code: DiagnosticCode
    package var severity: Severity
    var message: String
    package var file: String
    /// Where in the file; `nil` when the problem is with the file as a whole (for example, it is missing).
    package var range: SourceRange?
    /// Lines that explain further (such as the steps of a path), shown after the quoted source line.
    package var details: [String]
    package var notes: [Note]

    package init(
        _ message: some DiagnosticMessage, file: String, range: SourceRange?, details: [String] = [],
        notes: [Note] = []
    ) {
        self.code = message.code
        self.severity = message.severity
        self.message = message.message
        self.file = file
        self.range = range
        self.details = details
        self.notes = notes
    }
}
