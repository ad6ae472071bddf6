/// Where part of the advice comes from and when it was last checked: the `sources` and `reviewed` a
/// node or an included file gives for itself, so that advice from several places (a GOV.UK flow, a
/// charity's page) can each carry its own review date and be reported stale on its own.
package struct Provenance: Hashable, Sendable {
    /// What the provenance covers.
    package enum Scope: Hashable, Sendable {
        /// Every node of an included file.
        case file(String)
        case node(String)
    }

    let scope: Scope
    package let sources: [String]
    /// The date as written (for example `2026-11-25`), if given.
    let reviewed: String?
    /// Where `reviewed` was written, else `sources`: what a finding about it points at.
    package let source: SourceReference
}
