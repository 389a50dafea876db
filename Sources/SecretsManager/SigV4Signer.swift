// SPDX-License-Identifier: Apache-2.0

import TokenCrypto

/// Signs HTTP requests with AWS Signature Version 4 in the `Authorization` header.
///
/// The algorithm follows the IAM user guide, "Create a signed AWS API request"
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html),
/// with the path normalisation that every service except S3 expects. The caller supplies every
/// header to sign, including `Host` exactly as it will be sent and `X-Amz-Date`; the signer covers
/// all of them.
struct SigV4Signer: Sendable {
    /// The algorithm name that opens the string to sign and the `Authorization` value.
    static let algorithm = "AWS4-HMAC-SHA256"

    /// The keys that sign; only the secret key enters the HMAC chain.
    let credentials: AWSCredentials

    /// The region of the credential scope, which must be the region of the endpoint.
    let region: String

    /// The signing name of the service, such as `secretsmanager`.
    let service: String

    /// Signs a request.
    /// - Parameters:
    ///   - method: The HTTP method, such as `POST`.
    ///   - target: The request target as sent: path and optional query, such as `/?Param1=value1`.
    ///   - headers: Every header to sign, in sending order, including `Host` and `X-Amz-Date`.
    ///   - body: The exact body bytes sent.
    ///   - timestamp: The instant written in `X-Amz-Date`.
    /// - Returns: The `Authorization` header value.
    func authorization(
        method: String,
        target: String,
        headers: [(name: String, value: String)],
        body: [UInt8],
        timestamp: AWSTimestamp
    ) -> String {
        let canonical = SigV4Canonical(method: method, target: target, headers: headers, body: body)
        let signature = signature(
            stringToSign: stringToSign(canonicalRequest: canonical.text, timestamp: timestamp),
            timestamp: timestamp
        )
        return "\(Self.algorithm) Credential=\(credentials.accessKeyID)/\(scope(timestamp)), "
            + "SignedHeaders=\(canonical.signedHeaders), Signature=\(signature)"
    }

    /// Returns the credential scope, `<yyyymmdd>/<region>/<service>/aws4_request`.
    func scope(_ timestamp: AWSTimestamp) -> String {
        "\(timestamp.dateStamp)/\(region)/\(service)/aws4_request"
    }

    /// Returns the string to sign for a canonical request.
    func stringToSign(canonicalRequest: String, timestamp: AWSTimestamp) -> String {
        let hash = Hex.lowercase(Digest.sha256(Array(canonicalRequest.utf8)))
        return [Self.algorithm, timestamp.basicFormat, scope(timestamp), hash].joined(
            separator: "\n"
        )
    }

    /// Returns the lowercase hex HMAC-SHA-256 of `stringToSign` under the derived signing key.
    func signature(stringToSign: String, timestamp: AWSTimestamp) -> String {
        var key = Array("AWS4\(credentials.secretAccessKey)".utf8)
        for part in [timestamp.dateStamp, region, service, "aws4_request"] {
            key = Digest.hmacSHA256(key: key, data: Array(part.utf8))
        }
        return Hex.lowercase(Digest.hmacSHA256(key: key, data: Array(stringToSign.utf8)))
    }
}
