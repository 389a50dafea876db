// SPDX-License-Identifier: Apache-2.0

import LambdaEmulator
import Testing

@Suite struct InvokeAPIServerTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    private func withServer(_ script: String, _ body: (String) throws -> Void) throws {
        let bootstrap = try directory.write("bootstrap", script, executable: true)
        let host = try FunctionHost(configuration: testConfiguration(bootstrap: bootstrap), log: { _ in })
        let server = try InvokeAPIServer(host: host, port: 0)
        try body("http://127.0.0.1:\(server.port)/2015-03-31/functions/function/invocations")
    }

    /// Posts `data` (curl syntax, so `@file` reads a file) with `extraHeaders` and returns the status
    /// line number, the response headers and the body.
    private func post(
        _ url: String,
        data: String,
        invocationType: String? = nil,
        extraHeaders: [String] = []
    ) throws -> (status: String, headers: String, body: String) {
        let headers = directory.path + "/headers-\(RandomName.next())"
        let typeHeader = invocationType.map { ["-H", "X-Amz-Invocation-Type: \($0)"] } ?? []
        let result = try Subprocess.run(
            "/usr/bin/curl",
            ["-s", "-D", headers, "-w", "\n%{http_code}", "--data-binary", data] + typeHeader
                + extraHeaders.flatMap { ["-H", $0] } + [url],
            in: directory
        )
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        let headerText = (try? readFile(atPath: headers)).map(text) ?? ""
        return (String(lines.last ?? ""), headerText.lowercased(), lines.dropLast().joined(separator: "\n"))
    }

    @Test func responseIs200WithPayload() throws {
        try withServer(Bootstraps.postsEvent) { url in
            let (status, headers, body) = try post(url, data: #"{"served":true}"#)
            #expect(status == "200")
            #expect(body == #"{"served":true}"#)
            #expect(!headers.contains("x-amz-function-error"))
            #expect(headers.contains("x-amz-executed-version: $latest"))
        }
    }

    @Test func functionErrorIsUnhandledWithErrorJSON() throws {
        try withServer(Bootstraps.postsError) { url in
            let (status, headers, body) = try post(url, data: "{}")
            #expect(status == "200")
            #expect(headers.contains("x-amz-function-error: unhandled"))
            #expect(JSONValue.parse(bytes(body))?.objectValue?["errorType"] == .string("Handled.Failure"))
        }
    }

    @Test func eventInvocationRunsAndAnswers202() throws {
        try withServer(Bootstraps.postsEvent) { url in
            let (status, _, body) = try post(url, data: #"{"async":true}"#, invocationType: "Event")
            #expect(status == "202")
            #expect(body == "")
            #expect(directory.lines(of: "bootstrap.inits") == ["started"])
        }
    }

    @Test func dryRunAnswers204WithoutRunning() throws {
        try withServer(Bootstraps.postsEvent) { url in
            let (status, _, body) = try post(url, data: "{}", invocationType: "DryRun")
            #expect(status == "204")
            #expect(body == "")
            #expect(directory.lines(of: "bootstrap.inits").isEmpty)
        }
    }

    @Test func unknownInvocationTypeIs400() throws {
        try withServer(Bootstraps.postsEvent) { url in
            let (status, headers, _) = try post(url, data: "{}", invocationType: "Sometimes")
            #expect(status == "400")
            #expect(headers.contains("x-amzn-errortype: invalidparametervalueexception"))
        }
    }

    @Test func oversizedEventIs413() throws {
        let large = try directory.write("large.json", String(repeating: " ", count: 6_291_557))
        try withServer(Bootstraps.postsEvent) { url in
            let (status, headers, body) = try post(url, data: "@" + large)
            #expect(status == "413")
            #expect(headers.contains("x-amzn-errortype: requestentitytoolargeexception"))
            #expect(JSONValue.parse(bytes(body))?.objectValue?["Type"] == .string("User"))
        }
    }

    @Test(arguments: ["-5", "abc", ""])
    func invalidContentLengthIs400AndServingContinues(value: String) throws {
        // curl drops a header given as `Name:` but sends `Name;` as that header with an empty value.
        let header = value.isEmpty ? "Content-Length;" : "Content-Length: \(value)"
        try withServer(Bootstraps.postsEvent) { url in
            let (status, headers, body) = try post(url, data: "{}", extraHeaders: [header])
            #expect(status == "400")
            #expect(headers.contains("x-amzn-errortype: invalidrequestcontentexception"))
            #expect(headers.contains("connection: close"))
            let error = JSONValue.parse(bytes(body))?.objectValue
            #expect(error?["Type"] == .string("User"))
            #expect(
                error?["message"]
                    == .string(
                        "Content-Length \"\(value)\" is invalid: expected the body size as a decimal number of bytes"
                    )
            )

            let (nextStatus, _, nextBody) = try post(url, data: #"{"after":"invalid"}"#)
            #expect(nextStatus == "200")
            #expect(nextBody == #"{"after":"invalid"}"#)
        }
    }

    @Test func contentLengthOver64BitsIs413() throws {
        try withServer(Bootstraps.postsEvent) { url in
            let (status, headers, body) = try post(
                url,
                data: "{}",
                extraHeaders: ["Content-Length: 99999999999999999999999"]
            )
            #expect(status == "413")
            #expect(headers.contains("x-amzn-errortype: requestentitytoolargeexception"))
            #expect(
                JSONValue.parse(bytes(body))?.objectValue?["message"]
                    == .string(
                        "Content-Length 99999999999999999999999 is too large: request must be smaller than "
                            + "6291556 bytes for the InvokeFunction operation"
                    )
            )
        }
    }

    @Test func invalidContentLengthWithBareLineFeedsIs400() throws {
        let bootstrap = try directory.write("bootstrap", Bootstraps.postsEvent, executable: true)
        let host = try FunctionHost(configuration: testConfiguration(bootstrap: bootstrap), log: { _ in })
        let server = try InvokeAPIServer(host: host, port: 0)
        let reply = try RawHTTPExchange.send(
            "POST /2015-03-31/functions/function/invocations HTTP/1.1\nHost: 127.0.0.1\nContent-Length: x\n\n{}",
            port: server.port
        )
        #expect(reply.hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
        #expect(reply.contains("\r\nX-Amzn-ErrorType: InvalidRequestContentException\r\n"))
        #expect(
            reply.hasSuffix(
                #"{"Type":"User","message":"Content-Length \"x\" is invalid: "#
                    + #"expected the body size as a decimal number of bytes"}"#
            )
        )
    }

    @Test func otherPathsAre404() throws {
        try withServer(Bootstraps.postsEvent) { url in
            let (status, _, _) = try post(url.dropLast("/invocations".count) + "/other", data: "{}")
            #expect(status == "404")
        }
    }

    @Test func concurrentRequestsRunOneAtATime() throws {
        try withServer(Bootstraps.countsConcurrency) { url in
            let arguments =
                ["-s", "-Z", "--parallel-immediate", "-w", "\n"]
                + (1...4).flatMap { _ in ["--data-binary", "{}", url] }
            let result = try Subprocess.run("/usr/bin/curl", arguments, in: directory)
            #expect(result.standardOutput.split(separator: "\n") == Array(repeating: "{\"overlapping\":0}", count: 4))
        }
    }
}
