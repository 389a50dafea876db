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
}
