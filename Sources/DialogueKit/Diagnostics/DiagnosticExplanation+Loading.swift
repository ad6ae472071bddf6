/// The explanations of the `SP2xx` codes (loading: files, includes, keys and nodes): what `signpost explain` prints.
extension DiagnosticExplanation {
    static let noSuchFile = DiagnosticExplanation(
        "No such file",
        """
        A file named by an `include:`, a `lexicon:`, a transcript's `# dialogue:` line or the command \
        line does not exist. Names are relative to the file that names them.
        """,
        .dialogue,
        wrong: exampleFile(then: "include: [parts.yaml]"),
        right: exampleFile())

    static let notAFile = DiagnosticExplanation(
        "Not an ordinary file",
        """
        Only ordinary files are read: never a folder, a device, a pipe or a socket, which could be read \
        for ever.
        """,
        .described, wrong: "signpost check /dev/zero",
        right: "signpost check Dialogues/signpost.yaml")

    static let fileTooLarge = DiagnosticExplanation(
        "A file larger than the limit",
        """
        A dialogue file may hold at most 4 MiB, and a transcript at most its own limit. The size is \
        checked on the file opened, before it is read.
        """,
        .described, wrong: "signpost dump huge.yaml   (a file of 5 MiB)",
        right: "Split the dialogue into parts with `include:`.")

    package static let outsideFolder = DiagnosticExplanation(
        "A file outside the dialogue's folder",
        """
        An include, a lexicon or a transcript's dialogue must lie inside the folder of the file that \
        names it (after symbolic links are followed), so a dialogue cannot read or quote files from \
        elsewhere on the machine.
        """,
        .dialogue,
        wrong: exampleFile(then: "include: [../shared/parts.yaml]"),
        right: exampleFile())

    static let linkLoop = DiagnosticExplanation(
        "Symbolic links that go round in a circle",
        """
        Following the file's symbolic links leads back where they started. Replace the link with the \
        file, or point it at the real file.
        """,
        .described, wrong: "ln -s a.yaml b.yaml; ln -sf b.yaml a.yaml; signpost check a.yaml",
        right: "A link that points at a real file.")

    static let unreadableFile = DiagnosticExplanation(
        "A file that cannot be read",
        """
        The operating system refused to open or read the file, usually for its permissions.
        """,
        .described, wrong: "chmod 000 Dialogues/school.yaml",
        right: "chmod 644 Dialogues/school.yaml")

    static let notText = DiagnosticExplanation(
        "An included file that is not UTF-8 text",
        """
        A file named by `include:` or `lexicon:` holds a NUL byte or a byte that is not UTF-8; the \
        message says where, never what.
        """,
        .described, wrong: "include: [picture.yaml]   (a picture renamed .yaml)",
        right: "include: [parts.yaml]   (a dialogue file saved as UTF-8)")

    static let badFileName = DiagnosticExplanation(
        "A file name that may not be named",
        """
        An include or a lexicon is named relative to the file that names it, with a name ending in .yaml \
        or .yml, and no control characters; absolute paths and `~` are refused.
        """,
        .dialogue,
        wrong: exampleFile(then: "include: [parts.txt]"),
        right: exampleFile())

    static let emptyFile = DiagnosticExplanation(
        "An empty file",
        """
        The file holds nothing but comments or blank lines. Write the dialogue, or remove the file.
        """,
        .dialogue,
        wrong: """
            # The dialogue will go here.

            """,
        right: exampleFile())

    static let includesTooDeep = DiagnosticExplanation(
        "Includes nested too deep",
        """
        Files that include files that include files... may go at most 64 deep.
        """,
        .described, wrong: "A chain of 70 files, each including the next.",
        right: "A main dialogue that includes its parts directly.")

    static let includeCycle = DiagnosticExplanation(
        "A file that includes itself",
        """
        A file includes itself, directly or through other files. Include each part from one place.
        """,
        .dialogue,
        wrong: exampleFile(then: "include: [example.yaml]"),
        right: exampleFile())

