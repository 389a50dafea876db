// SPDX-License-Identifier: Apache-2.0

extension AWSTimestamp {
    private static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// Parses an IMF-fixdate such as `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 section 5.6.7), the
    /// form of the `Date` response header; returns `nil` for anything else.
    init?(httpDate text: String) {
        let fields = text.split(separator: " ")
        guard fields.count == 6, fields[0].hasSuffix(","), fields[5] == "GMT",
            let day = Int64(fields[1]), (1...31).contains(day),
            let monthIndex = Self.monthNames.firstIndex(of: String(fields[2])),
            let year = Int64(fields[3]), (1970...9999).contains(year)
        else { return nil }

        let clock = fields[4].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3, let hour = Int64(clock[0]), let minute = Int64(clock[1]),
            let second = Int64(clock[2]), (0..<24).contains(hour), (0..<60).contains(minute),
            (0...60).contains(second)
        else { return nil }

        self.init(
            year: year,
            month: Int64(monthIndex + 1),
            day: day,
            hour: hour,
            minute: minute,
            second: second
        )
    }
}
