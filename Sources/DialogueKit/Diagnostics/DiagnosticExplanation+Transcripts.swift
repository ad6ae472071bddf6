/// The explanations of the `SP4xx` codes (transcripts and recording): what `signpost explain` prints.
extension DiagnosticExplanation {
    static let textChanged = DiagnosticExplanation(
        "The words differ from the transcript",
        """
        The conversation goes the same way, but some words now differ from what the transcript recorded \
        (the advice was reworded). If the new words are meant, `signpost test --update` rewrites the \
        transcript; the diff shows what changed.
        """,
        .transcript,
        wrong: exampleTranscript(ending: "Take good care."),
        right: exampleTranscript())

    static let notUnderstood = DiagnosticExplanation(
        "An answer no longer understood",
        """
        An answer the transcript typed is no longer understood at the question it meets (an answer or \
        its `also` words were changed). `--update` will not rewrite this: re-record it, or check and add \
        `--force`.
        """,
        .described,
        wrong: "> yep   (recorded when \"yep\" was an `also` word of \"Yes\", replayed after it was removed)",
        right: "> yes")

    static let ambiguous = DiagnosticExplanation(
        "An answer that now fits more than one answer",
        """
        An answer the transcript typed now fits two answers of the question it meets, so Signpost asks \
        which. Change the answers' words, or re-record.
        """,
        .described, wrong: "> sure   (where \"sure\" is now an `also` word of two answers)",
        right: "> yes")

    static let routeChanged = DiagnosticExplanation(
        "An answer that now meets another question",
        """
        An answer the transcript typed now meets a different question from the one it met when recorded: \
        the route changed. Check the new route is meant, then re-record.
        """,
        .described, wrong: "A transcript recorded before a new question was added after the first.",
        right: "The transcript recorded again with `signpost record`.")

    static let answerMeaningChanged = DiagnosticExplanation(
        "A typed number now means another answer",
        """
        A number the transcript typed now names a different answer, because an answer was added, removed \
        or moved above it. The change is blamed on the line where the number was typed, not on a later \
        line where the new route shows. Check the new order is meant, then re-record.
        """,
        .described,
        wrong: "A transcript that typed `2` for \"No\", replayed after \"Not sure\" was added as the second answer.",
        right: "The transcript re-recorded, or the new answer added after the others.")

    static let stopsElsewhere = DiagnosticExplanation(
        "The conversation now waits at another question",
        """
        After the transcript's last answer, the conversation now waits at a different question from the \
        one recorded.
        """,
        .described,
        wrong: "A transcript whose last answer led to `age`, replayed after that answer was sent to `school`.",
        right: "The transcript re-recorded along the new route, if the change is meant.")

    static let endingChanged = DiagnosticExplanation(
        "The conversation ends somewhere else",
        """
        The conversation now ends at a different ending, or no longer reaches an end.
        """,
        .described, wrong: "A transcript that ended at `finish`, replayed after an answer was sent to `emergency`.",
        right: "The transcript re-recorded along the new route, if the change is meant.")

    static let planStepCountChanged = DiagnosticExplanation(
        "The plan has a different number of steps",
        """
        The final plan has more or fewer steps than the transcript recorded.
        """,
        .described, wrong: "A transcript recorded before a plan step was added to an ending.",
        right: "The transcript updated once the new step is checked.")

    static let planLostStep = DiagnosticExplanation(
        "A step is missing from the plan",
        """
        A step the recorded plan had is no longer in it. A lost step is never a change of wording: check \
        it was meant to go.
        """,
        .described, wrong: "A plan step \"Keep the evidence safe.\" removed from a node.",
        right: "The step kept, or the transcript re-recorded once its removal is agreed.")

    static let lostService = DiagnosticExplanation(
        "A service is missing from the plan",
        """
        A service's number or address that the recorded plan showed is no longer in it, so the adult \
        loses a way to get help. Never updated as wording.
        """,
        .described, wrong: "Childline's number dropped from the support shown at the end.",
        right: "The number kept in `support:` or in the ending.")

    static let expectedNodeNotVisited = DiagnosticExplanation(
        "An expect-node line not met",
        """
        The transcript says `# expect-node: NODE`, but its conversation never visits that node.
        """,
        .transcript,
        wrong: exampleTranscript("# expect-node: done", stopsAtQuestion: true),
        right: exampleTranscript("# expect-node: ask", stopsAtQuestion: true))

    static let expectedEndNotReached = DiagnosticExplanation(
        "An expect-end line not met",
        """
        The transcript says `# expect-end: NODE`, but its conversation ends elsewhere, or does not end.
        """,
        .transcript,
        wrong: exampleTranscript("# expect-end: ask"),
        right: exampleTranscript("# expect-end: done"))

    static let expectedPlanStepMissing = DiagnosticExplanation(
        "An expect-plan line not met",
        """
        The transcript says `# expect-plan: WORDS`, but no step of the final plan holds the words.
        """,
        .transcript,
        wrong: exampleTranscript("# expect-plan: Call the police"),
        right: exampleTranscript())

