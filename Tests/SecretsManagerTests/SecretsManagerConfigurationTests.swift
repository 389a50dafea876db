// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import SecretsManager

@Suite struct SecretsManagerConfigurationTests {
    static let keys = [
        "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret-key-value",
    ]

    static func configuration(_ extra: [String: String]) throws -> SecretsManagerConfiguration {
        try SecretsManagerConfiguration(environment: keys.merging(extra) { $1 })
    }

    static func api(_ configuration: SecretsManagerConfiguration)
        throws -> (endpoint: EndpointURL, region: String, credentials: CredentialSource)
    {
        guard case .api(let endpoint, let region, let credentials) = configuration.source else {
            throw ConfigurationTestFailure.notAPISource
        }
        return (endpoint, region, credentials)
    }

    enum ConfigurationTestFailure: Error {
        case notAPISource
    }

    @Test(arguments: [
        (["AWS_REGION": "eu-west-1", "AWS_DEFAULT_REGION": "us-east-2"], "eu-west-1"),
        (["AWS_DEFAULT_REGION": "us-east-2"], "us-east-2"),
        (["AWS_REGION": "", "AWS_DEFAULT_REGION": "ap-south-1"], "ap-south-1"),
    ])
    func regionPrefersAWSRegion(environment: [String: String], expected: String) throws {
        #expect(try Self.api(Self.configuration(environment)).region == expected)
    }

