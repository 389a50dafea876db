// SPDX-License-Identifier: Apache-2.0

import Glibc

/// A point on `CLOCK_MONOTONIC`, in nanoseconds, for durations and deadlines that ignore clock changes.
public struct MonotonicInstant: Sendable, Comparable {
    /// Nanoseconds since an arbitrary start.
    public let nanoseconds: UInt64

    /// Reads the monotonic clock.
    public static func now() -> MonotonicInstant {
        var time = Glibc.timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return MonotonicInstant(nanoseconds: UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec))
    }

    /// Returns the instant `seconds` later.
    public func adding(seconds: Double) -> MonotonicInstant {
        MonotonicInstant(nanoseconds: nanoseconds + UInt64(max(0, seconds) * 1e9))
    }

    /// Returns the milliseconds from `earlier` to this instant, or 0 when `earlier` is later.
    public func milliseconds(since earlier: MonotonicInstant) -> Double {
        nanoseconds >= earlier.nanoseconds ? Double(nanoseconds - earlier.nanoseconds) / 1e6 : 0
    }

    var timespec: Glibc.timespec {
        Glibc.timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
    }

    /// Orders instants by time.
    public static func < (lhs: MonotonicInstant, rhs: MonotonicInstant) -> Bool {
        lhs.nanoseconds < rhs.nanoseconds
    }

    /// Reads the wall clock in Unix epoch milliseconds, the unit of deadlines sent to the runtime.
    public static func epochMilliseconds() -> Int64 {
        var time = Glibc.timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
    }
}
