/// Where part of the advice comes from and when it was last checked: the `sources` and `reviewed` a
/// node or an included file gives for itself, so that advice from several places (a GOV.UK flow, a
/// charity's page) can each carry its own review date and be reported stale on its own.
public struct Provenance: Hashable, Sendable {
    /// What the provenance covers.
    public enum Scope: Hashable, Sendable {
        /// Every node of an included file.
        case file(String)
        case node(String)
    }

    public let scope: Scope
    public let sources: [String]
    /// The date as written (for example `2026-11-25`), if given.
    public let reviewed: String?
    /// Where `reviewed` was written, else `sources`: what a finding about it points at.
    public let source: SourceReference

    public init(scope: Scope, sources: [String], reviewed: String?, source: SourceReference) {
        self.scope = scope
        self.sources = sources
        self.reviewed = reviewed
        self.source = source
    }
}
