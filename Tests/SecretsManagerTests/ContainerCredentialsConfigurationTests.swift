// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import SecretsManager

@Suite struct ContainerCredentialsConfigurationTests {
    static func source(_ environment: [String: String]) throws -> CredentialSource {
        let configuration = try SecretsManagerConfiguration(
            environment: ["AWS_REGION": "us-east-1"].merging(environment) { $1 }
        )
        guard case .api(_, _, let credentials) = configuration.source else {
            throw SecretsManagerConfigurationError.invalid("SECRETS_SOURCE", expected: "api")
        }
        return credentials
    }

    @Test(arguments: [
        "http://127.0.0.1:9000/creds", "http://127.1.2.3/x", "http://localhost:80/",
        "http://[::1]:8/c",
        "http://169.254.170.23/v1/credentials", "https://credentials.example/path?role=a",
    ])
    func fullURIIsAccepted(uri: String) throws {
        let source = try Self.source(["AWS_CONTAINER_CREDENTIALS_FULL_URI": uri])
        guard case .container(let endpoint) = source else {
            Issue.record("expected container credentials, got \(source.name)")
            return
        }
        #expect(endpoint.url == EndpointURL(uri))
        #expect(endpoint.authorization == .none)
    }

    @Test(arguments: [
        "http://10.0.0.1/creds", "http://127.0.0.1.example.com/", "file:///etc/passwd", "relative",
    ])
    func fullURIOutsideAllowedHostsIsInvalid(uri: String) {
        let error = #expect(throws: SecretsManagerConfigurationError.self) {
            try Self.source(["AWS_CONTAINER_CREDENTIALS_FULL_URI": uri])
        }
        #expect(error?.variable == "AWS_CONTAINER_CREDENTIALS_FULL_URI")
    }

    @Test func relativeURIWinsOverFullURI() throws {
        let source = try Self.source([
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/abc",
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:9000/creds",
        ])
        let expected = try #require(EndpointURL("http://169.254.170.2/v2/credentials/abc"))
        #expect(
            source == .container(ContainerCredentialsEndpoint(url: expected, authorization: .none))
        )
    }

    @Test func tokenFileWinsOverToken() throws {
        let source = try Self.source([
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:9000/creds",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": "Bearer inline",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": "/var/run/token",
        ])
        guard case .container(let endpoint) = source else {
            Issue.record("expected container credentials")
            return
        }
        #expect(endpoint.authorization == .tokenFile("/var/run/token"))
    }

    @Test func environmentKeysWinOverContainer() throws {
        let source = try Self.source([
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:9000/creds",
            "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "secret",
        ])
        #expect(source.name == "environment")
    }

    @Test func tokenWithLineBreakIsInvalid() {
        let error = #expect(throws: SecretsManagerConfigurationError.self) {
            try Self.source([
                "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:9000/creds",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN": "abc\r\nX-Injected: 1",
            ])
        }
        #expect(error?.variable == "AWS_CONTAINER_AUTHORIZATION_TOKEN")
    }
}
