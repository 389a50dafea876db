// SPDX-License-Identifier: Apache-2.0

import LambdaEmulator
import Testing

/// Runs the built `invoke` executable as a subprocess against shell bootstraps.
@Suite struct InvokeCommandTests {
    let directory: TemporaryDirectory
    let invoke = Subprocess.buildDirectory + "/invoke"

    init() throws {
        directory = try TemporaryDirectory()
        try directory.write("event.json", "{\n  \"n\": 1\n}\n")
        try directory.write(
            "template.yaml",
            """
            Parameters:
              Secret:
                Type: String
                Default: team/playback-key
            Globals:
              Function:
                Timeout: 7
                Environment:
                  Variables:
                    FROM_GLOBALS: globals
            Resources:
              TokenFunction:
                Properties:
                  Handler: bootstrap
                  MemorySize: 256
                  Environment:
                    Variables:
                      SECRET_ID: !Ref Secret
                      FROM_TEMPLATE: template
                      COMPUTED: !Sub "${AWS::StackName}"
            """
        )
        try directory.write("key.pem", "-----BEGIN EC PRIVATE KEY-----\nnot a real key\n-----END EC PRIVATE KEY-----\n")
    }

    private func run(_ script: String, _ arguments: [String], input: String = "") throws -> SubprocessResult {
        let bootstrap = try directory.write("bootstrap", script, executable: true)
        let common = [
            "--bootstrap", bootstrap, "--template", directory.path + "/template.yaml",
            "--secret-file", directory.path + "/key.pem",
        ]
        return try Subprocess.run(invoke, common + arguments, input: input, in: directory)
    }

    @Test func successfulInvocationsExitZero() throws {
        let event = directory.path + "/event.json"
        let result = try run(Bootstraps.postsEvent, [event, event])
        #expect(result.status == 0)
        #expect(result.standardOutput == "{  \"n\": 1}\n{  \"n\": 1}\n")
        #expect(result.standardError.contains("START RequestId: "))
        #expect(result.standardError.contains("\tMemory Size: 256 MB\t"))
        #expect(result.standardError.contains("warning: ") && result.standardError.contains("COMPUTED"))
    }

    @Test func failedInvocationExitsOneAndPrintsErrorJSON() throws {
        let result = try run(Bootstraps.postsError, [directory.path + "/event.json"])
        #expect(result.status == 1)
        let payload = JSONValue.parse(bytes(result.standardOutput))?.objectValue
        #expect(payload?["errorType"] == .string("Handled.Failure"))
    }

