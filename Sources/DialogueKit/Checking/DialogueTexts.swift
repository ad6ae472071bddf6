/// Every piece of text a dialogue can show, with where it was written: what text checks walk over.
extension Dialogue {
    public var allTexts: [(text: String, source: SourceReference)] {
        var texts: [(String, SourceReference)] = []
        for node in nodes {
            func source(_ key: String) -> SourceReference { node.textSources[key] ?? node.source }
            texts += node.say.map { ($0.text, $0.source) }
            texts += node.plan.map { ($0.text, $0.source) }
            switch node.kind {
            case .question(let ask, let help, let choices):
                texts.append((ask, source("ask")))
                if let help { texts.append((help, source("help"))) }
                texts += choices.map { ($0.label, $0.source) }
            case .collect(let prompt, let help, _, _):
                texts.append((prompt, source("collect")))
                if let help { texts.append((help, source("help"))) }
            case .end(let closing):
                texts.append((closing, source("end")))
            case .message:
                break
            }
        }
        texts += support.map { ($0.text, $0.source) }
        texts += anytime.map { ($0.help, $0.source) }
        return texts
    }
}
