// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials

/// Figures of a `--repeat` run for `invoke --stats-json`: init duration, latency, and the CPU time
/// and peak memory the kernel accounted to the function process.
///
/// Warm figures cover the invocations after the latest cold start, so a process restarted by a crash
/// or a timeout starts them afresh; `coldStarts` shows when that happened.
public struct RunStatistics: Sendable, Encodable {
    /// Invocations run.
    public private(set) var invocations = 0

    /// Invocations that started a process.
    public private(set) var coldStarts = 0

    /// Milliseconds from the first process start to its first `/next`.
    public private(set) var initDurationMilliseconds: Double?

    /// Milliseconds the first invocation took as its caller saw it, init included.
    public private(set) var coldLatencyMilliseconds: Double?

    /// Percentiles of the caller's latency over the warm invocations.
    public var warmLatency: Percentiles? {
        LatencySummary(milliseconds: warmLatencies).map { Percentiles(p50: $0.p50, p90: $0.p90, p99: $0.p99) }
    }

    /// CPU time of the process from its start to the end of its first invocation, in ms.
    public private(set) var coldCPUMilliseconds: Double?

    /// CPU time per warm invocation: the process's CPU time over the warm invocations divided by their
    /// number, in ms.
    public private(set) var warmCPUMillisecondsPerInvocation: Double?

    /// The largest peak resident set size read after any invocation, in KiB.
    public private(set) var peakMemoryKB: Int?

    private var warmLatencies: [Double] = []
    private var coldUsage: ProcessUsage?

    /// Percentiles in ms.
    public struct Percentiles: Sendable, Equatable, Encodable {
        /// The median.
        public var p50: Double
        /// The 90th percentile.
        public var p90: Double
        /// The 99th percentile.
        public var p99: Double
    }

    /// Creates an empty record.
    public init() {}

    /// Adds one invocation: its result, the latency its caller saw, and the process usage read right
    /// after it, `nil` when no process was running.
    public mutating func record(_ result: InvocationResult, latencyMilliseconds: Double, usage: ProcessUsage?) {
        invocations += 1
        if let usage { peakMemoryKB = max(peakMemoryKB ?? 0, usage.peakMemoryKB) }
        if let initDuration = result.initDurationMilliseconds {
            coldStarts += 1
            if coldStarts == 1 {
                initDurationMilliseconds = initDuration
                coldLatencyMilliseconds = latencyMilliseconds
                coldCPUMilliseconds = usage?.cpuMilliseconds
            }
            warmLatencies = []
            coldUsage = usage
            warmCPUMillisecondsPerInvocation = nil
            return
        }
        warmLatencies.append(latencyMilliseconds)
        if let coldUsage, let usage {
            let spent = usage.cpuMilliseconds - coldUsage.cpuMilliseconds
            warmCPUMillisecondsPerInvocation = spent / Double(warmLatencies.count)
        }
    }

    /// Returns the figures as pretty-printed JSON with sorted keys; absent figures are left out.
    public func json() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return Array(try encoder.encode(self))
    }

    private enum CodingKeys: String, CodingKey {
        case invocations, coldStarts, initDurationMilliseconds, coldLatencyMilliseconds, warmLatency
        case coldCPUMilliseconds, warmCPUMillisecondsPerInvocation, peakMemoryKB
    }

    /// Encodes every figure that is known, the warm latency percentiles included.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(invocations, forKey: .invocations)
        try container.encode(coldStarts, forKey: .coldStarts)
        try container.encodeIfPresent(initDurationMilliseconds, forKey: .initDurationMilliseconds)
        try container.encodeIfPresent(coldLatencyMilliseconds, forKey: .coldLatencyMilliseconds)
        try container.encodeIfPresent(warmLatency, forKey: .warmLatency)
        try container.encodeIfPresent(coldCPUMilliseconds, forKey: .coldCPUMilliseconds)
        try container.encodeIfPresent(warmCPUMillisecondsPerInvocation, forKey: .warmCPUMillisecondsPerInvocation)
        try container.encodeIfPresent(peakMemoryKB, forKey: .peakMemoryKB)
    }
}
