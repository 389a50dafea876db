// SPDX-License-Identifier: Apache-2.0

import HTTPClient

/// Fetches secrets from AWS Secrets Manager, or from the Parameters and Secrets Lambda Extension,
/// as ``SecretsManagerConfiguration`` selects.
///
/// Each fetch retries transient failures and throttling with the SDKs' standard backoff, re-signing
/// every attempt with a fresh `X-Amz-Date`, and never runs past the caller's time budget. Not
/// thread-safe: use one instance from one thread at a time.
public final class SecretsManagerClient {
    /// The maximum connect timeout, used when the remaining budget is longer.
    static let connectTimeoutCap: Duration = .seconds(3)

    /// The minimum remaining budget for which an attempt is started.
    static let minimumAttemptTime: Duration = .milliseconds(10)

    /// The largest reply accepted: a 65,536-character secret, escaped in JSON, fits several times
    /// over.
    static let maximumReplyBytes = 1 << 20

    let configuration: SecretsManagerConfiguration
    let dependencies: ClientDependencies
    let retryPolicy: RetryPolicy

    /// The correction added to the wall clock for `X-Amz-Date`, learned from a clock-skew
    /// rejection.
    var clockOffsetSeconds: Int64 = 0

    /// Creates a client with its own libcurl handle.
    /// - Throws: ``HTTPClient/HTTPClientError`` when libcurl cannot allocate a handle.
    public convenience init(configuration: SecretsManagerConfiguration) throws {
        let dependencies = ClientDependencies(
            transport: try HTTPClient(),
            clock: SystemClock(),
            random: { Double.random(in: 0..<1) },
            containerCredentials: .shared
        )
        self.init(configuration: configuration, dependencies: dependencies)
    }

    init(configuration: SecretsManagerConfiguration, dependencies: ClientDependencies) {
        self.configuration = configuration
        self.dependencies = dependencies
        retryPolicy = RetryPolicy(maxAttempts: configuration.maxAttempts)
    }

    /// Fetches the secret.
    /// - Parameters:
    ///   - secretID: The secret's name or ARN, 1 to 2048 characters; the full ARN is required for a
    ///     secret in another account.
    ///   - versionStage: The staging label, such as `AWSPREVIOUS`, or `nil` for `AWSCURRENT`.
    ///   - timeBudget: The time left in the Lambda invocation; no attempt, backoff or timeout
    ///     runs past it.
    /// - Returns: The secret's bytes, its kind and its version ID.
    /// - Throws: ``SecretsManagerError`` from the last attempt, or ``SecretsManagerError/timedOut``
    ///   when the budget did not allow an attempt.
    public func getSecretValue(secretID: String, versionStage: String?, timeBudget: Duration)
        throws(SecretsManagerError) -> SecretValue
    {
        try Self.validate(secretID: secretID, versionStage: versionStage)
        let deadline = dependencies.clock.monotonicNow + timeBudget
        switch configuration.source {
        case .api(let endpoint, let region, let credentialSource):
            let call = APICall(
                endpoint: endpoint,
                region: region,
                credentialSource: credentialSource,
                secretID: secretID,
                versionStage: versionStage
            )
            return try withRetries(deadline: deadline) { deadline throws(AttemptFailure) in
                try self.attemptAPI(call, deadline: deadline)
            }
        case .lambdaExtension(let port, let sessionToken):
            let url = Self.extensionURL(port: port, secretID: secretID, versionStage: versionStage)
            return try withRetries(deadline: deadline) { deadline throws(AttemptFailure) in
                try self.attemptExtension(url: url, sessionToken: sessionToken, deadline: deadline)
            }
        }
    }

    private static func validate(secretID: String, versionStage: String?)
        throws(SecretsManagerError)
    {
        guard (1...2048).contains(secretID.count) else {
            throw .invalidParameter.with(detail: "SecretId must be 1 to 2048 characters")
        }
        if let versionStage, !(1...256).contains(versionStage.count) {
            throw .invalidParameter.with(detail: "VersionStage must be 1 to 256 characters")
        }
    }

    /// Returns libcurl limits for an attempt with `remaining` time left.
    static func limits(remaining: Duration) -> HTTPLimits {
        HTTPLimits(
            connectTimeout: min(remaining, connectTimeoutCap),
            totalTimeout: remaining,
            maximumResponseBytes: maximumReplyBytes
        )
    }
}
