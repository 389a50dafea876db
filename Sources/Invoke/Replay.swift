// SPDX-License-Identifier: Apache-2.0

import LambdaEmulator

/// Replays events through a host in order, printing payloads on stdout and progress on stderr.
struct Replay {
    let host: FunctionHost
    let events: [EventSources.Event]
    let repeatCount: Int
    let statisticsPath: String?

    /// Runs every invocation and returns whether each one returned a response.
    func run() -> Bool {
        let total = events.count * repeatCount
        var latencies: [Double] = []
        var allSucceeded = true
        var statistics = RunStatistics()
        for pass in 0..<repeatCount {
            for (index, event) in events.enumerated() {
                let startedAt = MonotonicInstant.now()
                let result = host.invoke(event.bytes)
                let latency = MonotonicInstant.now().milliseconds(since: startedAt)
                latencies.append(latency)
                if statisticsPath != nil {
                    statistics.record(result, latencyMilliseconds: latency, usage: host.processUsage())
                }
                allSucceeded = allSucceeded && result.kind == .response
                printPayload(result, source: event.source)
                reportProgress(done: pass * events.count + index + 1, total: total)
            }
        }
        if repeatCount > 1, let summary = LatencySummary(milliseconds: latencies) {
            writeStandardError("invoke: \(summary.line)\n")
        }
        if let statisticsPath {
            allSucceeded = write(statistics, to: statisticsPath) && allSucceeded
        }
        return allSucceeded
    }

    private func write(_ statistics: RunStatistics, to path: String) -> Bool {
        do {
            try writeFile(atPath: path, bytes: try statistics.json() + [0x0A])
            return true
        } catch {
            writeStandardError("invoke: \(error)\n")
            return false
        }
    }

    private func printPayload(_ result: InvocationResult, source: String) {
        let (line, isJSON) = PayloadLine.render(result.payload)
        if !isJSON {
            writeStandardError("invoke: the payload for \(source) is not JSON, so it is printed as a JSON string\n")
        }
        writeStandardOutputLine(line)
    }

    /// Prints a progress line at every tenth of a run of 20 or more invocations.
    private func reportProgress(done: Int, total: Int) {
        guard total >= 20, done % max(1, total / 10) == 0 || done == total else { return }
        writeStandardError("invoke: \(done)/\(total) invocations done\n")
    }
}
