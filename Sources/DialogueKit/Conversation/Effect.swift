/// Something the adult asked for that the pure engine cannot do itself: the shell carries it out.
package enum Effect: Hashable, Sendable {
    /// Write the plan and the support list to a file.
    case savePlan(SaveRequest)
    /// Leave at once, clear the screen and write nothing.
    case hide
}
