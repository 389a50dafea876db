// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import LambdaEmulator

@Suite struct FormattingTests {
    @Test func reportLineMatchesLambdaLayout() {
        let report = PlatformLines.Report(
            requestID: "id-1",
            durationMilliseconds: 1.234,
            memorySizeMB: 128,
            maxMemoryUsedMB: 9,
            initDurationMilliseconds: 12.345,
            status: nil,
            errorType: nil
        )
        #expect(
            PlatformLines.report(report)
                == "REPORT RequestId: id-1\tDuration: 1.23 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\t"
                + "Max Memory Used: 9 MB\tInit Duration: 12.35 ms"
        )
    }

    @Test func warmReportHasNoInitDurationAndShowsStatus() {
        let report = PlatformLines.Report(
            requestID: "id-2",
            durationMilliseconds: 1000,
            memorySizeMB: 256,
            maxMemoryUsedMB: 3,
            initDurationMilliseconds: nil,
            status: "timeout",
            errorType: nil
        )
        #expect(
            PlatformLines.report(report)
                == "REPORT RequestId: id-2\tDuration: 1000.00 ms\tBilled Duration: 1000 ms\tMemory Size: 256 MB\t"
                + "Max Memory Used: 3 MB\tStatus: timeout"
        )
    }

    @Test func startAndEndLines() {
        #expect(PlatformLines.start(requestID: "r", version: "$LATEST") == "START RequestId: r Version: $LATEST")
        #expect(PlatformLines.end(requestID: "r") == "END RequestId: r")
    }

    @Test func payloadLineKeepsJSONOnOneLine() {
        let rendered = PayloadLine.render(bytes("{\r\n  \"a\": [1,\n 2]\n}\n"))
        #expect(rendered.isJSON)
        #expect(text(rendered.line) == "{  \"a\": [1, 2]}")
    }

    @Test func payloadLineQuotesNonJSON() {
        let rendered = PayloadLine.render(bytes("plain \"text\"\nnext"))
        #expect(!rendered.isJSON)
        #expect(text(rendered.line) == #""plain \"text\"\nnext""#)
    }

    @Test func errorPayloadEscapesQuotesBackslashesAndNewlines() {
        let payload = LambdaErrorPayload(errorMessage: "a \"b\" \\ c\nd", errorType: "T")
        #expect(text(payload.json) == #"{"errorMessage":"a \"b\" \\ c\nd","errorType":"T"}"#)
    }

    @Test func latencySummaryUsesNearestRank() throws {
        let summary = try #require(LatencySummary(milliseconds: (1...100).map(Double.init).reversed()))
        #expect(summary.p50 == 50)
        #expect(summary.p90 == 90)
        #expect(summary.p99 == 99)
        #expect(LatencySummary(milliseconds: []) == nil)
    }

    @Test func credentialsDescriptionHidesSecrets() {
        let credentials = TemporaryCredentials()
        let rendered = "\(credentials)" + String(reflecting: credentials)
        #expect(!rendered.contains(credentials.secretAccessKey))
        #expect(!rendered.contains(credentials.sessionToken))
    }
}
