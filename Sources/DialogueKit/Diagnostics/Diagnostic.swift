/// One finding about an author's file, ready to be rendered: where it is, how serious, and what to say.
///
/// Every stage (parsing, loading, checking) has its own typed errors; each turns into `Diagnostic`
/// values so that one renderer prints them all alike.
public struct Diagnostic: Hashable, Sendable, Error {
    public enum Severity: String, Hashable, Sendable {
        case error, warning, note
    }

    /// A secondary place the message refers to, such as the first of two duplicate keys.
    public struct Note: Hashable, Sendable {
        public var message: String
        public var file: String
        public var range: SourceRange

        public init(message: String, file: String, range: SourceRange) {
            self.message = message
            self.file = file
            self.range = range
        }
    }

    /// Which kind of finding this is, stable across wording changes (see `DiagnosticCode`).
    public var code: DiagnosticCode
    public var severity: Severity
    public var message: String
    public var file: String
    /// Where in the file; `nil` when the problem is with the file as a whole (for example, it is missing).
    public var range: SourceRange?
    /// Lines that explain further (such as the steps of a path), shown after the quoted source line.
    public var details: [String]
    public var notes: [Note]

    public init(
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
