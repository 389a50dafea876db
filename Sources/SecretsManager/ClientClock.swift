// SPDX-License-Identifier: Apache-2.0

/// The time sources the client reads, injectable so tests run without real time.
protocol ClientClock {
    /// Time elapsed on a monotonic clock since an arbitrary origin; used for budgets and deadlines.
    var monotonicNow: Duration { get }

    /// The current UTC time in whole seconds; used for `X-Amz-Date`.
    var wallClockNow: AWSTimestamp { get }

    /// Blocks the calling thread for `duration`.
    func sleep(for duration: Duration)
}
