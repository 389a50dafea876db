// SPDX-License-Identifier: Apache-2.0

import HTTPClient

extension SecretsManagerClient {
    /// Error types with which AWS rejects a session token that has expired.
    private static let expiredTokenTypes: Set<String> = ["ExpiredTokenException", "ExpiredToken"]

    /// Sends one `GetSecretValue` request signed with cached container credentials while they are
    /// fresh, else with newly fetched ones.
    ///
    /// When AWS rejects cached credentials, they are dropped. When it rejects them as expired, they
    /// are fetched again and the request is sent once more in the same attempt.
    func attemptWithContainerCredentials(
        _ call: APICall,
        endpoint: ContainerCredentialsEndpoint,
        deadline: Duration
    ) throws(AttemptFailure) -> SecretValue {
        let cache = dependencies.containerCredentials
        if let cached = cache.credentials(for: endpoint, now: dependencies.clock.wallClockNow) {
            do throws(AttemptFailure) {
                return try attemptAPI(call, credentials: cached, deadline: deadline)
            } catch {
                guard error.error.code == .credentialsRejected else { throw error }
                cache.remove(endpoint)
                guard Self.expiredTokenTypes.contains(error.error.errorType) else { throw error }
            }
        }
        let credentials = try fetchContainerCredentials(endpoint, deadline: deadline)
        return try attemptAPI(call, credentials: credentials, deadline: deadline)
    }

    /// Fetches keys from the container credentials endpoint with a `GET`, sending the authorization
    /// token, re-read from its file if configured, in the `Authorization` header, and caches them
    /// when the reply gives their `Expiration`.
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
        let credentials = try Self.credentials(fromContainerReply: response.body)
        if let expiration = Self.expiration(inContainerReply: response.body) {
            dependencies.containerCredentials.store(credentials, expiration: expiration, for: endpoint)
        }
        return credentials
    }

    /// Returns the reply's `Expiration`, or `nil` when it is missing or not an RFC 3339 date-time,
    /// in which case the keys are used for this fetch only.
    private static func expiration(inContainerReply body: [UInt8]) -> AWSTimestamp? {
        JSONReply.strings(in: body, named: ["Expiration"])?["Expiration"].flatMap(AWSTimestamp.init(iso8601:))
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
