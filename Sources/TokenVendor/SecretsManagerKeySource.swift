// SPDX-License-Identifier: Apache-2.0

public import SecretsManager
public import TokenCrypto

/// Loads the signing key from AWS Secrets Manager with `GetSecretValue`.
public final class SecretsManagerKeySource: PrivateKeySource {
    private let client: SecretsManagerClient
    private let secretID: String
    private let versionStage: String?

    /// Creates a source for the secret `secretID`, optionally at staging label `versionStage`.
    public init(client: SecretsManagerClient, secretID: String, versionStage: String?) {
        self.client = client
        self.secretID = secretID
        self.versionStage = versionStage
    }

    /// Fetches the secret and parses the key in it.
    public func loadPrivateKey(timeBudget: Duration) throws(KeyLoadError) -> ES384PrivateKey {
        let secret: SecretValue
        do {
            secret = try client.getSecretValue(secretID: secretID, versionStage: versionStage, timeBudget: timeBudget)
        } catch {
            throw KeyLoadError(
                status: Self.status(for: error),
                errorType: error.errorType,
                message: "the signing key could not be fetched from Secrets Manager",
                detail: "\(error)"
            )
        }
        do {
            return try ES384PrivateKey(secret: secret.bytes)
        } catch {
            throw KeyLoadError(
                status: 500,
                errorType: "InvalidKey",
                message: "the secret contains no usable key; the function's log contains the reason",
                detail: "\(error)"
            )
        }
    }

    /// Maps a failure to the status a caller should see: 504 when the time ran out, 503 when Secrets
    /// Manager throttled or failed in a way worth retrying, 500 when the configuration or permissions are
    /// wrong.
    private static func status(for error: SecretsManagerError) -> Int {
        if error == .timedOut { return 504 }
        return error.isRetryable ? 503 : 500
    }
}
