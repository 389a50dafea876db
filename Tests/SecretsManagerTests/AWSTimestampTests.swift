// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import SecretsManager

@Suite struct AWSTimestampTests {
    @Test(arguments: [
        (Int64(0), "19700101T000000Z"),
        (1_440_938_160, "20150830T123600Z"),
        (951_782_400, "20000229T000000Z"),
        (4_107_542_399, "21000228T235959Z"),
        (-1, "19691231T235959Z"),
    ])
    func basicFormatRendersUTC(seconds: Int64, expected: String) {
        #expect(AWSTimestamp(secondsSince1970: seconds).basicFormat == expected)
    }

    @Test func dateStampIsFirstEightDigits() {
        #expect(AWSTimestamp(secondsSince1970: 1_440_938_160).dateStamp == "20150830")
    }

    @Test func civilFieldsRoundTrip() {
        let timestamp = AWSTimestamp(
            year: 2024,
            month: 2,
            day: 29,
            hour: 23,
            minute: 59,
            second: 58
        )
        #expect(timestamp.basicFormat == "20240229T235958Z")
    }

    @Test func httpDateParses() {
        #expect(
            AWSTimestamp(httpDate: "Sun, 30 Aug 2015 12:36:00 GMT")?.secondsSince1970
                == 1_440_938_160
        )
    }

    @Test(arguments: [
        "", "Sunday, 30-Aug-15 12:36:00 GMT", "Sun, 30 Aug 2015 12:36:00 UTC",
        "Sun, 30 Foo 2015 12:36:00 GMT",
        "Sun, 30 Aug 2015 25:36:00 GMT", "Sun, 30 Aug 2015 12:36 GMT",
    ])
    func malformedHTTPDateIsRejected(text: String) {
        #expect(AWSTimestamp(httpDate: text) == nil)
    }

    @Test(arguments: [
        ("2015-08-30T13:36:00Z", Int64(1_440_941_760)), ("2015-08-30t13:36:00z", 1_440_941_760),
        ("2015-08-30T13:36:00.999Z", 1_440_941_760), ("2015-08-30T13:36:00.5+01:00", 1_440_938_160),
        ("2015-08-30T13:36:00-02:30", 1_440_950_760), ("2024-02-29T23:59:60Z", 1_709_251_200),
        ("1970-01-01T00:00:00+00:00", 0),
    ])
    func iso8601Parses(text: String, seconds: Int64) {
        #expect(AWSTimestamp(iso8601: text)?.secondsSince1970 == seconds)
    }

    @Test(arguments: [
        "", "2015-08-30", "2015-08-30T13:36:00", "2015-08-30 13:36:00Z", "2015-08-30T13:36Z",
        "2015-13-30T13:36:00Z", "2015-08-32T13:36:00Z", "2015-08-30T24:00:00Z", "2015-08-30T13:60:00Z",
        "2015-08-30T13:36:00.Z", "2015-08-30T13:36:00+0100", "2015-08-30T13:36:00+24:00", "2015-08-30T13:36:00Zx",
        "+015-08-30T13:36:00Z", "2015-08-30T13:36:00 Z",
    ])
    func malformedISO8601IsRejected(text: String) {
        #expect(AWSTimestamp(iso8601: text) == nil)
    }
}
