import Foundation

@testable import DialogueKit

/// Just enough of JSON Schema (draft-07) to check dialogues against `docs/dialogue.schema.json` in tests:
/// type, properties, required, additionalProperties, items, anyOf, $ref, minItems, min/maxProperties,
/// propertyNames with enum or not, pattern. Anything else in the schema is reported, so it cannot be
/// silently ignored.
struct MiniJSONSchema {
    let root: [String: Any]

    static let supported: Set<String> = [
        "$schema", "$id", "title", "description", "definitions", "type", "properties", "required",
        "additionalProperties", "items", "anyOf", "$ref", "minItems", "minProperties", "maxProperties",
        "propertyNames", "enum", "not", "pattern",
    ]

    /// Problems with an instance, each as `path: what`; empty when it is valid.
    func validate(_ instance: Any?) -> [String] {
        validate(instance, against: root, path: "$")
    }

    /// Keywords the schema uses that this validator does not know.
    func unsupportedKeywords() -> Set<String> {
        var found: Set<String> = []
        func walk(_ value: Any, underProperties: Bool) {
            if let object = value as? [String: Any] {
                for (key, child) in object {
                    if !underProperties, !Self.supported.contains(key) { found.insert(key) }
                    walk(child, underProperties: !underProperties && (key == "properties" || key == "definitions"))
                }
            } else if let array = value as? [Any] {
                for element in array { walk(element, underProperties: false) }
            }
        }
        walk(root, underProperties: false)
        return found
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let reference = schema["$ref"] as? String, reference.hasPrefix("#/definitions/"),
            let definitions = root["definitions"] as? [String: Any],
            let target = definitions[String(reference.dropFirst("#/definitions/".count))] as? [String: Any]
        else { return schema }
        return resolve(target)
    }

    private func validate(_ instance: Any?, against given: [String: Any], path: String) -> [String] {
        let schema = resolve(given)
        var problems: [String] = []
        if let anyOf = schema["anyOf"] as? [[String: Any]] {
            let results = anyOf.map { validate(instance, against: $0, path: path) }
            if !results.contains(where: \.isEmpty) {
                problems.append(
                    "\(path): matches none of the allowed forms (\(results.map { $0.first ?? "" }.joined(separator: " | ")))"
                )
            }
        }
        if let type = schema["type"] as? String {
            let matches: Bool =
                switch type {
                case "string": instance is String
                case "array": instance is [Any]
                case "object": instance is [String: Any]
                default: false
                }
            if !matches { return problems + ["\(path): should be \(type)"] }
        }
        if let text = instance as? String, let pattern = schema["pattern"] as? String,
            text.range(of: pattern, options: .regularExpression) == nil
        {
            problems.append("\(path): does not match \(pattern)")
        }
        if let array = instance as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum {
                problems.append("\(path): fewer than \(minimum) items")
            }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() {
                    problems += validate(item, against: items, path: "\(path)[\(index)]")
                }
            }
        }
        if let object = instance as? [String: Any] {
            if let minimum = schema["minProperties"] as? Int, object.count < minimum {
                problems.append("\(path): too few keys")
            }
            if let maximum = schema["maxProperties"] as? Int, object.count > maximum {
                problems.append("\(path): too many keys")
            }
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing '\(key)'")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, value) in object {
                if let names = schema["propertyNames"] as? [String: Any], !nameAllowed(key, names) {
                    problems.append("\(path): key '\(key)' not allowed")
                }
                if let property = properties[key] as? [String: Any] {
                    problems += validate(value, against: property, path: "\(path).\(key)")
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    problems += validate(value, against: additional, path: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unknown key '\(key)'")
                }
            }
        }
        return problems
    }

    private func nameAllowed(_ name: String, _ rule: [String: Any]) -> Bool {
        if let values = rule["enum"] as? [String] { return values.contains(name) }
        if let negated = rule["not"] as? [String: Any] { return !nameAllowed(name, negated) }
        return true
    }

    /// A parsed YAML node as the JSON value YAML tools would see (every scalar a string).
    static func instance(_ node: YAMLNode?) -> Any? {
        guard let node else { return nil }
        switch node.content {
        case .scalar(let scalar): return scalar.isEmptyValue ? nil : scalar.text
        case .sequence(let items): return items.map { instance($0) ?? NSNull() }
        case .mapping(let entries):
            var object: [String: Any] = [:]
            for entry in entries { object[entry.key] = instance(entry.value) ?? NSNull() }
            return object
        }
    }
}
