extension DiagnosticCode {
    /// The longer explanation `signpost explain` prints. Each family's switch below names every code: its own
    /// with their explanation, the others' as not its own; so a new code is a compile error in each of them
    /// until one family explains it.
    /// A code every family passes over still gets a page, never a trap (DiagnosticCodeTests asks each
    /// code for a real explanation).
    var explanation: DiagnosticExplanation {
        parsingExplanation ?? loadingExplanation ?? checkingExplanation ?? transcriptExplanation
            ?? DiagnosticExplanation(
                rawValue, "No longer explanation is written for this code yet.", .described, wrong: "", right: "")
    }

    /// Parsing (`SP1xx`): the file is not text the dialogue format's YAML subset can read.
    private var parsingExplanation: DiagnosticExplanation? {
        switch self {
        case .fileTooLargeToParse: .fileTooLargeToParse
        case .invalidUTF8: .invalidUTF8
        case .nulByte: .nulByte
        case .controlCharacterInFile: .controlCharacterInFile
        case .loneCarriageReturn: .loneCarriageReturn
        case .nestingTooDeep: .nestingTooDeep
        case .unsupportedYAMLFeature: .unsupportedYAMLFeature
        case .tabIndentation: .tabIndentation
        case .badIndentation: .badIndentation
        case .indentedTooFar: .indentedTooFar
        case .continuationIndentedTooLittle: .continuationIndentedTooLittle
        case .keyIndentedTooFar: .keyIndentedTooFar
        case .duplicateKey: .duplicateKey
        case .missingColon: .missingColon
        case .colonInText: .colonInText
        case .listItemAfterKey: .listItemAfterKey
        case .unexpectedContent: .unexpectedContent
        case .unterminatedQuote: .unterminatedQuote
        case .invalidEscape: .invalidEscape
        case .commentNeedsSpace: .commentNeedsSpace
        case .keyTooLong: .keyTooLong
        case .multilineKey: .multilineKey
        case .invalidBlockScalarHeader: .invalidBlockScalarHeader
        case .blockScalarLeadingSpaces: .blockScalarLeadingSpaces
        case .flowExpected: .flowExpected
        case .unterminatedFlow: .unterminatedFlow
        case .documentMarkerInText: .documentMarkerInText
        case .emptyFlowEntry: .emptyFlowEntry
        case .listItemInMapping: .listItemInMapping
        case .lineOutsideStructure: .lineOutsideStructure
        case .noSuchFile, .notAFile, .fileTooLarge, .outsideFolder, .linkLoop, .unreadableFile, .notText, .badFileName,
            .emptyFile, .includesTooDeep, .includeCycle, .unusedPart, .unknownKey, .missingKey, .wrongKind, .emptyText,
            .unknownNode, .duplicateNode, .nodeNeedsKind, .nodeHasTwoKinds, .keyNotAllowed, .noChoices,
            .anytimeTargetNotMessage, .unknownCommand, .unknownContact, .unknownTag, .unknownEntryKind,
            .routesNeedDefault, .routeAfterDefault, .unreachableNode, .cannotReachEnd, .messageLoop,
            .questionMayOfferNothing, .answersClash, .answerIsANumber, .answerClashesWithCommand, .flagNeverTested,
            .flagNeverSet, .controlCharacterInText, .undeclaredPhoneNumber, .undeclaredAddress, .unusedContactDetail,
            .reviewedLongAgo, .partReviewedLongAgo, .reviewedNotADate, .notReviewed, .noSources, .firstQuestionBroken,
            .worksEverywhereBroken, .everyEndingMentionsBroken, .everyPlanIncludesBroken, .neverReachesBroken,
            .tooManyStates, .failSafeMissed, .failSafeNotMessage, .failSafeWithoutSafeAnswer, .noLexicon,
            .failSafeSaysNothing, .contactOfAnotherService, .lookAlikeInPhoneNumber, .textCutByComment, .neverShown,
            .textChanged, .notUnderstood, .ambiguous, .routeChanged, .stopsElsewhere, .endingChanged,
            .planStepCountChanged, .planLostStep, .lostService, .answerMeaningChanged, .expectedNodeNotVisited,
            .expectedEndNotReached, .expectedPlanStepMissing, .unexpectedPlanStep, .expectationNamesNoNode,
            .unknownExpectation, .transcriptNamesNoDialogue, .transcriptDialogueRefused, .transcriptDialogueFails,
            .transcriptUnreadable, .recordingFileExists, .recordingPlaceIsAFolder, .recordingFolderMissing,
            .recordingFolderIsAFile, .recordingFolderNotWritable, .recordingFileTakenMeanwhile, .recordingNotWritten:
            nil
        }
    }

