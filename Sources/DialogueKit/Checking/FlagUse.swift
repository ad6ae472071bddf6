/// Where a dialogue's flags are set and tested, gathered while the checker walks the edges and the
/// texts once for everything, for the findings about flags never tested or never set.
///
/// Only the first place of each flag is kept, in each list: the findings name no other.
package struct FlagUse {
    /// The first edge that sets each flag.
    private(set) var set: [String: SourceReference] = [:]
    /// The first shown text that tests each flag, in the order the texts are walked.
    private(set) var testedByTexts: [(String, SourceReference)] = []
    /// The first edge that tests each flag, in the order the edges are walked.
    private(set) var testedByEdges: [(String, SourceReference)] = []
    private var seenByTexts: Set<String> = []
    private var seenByEdges: Set<String> = []

    package mutating func read(_ edge: Edge) {
        for flag in edge.sets where set[flag] == nil { set[flag] = edge.source }
        // `condition.flags` is `when + unless`: read in that order without making the array.
        for flag in edge.condition.when where seenByEdges.insert(flag).inserted {
            testedByEdges.append((flag, edge.source))
        }
        for flag in edge.condition.unless where seenByEdges.insert(flag).inserted {
            testedByEdges.append((flag, edge.source))
        }
    }

    package mutating func read(_ text: DialogueText) {
        for flag in text.condition.when where seenByTexts.insert(flag).inserted {
            testedByTexts.append((flag, text.source))
        }
        for flag in text.condition.unless where seenByTexts.insert(flag).inserted {
            testedByTexts.append((flag, text.source))
        }
    }
}
