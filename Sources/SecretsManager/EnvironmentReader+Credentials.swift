// SPDX-License-Identifier: Apache-2.0

extension EnvironmentReader {
    private static let containerAgentURL = "http://169.254.170.2"

    /// Returns environment keys when either key variable is set, else the container provider when
    /// its URI is set.
    func credentialSource() throws(SecretsManagerConfigurationError) -> CredentialSource {
        let accessKeyID = value("AWS_ACCESS_KEY_ID")
        let secretAccessKey = value("AWS_SECRET_ACCESS_KEY")
        if accessKeyID != nil || secretAccessKey != nil {
            return .environment(
                try environmentCredentials(
                    accessKeyID: accessKeyID,
                    secretAccessKey: secretAccessKey
                )
            )
        }
        if let endpoint = try containerEndpoint() {
            return .container(endpoint)
        }
        throw .missing(
            "AWS_ACCESS_KEY_ID",
            expected:
                "an access key ID, with AWS_SECRET_ACCESS_KEY, or set AWS_CONTAINER_CREDENTIALS_FULL_URI"
        )
    }

    private func environmentCredentials(accessKeyID: String?, secretAccessKey: String?)
        throws(SecretsManagerConfigurationError) -> AWSCredentials
    {
        guard let accessKeyID else {
            throw .missing(
                "AWS_ACCESS_KEY_ID",
                expected: "the access key ID that goes with AWS_SECRET_ACCESS_KEY"
            )
        }
        guard let secretAccessKey else {
            throw .missing(
                "AWS_SECRET_ACCESS_KEY",
                expected: "the secret key that goes with AWS_ACCESS_KEY_ID"
            )
        }
        for (name, text) in [
            ("AWS_ACCESS_KEY_ID", accessKeyID), ("AWS_SECRET_ACCESS_KEY", secretAccessKey),
        ]
        where !Self.isHeaderSafe(text) {
            throw .invalid(name, expected: "printable ASCII without spaces")
        }
        let token = value("AWS_SESSION_TOKEN")
        if let token, !Self.isHeaderSafe(token) {
            throw .invalid("AWS_SESSION_TOKEN", expected: "printable ASCII without spaces")
        }
        return AWSCredentials(
            accessKeyID: accessKeyID,
            secretAccessKey: secretAccessKey,
            sessionToken: token
        )
    }

    private func containerEndpoint() throws(SecretsManagerConfigurationError)
        -> ContainerCredentialsEndpoint?
    {
        let url: EndpointURL
        if let relative = value("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") {
            guard relative.hasPrefix("/"),
                let parsed = EndpointURL(Self.containerAgentURL + relative)
            else {
                throw .invalid(
                    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
                    expected: "a path starting with /"
                )
            }
            url = parsed
        } else if let full = value("AWS_CONTAINER_CREDENTIALS_FULL_URI") {
            guard let parsed = EndpointURL(full),
                parsed.scheme == "https" || ContainerCredentialsEndpoint.allowsPlainHTTP(parsed)
            else {
                throw .invalid(
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                    expected:
                        "an https URL, or http to a loopback address, 169.254.170.2 or 169.254.170.23"
                )
            }
            url = parsed
        } else {
            return nil
        }
        return ContainerCredentialsEndpoint(url: url, authorization: try containerAuthorization())
    }

    private func containerAuthorization() throws(SecretsManagerConfigurationError)
        -> ContainerCredentialsEndpoint.Authorization
    {
        if let path = value("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
            return .tokenFile(path)
        }
        guard let token = value("AWS_CONTAINER_AUTHORIZATION_TOKEN") else { return .none }
        guard Self.isHeaderSafe(String(token.filter { $0 != " " })) else {
            throw .invalid(
                "AWS_CONTAINER_AUTHORIZATION_TOKEN",
                expected: "printable ASCII on one line"
            )
        }
        return .token(token)
    }
}
