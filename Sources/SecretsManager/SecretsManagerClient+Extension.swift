// SPDX-License-Identifier: Apache-2.0

import HTTPClient

extension SecretsManagerClient {
    /// Returns the extension's URL for a secret on `127.0.0.1`, as the Secrets Manager user guide
    /// ("Use AWS Secrets Manager secrets in AWS Lambda functions") describes:
    /// `GET /secretsmanager/get?secretId=…[&versionStage=…]`.
    static func extensionURL(port: Int, secretID: String, versionStage: String?) -> String {
        var url =
            "http://127.0.0.1:\(port)/secretsmanager/get?secretId=\(PercentEncoding.encode(secretID))"
        if let versionStage {
            url += "&versionStage=\(PercentEncoding.encode(versionStage))"
        }
        return url
    }

    /// Sends one request to the extension, authenticated by the session token, and reads the reply,
    /// which has the `GetSecretValue` form.
    func attemptExtension(url: String, sessionToken: String, deadline: Duration)
        throws(AttemptFailure)
        -> SecretValue
    {
        let request = HTTPRequest(
            method: .get,
            url: url,
            headers: [("X-Aws-Parameters-Secrets-Token", sessionToken)]
        )
        var response = try send(request, deadline: deadline)
        return try Self.secretValue(from: &response)
    }
}
