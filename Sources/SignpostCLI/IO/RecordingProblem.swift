import DialogueKit

/// Why `signpost record` cannot keep a transcript where it was asked to, as a value with its code.
enum RecordingProblem: DiagnosticMessage, Equatable {
    case fileExists
    /// The path is a folder: `suggestion` is a file name inside it.
    case isAFolder(suggestion: String)
    case folderMissing(String)
    case folderIsAFile(String)
    case folderNotWritable(String)
    /// Someone made the file during the conversation, and no other name beside it was free.
    case takenMeanwhile
    /// The write failed, for `reason`: the transcript is printed instead.
    case notWritten(PrivateFile.Failure)

    var severity: Diagnostic.Severity { .error }

    var code: DiagnosticCode {
        switch self {
        case .fileExists: .recordingFileExists
        case .isAFolder: .recordingPlaceIsAFolder
        case .folderMissing: .recordingFolderMissing
        case .folderIsAFile: .recordingFolderIsAFile
        case .folderNotWritable: .recordingFolderNotWritable
        case .takenMeanwhile: .recordingFileTakenMeanwhile
        case .notWritten: .recordingNotWritten
        }
    }

    var message: String {
        switch self {
        case .fileExists: "the file exists already; choose another name, or add --force to overwrite it"
        case .isAFolder(let suggestion): "this is a folder; name a file inside it, such as \(suggestion)"
        case .folderMissing(let folder):
            "the folder '\(folder)' does not exist; create it first (mkdir -p \(folder)) or choose another path"
        case .folderIsAFile(let folder): "'\(folder)' is a file, not a folder"
        case .folderNotWritable(let folder): "the folder '\(folder)' cannot be written to; choose another folder"
        case .takenMeanwhile:
            "the file was created by something else during the conversation and no other name was free; here is the transcript instead, so nothing is lost"
        case .notWritten(let failure):
            "could not write the transcript (\(failure.message)); here it is instead, so nothing is lost"
        }
    }
}
