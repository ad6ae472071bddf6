import DialogueKit

/// The small forms the pages are made of: each posts the page's sealed state and one thing more.
enum Forms {
    /// A button that sends `line` to the conversation, as if typed.
    static func say(_ line: String, label: String, token: String, style: String) -> HTMLNode {
        el(
            "form", ["method": "post", "action": "/next", "class": "inline-form"],
            .hidden("state", token),
            .hidden("say", line),
            el("button", ["type": "submit", "class": style], text(label)))
    }
}
