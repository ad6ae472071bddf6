/// A transcript cut at each input: the input, then the lines after it up to the next input.
struct TranscriptSegment {
    package var input: String?
    var leadingComments: [Transcript.Line] = []
    var otherComments: [Transcript.Line] = []

    package static func split(_ transcript: Transcript) -> [TranscriptSegment] {
        var segments = [TranscriptSegment(input: nil)]
        var sawOutput = false
        for line in transcript.lines {
            switch line {
            case .input(let text):
                segments.append(TranscriptSegment(input: text))
                sawOutput = false
            case .comment:
                if sawOutput {
                    segments[segments.count - 1].otherComments.append(line)
                } else {
                    segments[segments.count - 1].leadingComments.append(line)
                }
            case .output:
                sawOutput = true
            }
        }
        return segments
    }
}
