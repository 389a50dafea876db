// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import Testing
import TokenCrypto

@testable import SecretsManager

/// The variables that `scripts/with-moto` exports to the test process.
enum MotoEnvironment {
    static let variables = ProcessInfo.processInfo.environment
}

/// End-to-end fetches from moto's standalone server with signature checking on, set up by
/// `scripts/with-moto`, which exports the variables read here.
@Suite(
    .enabled(
        if: MotoEnvironment.variables["MOTO_ENDPOINT"] != nil,
        "MOTO_ENDPOINT is not set; run these under scripts/with-moto"
    )
)
struct MotoEndToEndTests {
    static func variable(_ name: String) throws -> String {
        try #require(MotoEnvironment.variables[name], "\(name) is not set by scripts/with-moto")
    }

    static func environment(keyID: String, secretKey: String, token: String? = nil) throws
        -> [String: String]
    {
        var environment = [
            "AWS_REGION": try variable("MOTO_REGION"),
            "AWS_ENDPOINT_URL_SECRETS_MANAGER": try variable("MOTO_ENDPOINT"),
            "AWS_ACCESS_KEY_ID": keyID,
            "AWS_SECRET_ACCESS_KEY": secretKey,
        ]
        environment["AWS_SESSION_TOKEN"] = token
        return environment
    }

    static func userClient(secretKey: String? = nil) throws -> SecretsManagerClient {
        let environment = try environment(
            keyID: try variable("MOTO_ACCESS_KEY_ID"),
            secretKey: try secretKey ?? variable("MOTO_SECRET_ACCESS_KEY")
        )
        return try SecretsManagerClient(
            configuration: SecretsManagerConfiguration(environment: environment)
        )
    }

    static func roleClient(token: String?) throws -> SecretsManagerClient {
        let environment = try environment(
            keyID: try variable("MOTO_ROLE_ACCESS_KEY_ID"),
            secretKey: try variable("MOTO_ROLE_SECRET_ACCESS_KEY"),
            token: token
        )
        return try SecretsManagerClient(
            configuration: SecretsManagerConfiguration(environment: environment)
        )
    }

    static func pem() throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: try variable("MOTO_KEY_PEM"))))
    }

    static func fetch(
        _ client: SecretsManagerClient,
        _ secretID: String,
        stage: String? = nil
    ) throws -> SecretValue {
        try client.getSecretValue(secretID: secretID, versionStage: stage, timeBudget: .seconds(5))
    }

    @Test func stringSecretEqualsPEM() throws {
        let value = try Self.fetch(Self.userClient(), Self.variable("MOTO_SECRET_STRING"))
        #expect(value.bytes.withUnsafeBytes { Array($0) } == (try Self.pem()))
        #expect(value.isBinary == false)
        #expect(value.versionID?.count == 36)
    }

    @Test func binarySecretIsDecodedOnce() throws {
        let value = try Self.fetch(Self.userClient(), Self.variable("MOTO_SECRET_BINARY"))
        #expect(value.bytes.withUnsafeBytes { Array($0) } == (try Self.pem()))
        #expect(value.isBinary == true)
    }

    @Test func roleKeysWithSessionTokenAreAccepted() throws {
        let value = try Self.fetch(
            Self.roleClient(token: Self.variable("MOTO_ROLE_SESSION_TOKEN")),
            Self.variable("MOTO_SECRET_STRING")
        )
        #expect(value.bytes.withUnsafeBytes { Array($0) } == (try Self.pem()))
    }

    @Test func wrongSecretKeyIsRejected() throws {
        let error = #expect(throws: SecretsManagerError.signatureRejected) {
            try Self.fetch(
                Self.userClient(secretKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                Self.variable("MOTO_SECRET_STRING")
            )
        }
        #expect(error?.errorType == "SignatureDoesNotMatch")
        #expect(error?.statusCode == 403)
    }

    @Test func missingSessionTokenIsRejected() throws {
        let error = #expect(throws: SecretsManagerError.credentialsRejected) {
            try Self.fetch(Self.roleClient(token: nil), Self.variable("MOTO_SECRET_STRING"))
        }
        #expect(error?.errorType == "InvalidClientTokenId")
        #expect(error?.statusCode == 403)
    }

    @Test func wrongSessionTokenIsRejected() throws {
        let error = #expect(throws: SecretsManagerError.credentialsRejected) {
            try Self.fetch(
                Self.roleClient(token: "AQoDYXdzEPT//////////wEXAMPLEtoken"),
                Self.variable("MOTO_SECRET_STRING")
            )
        }
        #expect(error?.statusCode == 403)
    }

    @Test(
        arguments: [(nil, "second"), ("AWSCURRENT", "second"), ("AWSPREVIOUS", "first")]
            as [(String?, String)]
    )
    func versionStageSelectsVersion(stage: String?, expected: String) throws {
        let value = try Self.fetch(
            Self.userClient(),
            Self.variable("MOTO_SECRET_STAGED"),
            stage: stage
        )
        #expect(value.bytes.withUnsafeBytes { Array($0) } == Array(expected.utf8))
    }

    @Test func unknownSecretIsNotFound() throws {
        let error = #expect(throws: SecretsManagerError.resourceNotFound) {
            try Self.fetch(Self.userClient(), "ivs/no-such-secret")
        }
        #expect(error?.errorType == "ResourceNotFoundException")
        #expect(error?.isRetryable == false)
    }

    @Test func deletedSecretIsInvalidRequest() throws {
        #expect(throws: SecretsManagerError.invalidRequest) {
            try Self.fetch(Self.userClient(), Self.variable("MOTO_SECRET_DELETED"))
        }
    }
}
