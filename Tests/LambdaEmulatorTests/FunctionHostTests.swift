// SPDX-License-Identifier: Apache-2.0

import LambdaEmulator
import Testing

@Suite struct FunctionHostTests {
    let directory: TemporaryDirectory
    let recorder = LogRecorder()

    init() throws {
        directory = try TemporaryDirectory()
    }

    private func host(_ script: String, timeoutSeconds: Double = 1) throws -> (FunctionHost, String) {
        let path = try directory.write("bootstrap", script, executable: true)
        let configuration = testConfiguration(bootstrap: path, timeoutSeconds: timeoutSeconds)
        return (try FunctionHost(configuration: configuration, log: recorder.sink), "bootstrap")
    }

    @Test func correctBootstrapReceivesEventAndHeaders() throws {
        let (host, script) = try host(Bootstraps.echo)
        let first = host.invoke(bytes(#"{"n":1}"#))
        let second = host.invoke(bytes(#"{"n":2}"#))
        host.shutdown()

        #expect(first.kind == .response)
        let object = try #require(JSONValue.parse(first.payload)?.objectValue)
        #expect(object["id"]?.stringValue == first.requestID)
        #expect(object["arn"]?.stringValue == "arn:aws:lambda:us-east-1:123456789012:function:TokenFunction")
        #expect(object["trace"]?.stringValue?.hasPrefix("Root=1-") == true)
        #expect(object["event"] == .object(["n": .number(1)]))
        let deadline = try #require(Int64(object["deadline"]?.stringValue ?? ""))
        #expect(abs(deadline - MonotonicInstant.epochMilliseconds()) < 1500)
        #expect(JSONValue.parse(second.payload)?.objectValue?["inits"] == .number(1))
        #expect(directory.lines(of: script + ".inits").count == 1)
    }

    @Test func platformLinesFrameEachInvocation() throws {
        let (host, _) = try host(Bootstraps.echo)
        let first = host.invoke(bytes("{}"))
        let second = host.invoke(bytes("{}"))
        host.shutdown()

        let lines = recorder.all
        #expect(lines.count == 6)
        #expect(lines[0] == "START RequestId: \(first.requestID) Version: $LATEST")
        #expect(lines[1] == "END RequestId: \(first.requestID)")
        #expect(lines[2].hasPrefix("REPORT RequestId: \(first.requestID)\tDuration: "))
        #expect(lines[2].contains("\tMemory Size: 128 MB\tMax Memory Used: "))
        #expect(lines[2].contains("\tInit Duration: "))
        #expect(lines[3] == "START RequestId: \(second.requestID) Version: $LATEST")
        #expect(!lines[5].contains("Init Duration"))
    }

    @Test(arguments: [(false, "exit status 3"), (true, "signal: killed")])
    func crashIsExitErrorThenFreshInit(signal: Bool, reason: String) throws {
        let (host, script) = try host(Bootstraps.crashOnce(signal: signal))
        let crashed = host.invoke(bytes("{}"))
        let recovered = host.invoke(bytes("{}"))
        host.shutdown()

        #expect(crashed.kind == .functionError)
        #expect(crashed.errorType == "Runtime.ExitError")
        #expect(crashed.errorMessage == "RequestId: \(crashed.requestID) Error: Runtime exited with error: \(reason)")
        #expect(recovered.kind == .response)
        #expect(text(recovered.payload) == #"{"inits":2}"#)
        let report = try #require(recorder.all.first { $0.hasPrefix("REPORT RequestId: \(crashed.requestID)") })
        #expect(!report.contains("Max Memory Used: 0 MB"))
        #expect(report.hasSuffix("\tStatus: error\tError Type: Runtime.ExitError"))
        #expect(directory.lines(of: script + ".inits").count == 2)
    }

    @Test func hangTimesOutThenFreshInit() throws {
        let (host, _) = try host(Bootstraps.hangOnce)
        let hung = host.invoke(bytes("{}"))
        let recovered = host.invoke(bytes("{}"))
        host.shutdown()

        #expect(hung.kind == .functionError)
        #expect(hung.errorType == "Sandbox.Timedout")
        #expect(hung.errorMessage == "RequestId: \(hung.requestID) Error: Task timed out after 1.00 seconds")
        #expect(hung.durationMilliseconds == 1000)
        #expect(text(recovered.payload) == #"{"inits":2}"#)
        #expect(
            recorder.all.contains {
                $0.hasPrefix("REPORT RequestId: \(hung.requestID)") && $0.hasSuffix("Status: timeout")
            }
        )
    }

    @Test func garbageOutputAndUnknownRequestIDAreSurvived() throws {
        let (host, _) = try host(Bootstraps.garbage)
        let result = host.invoke(bytes("{}"))
        host.shutdown()

        #expect(result.kind == .response)
        #expect(text(result.payload) == "garbage 400")
    }

    @Test func oversizedResponseIsResponseSizeTooLarge() throws {
        let (host, _) = try host(Bootstraps.tooLarge, timeoutSeconds: 10)
        let large = host.invoke(bytes("{}"))
        let after = host.invoke(bytes("{}"))
        host.shutdown()

        #expect(large.kind == .functionError)
        #expect(large.errorType == "Function.ResponseSizeTooLarge")
        #expect(large.errorMessage == "Response payload size exceeded maximum allowed payload size (6291556 bytes).")
        #expect(text(after.payload) == #"{"after":"large"}"#)
    }

    @Test func initErrorIsReturnedAtOnce() throws {
        let (host, _) = try host(Bootstraps.initError, timeoutSeconds: 30)
        let result = host.invoke(bytes("{}"))
        host.shutdown()

        #expect(result.kind == .functionError)
        #expect(result.errorType == "Runtime.ConfigError")
        #expect(result.errorMessage == "missing TABLE_NAME")
    }

    @Test func exitDuringInitIsExitErrorNotTimeout() throws {
        let (host, script) = try host(Bootstraps.exitsDuringInit, timeoutSeconds: 30)
        let first = host.invoke(bytes("{}"))
        let second = host.invoke(bytes("{}"))
        host.shutdown()

        #expect(first.errorType == "Runtime.ExitError")
        #expect(first.errorMessage == "RequestId: \(first.requestID) Error: Runtime exited with error: exit status 7")
        #expect(second.errorType == "Runtime.ExitError")
        #expect(directory.lines(of: script + ".inits").count == 2)
    }

    @Test func postedErrorReachesCallerUnchanged() throws {
        let (host, _) = try host(Bootstraps.postsError)
        let result = host.invoke(bytes("{}"))
        host.shutdown()

        #expect(result.kind == .functionError)
        #expect(result.errorType == "Handled.Failure")
        #expect(result.errorMessage == "bad \"input\" \\ here\nline two")
    }

    @Test func oversizedEventIsRejectedWithoutStarting() throws {
        let (host, script) = try host(Bootstraps.echo)
        let result = host.invoke([UInt8](repeating: 0x20, count: 6_291_557))
        host.shutdown()

        #expect(result.kind == .requestTooLarge)
        #expect(directory.lines(of: script + ".inits").isEmpty)
    }

    @Test(arguments: [nil, "/var/task"])
    func processStartsInCodeRoot(configuredTaskRoot: String?) throws {
        let codeRoot = directory.path + "/code"
        try makeDirectory(codeRoot)
        let path = try directory.write("code/bootstrap", Bootstraps.dumpsEnvironment, executable: true)
        var configuration = testConfiguration(bootstrap: path)
        configuration.environment["LAMBDA_TASK_ROOT"] = configuredTaskRoot
        let host = try FunctionHost(configuration: configuration, log: recorder.sink)
        let result = host.invoke(bytes("{}"))
        host.shutdown()

        #expect(result.kind == .response)
        #expect(directory.lines(of: "code/bootstrap.pwd") == [codeRoot])
        #expect(directory.environment(of: "code/bootstrap.env")["LAMBDA_TASK_ROOT"] == codeRoot)
    }

    @Test func missingBootstrapIsInvalidEntrypoint() throws {
        let configuration = testConfiguration(bootstrap: directory.path + "/missing")
        let host = try FunctionHost(configuration: configuration, log: recorder.sink)
        let result = host.invoke(bytes("{}"))
        host.shutdown()

        #expect(result.errorType == "Runtime.InvalidEntrypoint")
    }

    @Test func hangInInitTimesOutAfterInitAndFunctionTimeouts() throws {
        let path = try directory.write("bootstrap", Bootstraps.hangsInInit, executable: true)
        var configuration = testConfiguration(bootstrap: path, timeoutSeconds: 0.5)
        configuration.initTimeoutSeconds = 0.5
        let host = try FunctionHost(configuration: configuration, log: recorder.sink)
        let startedAt = MonotonicInstant.now()
        let result = host.invoke(bytes("{}"))
        let elapsed = MonotonicInstant.now().milliseconds(since: startedAt)
        host.shutdown()

        #expect(result.errorType == "Sandbox.Timedout")
        #expect(result.errorMessage == "RequestId: \(result.requestID) Error: Task timed out after 0.50 seconds")
        #expect(elapsed >= 1000)
        #expect(recorder.all.first == "START RequestId: \(result.requestID) Version: $LATEST")
    }
}
