/// A node that gathers free text, one entry per line, until an empty line. (Not `Collection`, which
/// would hide Swift's own protocol of that name.)
package struct Gathering: NodeBody {
    let prompt: SourcedText
    package let help: SourcedText?
    /// The name the entries are kept under, for plan items that list them.
    package let into: String
    /// What an entry must be.
    let accepts: EntryKind
    package let next: NodeReference

    init(
        prompt: SourcedText, help: SourcedText? = nil, into: String, accepts: EntryKind = .webAddress,
        next: NodeReference
    ) {
        self.prompt = prompt
        self.help = help
        self.into = into
        self.accepts = accepts
        self.next = next
    }

    var edges: [Edge] { [Edge(.listFinished, to: next, source: next.source)] }

    var texts: [DialogueText] {
        [DialogueText(prompt, role: .collectionPrompt)] + (help.map { [DialogueText($0, role: .help)] } ?? [])
    }
}
