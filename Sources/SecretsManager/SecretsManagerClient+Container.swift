// SPDX-License-Identifier: Apache-2.0

import HTTPClient

extension SecretsManagerClient {
    /// Fetches keys from the container credentials endpoint with a `GET`, sending the authorization
    /// token, re-read from its file if configured, in the `Authorization` header.
    /// - Throws: ``AttemptFailure`` with ``SecretsManagerError/credentialsUnavailable``, retryable
    ///   when the endpoint could not be reached or replied with 429 or 5xx.
    func fetchContainerCredentials(_ endpoint: ContainerCredentialsEndpoint, deadline: Duration)
        throws(AttemptFailure) -> AWSCredentials
    {
        var headers: [(name: String, value: String)] = []
        if let token = try Self.authorizationToken(endpoint.authorization) {
            headers.append(("Authorization", token))
        }
        let request = HTTPRequest(method: .get, url: endpoint.url.url, headers: headers)

        let response: HTTPResponse
        do throws(AttemptFailure) {
            response = try send(request, deadline: deadline)
        } catch {
            let cause = error.error
            throw AttemptFailure(
                error: SecretsManagerError.credentialsUnavailable.with(
                    isRetryable: cause.isRetryable,
                    statusCode: cause.statusCode,
                    detail: "the container credentials endpoint failed with \(cause.errorType)"
                )
            )
        }
        return try Self.credentials(fromContainerReply: response.body)
    }

    private static func authorizationToken(
        _ authorization: ContainerCredentialsEndpoint.Authorization
    )
        throws(AttemptFailure) -> String?
    {
        switch authorization {
        case .none:
            return nil
        case .token(let token):
            return token
        case .tokenFile(let path):
            let unreadable = AttemptFailure(
                error: .credentialsUnavailable.with(
                    detail: "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE is unreadable"
                )
            )
            guard let contents = FileContents.read(atPath: path) else {
                throw unreadable
            }
            let token = String(decoding: contents, as: UTF8.self).trimmingWhitespace()
            guard !token.isEmpty, EnvironmentReader.isHeaderSafe(String(token.filter { $0 != " " }))
            else {
                throw unreadable
            }
            return token
        }
    }

    private static func credentials(fromContainerReply body: [UInt8]) throws(AttemptFailure)
        -> AWSCredentials
    {
        let reply = JSONReply.strings(in: body, named: ["AccessKeyId", "SecretAccessKey", "Token"])
        guard let accessKeyID = reply?["AccessKeyId"], let secretAccessKey = reply?["SecretAccessKey"],
            !accessKeyID.isEmpty, !secretAccessKey.isEmpty,
            EnvironmentReader.isHeaderSafe(accessKeyID),
            EnvironmentReader.isHeaderSafe(secretAccessKey),
            reply?["Token"].map(EnvironmentReader.isHeaderSafe) ?? true
        else {
            throw AttemptFailure(
                error: .credentialsUnavailable.with(
                    detail: "the container credentials reply has no usable keys"
                )
            )
        }
        let token = reply?["Token"]
        return AWSCredentials(
            accessKeyID: accessKeyID,
            secretAccessKey: secretAccessKey,
            sessionToken: token?.isEmpty == false ? token : nil
        )
    }
}

extension String {
    /// Returns the string without leading and trailing spaces, tabs and line breaks.
    fileprivate func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
