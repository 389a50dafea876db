// SPDX-License-Identifier: Apache-2.0

import Glibc

/// The CPU time and peak memory the kernel has accounted to a running function process.
public struct ProcessUsage: Sendable, Equatable {
    /// User plus system CPU time of all the process's threads, exited ones included, in ms.
    public var cpuMilliseconds: Double

    /// The peak resident set size (`VmHWM`) in KiB.
    public var peakMemoryKB: Int

    /// Creates a usage record.
    public init(cpuMilliseconds: Double, peakMemoryKB: Int) {
        self.cpuMilliseconds = cpuMilliseconds
        self.peakMemoryKB = peakMemoryKB
    }

    /// Reads the process's CPU clock and its `/proc/<pid>/status`, or returns `nil` when the process is
    /// gone or a zombie. The clock (`clock_getcpuclockid(3)`) has nanosecond resolution, where the
    /// `utime` and `stime` of `/proc/<pid>/stat` count 10 ms clock ticks.
    static func read(pid: pid_t) -> ProcessUsage? {
        var clock = clockid_t()
        var time = timespec()
        guard clock_getcpuclockid(pid, &clock) == 0, clock_gettime(clock, &time) == 0,
            let status = try? readFile(atPath: "/proc/\(pid)/status"),
            let peakMemoryKB = peakMemoryKB(status: String(decoding: status, as: UTF8.self))
        else { return nil }
        let milliseconds = Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
        return ProcessUsage(cpuMilliseconds: milliseconds, peakMemoryKB: peakMemoryKB)
    }

    /// Returns the `VmHWM` figure of a `proc_pid_status(5)` text in KiB, or `nil` when it is missing, as
    /// it is for a zombie.
    static func peakMemoryKB(status: String) -> Int? {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return line.split(separator: " ").compactMap { Int($0) }.first
    }
}
