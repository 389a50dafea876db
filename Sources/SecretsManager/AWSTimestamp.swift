// SPDX-License-Identifier: Apache-2.0

/// A UTC instant in whole seconds, rendered in the two forms SigV4 uses.
struct AWSTimestamp: Equatable, Sendable {
    /// Seconds since 1970-01-01T00:00:00Z.
    let secondsSince1970: Int64

    /// The `X-Amz-Date` form, `YYYYMMDD'T'HHMMSS'Z'`, such as `20150830T123600Z`.
    var basicFormat: String {
        let (year, month, day) = Self.civilDate(
            fromDays: Self.floorDivide(secondsSince1970, 86_400)
        )
        let secondOfDay = secondsSince1970 - Self.floorDivide(secondsSince1970, 86_400) * 86_400
        return Self.padded(year, 4) + Self.padded(month, 2) + Self.padded(day, 2) + "T"
            + Self.padded(secondOfDay / 3600, 2) + Self.padded(secondOfDay / 60 % 60, 2)
            + Self.padded(secondOfDay % 60, 2) + "Z"
    }

    /// The credential scope's date, `YYYYMMDD`.
    var dateStamp: String { String(basicFormat.prefix(8)) }

    /// Creates a timestamp from civil UTC fields; `month` and `day` count from 1.
    init(year: Int64, month: Int64, day: Int64, hour: Int64, minute: Int64, second: Int64) {
        let days = Self.days(fromYear: year, month: month, day: day)
        secondsSince1970 = days * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// Creates a timestamp from seconds since 1970; fractions must already be dropped.
    init(secondsSince1970: Int64) {
        self.secondsSince1970 = secondsSince1970
    }

    /// Days from 1970-01-01 to the given proleptic Gregorian date (the "days from civil" algorithm
    /// described by Howard Hinnant in "chrono-Compatible Low-Level Date Algorithms").
    private static func days(fromYear year: Int64, month: Int64, day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = floorDivide(shiftedYear, 400)
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of ``days(fromYear:month:day:)``.
    private static func civilDate(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    }

    private static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
