/// Why the plan could not be saved, as the shell found it.
package enum SaveFailure: Error, Hashable, Sendable {
    /// A file of that name is there already; nothing was overwritten.
    case exists
    /// The folder it would go in does not exist.
    case noSuchFolder(String)
    /// The path names a folder.
    case isAFolder
    /// No permission to write there.
    case notPermitted
    /// The disk is full.
    case diskFull
    /// Any other failure, with the system's words for it.
    case other(String)
}
