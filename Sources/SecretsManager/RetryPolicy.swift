// SPDX-License-Identifier: Apache-2.0

/// The SDKs' standard retry mode without the token bucket: full-jitter exponential backoff.
///
/// The delay before retry `n` (0 for the first retry) is `random × min(base × 2ⁿ, 20 s)`, with
/// `base` 100 ms, or 500 ms after throttling, as in botocore's `standard.py` and the AWS SDKs
/// reference guide ("Retry behavior"). The token bucket is left out because each process fetches a
/// secret once.
struct RetryPolicy: Equatable, Sendable {
    /// Attempts in total, including the first.
    let maxAttempts: Int

    /// The backoff base after a transient error.
    var baseDelay: Duration = .milliseconds(100)

    /// The backoff base after throttling.
    var throttledBaseDelay: Duration = .milliseconds(500)

    /// The cap on one computed delay before jitter.
    var maxBackoff: Duration = .seconds(20)

    /// Computes the sleep before a retry.
    /// - Parameters:
    ///   - retryIndex: The retry's number, counted from 0 for the first retry.
    ///   - throttled: Whether the failure was throttling, which selects the longer base.
    ///   - random: A uniform sample in `0..<1`; values outside are clamped.
    /// - Returns: `random × min(base × 2^retryIndex, maxBackoff)`.
    func delay(retryIndex: Int, throttled: Bool, random: Double) -> Duration {
        let base = throttled ? throttledBaseDelay : baseDelay
        let exponent = min(retryIndex, 30)
        let ceiling = min(base * (1 << exponent), maxBackoff)
        return ceiling * min(max(random, 0), 1)
    }
}
