// SPDX-License-Identifier: Apache-2.0

/// The `START`, `END` and `REPORT` lines Lambda writes around each invocation, in its text format.
public enum PlatformLines {
    /// The figures of one `REPORT` line.
    public struct Report: Sendable {
        /// The invocation's request ID.
        public var requestID: String
        /// Milliseconds from hand-out to the result.
        public var durationMilliseconds: Double
        /// The configured memory size in MB.
        public var memorySizeMB: Int
        /// The peak resident memory of the process in MB.
        public var maxMemoryUsedMB: Int
        /// Milliseconds from spawn to the first `/next`, on a cold start only.
        public var initDurationMilliseconds: Double?
        /// `timeout` or `error` when the invocation did not succeed normally, else `nil`.
        public var status: String?
        /// The platform error type shown after an `error` status.
        public var errorType: String?
    }

    /// Returns `START RequestId: <id> Version: <version>`.
    public static func start(requestID: String, version: String) -> String {
        "START RequestId: \(requestID) Version: \(version)"
    }

    /// Returns `END RequestId: <id>`.
    public static func end(requestID: String) -> String {
        "END RequestId: \(requestID)"
    }

    /// Returns the tab-separated `REPORT` line; the billed duration is the duration rounded up to a ms.
    public static func report(_ report: Report) -> String {
        var fields = [
            "REPORT RequestId: \(report.requestID)",
            "Duration: \(twoDecimals(report.durationMilliseconds)) ms",
            "Billed Duration: \(billedMilliseconds(report.durationMilliseconds)) ms",
            "Memory Size: \(report.memorySizeMB) MB",
            "Max Memory Used: \(report.maxMemoryUsedMB) MB",
        ]
        if let initDuration = report.initDurationMilliseconds {
            fields.append("Init Duration: \(twoDecimals(initDuration)) ms")
        }
        if let status = report.status { fields.append("Status: \(status)") }
        if let errorType = report.errorType { fields.append("Error Type: \(errorType)") }
        return fields.joined(separator: "\t")
    }

    /// Returns `milliseconds` rounded up to a whole number, and at least 1.
    static func billedMilliseconds(_ milliseconds: Double) -> Int {
        max(1, Int(milliseconds.rounded(.up)))
    }

    /// Formats `value` with exactly two decimals, as `printf("%.2f")` would.
    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((max(0, value) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
