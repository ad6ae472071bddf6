/// Short names for the elements the pages use, so a page reads like its markup:
/// `el("p", ["class": "hint"], .text(help))`.
func el(_ name: String, _ attributes: KeyValuePairs<String, String>, _ children: HTMLNode...) -> HTMLNode {
    .element(name, attributes: attributes.map { HTMLAttribute($0.key, $0.value) }, children: children)
}

func el(_ name: String, _ children: HTMLNode...) -> HTMLNode {
    .element(name, attributes: [], children: children)
}

func el(_ name: String, _ attributes: KeyValuePairs<String, String>, children: [HTMLNode]) -> HTMLNode {
    .element(name, attributes: attributes.map { HTMLAttribute($0.key, $0.value) }, children: children)
}

func el(_ name: String, attributes: [HTMLAttribute], children: [HTMLNode]) -> HTMLNode {
    .element(name, attributes: attributes, children: children)
}

func leaf(_ name: String, _ attributes: KeyValuePairs<String, String>) -> HTMLNode {
    .void(name, attributes: attributes.map { HTMLAttribute($0.key, $0.value) })
}

func text(_ string: String) -> HTMLNode { .text(string) }

extension HTMLNode {
    /// A hidden form field.
    static func hidden(_ name: String, _ value: String) -> HTMLNode {
        leaf("input", ["type": "hidden", "name": name, "value": value])
    }
}

func el(_ name: String, children: [HTMLNode]) -> HTMLNode {
    .element(name, attributes: [], children: children)
}