    @Test func missingRegionNamesVariable() {
        let error = #expect(throws: SecretsManagerConfigurationError.self) {
            try Self.configuration([:])
        }
        #expect(error?.variable == "AWS_REGION")
        #expect(error?.isMissing == true)
        #expect(
            error?.description == "AWS_REGION is not set: set it to a region such as us-east-1 "
                + "(or set AWS_DEFAULT_REGION)"
        )
    }

    @Test(arguments: ["US-EAST-1", "us east 1", "us-east-1.evil.com", "-us"])
    func malformedRegionIsInvalid(region: String) {
        let error = #expect(throws: SecretsManagerConfigurationError.self) {
            try Self.configuration(["AWS_REGION": region])
        }
        #expect(error?.variable == "AWS_REGION")
        #expect(error?.isMissing == false)
    }

    @Test(arguments: [
        ([:], "https://secretsmanager.us-east-1.amazonaws.com/"),
        (["AWS_USE_FIPS_ENDPOINT": "true"], "https://secretsmanager-fips.us-east-1.amazonaws.com/"),
        (["AWS_USE_FIPS_ENDPOINT": "TRUE"], "https://secretsmanager-fips.us-east-1.amazonaws.com/"),
        (["AWS_USE_FIPS_ENDPOINT": "false"], "https://secretsmanager.us-east-1.amazonaws.com/"),
        (["AWS_REGION": "cn-north-1"], "https://secretsmanager.cn-north-1.amazonaws.com.cn/"),
        (
            ["AWS_REGION": "cn-northwest-1", "AWS_USE_FIPS_ENDPOINT": "true"],
            "https://secretsmanager-fips.cn-northwest-1.amazonaws.com.cn/"
        ),
        (["AWS_ENDPOINT_URL": "http://127.0.0.1:5123"], "http://127.0.0.1:5123/"),
        (
            [
                "AWS_ENDPOINT_URL": "http://127.0.0.1:1",
                "AWS_ENDPOINT_URL_SECRETS_MANAGER": "https://localhost:8443/sm",
            ],
            "https://localhost:8443/sm"
        ),
        (
            [
                "AWS_ENDPOINT_URL_SECRETS_MANAGER": "https://sm.example:443",
                "AWS_USE_FIPS_ENDPOINT": "true",
            ],
            "https://sm.example/"
        ),
        (
            [
                "AWS_ENDPOINT_URL": "http://127.0.0.1:5123",
                "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true",
            ],
            "https://secretsmanager.us-east-1.amazonaws.com/"
        ),
        (
            [
                "AWS_ENDPOINT_URL": "http://127.0.0.1:5123",
                "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "false",
            ],
            "http://127.0.0.1:5123/"
        ),
    ])
    func endpointResolution(environment: [String: String], expectedURL: String) throws {
        let merged = ["AWS_REGION": "us-east-1"].merging(environment) { $1 }
        #expect(try Self.api(Self.configuration(merged)).endpoint.url == expectedURL)
    }

    @Test(arguments: [
        ("http://127.0.0.1:5123", "127.0.0.1:5123"),
        ("http://127.0.0.1:80", "127.0.0.1"),
        ("https://127.0.0.1:443/", "127.0.0.1"),
        ("https://127.0.0.1:80/", "127.0.0.1:80"),
        ("HTTP://[::1]:8080/x", "[::1]:8080"),
    ])
    func hostHeaderKeepsNonDefaultPort(url: String, expected: String) throws {
        #expect(try #require(EndpointURL(url)).hostHeader == expected)
    }

    @Test(arguments: [
        ("AWS_ENDPOINT_URL", "ftp://127.0.0.1"), ("AWS_ENDPOINT_URL", "127.0.0.1:5123"),
        ("AWS_ENDPOINT_URL_SECRETS_MANAGER", "http://user:pw@127.0.0.1"),
        ("AWS_ENDPOINT_URL_SECRETS_MANAGER", "http://127.0.0.1:99999"),
        ("AWS_ENDPOINT_URL", "http://127.0.0.1/?a=b"), ("AWS_USE_FIPS_ENDPOINT", "yes"),
        ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "1"), ("AWS_MAX_ATTEMPTS", "-5"),
        ("AWS_MAX_ATTEMPTS", "three"),
        ("SECRETS_SOURCE", "ssm"),
    ])
    func invalidValueNamesVariable(variable: String, value: String) {
        let error = #expect(throws: SecretsManagerConfigurationError.self) {
            try Self.configuration(["AWS_REGION": "us-east-1", variable: value])
        }
        #expect(error?.variable == variable)
        #expect(error?.description.contains(value) == false)
    }

    @Test func maxAttemptsDefaultsToThree() throws {
        #expect(try Self.configuration(["AWS_REGION": "us-east-1"]).maxAttempts == 3)
        #expect(
            try Self.configuration(["AWS_REGION": "us-east-1", "AWS_MAX_ATTEMPTS": "7"]).maxAttempts
                == 7
        )
    }

    @Test func environmentKeysCarrySessionToken() throws {
        let configuration = try Self.configuration([
            "AWS_REGION": "us-east-1", "AWS_SESSION_TOKEN": "token-value",
        ])
        let expected = AWSCredentials(
            accessKeyID: "AKIDEXAMPLE",
            secretAccessKey: "secret-key-value",
            sessionToken: "token-value"
        )
        #expect(try Self.api(configuration).credentials == .environment(expected))
    }

    @Test(arguments: ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"])
    func halfAKeyPairIsMissingTheOtherHalf(present: String) {
        let other = present == "AWS_ACCESS_KEY_ID" ? "AWS_SECRET_ACCESS_KEY" : "AWS_ACCESS_KEY_ID"
        let error = #expect(throws: SecretsManagerConfigurationError.self) {
            try SecretsManagerConfiguration(environment: [
                "AWS_REGION": "us-east-1", present: "value",
            ])
        }
        #expect(error?.variable == other)
    }

    @Test func noCredentialsIsMissingAccessKey() {
        let error = #expect(throws: SecretsManagerConfigurationError.self) {
            try SecretsManagerConfiguration(environment: ["AWS_REGION": "us-east-1"])
        }
        #expect(error?.variable == "AWS_ACCESS_KEY_ID")
    }

    @Test func extensionSourceNeedsSessionToken() throws {
        let error = #expect(throws: SecretsManagerConfigurationError.self) {
            try SecretsManagerConfiguration(environment: ["SECRETS_SOURCE": "extension"])
        }
        #expect(error?.variable == "AWS_SESSION_TOKEN")

        let configuration = try SecretsManagerConfiguration(
            environment: ["SECRETS_SOURCE": "extension", "AWS_SESSION_TOKEN": "token-value"])
        #expect(configuration.source == .lambdaExtension(port: 2773, sessionToken: "token-value"))
    }

    @Test func extensionPortIsConfigurable() throws {
        let configuration = try SecretsManagerConfiguration(environment: [
            "SECRETS_SOURCE": "Extension", "AWS_SESSION_TOKEN": "t",
            "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT": "2999",
        ])
        #expect(configuration.source == .lambdaExtension(port: 2999, sessionToken: "t"))
        #expect(throws: SecretsManagerConfigurationError.self) {
            try SecretsManagerConfiguration(environment: [
                "SECRETS_SOURCE": "extension", "AWS_SESSION_TOKEN": "t",
                "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT": "0",
            ])
        }
    }
}

extension SecretsManagerConfigurationTests {
    @Test func descriptionSummarisesWithoutCredentials() throws {
        let api = try Self.configuration(["AWS_REGION": "eu-west-1", "AWS_MAX_ATTEMPTS": "4"])
        #expect(
            api.description
                == "SecretsManagerConfiguration(api, region: eu-west-1, "
                + "endpoint: https://secretsmanager.eu-west-1.amazonaws.com/, credentials: environment, "
                + "maxAttempts: 4)"
        )

        let lambdaExtension = try SecretsManagerConfiguration(
            environment: ["SECRETS_SOURCE": "extension", "AWS_SESSION_TOKEN": "t"]
        )
        #expect(
            lambdaExtension.description
                == "SecretsManagerConfiguration(extension, port: 2773, maxAttempts: 3)"
        )
    }
}
