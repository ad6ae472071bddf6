/// Metadata: the review dates (missing, not a date, or more than twelve months old) of the dialogue,
/// each included file and each node, and the sources.
extension DialogueChecker {
    func metadata() -> [CheckFinding] {
        let source =
            dialogue.metadataSource
            ?? SourceReference(
                file: dialogue.file, range: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0)))
        var findings: [CheckFinding] = []
        if let reviewed = dialogue.reviewed {
            if let date = CalendarDate(reviewed) {
                if date < today.twelveMonthsEarlier {
                    findings.append(CheckFinding(.reviewedLongAgo(reviewed), at: source))
                }
            } else {
                findings.append(CheckFinding(.reviewedNotADate(reviewed), at: source))
            }
        } else {
            findings.append(CheckFinding(.notReviewed, at: source))
        }
        if dialogue.sources.isEmpty { findings.append(CheckFinding(.noSources, at: source)) }
        for part in dialogue.partProvenance + dialogue.nodes.compactMap(\.provenance) {
            guard let reviewed = part.reviewed else { continue }
            if let date = CalendarDate(reviewed) {
                if date < today.twelveMonthsEarlier {
                    findings.append(CheckFinding(.partReviewedLongAgo(reviewed, part.scope), at: part.source))
                }
            } else {
                findings.append(CheckFinding(.reviewedNotADate(reviewed), at: part.source))
            }
        }
        return findings
    }
}
