/// What Signpost made of one phrasing, judged against what was expected.
enum PhrasingOutcome: String, CaseIterable, Hashable, Sendable {
    /// The expected choice, taken at once (its number, label or a listed phrase).
    case right
    /// The expected choice, taken and confirmed in one line; or, for an unclear line, a choice taken and
    /// confirmed, which the adult can undo.
    case confirmed
    /// Several answers fit, and the adult was asked which in a short numbered question that names the
    /// expected one among at most three: the other way the engine confirms an inference.
    case narrowed = "asked which"
    /// Asked again (not understood, several answers fit, a school year) where a choice was expected.
    case askedAgain = "asked again"
    /// At a question that fails safe, a line expected to say there is danger met the emergency advice
    /// at once and was asked again: safe, though not understood.
    case adviceShown = "advice shown"
    /// Another choice taken, with a confirmation the adult can undo.
    case wrongButConfirmed = "wrong but confirmed"
    /// Another choice taken with nothing said: the failure that must never happen.
    case wrongSilently = "wrong silently"
    /// At a question that fails safe, a line expected to mean danger (or to be unclear) was taken for an
    /// answer that rules danger out, and no emergency advice was shown.
    case dangerMissed = "danger missed"

    /// Whether the outcome fails the suite.
    package var fails: Bool { self == .wrongSilently || self == .dangerMissed }
    /// Whether the outcome counts as understood: right, confirmed, or asked which naming it.
    var understood: Bool { self == .right || self == .confirmed || self == .narrowed }
}
