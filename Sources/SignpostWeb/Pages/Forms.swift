import DialogueKit

/// The small forms the pages are made of: each posts the trail and one thing more.
enum Forms {
    /// A button that sends `line` to the conversation, as if typed.
    static func say(_ line: String, label: String, trail: String, style: String) -> HTMLNode {
        el("form", ["method": "post", "action": "/next", "class": "inline-form"],
            .hidden("trail", trail),
            .hidden("say", line),
            el("button", ["type": "submit", "class": style], text(label)))
    }

    /// A button that shows another page (your answers, the plan) about the same conversation.
    static func post(to path: String, label: String, trail: String, style: String) -> HTMLNode {
        el("form", ["method": "post", "action": path, "class": "inline-form"],
            .hidden("trail", trail),
            el("button", ["type": "submit", "class": style], text(label)))
    }
}