    package static let unusedPart = DiagnosticExplanation(
        "A file no dialogue uses",
        """
        `signpost check` on a folder found a dialogue file with no `start` of its own that no dialogue \
        includes, so nothing of it is ever shown. Include it, or delete it.
        """,
        .described, wrong: "Dialogues/old-part.yaml, with `nodes:` but no `start:`, named by no `include:`.",
        right: "include: [old-part.yaml] in the main dialogue.")

    static let unknownKey = DiagnosticExplanation(
        "A key Signpost does not know",
        """
        The key is not one the dialogue format has in this place, usually a misspelling; the message \
        suggests the nearest key.
        """,
        .dialogue,
        wrong: exampleFile(
            header: """
                titel: Example
                reviewed: 2026-06-01
                sources: [Example source]
                start: ask
                """),
        right: exampleFile())

    static let missingKey = DiagnosticExplanation(
        "A required key is missing",
        """
        This part of the dialogue needs the key named, such as the main file's `start` or a choice's \
        `go`.
        """,
        .dialogue,
        wrong: exampleFile(
            header: """
                title: Example
                reviewed: 2026-06-01
                sources: [Example source]
                """),
        right: exampleFile())

    static let wrongKind = DiagnosticExplanation(
        "A value of the wrong kind",
        """
        The key takes a different kind of value: a text where a list was written, or a list where a text \
        was.
        """,
        .dialogue,
        wrong: exampleFile(
            header: """
                title: [Example]
                reviewed: 2026-06-01
                sources: [Example source]
                start: ask
                """),
        right: exampleFile())

    static let emptyText = DiagnosticExplanation(
        "An empty text",
        """
        A key that holds words was given none. Write the text, or remove the key.
        """,
        .dialogue,
        wrong: exampleFile(
            done: """
                end: ""
                """),
        right: exampleFile())

    static let unknownNode = DiagnosticExplanation(
        "No node with that name",
        """
        A `go`, `next`, `start`, `if-unclear` or anytime command names a node the dialogue does not \
        have; the message suggests the nearest name.
        """,
        .dialogue,
        wrong: exampleFile(
            choices: answers(yes: "done", no: "dnoe")),
        right: exampleFile())

    static let duplicateNode = DiagnosticExplanation(
        "Two nodes with the same name",
        """
        Two files of one dialogue (the main file and an include, or two includes) define a node with the \
        same name. Rename one; the note points at the first.
        """,
        .described, wrong: "signpost.yaml and school.yaml both define a node `finish`.",
        right: "school.yaml names its node `school-finish`.")

    static let nodeNeedsKind = DiagnosticExplanation(
        "A node that does nothing",
        """
        A node needs one of `ask` (a question), `collect` (a collection), `next` (a message that moves \
        on) or `end` (an ending), so the conversation knows what to do there.
        """,
        .dialogue,
        wrong: exampleFile(done: "say: Take care."),
        right: exampleFile())

    static let nodeHasTwoKinds = DiagnosticExplanation(
        "A node that does two things",
        """
        A node is a question, a collection, a message or an ending: never two of these. Split it into \
        two nodes.
        """,
        .dialogue,
        wrong: exampleFile(
            done: """
                end: Take care.
                ask: Anything else?
                """),
        right: exampleFile())

    static let keyNotAllowed = DiagnosticExplanation(
        "A key that does not belong in this kind of node",
        """
        The key exists, but not in this kind of node, such as `help` on an ending or `choices` on a \
        message.
        """,
        .dialogue,
        wrong: exampleFile(
            done: """
                end: Take care.
                help: Take your time.
                """),
        right: exampleFile())

    static let noChoices = DiagnosticExplanation(
        "A question with no choices",
        """
        A question must offer at least one answer.
        """,
        .dialogue,
        // Written out whole: `exampleFile` puts its choices on lines under `choices:`, never `[]` beside it.
        wrong: """
            title: Example
            reviewed: 2026-06-01
            sources: [Example source]
            start: ask
            nodes:
              ask:
                ask: Is the child safe now?
                choices: []
              done:
                end: Take care.

            """,
        right: exampleFile())