    @Test func timeoutFromFlagExitsOne() throws {
        let result = try run(Bootstraps.hangOnce, ["--timeout", "1", directory.path + "/event.json"])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("Task timed out after 1.00 seconds"))
    }

    @Test(arguments: [[], ["--unknown"], ["--timeout"], ["--timeout", "zero", "e.json"], ["--env", "=x", "e.json"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try Subprocess.run(invoke, arguments, in: directory)
        #expect(result.status == 2)
        #expect(result.standardError.contains("usage: invoke"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func missingEventFileExitsTwo() throws {
        let result = try run(Bootstraps.echo, [directory.path + "/absent.json"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("absent.json"))
    }

    @Test func endlessEventIsRequestTooLarge() throws {
        let result = try run(Bootstraps.postsEvent, ["/dev/zero"])
        let payload = JSONValue.parse(bytes(result.standardOutput))?.objectValue

        #expect(result.status == 1)
        #expect(payload?["errorType"] == .string("RequestTooLarge"))
    }

    @Test func endlessSecretFileExitsTwo() throws {
        let bootstrap = try directory.write("bootstrap", Bootstraps.postsEvent, executable: true)
        let result = try Subprocess.run(
            invoke,
            [
                "--bootstrap", bootstrap, "--template", directory.path + "/template.yaml",
                "--secret-file", "/dev/zero", directory.path + "/event.json",
            ],
            in: directory
        )

        #expect(result.status == 2)
        #expect(result.standardError.contains("/dev/zero is larger than 65536 bytes, the limit for this input"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func endlessTemplateExitsTwo() throws {
        let bootstrap = try directory.write("bootstrap", Bootstraps.postsEvent, executable: true)
        let result = try Subprocess.run(
            invoke,
            ["--bootstrap", bootstrap, "--template", "/dev/zero", directory.path + "/event.json"],
            in: directory
        )

        #expect(result.status == 2)
        #expect(result.standardError.contains("/dev/zero is larger than 1048576 bytes, the limit for this input"))
    }

    @Test func functionSeesLambdaEnvironment() throws {
        let result = try run(
            Bootstraps.dumpsEnvironment,
            [
                "--env", "FROM_FLAG=flag", "--env", "FROM_TEMPLATE=overridden", "-",
            ],
            input: "{}"
        )
        #expect(result.status == 0)
        let environment = Dictionary(
            directory.lines(of: "bootstrap.env").compactMap { line -> (String, String)? in
                guard let equals = line.firstIndex(of: "=") else { return nil }
                return (String(line[..<equals]), String(line[line.index(after: equals)...]))
            },
            uniquingKeysWith: { $1 }
        )
        #expect(environment["SECRET_ID"] == "team/playback-key")
        #expect(environment["FROM_TEMPLATE"] == "overridden")
        #expect(environment["FROM_FLAG"] == "flag")
        #expect(environment["COMPUTED"] == nil)
        #expect(environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] == "256")
        #expect(environment["AWS_LAMBDA_FUNCTION_NAME"] == "TokenFunction")
        #expect(environment["AWS_LAMBDA_RUNTIME_API"]?.hasPrefix("127.0.0.1:") == true)
        #expect(environment["AWS_ENDPOINT_URL_SECRETS_MANAGER"]?.hasPrefix("http://127.0.0.1:") == true)
        #expect(environment["AWS_ACCESS_KEY_ID"]?.hasPrefix("ASIA") == true)
        #expect(environment["AWS_SESSION_TOKEN"]?.isEmpty == false)
        #expect(environment["TOKEN_FUNCTION_BINARY"] == Subprocess.buildDirectory + "/TokenFunction")
        #expect(environment["_HANDLER"] == "bootstrap")
        #expect(environment["LAMBDA_TASK_ROOT"] == directory.path)
        #expect(environment["AWS_REGION"] == "us-east-1")
    }

    @Test func relativeBootstrapStartsInItsDirectory() throws {
        try makeDirectory(directory.path + "/code")
        try directory.write("code/bootstrap", Bootstraps.dumpsEnvironment, executable: true)
        let arguments = [
            "--bootstrap", "code/bootstrap", "--template", "template.yaml", "--secret-file", "key.pem",
            "--env", "LAMBDA_TASK_ROOT=/var/task", "-",
        ]
        // The shell changes to the test directory first, so the relative paths start there.
        let result = try Subprocess.run(
            "/bin/sh",
            ["-c", #"cd "$1" && shift && exec "$@""#, "sh", directory.path, invoke] + arguments,
            input: "{}",
            in: directory
        )
        #expect(result.status == 0)
        #expect(result.standardOutput == "{}\n")
        #expect(directory.lines(of: "code/bootstrap.pwd") == [directory.path + "/code"])
        #expect(directory.environment(of: "code/bootstrap.env")["LAMBDA_TASK_ROOT"] == directory.path + "/code")
        #expect(
            result.standardError.contains(
                "invoke: warning: ignored LAMBDA_TASK_ROOT=/var/task, because Lambda reserves it; the function "
                    + "gets \(directory.path)/code, the directory that contains the bootstrap"
            )
        )
    }

    @Test func environmentFileOverridesOnlyDeclaredVariables() throws {
        let file = try directory.write(
            "env.json",
            #"{"Parameters": {"FROM_TEMPLATE": "all", "FROM_GLOBALS": "all", "UNDECLARED": "all"}, "#
                + #""TokenFunction": {"FROM_GLOBALS": 5, "COMPUTED": true, "ALSO_UNDECLARED": "x"}}"#
        )
        let result = try run(Bootstraps.dumpsEnvironment, ["--env-vars", file, "-"], input: "{}")
        #expect(result.status == 0)
        let environment = directory.environment(of: "bootstrap.env")
        #expect(environment["FROM_TEMPLATE"] == "all")
        #expect(environment["FROM_GLOBALS"] == "5")
        #expect(environment["COMPUTED"] == "true")
        #expect(environment["UNDECLARED"] == nil)
        #expect(environment["ALSO_UNDECLARED"] == nil)
        #expect(
            result.standardError.contains(
                "invoke: warning: \(file): ignored ALSO_UNDECLARED, UNDECLARED, because TokenFunction does not "
                    + "declare them in its template's Environment.Variables."
            )
        )
        #expect(!result.standardError.contains("skipped environment variable COMPUTED"))
    }

    @Test func repeatPrintsPercentilesAndProgress() throws {
        let result = try run(Bootstraps.postsEvent, ["--repeat", "20", directory.path + "/event.json"])
        #expect(result.status == 0)
        #expect(result.standardOutput.split(separator: "\n").count == 20)
        #expect(result.standardError.contains("invoke: latency over 20 invocations: p50 "))
        #expect(result.standardError.contains("invoke: 20/20 invocations done"))
    }

    @Test func statisticsFileDescribesTheRun() throws {
        let file = directory.path + "/stats.json"
        let arguments = ["--repeat", "5", "--stats-json", file, directory.path + "/event.json"]
        let result = try run(Bootstraps.postsEvent, arguments)
        #expect(result.status == 0)
        let statistics = try #require(JSONValue.parse(try readFile(atPath: file))?.objectValue)
        #expect(statistics["invocations"] == .number(5))
        #expect(statistics["coldStarts"] == .number(1))
        #expect(statistics["warmLatency"]?.objectValue?.keys.sorted() == ["p50", "p90", "p99"])
        for key in ["initDurationMilliseconds", "coldCPUMilliseconds", "warmCPUMillisecondsPerInvocation"] {
            guard case .number(let value) = statistics[key] else {
                Issue.record("\(key) is not a number")
                continue
            }
            #expect(value >= 0)
        }
        guard case .number(let peakMemoryKB) = statistics["peakMemoryKB"] else {
            Issue.record("peakMemoryKB is not a number")
            return
        }
        #expect(peakMemoryKB > 0)
    }

    @Test func unwritableStatisticsFileExitsOne() throws {
        let file = directory.path + "/absent/stats.json"
        let result = try run(Bootstraps.postsEvent, ["--stats-json", file, directory.path + "/event.json"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("cannot write \(file): No such file or directory"))
    }

    @Test func directoryOfEventsRunsInNameOrder() throws {
        let events = directory.path + "/events"
        try makeDirectory(events)
        try directory.write("events/b.json", #"{"order":2}"#)
        try directory.write("events/a.json", #"{"order":1}"#)
        let result = try run(Bootstraps.postsEvent, [events])
        #expect(result.standardOutput == "{\"order\":1}\n{\"order\":2}\n")
    }

    @Test func directoryReplaysOnlyJSONFiles() throws {
        let events = directory.path + "/events"
        try makeDirectory(events)
        try directory.write("events/a.json", #"{"order":1}"#)
        try directory.write("events/notes.txt", "not an event")
        let result = try run(Bootstraps.postsEvent, [events])
        #expect(result.status == 0)
        #expect(result.standardOutput == "{\"order\":1}\n")
    }

    @Test func directoryWithoutEventsIsUsageError() throws {
        let events = directory.path + "/empty"
        try makeDirectory(events)
        let result = try run(Bootstraps.postsEvent, [events])
        #expect(result.status == 2)
        #expect(result.standardOutput == "")
        #expect(result.standardError.contains("invoke: no .json event files in \(events)"))
    }
}