    /// Loading (`SP2xx`): files and includes, keys and nodes.
    private var loadingExplanation: DiagnosticExplanation? {
        switch self {
        case .noSuchFile: .noSuchFile
        case .notAFile: .notAFile
        case .fileTooLarge: .fileTooLarge
        case .outsideFolder: .outsideFolder
        case .linkLoop: .linkLoop
        case .unreadableFile: .unreadableFile
        case .notText: .notText
        case .badFileName: .badFileName
        case .emptyFile: .emptyFile
        case .includesTooDeep: .includesTooDeep
        case .includeCycle: .includeCycle
        case .unusedPart: .unusedPart
        case .unknownKey: .unknownKey
        case .missingKey: .missingKey
        case .wrongKind: .wrongKind
        case .emptyText: .emptyText
        case .unknownNode: .unknownNode
        case .duplicateNode: .duplicateNode
        case .nodeNeedsKind: .nodeNeedsKind
        case .nodeHasTwoKinds: .nodeHasTwoKinds
        case .keyNotAllowed: .keyNotAllowed
        case .noChoices: .noChoices
        case .anytimeTargetNotMessage: .anytimeTargetNotMessage
        case .unknownCommand: .unknownCommand
        case .unknownContact: .unknownContact
        case .unknownTag: .unknownTag
        case .unknownEntryKind: .unknownEntryKind
        case .routesNeedDefault: .routesNeedDefault
        case .routeAfterDefault: .routeAfterDefault
        case .fileTooLargeToParse, .invalidUTF8, .nulByte, .controlCharacterInFile, .loneCarriageReturn,
            .nestingTooDeep, .unsupportedYAMLFeature, .tabIndentation, .badIndentation, .indentedTooFar,
            .continuationIndentedTooLittle, .keyIndentedTooFar, .duplicateKey, .missingColon, .colonInText,
            .listItemAfterKey, .unexpectedContent, .unterminatedQuote, .invalidEscape, .commentNeedsSpace, .keyTooLong,
            .multilineKey, .invalidBlockScalarHeader, .blockScalarLeadingSpaces, .flowExpected, .unterminatedFlow,
            .documentMarkerInText, .emptyFlowEntry, .listItemInMapping, .lineOutsideStructure, .unreachableNode,
            .cannotReachEnd, .messageLoop, .questionMayOfferNothing, .answersClash, .answerIsANumber,
            .answerClashesWithCommand, .flagNeverTested, .flagNeverSet, .controlCharacterInText, .undeclaredPhoneNumber,
            .undeclaredAddress, .unusedContactDetail, .reviewedLongAgo, .partReviewedLongAgo, .reviewedNotADate,
            .notReviewed, .noSources, .firstQuestionBroken, .worksEverywhereBroken, .everyEndingMentionsBroken,
            .everyPlanIncludesBroken, .neverReachesBroken, .tooManyStates, .failSafeMissed, .failSafeNotMessage,
            .failSafeWithoutSafeAnswer, .noLexicon, .failSafeSaysNothing, .contactOfAnotherService,
            .lookAlikeInPhoneNumber, .textCutByComment, .neverShown, .textChanged, .notUnderstood, .ambiguous,
            .routeChanged, .stopsElsewhere, .endingChanged, .planStepCountChanged, .planLostStep, .lostService,
            .answerMeaningChanged, .expectedNodeNotVisited, .expectedEndNotReached, .expectedPlanStepMissing,
            .unexpectedPlanStep, .expectationNamesNoNode, .unknownExpectation, .transcriptNamesNoDialogue,
            .transcriptDialogueRefused, .transcriptDialogueFails, .transcriptUnreadable, .recordingFileExists,
            .recordingPlaceIsAFolder, .recordingFolderMissing, .recordingFolderIsAFile, .recordingFolderNotWritable,
            .recordingFileTakenMeanwhile, .recordingNotWritten:
            nil
        }
    }

