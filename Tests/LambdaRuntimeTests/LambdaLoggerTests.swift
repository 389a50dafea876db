// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import LambdaRuntime
import Testing

final class LineCollector: @unchecked Sendable {
    // Sendable because each test writes and reads it from one task.
    var lines: [String] = []
}

@Suite struct LambdaLoggerTests {
    @Test func textIsDefaultAndCarriesRequestIDAndMetadata() throws {
        let collector = LineCollector()
        let logger = LambdaLogger(environment: [:]) { collector.lines.append($0) }.with(requestID: "r-1")

        logger.info("request answered", metadata: [("http.status", "200")])

        let line = try #require(collector.lines.first)
        let fields = line.split(separator: "\t").map(String.init)
        #expect(fields.count == 4)
        #expect(fields[1] == "r-1")
        #expect(fields[2] == "INFO")
        #expect(fields[3] == "request answered http.status=200")
    }

    @Test func jsonFormatWritesOneObjectPerLine() throws {
        let collector = LineCollector()
        let logger = LambdaLogger(environment: ["AWS_LAMBDA_LOG_FORMAT": "json"]) { collector.lines.append($0) }.with(
            requestID: "r-2"
        )

        logger.warning("reload failed", metadata: [("error.type", "Throttling\n\"x\"")])

        let line = try #require(collector.lines.first)
        let object = try JSONDecoder().decode([String: String].self, from: Data(line.utf8))
        #expect(object["level"] == "WARN")
        #expect(object["requestId"] == "r-2")
        #expect(object["message"] == "reload failed")
        #expect(object["error.type"] == "Throttling\n\"x\"")
        #expect(object["timestamp"]?.count == 24)
        #expect(!line.contains("\n"))
    }

    @Test(arguments: [("TRACE", 5), ("DEBUG", 4), ("INFO", 3), ("WARN", 2), ("ERROR", 1), ("FATAL", 0), ("bogus", 3)])
    func levelFiltersLowerLevels(level: String, expectedLines: Int) {
        let collector = LineCollector()
        let logger = LambdaLogger(environment: ["AWS_LAMBDA_LOG_LEVEL": level]) { collector.lines.append($0) }

        logger.trace("t")
        logger.debug("d")
        logger.info("i")
        logger.warning("w")
        logger.error("e")

        #expect(collector.lines.count == expectedLines)
    }

    @Test func timestampIsRFC3339WithMilliseconds() {
        #expect(Timestamp.iso8601(millisecondsSinceEpoch: 1_796_396_645_007) == "2026-12-04T15:04:05.007Z")
    }
}
