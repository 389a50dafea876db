// SPDX-License-Identifier: Apache-2.0

extension AWSTimestamp {
    /// Parses an RFC 3339 date-time such as `2015-08-30T13:36:00Z` or `2015-08-30T14:36:00.5+01:00`,
    /// the form of `Expiration` in a container credentials reply. Returns `nil` for anything else.
    ///
    /// A fraction of a second is dropped, which moves the time earlier, never later.
    init?(iso8601 text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] | 0x20 == UInt8(ascii: "t"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let year = Self.number(bytes[0..<4]), let month = Self.number(bytes[5..<7]),
            let day = Self.number(bytes[8..<10]), let hour = Self.number(bytes[11..<13]),
            let minute = Self.number(bytes[14..<16]), let second = Self.number(bytes[17..<19]),
            (1...12).contains(month), (1...31).contains(day), (0..<24).contains(hour),
            (0..<60).contains(minute), (0...60).contains(second),
            let offsetSeconds = Self.offsetSeconds(bytes[Self.endOfFraction(bytes, from: 19)...])
        else { return nil }

        let local = AWSTimestamp(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        self.init(secondsSince1970: local.secondsSince1970 - offsetSeconds)
    }

    /// Returns the value of `digits` when all are ASCII digits.
    private static func number(_ digits: ArraySlice<UInt8>) -> Int64? {
        var value: Int64 = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int64(digit - UInt8(ascii: "0"))
        }
        return value
    }

    /// Returns the index after a `.` and its digits at `start`, or `start` when there is no fraction,
    /// or the end of `bytes` when the dot has no digit, so the zone check fails.
    private static func endOfFraction(_ bytes: [UInt8], from start: Int) -> Int {
        guard bytes[start] == UInt8(ascii: ".") else { return start }
        var index = start + 1
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            index += 1
        }
        return index > start + 1 ? index : bytes.count
    }

    /// Returns the seconds east of UTC that `zone` names: `Z`, or `+HH:MM` or `-HH:MM`.
    private static func offsetSeconds(_ zone: ArraySlice<UInt8>) -> Int64? {
        if zone.count == 1, zone.first! | 0x20 == UInt8(ascii: "z") { return 0 }
        let start = zone.startIndex
        guard zone.count == 6, zone[start] == UInt8(ascii: "+") || zone[start] == UInt8(ascii: "-"),
            zone[start + 3] == UInt8(ascii: ":"),
            let hours = number(zone[start + 1..<start + 3]), let minutes = number(zone[start + 4..<start + 6]),
            hours < 24, minutes < 60
        else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return zone[start] == UInt8(ascii: "-") ? -seconds : seconds
    }
}
