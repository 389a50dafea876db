// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials

/// A local stand-in for AWS Secrets Manager that serves one secret through `GetSecretValue`, in the
/// AWS JSON 1.1 protocol, on 127.0.0.1.
///
/// It checks that requests carry a SigV4 `Authorization` header naming the access key ID it was
/// given, but it does not verify the signature.
public final class SecretsManagerStandIn: Sendable {
    private let server: HTTPServer

    /// The secret's name.
    public let secretName: String

    /// The secret's ARN, with the random six-character suffix Secrets Manager adds.
    public let secretARN: String

    /// Starts serving `secretString` as `secretName` to clients signing with `accessKeyID`; `log`
    /// receives the HTTP server's messages as lines.
    /// - Throws: ``EmulatorError`` when the server cannot start.
    public init(
        secretName: String,
        secretString: [UInt8],
        accessKeyID: String,
        region: String,
        log: @escaping @Sendable (String) -> Void
    ) throws(EmulatorError) {
        let secret = StoredSecret(
            name: secretName,
            arn: "arn:aws:secretsmanager:\(region):123456789012:secret:\(secretName)-"
                + RandomIdentifiers.upperAlphanumeric(count: 6),
            versionID: RandomIdentifiers.requestID(),
            createdDate: Double(MonotonicInstant.epochMilliseconds()) / 1000,
            value: secretString
        )
        let handler = GetSecretValueHandler(secret: secret, accessKeyID: accessKeyID)
        server = try HTTPServer(bodyLimit: 65536, name: "Secrets Manager stand-in", log: log) { handler.handle($0) }
        self.secretName = secretName
        self.secretARN = secret.arn
    }

    /// The endpoint URL for `AWS_ENDPOINT_URL_SECRETS_MANAGER`.
    public var endpointURL: String {
        "http://127.0.0.1:\(server.port)"
    }
}
