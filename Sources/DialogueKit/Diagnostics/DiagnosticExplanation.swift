/// The longer word on one diagnostic code, as rustc's `--explain` gives: a title, why it matters and
/// what to do, and a small wrong and right example. `signpost explain CODE` prints it, and
/// docs/diagnostics.md lists them all (`DiagnosticsDocument`).
///
/// A test loads every example that is a snippet: the wrong one must produce its code and the right one
/// must not, so an example cannot drift from what Signpost does.
package struct DiagnosticExplanation: Hashable, Sendable {
    /// What the wrong and right examples are.
    package enum Example: Hashable, Sendable {
        /// A whole dialogue file, `example.yaml`, checked as `signpost check` would.
        case dialogue
        /// A transcript replayed against `DiagnosticExplanation.exampleDialogue` saved as `example.yaml`.
        case transcript
        /// Words describing a situation no snippet can hold (a file on disk, bytes that are not text, a
        /// command line).
        case described
    }

    /// One line: what the code means.
    package let title: String
    /// Why it matters and what to do.
    package let text: String
    let example: Example
    let wrong: String
    let right: String

    package init(_ title: String, _ text: String, _ example: Example, wrong: String, right: String) {
        self.title = title
        self.text = text
        self.example = example
        self.wrong = wrong
        self.right = right
    }

    /// The dialogue the transcript examples run against, as `example.yaml`: `exampleFile()`, the file
    /// every dialogue example varies.
    package static let exampleDialogue = exampleFile()

    /// The day the examples are checked as of, so that `reviewed` dates keep their meaning.
    static let exampleToday = CalendarDate(year: 2026, month: 11, day: 25)
}
