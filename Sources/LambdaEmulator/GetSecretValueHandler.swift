// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials

/// Handles `secretsmanager.GetSecretValue` requests as the real service does, errors included.
struct GetSecretValueHandler: Sendable {
    let secret: StoredSecret
    let accessKeyID: String

    /// The AWS JSON 1.1 content type of every reply.
    static let contentType = "application/x-amz-json-1.1"

    private struct Request: Decodable {
        var secretID: String

        enum CodingKeys: String, CodingKey {
            case secretID = "SecretId"
        }
    }

    private struct Response: Encodable {
        var arn: String
        var name: String
        var versionID: String
        var versionStages: [String]
        var createdDate: Double
        var secretString: String?
        var secretBinary: String?

        enum CodingKeys: String, CodingKey {
            case arn = "ARN"
            case name = "Name"
            case versionID = "VersionId"
            case versionStages = "VersionStages"
            case createdDate = "CreatedDate"
            case secretString = "SecretString"
            case secretBinary = "SecretBinary"
        }
    }

    private struct ServiceError: Encodable {
        var type: String
        var message: String

        enum CodingKeys: String, CodingKey {
            case type = "__type"
            case message
        }
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
        guard body.secretID == secret.name || body.secretID == secret.arn else {
            return Self.error(400, "ResourceNotFoundException", "Secrets Manager can't find the specified secret.")
        }
        return success()
    }

    private func checkAuthorization(_ authorization: String?) -> ServerResponse? {
        guard let authorization, authorization.hasPrefix("AWS4-HMAC-SHA256 "),
            let credential = authorization.split(separator: " ").first(where: { $0.hasPrefix("Credential=") })
        else {
            return Self.error(
                400,
                "IncompleteSignatureException",
                "Authorization header requires an AWS4-HMAC-SHA256 signature with a Credential parameter."
            )
        }
        guard credential.dropFirst("Credential=".count).hasPrefix(accessKeyID + "/") else {
            return Self.error(
                400,
                "UnrecognizedClientException",
                "The security token included in the request is invalid."
            )
        }
        return nil
    }

    /// Serves text as `SecretString` and anything that is not UTF-8, such as a DER key, as
    /// `SecretBinary` (base64 on the wire), as Secrets Manager stores what `--secret-binary` gives it.
    private func success() -> ServerResponse {
        let text = String(validating: secret.value, as: UTF8.self)
        let response = Response(
            arn: secret.arn,
            name: secret.name,
            versionID: secret.versionID,
            versionStages: ["AWSCURRENT"],
            createdDate: secret.createdDate,
            secretString: text,
            secretBinary: text == nil ? Data(secret.value).base64EncodedString() : nil
        )
        return .json(status: 200, Self.encode(response), contentType: Self.contentType)
    }

    private static func error(_ status: Int, _ type: String, _ message: String) -> ServerResponse {
        .json(status: status, encode(ServiceError(type: type, message: message)), contentType: contentType)
    }

    private static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and numbers cannot fail, so the empty object is unreachable.
        return (try? Array(encoder.encode(value))) ?? Array("{}".utf8)
    }
}
