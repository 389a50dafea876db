// SPDX-License-Identifier: Apache-2.0

import TestServers
import Testing

/// Runs the real TokenFunction against a Runtime API that fails, and checks that it exits with status
/// 1 after the expected number of requests, which makes Lambda (and `invoke`) report `Runtime.ExitError`.
@Suite struct RuntimeAPIFaultTests {
    static func runFunction(replies: [String]) throws -> (status: Int32, requests: [String]) {
        let server = try FaultServer(replies: replies)
        server.start()
        let directory = try TemporaryDirectory()
        let environment = [
            "PATH": "/usr/bin:/bin", "AWS_LAMBDA_RUNTIME_API": "127.0.0.1:\(server.port)",
            "CHANNEL_ARN": "arn:aws:ivs:us-west-2:123456789012:channel/AbCdEfGhIjKl", "SECRET_ID": "key",
            "AWS_REGION": "us-west-2", "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret",
        ]
        let result = try Subprocess.run(
            Subprocess.buildDirectory + "/TokenFunction",
            [],
            environment: environment,
            in: directory
        )
        server.stop()
        return (result.status, server.requests.map { String($0.head.split(separator: "\r\n").first ?? "") })
    }

    static let next = "GET /2018-06-01/runtime/invocation/next HTTP/1.1"

    @Test func serverErrorOnNextExitsAtOnce() throws {
        let outcome = try Self.runFunction(replies: ["HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n"])

        #expect(outcome.status == 1)
        #expect(outcome.requests == [Self.next])
    }

    @Test func droppedConnectionExitsAfterRetries() throws {
        let outcome = try Self.runFunction(replies: ["", "", ""])

        #expect(outcome.status == 1)
        #expect(outcome.requests == [Self.next, Self.next, Self.next])
    }
}
