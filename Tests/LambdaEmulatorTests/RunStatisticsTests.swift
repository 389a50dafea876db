// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import LambdaEmulator

@Suite struct RunStatisticsTests {
    private func result(initDuration: Double? = nil) -> InvocationResult {
        InvocationResult(
            requestID: "id",
            kind: .response,
            payload: [],
            contentType: nil,
            durationMilliseconds: 1,
            initDurationMilliseconds: initDuration
        )
    }

    private func usage(cpu: Double, memory: Int) -> ProcessUsage {
        ProcessUsage(cpuMilliseconds: cpu, peakMemoryKB: memory)
    }

    @Test func warmCPUExcludesTheColdInvocation() {
        var statistics = RunStatistics()
        statistics.record(result(initDuration: 12), latencyMilliseconds: 20, usage: usage(cpu: 10, memory: 900))
        statistics.record(result(), latencyMilliseconds: 1, usage: usage(cpu: 11, memory: 1000))
        statistics.record(result(), latencyMilliseconds: 3, usage: usage(cpu: 13, memory: 1000))
        #expect(statistics.invocations == 3)
        #expect(statistics.coldStarts == 1)
        #expect(statistics.initDurationMilliseconds == 12)
        #expect(statistics.coldLatencyMilliseconds == 20)
        #expect(statistics.coldCPUMilliseconds == 10)
        #expect(statistics.warmCPUMillisecondsPerInvocation == 1.5)
        #expect(statistics.peakMemoryKB == 1000)
        #expect(statistics.warmLatency == RunStatistics.Percentiles(p50: 1, p90: 3, p99: 3))
    }

    @Test func restartBeginsTheWarmFiguresAgain() {
        var statistics = RunStatistics()
        statistics.record(result(initDuration: 12), latencyMilliseconds: 20, usage: usage(cpu: 10, memory: 900))
        statistics.record(result(), latencyMilliseconds: 9, usage: usage(cpu: 19, memory: 950))
        statistics.record(result(initDuration: 30), latencyMilliseconds: 40, usage: usage(cpu: 5, memory: 800))
        statistics.record(result(), latencyMilliseconds: 2, usage: usage(cpu: 7, memory: 800))
        #expect(statistics.coldStarts == 2)
        #expect(statistics.initDurationMilliseconds == 12)
        #expect(statistics.warmCPUMillisecondsPerInvocation == 2)
        #expect(statistics.warmLatency == RunStatistics.Percentiles(p50: 2, p90: 2, p99: 2))
        #expect(statistics.peakMemoryKB == 950)
    }

    @Test func singleInvocationHasNoWarmFigures() throws {
        var statistics = RunStatistics()
        statistics.record(result(initDuration: 12), latencyMilliseconds: 20, usage: nil)
        #expect(statistics.warmLatency == nil)
        #expect(statistics.warmCPUMillisecondsPerInvocation == nil)
        let json = String(decoding: try statistics.json(), as: UTF8.self)
        #expect(!json.contains("warm"))
        #expect(json.contains("\"initDurationMilliseconds\" : 12"))
    }

    @Test func peakMemoryIsReadFromStatus() {
        let status = "Name:\tTokenFunction\nVmPeak:\t  300000 kB\nVmHWM:\t   19604 kB\nVmRSS:\t   19000 kB\n"
        #expect(ProcessUsage.peakMemoryKB(status: status) == 19604)
        #expect(ProcessUsage.peakMemoryKB(status: "Name:\tzombie\nState:\tZ (zombie)\n") == nil)
    }
}
