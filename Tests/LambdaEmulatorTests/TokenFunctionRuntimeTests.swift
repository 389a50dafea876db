// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import Glibc
import LambdaEmulator
import Testing

/// The real TokenFunction under the emulator: initialisation errors, bad events, log formats and
/// termination, as Lambda would see them.
@Suite struct TokenFunctionRuntimeTests {
    static let root = TokenFunctionEndToEndTests.repositoryRoot

    /// Runs `invoke` on the repository's bootstrap and template with extra arguments.
    static func invoke(_ arguments: [String], in directory: TemporaryDirectory) throws -> SubprocessResult {
        try Subprocess.run(
            Subprocess.buildDirectory + "/invoke",
            ["--bootstrap", root + "/bootstrap", "--template", root + "/template.yaml"] + arguments,
            in: directory
        )
    }

    @Test func badConfigurationFailsInitNamingTheVariable() throws {
        let directory = try TemporaryDirectory()

        let result = try Self.invoke(
            ["--env", "CHANNEL_ARN=bogus", Self.root + "/events/get-token.json"],
            in: directory
        )

        #expect(result.status == 1)
        let response = try #require(JSONValue.parse(bytes(result.standardOutput))?.objectValue)
        #expect(response["errorType"] == .string("Runtime.InitError"))
        #expect(
            response["errorMessage"]
                == .string(
                    "CHANNEL_ARN is invalid; expected an IVS channel ARN such as "
                        + "arn:aws:ivs:us-west-2:123456789012:channel/AbCdEfGhIjKl"
                )
        )
        #expect(result.standardError.contains("Error Type: Runtime.InitError"))
    }

    @Test func malformedEventIsReportedAndTheProcessKeepsServing() throws {
        let directory = try TemporaryDirectory()
        let badEvent = try directory.write("bad.json", "{\"httpMethod\":")

        let result = try Self.invoke([badEvent, Self.root + "/events/get-token.json"], in: directory)

        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        try #require(lines.count == 2)
        #expect(lines[0] == #"{"errorMessage":"the event is not valid JSON","errorType":"Runtime.UnmarshalError"}"#)
        #expect(JSONValue.parse(bytes(lines[1]))?.objectValue?["statusCode"] == .number(200))
        let coldStarts = result.standardError.split(separator: "\n").filter { $0.contains("Init Duration") }
        #expect(coldStarts.count == 1)
    }

    @Test func jsonLogFormatWritesOneObjectPerLine() throws {
        let directory = try TemporaryDirectory()

        let result = try Self.invoke(
            ["--env", "AWS_LAMBDA_LOG_FORMAT=JSON", Self.root + "/events/get-token.json"],
            in: directory
        )

        let start = try #require(
            result.standardError.split(separator: "\n").first { $0.hasPrefix("START RequestId: ") }
        )
        let requestID = String(start.dropFirst("START RequestId: ".count).prefix { $0 != " " })
        let logLine = try #require(result.standardError.split(separator: "\n").first { $0.hasPrefix("{") })
        let object = try #require(JSONValue.parse(bytes(String(logLine)))?.objectValue)
        #expect(object["level"] == .string("INFO"))
        #expect(object["requestId"] == .string(requestID))
        #expect(object["message"] == .string("request answered"))
        #expect(object["http.status"] == .string("200"))
    }

    @Test func logLevelFiltersTheFunctionsLines() throws {
        let directory = try TemporaryDirectory()

        let result = try Self.invoke(
            ["--env", "AWS_LAMBDA_LOG_LEVEL=WARN", Self.root + "/events/get-token.json"],
            in: directory
        )

        #expect(result.status == 0)
        #expect(!result.standardError.contains("request answered"))
    }

    @Test func derKeyFileIsServedAsSecretBinary() throws {
        let directory = try TemporaryDirectory()
        let pem = directory.path + "/key.pem"
        let der = directory.path + "/key.der"
        let generated = try Subprocess.run(
            "/usr/bin/openssl",
            ["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384", "-out", pem],
            in: directory
        )
        let converted = try Subprocess.run(
            "/usr/bin/openssl",
            ["pkcs8", "-topk8", "-nocrypt", "-in", pem, "-outform", "DER", "-out", der],
            in: directory
        )
        try #require(generated.status == 0 && converted.status == 0)

        let result = try Self.invoke(["--secret-file", der, Self.root + "/events/get-token.json"], in: directory)

        #expect(result.status == 0)
        #expect(JSONValue.parse(bytes(result.standardOutput))?.objectValue?["statusCode"] == .number(200))
    }

    @Test func sigtermEndsTheRuntimeWithStatusZero() throws {
        let listener = try LoopbackListener()
        let environment = [
            "AWS_LAMBDA_RUNTIME_API": "127.0.0.1:\(listener.port)",
            "CHANNEL_ARN": "arn:aws:ivs:us-west-2:123456789012:channel/AbCdEfGhIjKl", "SECRET_ID": "k",
            "AWS_REGION": "us-west-2",
        ]
        let process = try SpawnedProcess(Subprocess.buildDirectory + "/TokenFunction", environment: environment)

        // The runtime connects and waits in /next; the listener never responds, like a frozen Lambda.
        try listener.acceptOne()
        kill(process.pid, SIGTERM)

        #expect(process.waitForExit() == 0)
    }
}
