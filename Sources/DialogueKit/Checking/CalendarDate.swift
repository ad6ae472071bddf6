/// A date as authors write it, `YYYY-MM-DD`, without time zones: enough to tell whether advice was
/// reviewed within the last twelve months.
package struct CalendarDate: Hashable, Sendable, Comparable {
    package var year: Int
    var month: Int
    var day: Int

    package init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD`; `nil` for anything else.
    package init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The same day twelve months earlier.
    var twelveMonthsEarlier: CalendarDate {
        CalendarDate(year: year - 1, month: month, day: day)
    }
}
