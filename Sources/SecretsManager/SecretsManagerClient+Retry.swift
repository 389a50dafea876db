// SPDX-License-Identifier: Apache-2.0

/// A failed attempt and the server's `Date` header, which clock-skew recovery needs.
struct AttemptFailure: Error {
    let error: SecretsManagerError
    var serverDate: AWSTimestamp? = nil
}

extension SecretsManagerClient {
    /// The smallest clock difference treated as skew; AWS rejects requests more than 5 minutes off.
    static let skewThresholdSeconds: Int64 = 240

    /// Runs `attempt` until it succeeds, fails terminally, runs out of attempts, or the next
    /// backoff would leave no time before `deadline`.
    ///
    /// A signature rejection whose reply `Date` is at least 4 minutes from our clock is retried at
    /// once, after adding the difference to `X-Amz-Date`. That retry counts as an attempt.
    func withRetries(
        deadline: Duration,
        _ attempt: (_ deadline: Duration) throws(AttemptFailure) -> SecretValue
    ) throws(SecretsManagerError) -> SecretValue {
        let clock = dependencies.clock
        var lastError: SecretsManagerError? = nil
        var retryIndex = 0
        var attempts = 0
        var correctedSkew = false
        while attempts < retryPolicy.maxAttempts {
            guard deadline - clock.monotonicNow >= Self.minimumAttemptTime else { break }
            attempts += 1
            do throws(AttemptFailure) {
                return try attempt(deadline)
            } catch {
                lastError = error.error
                if !correctedSkew, error.error.code == .signatureRejected,
                    correctClockSkew(serverDate: error.serverDate)
                {
                    correctedSkew = true
                    continue
                }
                guard error.error.isRetryable, attempts < retryPolicy.maxAttempts else {
                    throw error.error
                }

                let delay = retryPolicy.delay(
                    retryIndex: retryIndex,
                    throttled: error.error.isThrottling,
                    random: dependencies.random()
                )
                retryIndex += 1
                guard delay + Self.minimumAttemptTime <= deadline - clock.monotonicNow else {
                    throw error.error
                }
                clock.sleep(for: delay)
            }
        }
        throw lastError ?? .timedOut.with(detail: "the time budget left no time for an attempt")
    }

    /// Stores the offset between the server's `Date` and our clock when it is large enough to
    /// explain a signature rejection; returns whether it did.
    private func correctClockSkew(serverDate: AWSTimestamp?) -> Bool {
        guard let serverDate else { return false }
        let offset = serverDate.secondsSince1970 - dependencies.clock.wallClockNow.secondsSince1970
        guard abs(offset - clockOffsetSeconds) >= Self.skewThresholdSeconds else { return false }
        clockOffsetSeconds = offset
        return true
    }
}
