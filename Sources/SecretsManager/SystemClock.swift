// SPDX-License-Identifier: Apache-2.0

private import Glibc

/// The process clocks: `ContinuousClock`, the system's UTC time, and `nanosleep`.
struct SystemClock: ClientClock {
    private let origin = ContinuousClock.now

    var monotonicNow: Duration { origin.duration(to: .now) }

    var wallClockNow: AWSTimestamp {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return AWSTimestamp(secondsSince1970: Int64(now.tv_sec))
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
