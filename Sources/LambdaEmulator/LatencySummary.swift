// SPDX-License-Identifier: Apache-2.0

/// Percentiles of invocation latencies, for `--repeat` runs.
public struct LatencySummary: Sendable, Equatable {
    /// The number of samples.
    public let count: Int
    /// The median in ms.
    public let p50: Double
    /// The 90th percentile in ms.
    public let p90: Double
    /// The 99th percentile in ms.
    public let p99: Double

    /// Summarises `milliseconds` with the nearest-rank method, or returns `nil` for no samples.
    public init?(milliseconds: [Double]) {
        guard !milliseconds.isEmpty else { return nil }
        let sorted = milliseconds.sorted()
        func rank(_ percentile: Double) -> Double {
            let index = Int((percentile / 100 * Double(sorted.count)).rounded(.up)) - 1
            return sorted[min(max(index, 0), sorted.count - 1)]
        }
        count = sorted.count
        p50 = rank(50)
        p90 = rank(90)
        p99 = rank(99)
    }

    /// One line such as `latency over 100 invocations: p50 1.20 ms, p90 2.00 ms, p99 3.10 ms`.
    public var line: String {
        "latency over \(count) invocations: p50 \(PlatformLines.twoDecimals(p50)) ms, "
            + "p90 \(PlatformLines.twoDecimals(p90)) ms, p99 \(PlatformLines.twoDecimals(p99)) ms"
    }
}
