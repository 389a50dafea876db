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
    /// line number, the response headers and the body. The status is `000` when no response arrives
    /// within `maximumSeconds`.
    private func post(
        _ url: String,
        data: String,
        invocationType: String? = nil,
        extraHeaders: [String] = [],
        maximumSeconds: Int = 60
    ) throws -> (status: String, headers: String, body: String) {
        let headers = directory.path + "/headers-\(RandomName.next())"
        let typeHeader = invocationType.map { ["-H", "X-Amz-Invocation-Type: \($0)"] } ?? []
        let options = ["-s", "--max-time", String(maximumSeconds), "-D", headers, "-w", "\n%{http_code}"]
        let result = try Subprocess.run(
            "/usr/bin/curl",
            options + ["--data-binary", data] + typeHeader + extraHeaders.flatMap { ["-H", $0] } + [url],
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

    /// Starts an Invoke API server over a bootstrap that blocks on an event marked `"hold"` until
    /// `fifos.release()`, and returns what the tests need to drive and observe it.
    private func startBlockingServer() throws -> (HoldFIFOs, LogRecorder, InvokeAPIServer, String) {
        let fifos = try HoldFIFOs(directory)
        let recorder = LogRecorder()
        let bootstrap = try directory.write("bootstrap", Bootstraps.holdsMarkedEvents, executable: true)
        let configuration = testConfiguration(bootstrap: bootstrap, timeoutSeconds: 30)
        let host = try FunctionHost(configuration: configuration, log: recorder.sink)
        let server = try InvokeAPIServer(host: host, port: 0)
        let url = "http://127.0.0.1:\(server.port)/2015-03-31/functions/function/invocations"
        return (fifos, recorder, server, url)
    }

    @Test func eventIs202BeforeItRunsThenRunsInOrder() throws {
        let (fifos, recorder, server, url) = try startBlockingServer()
        defer { _ = server.stop() }

        // The blocked event cannot finish before the release below, so this 202 shows it came first.
        let blocked = try post(url, data: #"{"hold":1}"#, invocationType: "Event", maximumSeconds: 5)
        try #require(blocked.status == "202")
        #expect(blocked.body == "")
        let blockedID = try #require(requestID(in: blocked.headers))
        try fifos.awaitStart()
        let queued = try post(url, data: #"{"n":2}"#, invocationType: "Event")
        #expect(queued.status == "202")
        let queuedID = try #require(requestID(in: queued.headers))
        try fifos.release()

        // A synchronous invocation posted now runs after both events, so their logs are complete.
        let synchronous = try post(url, data: #"{"n":3}"#)
        #expect(synchronous.status == "200")
        #expect(directory.lines(of: "bootstrap.events") == [#"{"hold":1}"#, #"{"n":2}"#, #"{"n":3}"#])
        for id in [blockedID, queuedID] {
            let lines = recorder.all.filter { $0.contains(id) }
            #expect(lines.count == 3)
            #expect(lines.first == "START RequestId: \(id) Version: $LATEST")
            #expect(lines.dropFirst().first == "END RequestId: \(id)")
            #expect(lines.last?.hasPrefix("REPORT RequestId: \(id)\tDuration: ") == true)
        }
    }

    @Test func stopDropsQueuedEventsAndEndsRunningOne() throws {
        let (fifos, recorder, server, url) = try startBlockingServer()

        let blocked = try post(url, data: #"{"hold":1}"#, invocationType: "Event", maximumSeconds: 5)
        let blockedID = try #require(requestID(in: blocked.headers))
        try fifos.awaitStart()
        for number in 2...3 {
            #expect(try post(url, data: #"{"n":\#(number)}"#, invocationType: "Event").status == "202")
        }
        let startedAt = MonotonicInstant.now()
        let dropped = server.stop()
        let elapsed = MonotonicInstant.now().milliseconds(since: startedAt)

        #expect(dropped == 2)
        #expect(elapsed < 5000)
        #expect(directory.lines(of: "bootstrap.events") == [#"{"hold":1}"#])
        let report = recorder.all.first { $0.hasPrefix("REPORT RequestId: \(blockedID)\t") }
        #expect(report?.hasSuffix("\tStatus: error\tError Type: Runtime.ExitError") == true)
        #expect(try post(url, data: "{}").status == "500")
    }

    /// Returns the `x-amzn-requestid` value from lower-cased response headers.
    private func requestID(in headers: String) -> String? {
        let line = headers.split(separator: "\r\n").first { $0.hasPrefix("x-amzn-requestid: ") }
        return line.map { String($0.dropFirst("x-amzn-requestid: ".count)) }
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
