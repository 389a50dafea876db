// SPDX-License-Identifier: Apache-2.0

private import Glibc

/// The process clocks: `CLOCK_BOOTTIME`, the system's UTC time, and `nanosleep`.
///
/// `CLOCK_BOOTTIME` is the clock `ContinuousClock` reads on Linux, read here directly because
/// `ContinuousClock` links the concurrency runtime and libdispatch into the binary.
struct SystemClock: ClientClock {
    private let origin = Self.bootTime()

    var monotonicNow: Duration { Self.bootTime() - origin }

    var wallClockNow: AWSTimestamp {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return AWSTimestamp(secondsSince1970: Int64(now.tv_sec))
    }

    private static func bootTime() -> Duration {
        var now = timespec()
        clock_gettime(CLOCK_BOOTTIME, &now)
        return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
    }

    func sleep(for duration: Duration) {
        guard duration > .zero else { return }
        let (seconds, attoseconds) = duration.components
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        var remaining = timespec()
        // nanosleep returns early with EINTR when a signal arrives; sleep again for what is left.
        while nanosleep(&request, &remaining) == -1, errno == EINTR {
            request = remaining
        }
    }
}
