// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials

/// Answers `secretsmanager.GetSecretValue` requests as the real service does, errors included.
struct GetSecretValueHandler: Sendable {
    let secret: StoredSecret
    let accessKeyID: String

    /// The AWS JSON 1.1 content type of every reply.
    static let contentType = "application/x-amz-json-1.1"

    private struct Request: Decodable {
        var SecretId: String
    }

    private struct Response: Encodable {
        var ARN: String
        var Name: String
        var VersionId: String
        var VersionStages: [String]
        var CreatedDate: Double
        var SecretString: String
    }

    private struct ServiceError: Encodable {
        var __type: String
        var message: String
    }

    /// Checks the operation, the credential and the secret ID, then returns the secret or an error.
    func handle(_ request: ServerRequest) -> ServerResponse {
        guard request.method == "POST", request.header("X-Amz-Target") == "secretsmanager.GetSecretValue" else {
            return Self.error(400, "UnknownOperationException", "The operation is not supported by this stand-in.")
        }
        if let rejection = checkAuthorization(request.header("Authorization")) { return rejection }
        guard let body = try? JSONDecoder().decode(Request.self, from: Data(request.body)) else {
            return Self.error(400, "SerializationException", "The request body is not a JSON object with SecretId.")
        }
        guard body.SecretId == secret.name || body.SecretId == secret.arn else {
            return Self.error(400, "ResourceNotFoundException", "Secrets Manager can't find the specified secret.")
        }
        return success()
    }

    private func checkAuthorization(_ authorization: String?) -> ServerResponse? {
        guard let authorization, authorization.hasPrefix("AWS4-HMAC-SHA256 "),
            let credential = authorization.split(separator: " ").first(where: { $0.hasPrefix("Credential=") })
        else {
            return Self.error(
                400, "IncompleteSignatureException",
                "Authorization header requires an AWS4-HMAC-SHA256 signature with a Credential parameter.")
        }
        guard credential.dropFirst("Credential=".count).hasPrefix(accessKeyID + "/") else {
            return Self.error(400, "UnrecognizedClientException", "The security token included in the request is invalid.")
        }
        return nil
    }

    private func success() -> ServerResponse {
        let response = Response(
            ARN: secret.arn, Name: secret.name, VersionId: secret.versionID, VersionStages: ["AWSCURRENT"],
            CreatedDate: secret.createdDate, SecretString: String(decoding: secret.value, as: UTF8.self))
        return .json(status: 200, Self.encode(response), contentType: Self.contentType)
    }

    private static func error(_ status: Int, _ type: String, _ message: String) -> ServerResponse {
        .json(status: status, encode(ServiceError(__type: type, message: message)), contentType: contentType)
    }

    private static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and numbers cannot fail, so the empty object is unreachable.
        return (try? Array(encoder.encode(value))) ?? Array("{}".utf8)
    }
}
