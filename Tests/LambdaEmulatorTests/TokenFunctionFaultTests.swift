// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import LambdaEmulator
import TestServers
import Testing
import TokenCrypto

/// Runs the real TokenFunction under `invoke` against a failing Secrets Manager, two events per run.
/// Each test checks the exact status and error type of both responses and that one process served both.
@Suite struct TokenFunctionFaultTests {
    /// What one run of two invocations produced.
    struct Outcome {
        let status: Int32
        let responses: [[String: JSONValue]]
        let standardError: String
        let elapsed: Duration

        /// The `statusCode` and the body's `error` field of each response.
        var answers: [String] {
            responses.map { response in
                let body = response["body"]?.stringValue.flatMap { JSONValue.parse(Array($0.utf8))?.objectValue }
                guard case .number(let code) = response["statusCode"] else { return "no statusCode" }
                let status = String(Int(code))
                return status + " " + (body?["error"]?.stringValue ?? "none")
            }
        }

        /// The number of `REPORT` lines with an init duration, one per process start.
        var initCount: Int { standardError.components(separatedBy: "Init Duration").count - 1 }
    }

    static func http(_ status: String, _ body: String, type: String? = nil) -> String {
        let typeHeader = type.map { "x-amzn-ErrorType: \($0)\r\n" } ?? ""
        return "HTTP/1.1 \(status)\r\nContent-Type: application/x-amz-json-1.1\r\n\(typeHeader)"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
    }

    static func secretReply(_ fields: String) -> String { http("200 OK", "{\(fields),\"VersionId\":\"v1\"}") }

    /// Runs two `get-token` events through `invoke` with Secrets Manager at `port`.
    static func invokeTwice(port: Int, timeoutSeconds: Int = 10) throws -> Outcome {
        let directory = try TemporaryDirectory()
        let root = TokenFunctionEndToEndTests.repositoryRoot
        let event = root + "/events/get-token.json"
        let clock = ContinuousClock()
        let started = clock.now
        let result = try Subprocess.run(
            Subprocess.buildDirectory + "/invoke",
            [
                "--bootstrap", root + "/bootstrap", "--template", root + "/template.yaml",
                "--timeout", String(timeoutSeconds),
                "--env", "AWS_ENDPOINT_URL_SECRETS_MANAGER=http://127.0.0.1:\(port)", event, event,
            ],
            in: directory
        )
        let lines = result.standardOutput.split(separator: "\n")
        return Outcome(
            status: result.status,
            responses: lines.compactMap { JSONValue.parse(Array($0.utf8))?.objectValue },
            standardError: result.standardError,
            elapsed: clock.now - started
        )
    }

    static let throttled = http(
        "400 Bad Request",
        #"{"__type":"ThrottlingException","message":"Rate exceeded"}"#,
        type: "ThrottlingException"
    )
    static let internalError = http("500 Internal Server Error", #"{"__type":"InternalServiceError"}"#)
    static let truncated = "HTTP/1.1 200 OK\r\nContent-Length: 400\r\n\r\n{\"SecretString\":\"-----BEGIN"
    static let notJSON = "HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n<a>b</a>\n"

    @Test(arguments: [
        ("throttling", [String](repeating: throttled, count: 6), "503 ThrottlingException"),
        ("server error", [String](repeating: internalError, count: 6), "503 InternalServiceError"),
        ("truncated reply", [String](repeating: truncated, count: 6), "503 TransferFailed"),
        ("closed connection", [String](repeating: "", count: 6), "503 TransferFailed"),
        ("reply not JSON", [String](repeating: notJSON, count: 2), "500 MalformedResponse"),
        (
            "secret wrong type", [String](repeating: secretReply(#""SecretString":5"#), count: 2),
            "500 MalformedResponse"
        ),
        ("secret not a key", [String](repeating: secretReply(#""SecretString":"hello""#), count: 2), "500 InvalidKey"),
        (
            "secret too short",
            [String](repeating: secretReply(#""SecretBinary":"MC4CAQEEIA==""#), count: 2), "500 InvalidKey"
        ),
    ])
    func faultIsJSONErrorAndProcessKeepsServing(fault: String, replies: [String], answer: String) throws {
        let server = try FaultServer(replies: replies)
        server.start()
        let outcome = try Self.invokeTwice(port: server.port)
        server.stop()

        #expect(outcome.answers == [answer, answer])
        #expect(outcome.status == 0)
        #expect(outcome.initCount == 1)
        #expect(server.requests.count == replies.count)
    }

    @Test func invalidKeyReasonIsLoggedNotReturned() throws {
        var reason = ""
        do {
            _ = try ES384PrivateKey(secret: SecretBytes(Array("hello".utf8)))
        } catch {
            reason = "\(error)"
        }
        let server = try FaultServer(replies: [String](repeating: Self.secretReply(#""SecretString":"hello""#), count: 2))
        server.start()
        let outcome = try Self.invokeTwice(port: server.port)
        server.stop()
        let body = outcome.responses.first?["body"]?.stringValue ?? ""

        #expect(!reason.isEmpty)
        #expect(
            JSONValue.parse(Array(body.utf8))?.objectValue?["message"]?.stringValue
                == "the secret contains no usable key; the function's log contains the reason"
        )
        #expect(!body.contains(reason))
        #expect(outcome.standardError.contains("signing key unavailable"))
        #expect(outcome.standardError.contains(reason))
    }

    @Test func refusedConnectionIsJSONErrorAndProcessKeepsServing() throws {
        let outcome = try Self.invokeTwice(port: try FaultServer.closedPort())

        #expect(outcome.answers == ["503 CouldNotConnect", "503 CouldNotConnect"])
        #expect(outcome.initCount == 1)
    }

    @Test func silentServerIsTimedOutBeforeTheDeadline() throws {
        // The server listens but never accepts, so each fetch waits until the deadline is near.
        let server = try FaultServer(replies: [])
        let outcome = try Self.invokeTwice(port: server.port, timeoutSeconds: 2)

        #expect(outcome.answers == ["504 TimedOut", "504 TimedOut"])
        #expect(outcome.initCount == 1)
        #expect(!outcome.standardError.contains("Task timed out"))
        #expect(outcome.elapsed < .seconds(8))
    }
}