    /// Checking (`SP3xx`): structure, answers, flags, texts, metadata, guarantees, failing safe.
    private var checkingExplanation: DiagnosticExplanation? {
        switch self {
        case .unreachableNode: .unreachableNode
        case .cannotReachEnd: .cannotReachEnd
        case .messageLoop: .messageLoop
        case .questionMayOfferNothing: .questionMayOfferNothing
        case .answersClash: .answersClash
        case .answerIsANumber: .answerIsANumber
        case .answerClashesWithCommand: .answerClashesWithCommand
        case .flagNeverTested: .flagNeverTested
        case .flagNeverSet: .flagNeverSet
        case .controlCharacterInText: .controlCharacterInText
        case .undeclaredPhoneNumber: .undeclaredPhoneNumber
        case .undeclaredAddress: .undeclaredAddress
        case .unusedContactDetail: .unusedContactDetail
        case .reviewedLongAgo: .reviewedLongAgo
        case .partReviewedLongAgo: .partReviewedLongAgo
        case .reviewedNotADate: .reviewedNotADate
        case .notReviewed: .notReviewed
        case .noSources: .noSources
        case .firstQuestionBroken: .firstQuestionBroken
        case .worksEverywhereBroken: .worksEverywhereBroken
        case .everyEndingMentionsBroken: .everyEndingMentionsBroken
        case .everyPlanIncludesBroken: .everyPlanIncludesBroken
        case .neverReachesBroken: .neverReachesBroken
        case .tooManyStates: .tooManyStates
        case .failSafeMissed: .failSafeMissed
        case .failSafeNotMessage: .failSafeNotMessage
        case .failSafeWithoutSafeAnswer: .failSafeWithoutSafeAnswer
        case .noLexicon: .noLexicon
        case .failSafeSaysNothing: .failSafeSaysNothing
        case .contactOfAnotherService: .contactOfAnotherService
        case .lookAlikeInPhoneNumber: .lookAlikeInPhoneNumber
        case .textCutByComment: .textCutByComment
        case .neverShown: .neverShown
        case .fileTooLargeToParse, .invalidUTF8, .nulByte, .controlCharacterInFile, .loneCarriageReturn,
            .nestingTooDeep, .unsupportedYAMLFeature, .tabIndentation, .badIndentation, .indentedTooFar,
            .continuationIndentedTooLittle, .keyIndentedTooFar, .duplicateKey, .missingColon, .colonInText,
            .listItemAfterKey, .unexpectedContent, .unterminatedQuote, .invalidEscape, .commentNeedsSpace, .keyTooLong,
            .multilineKey, .invalidBlockScalarHeader, .blockScalarLeadingSpaces, .flowExpected, .unterminatedFlow,
            .documentMarkerInText, .emptyFlowEntry, .listItemInMapping, .lineOutsideStructure, .noSuchFile, .notAFile,
            .fileTooLarge, .outsideFolder, .linkLoop, .unreadableFile, .notText, .badFileName, .emptyFile,
            .includesTooDeep, .includeCycle, .unusedPart, .unknownKey, .missingKey, .wrongKind, .emptyText,
            .unknownNode, .duplicateNode, .nodeNeedsKind, .nodeHasTwoKinds, .keyNotAllowed, .noChoices,
            .anytimeTargetNotMessage, .unknownCommand, .unknownContact, .unknownTag, .unknownEntryKind,
            .routesNeedDefault, .routeAfterDefault, .textChanged, .notUnderstood, .ambiguous, .routeChanged,
            .stopsElsewhere, .endingChanged, .planStepCountChanged, .planLostStep, .lostService, .answerMeaningChanged,
            .expectedNodeNotVisited, .expectedEndNotReached, .expectedPlanStepMissing, .unexpectedPlanStep,
            .expectationNamesNoNode, .unknownExpectation, .transcriptNamesNoDialogue, .transcriptDialogueRefused,
            .transcriptDialogueFails, .transcriptUnreadable, .recordingFileExists, .recordingPlaceIsAFolder,
            .recordingFolderMissing, .recordingFolderIsAFile, .recordingFolderNotWritable, .recordingFileTakenMeanwhile,
            .recordingNotWritten:
            nil
        }
    }