    static let anytimeTargetNotMessage = DiagnosticExplanation(
        "An anytime command that leads to something other than a message",
        """
        An `anytime` command shows a message (a node with `say` and `next`) and then returns to where \
        the adult was; it cannot lead to a question or an ending.
        """,
        .dialogue,
        wrong: exampleFile(
            then: """
                anytime:
                  - command: "999"
                    go: done
                    help: emergency advice
                """),
        right: exampleFile(
            nodes: emergencyMessage(next: "ask"),
            then: """
                anytime:
                  - command: "999"
                    go: emergency
                    help: emergency advice
                """))

    static let unknownCommand = DiagnosticExplanation(
        "No anytime command with that name",
        """
        A guarantee names an `anytime` command that the dialogue does not define.
        """,
        .dialogue,
        wrong: exampleFile(
            then: """
                guarantees:
                  works-everywhere: ["999"]
                """),
        right: exampleFile())

    static let unknownContact = DiagnosticExplanation(
        "No contact with that name",
        """
        A guarantee names a service that `contacts:` does not list; the message suggests the nearest.
        """,
        .dialogue,
        wrong: mentionsExample("Childlne"),
        right: mentionsExample("Childline"))

    static let unknownTag = DiagnosticExplanation(
        "A tag no node carries",
        """
        `never-reaches` names a tag that no node carries, so it forbids nothing by it. Tag the nodes, or \
        fix the spelling.
        """,
        .dialogue,
        wrong: exampleFile(
            then: """
                guarantees:
                  never-reaches:
                    tags: [removal]
                """),
        right: exampleFile(
            choices: answers(yes: "finish", no: "finish"),
            nodes: """
                finish:
                  end: Goodbye.
                """,
            done: """
                tags: [removal]
                end: Take care.
                """,
            then: """
                guarantees:
                  never-reaches:
                    tags: [removal]
                """))

    static let unknownEntryKind = DiagnosticExplanation(
        "A collection that accepts something unknown",
        """
        A collection's `accepts` names what each entry must be; `web-address` is the only kind so far.
        """,
        .dialogue,
        wrong: webAddressesExample(accepts: "phone-number"),
        right: webAddressesExample(accepts: "web-address"))

    /// The answer Yes goes to the collection `urls`, which accepts `kind`.
    private static func webAddressesExample(accepts kind: String) -> String {
        exampleFile(
            choices: answers(yes: "urls", no: "done"),
            nodes: """
                urls:
                  collect: Type each web address, one per line.
                  accepts: \(kind)
                  next: done
                """)
    }

    static let routesNeedDefault = DiagnosticExplanation(
        "Routes with no default",
        """
        A `next` list of routes needs a last route with only `go`, for when no `when` or `unless` holds.
        """,
        .dialogue,
        wrong: routesExample(
            next: """
                - when: safe
                  go: done
                """),
        right: routesExample(next: routesEndingInDefault))

    static let routeAfterDefault = DiagnosticExplanation(
        "A route after the default route",
        """
        Routes are tried in order, and a route with no `when` or `unless` is always taken, so any route \
        after it is never taken. Move the route without a condition to the end.
        """,
        .dialogue,
        wrong: routesExample(
            next: """
                - go: ask
                - when: safe
                  go: done
                """),
        right: routesExample(next: routesEndingInDefault))

    /// Routes whose last, with only `go`, is taken when the one before does not hold.
    private static let routesEndingInDefault = """
        - when: safe
          go: done
        - go: ask
        """

    /// An example where the answer Yes sets `safe` and goes to the message `note`, which leads on by the
    /// routes `next`.
    private static func routesExample(next routes: String) -> String {
        exampleFile(
            choices: """
                - label: Yes
                  set: safe
                  go: note
                - No: done
                """,
            nodes: """
                note:
                  say: Thank you.
                  next:
                \(indented(routes, by: 4))
                """)
    }
}