    static let unexpectedPlanStep = DiagnosticExplanation(
        "An expect-no-plan line not met",
        """
        The transcript says `# expect-no-plan: WORDS`, but a step of the final plan holds the words.
        """,
        .described, wrong: "# expect-no-plan: CEOP   (in a transcript whose plan reports to CEOP)",
        right: "A transcript of a conversation whose plan has no CEOP step.")

    static let expectationNamesNoNode = DiagnosticExplanation(
        "An expectation that names no node",
        """
        An `# expect-node:` or `# expect-end:` line names a node the dialogue does not have; the message \
        suggests the nearest.
        """,
        .transcript,
        wrong: exampleTranscript("# expect-node: dnoe"),
        right: exampleTranscript("# expect-node: done"))

    static let unknownExpectation = DiagnosticExplanation(
        "An expectation Signpost does not know",
        """
        A `# expect-...:` line uses a key that is not one of `expect-node`, `expect-end`, `expect-plan` \
        and `expect-no-plan`.
        """,
        .transcript,
        wrong: exampleTranscript("# expect-nod: done"),
        right: exampleTranscript("# expect-node: done"))

    static let transcriptNamesNoDialogue = DiagnosticExplanation(
        "A transcript that names no dialogue",
        """
        A transcript needs a `# dialogue: FILE` line at the top naming the dialogue it runs against, \
        relative to the transcript.
        """,
        .transcript,
        wrong: exampleTranscript(namingDialogue: false),
        right: exampleTranscript())

    static let transcriptDialogueRefused = DiagnosticExplanation(
        "A transcript's dialogue that may not be used",
        """
        The dialogue a transcript names is outside its folder (or the current folder), is not a .yaml \
        file, or is not text. The second code says why.
        """,
        .described, wrong: "# dialogue: /etc/passwd",
        right: "# dialogue: ../signpost.yaml")

    static let transcriptDialogueFails = DiagnosticExplanation(
        "A transcript's dialogue does not load",
        """
        The dialogue the transcript names has errors (or does not exist), so nothing could be replayed. \
        Its diagnostics follow; run `signpost check`.
        """,
        .described, wrong: "# dialogue: example.yaml   (where example.yaml has an error)",
        right: "# dialogue: example.yaml   (once `signpost check example.yaml` finds no errors)")

    static let transcriptUnreadable = DiagnosticExplanation(
        "A transcript that cannot be read",
        """
        The transcript file could not be read as text.
        """,
        .described, wrong: "A transcript saved as UTF-16.",
        right: "The transcript saved as UTF-8.")

    static let recordingFileExists = DiagnosticExplanation(
        "The transcript file exists already",
        """
        `signpost record` never overwrites a file unless asked. Choose another name, or add `--force`.
        """,
        .described, wrong: "signpost record Dialogues/transcripts/ai-made-image.transcript",
        right: "signpost record Dialogues/transcripts/new-path.transcript")

    static let recordingPlaceIsAFolder = DiagnosticExplanation(
        "The transcript path is a folder",
        """
        `signpost record` takes the name of a new file, not a folder.
        """,
        .described, wrong: "signpost record Dialogues/transcripts",
        right: "signpost record Dialogues/transcripts/new.transcript")

    static let recordingFolderMissing = DiagnosticExplanation(
        "The transcript's folder does not exist",
        """
        The folder the transcript would go in does not exist; this is asked before the conversation \
        starts, so nothing typed is lost.
        """,
        .described, wrong: "signpost record trancripts/new.transcript",
        right: "mkdir -p transcripts && signpost record transcripts/new.transcript")

    static let recordingFolderIsAFile = DiagnosticExplanation(
        "The transcript's folder is a file",
        """
        The path names a file inside something that is a file, not a folder.
        """,
        .described, wrong: "signpost record README.md/new.transcript",
        right: "signpost record new.transcript")

    static let recordingFolderNotWritable = DiagnosticExplanation(
        "The transcript's folder cannot be written to",
        """
        You may not create files in the folder the transcript would go in.
        """,
        .described, wrong: "signpost record /new.transcript   (as a user who cannot write to /)",
        right: "signpost record ~/new.transcript")

    static let recordingFileTakenMeanwhile = DiagnosticExplanation(
        "The transcript file was made by something else meanwhile",
        """
        During the conversation something else created the file, and no other name beside it was free; \
        the transcript is printed instead, so nothing is lost.
        """,
        .described, wrong: "Two `signpost record` runs to the same file at once.",
        right: "One recording per file name.")

    static let recordingNotWritten = DiagnosticExplanation(
        "The transcript could not be written",
        """
        Writing the transcript failed (a full disk, for example); it is printed instead, so nothing is \
        lost. The message gives the reason.
        """,
        .described, wrong: "signpost record new.transcript   (on a full disk)",
        right: "The same, with space on the disk.")
}
