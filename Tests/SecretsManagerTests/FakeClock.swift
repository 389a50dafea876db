// SPDX-License-Identifier: Apache-2.0

@testable import SecretsManager

/// A clock whose time moves only when the client sleeps or a fake transfer takes time.
final class FakeClock: ClientClock {
    var monotonicNow: Duration = .zero
    var wallClockSeconds: Int64 = 1_440_938_160
    private(set) var sleeps: [Duration] = []

    var wallClockNow: AWSTimestamp { AWSTimestamp(secondsSince1970: wallClockSeconds) }

    func advance(_ duration: Duration) {
        monotonicNow += duration
        wallClockSeconds += duration.components.seconds
    }

    func sleep(for duration: Duration) {
        sleeps.append(duration)
        advance(duration)
    }
}
