/// A school year typed where an age was asked ("year 9", "Y10", "S3"): never taken as an age, because a
/// year alone does not fix one. Signpost says the usual ages and asks for the age itself.
package struct SchoolYear: Hashable, Sendable {
    enum System: Hashable, Sendable {
        /// Year 1 to Year 13 in England and Wales (Northern Ireland numbers its years one higher).
        case englandAndWales
        /// P1 to P7 and S1 to S6 in Scotland.
        case scotland
    }

    let system: System
    /// How the year was typed, tidied: `Year 9`, `S3`.
    package let name: String
    package let number: Int

    init(system: System, name: String, number: Int) {
        self.system = system
        self.name = name
        self.number = number
    }

    /// In England and Wales, pupils in Year N are N+4 or N+5 during the school year.
    package var usualAges: ClosedRange<Int>? {
        system == .englandAndWales ? (number + 4)...(number + 5) : nil
    }

    /// The school year the words name, if any: a year word and a number ("year 9", "yr 12", "y10"), or a
    /// Scottish year letter with its number ("s3", "p7").
    static func find(in typed: TypedWords, lexicon: Lexicon) -> (year: SchoolYear, numberIndex: Int)? {
        let words = typed.words
        for index in words.indices.dropLast() {
            guard let number = Int(words[index + 1]), (1...14).contains(number) || words[index + 1].first == "0" else {
                continue
            }
            let word = words[index]
            if lexicon.schoolYearWords.contains(word), (1...13).contains(number) {
                return (SchoolYear(system: .englandAndWales, name: "Year \(number)", number: number), index + 1)
            }
            if lexicon.scottishYearLetters.contains(word), (1...7).contains(number) {
                return (SchoolYear(system: .scotland, name: word.uppercased() + "\(number)", number: number), index + 1)
            }
        }
        // "year nine"
        for index in words.indices.dropLast() where lexicon.schoolYearWords.contains(words[index]) {
            if let number = lexicon.numberWords[words[index + 1]], (1...13).contains(number) {
                return (SchoolYear(system: .englandAndWales, name: "Year \(number)", number: number), index + 1)
            }
        }
        return nil
    }
}
