@testable import DialogueKit

/// Edited copies of dialogue values, for tests that change one piece of text and look for the effect.
extension TextItem {
    func changed() -> TextItem { TextItem(text: text + " (changed)", condition: condition, source: source) }
}

extension PlanItem {
    func changed() -> PlanItem { PlanItem(text: text + " (changed)", condition: condition, list: list, source: source) }
}

extension SourcedText {
    func changed() -> SourcedText { SourcedText(text + " (changed)", source: source) }
}

extension DialogueNode {
    func with(kind: Kind? = nil, say: [TextItem]? = nil, plan: [PlanItem]? = nil) -> DialogueNode {
        DialogueNode(id: id, kind: kind ?? self.kind, say: say ?? self.say, plan: plan ?? self.plan, source: source)
    }
}

extension Dialogue {
    func with(support: [TextItem]) -> Dialogue {
        Dialogue(
            title: title, reviewed: reviewed, sources: sources, start: start, nodes: nodes, anytime: anytime,
            support: support, contacts: contacts, guarantees: guarantees, metadataSource: metadataSource, file: file)
    }
}
