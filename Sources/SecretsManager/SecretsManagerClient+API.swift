// SPDX-License-Identifier: Apache-2.0

import HTTPClient
import JSONText

/// The inputs of one `GetSecretValue` call through the JSON API.
struct APICall {
    let endpoint: EndpointURL
    let region: String
    let credentialSource: CredentialSource
    let secretID: String
    let versionStage: String?
}

extension SecretsManagerClient {
    /// The signing name and `X-Amz-Target` prefix of Secrets Manager.
    static let serviceName = "secretsmanager"

    /// Sends one signed `GetSecretValue` request and reads the reply.
    func attemptAPI(_ call: APICall, deadline: Duration) throws(AttemptFailure) -> SecretValue {
        switch call.credentialSource {
        case .environment(let keys):
            try attemptAPI(call, credentials: keys, deadline: deadline)
        case .container(let endpoint):
            try attemptWithContainerCredentials(call, endpoint: endpoint, deadline: deadline)
        }
    }

    /// Sends one `GetSecretValue` request signed with `credentials` and reads the reply.
    func attemptAPI(_ call: APICall, credentials: AWSCredentials, deadline: Duration) throws(AttemptFailure)
        -> SecretValue
    {
        let request = signedRequest(call, credentials: credentials)
        var response = try send(request, deadline: deadline)
        return try Self.secretValue(from: &response)
    }

    /// Builds the POST with `Host` exactly as libcurl will send it, and signs every header it
    /// carries.
    func signedRequest(_ call: APICall, credentials: AWSCredentials) -> HTTPRequest {
        let body = Self.requestBody(secretID: call.secretID, versionStage: call.versionStage)

        let wallClock = dependencies.clock.wallClockNow.secondsSince1970
        let timestamp = AWSTimestamp(secondsSince1970: wallClock + clockOffsetSeconds)
        var headers: [(name: String, value: String)] = [
            ("Host", call.endpoint.hostHeader),
            ("Content-Type", "application/x-amz-json-1.1"),
            ("X-Amz-Target", "secretsmanager.GetSecretValue"),
            ("X-Amz-Date", timestamp.basicFormat),
        ]
        if let token = credentials.sessionToken {
            headers.append(("X-Amz-Security-Token", token))
        }
        let signer = SigV4Signer(
            credentials: credentials,
            region: call.region,
            service: Self.serviceName
        )
        let authorization = signer.authorization(
            method: "POST",
            target: call.endpoint.target,
            headers: headers,
            body: body,
            timestamp: timestamp
        )
        headers.append(("Authorization", authorization))
        return HTTPRequest(method: .post, url: call.endpoint.url, headers: headers, body: body)
    }

    /// Returns `{"SecretId":…,"VersionStage":…}`, leaving out a `nil` stage, with the bytes that
    /// `JSONEncoder` with sorted keys wrote in earlier versions.
    static func requestBody(secretID: String, versionStage: String?) -> [UInt8] {
        var body = Array(#"{"SecretId":"#.utf8)
        JSONString.append(secretID, to: &body, escaping: .jsonEncoderStyle)
        if let versionStage {
            body.append(contentsOf: #","VersionStage":"#.utf8)
            JSONString.append(versionStage, to: &body, escaping: .jsonEncoderStyle)
        }
        body.append(UInt8(ascii: "}"))
        return body
    }
}