    /// Transcripts (`SP4xx`): a replay that differs, an expectation not met, a transcript or recording that fails.
    private var transcriptExplanation: DiagnosticExplanation? {
        switch self {
        case .textChanged: .textChanged
        case .notUnderstood: .notUnderstood
        case .ambiguous: .ambiguous
        case .routeChanged: .routeChanged
        case .stopsElsewhere: .stopsElsewhere
        case .endingChanged: .endingChanged
        case .planStepCountChanged: .planStepCountChanged
        case .planLostStep: .planLostStep
        case .lostService: .lostService
        case .answerMeaningChanged: .answerMeaningChanged
        case .expectedNodeNotVisited: .expectedNodeNotVisited
        case .expectedEndNotReached: .expectedEndNotReached
        case .expectedPlanStepMissing: .expectedPlanStepMissing
        case .unexpectedPlanStep: .unexpectedPlanStep
        case .expectationNamesNoNode: .expectationNamesNoNode
        case .unknownExpectation: .unknownExpectation
        case .transcriptNamesNoDialogue: .transcriptNamesNoDialogue
        case .transcriptDialogueRefused: .transcriptDialogueRefused
        case .transcriptDialogueFails: .transcriptDialogueFails
        case .transcriptUnreadable: .transcriptUnreadable
        case .recordingFileExists: .recordingFileExists
        case .recordingPlaceIsAFolder: .recordingPlaceIsAFolder
        case .recordingFolderMissing: .recordingFolderMissing
        case .recordingFolderIsAFile: .recordingFolderIsAFile
        case .recordingFolderNotWritable: .recordingFolderNotWritable
        case .recordingFileTakenMeanwhile: .recordingFileTakenMeanwhile
        case .recordingNotWritten: .recordingNotWritten
        case .fileTooLargeToParse, .invalidUTF8, .nulByte, .controlCharacterInFile, .loneCarriageReturn,
            .nestingTooDeep, .unsupportedYAMLFeature, .tabIndentation, .badIndentation, .indentedTooFar,
            .continuationIndentedTooLittle, .keyIndentedTooFar, .duplicateKey, .missingColon, .colonInText,
            .listItemAfterKey, .unexpectedContent, .unterminatedQuote, .invalidEscape, .commentNeedsSpace, .keyTooLong,
            .multilineKey, .invalidBlockScalarHeader, .blockScalarLeadingSpaces, .flowExpected, .unterminatedFlow,
            .documentMarkerInText, .emptyFlowEntry, .listItemInMapping, .lineOutsideStructure, .noSuchFile, .notAFile,
            .fileTooLarge, .outsideFolder, .linkLoop, .unreadableFile, .notText, .badFileName, .emptyFile,
            .includesTooDeep, .includeCycle, .unusedPart, .unknownKey, .missingKey, .wrongKind, .emptyText,
            .unknownNode, .duplicateNode, .nodeNeedsKind, .nodeHasTwoKinds, .keyNotAllowed, .noChoices,
            .anytimeTargetNotMessage, .unknownCommand, .unknownContact, .unknownTag, .unknownEntryKind,
            .routesNeedDefault, .routeAfterDefault, .unreachableNode, .cannotReachEnd, .messageLoop,
            .questionMayOfferNothing, .answersClash, .answerIsANumber, .answerClashesWithCommand, .flagNeverTested,
            .flagNeverSet, .controlCharacterInText, .undeclaredPhoneNumber, .undeclaredAddress, .unusedContactDetail,
            .reviewedLongAgo, .partReviewedLongAgo, .reviewedNotADate, .notReviewed, .noSources, .firstQuestionBroken,
            .worksEverywhereBroken, .everyEndingMentionsBroken, .everyPlanIncludesBroken, .neverReachesBroken,
            .tooManyStates, .failSafeMissed, .failSafeNotMessage, .failSafeWithoutSafeAnswer, .noLexicon,
            .failSafeSaysNothing, .contactOfAnotherService, .lookAlikeInPhoneNumber, .textCutByComment, .neverShown:
            nil
        }
    }
}
