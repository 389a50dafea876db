// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import LambdaEmulator

@Suite struct InvokeOptionsTests {
    @Test func everyOptionIsParsed() throws {
        let options = try InvokeOptions.parse([
            "--bootstrap", "b", "--template", "t.yaml", "--function", "F", "--env", "A=1=2", "--env", "B=",
            "--env-vars", "e.json", "--secret-file", "k.pem", "--timeout", "1.5", "--memory", "512",
            "--repeat", "3", "--stats-json", "s.json", "a.json", "-", "dir",
        ])
        var expected = InvokeOptions()
        expected.bootstrapPath = "b"
        expected.templatePath = "t.yaml"
        expected.functionName = "F"
        expected.environmentOverrides = [("A", "1=2"), ("B", "")]
        expected.environmentFile = "e.json"
        expected.secretFile = "k.pem"
        expected.timeoutSeconds = 1.5
        expected.memorySizeMB = 512
        expected.repeatCount = 3
        expected.statisticsPath = "s.json"
        expected.eventSources = ["a.json", "-", "dir"]
        #expect(options == expected)
    }

    @Test func serveNeedsNoEvents() throws {
        let options = try InvokeOptions.parse(["--serve", "--port", "0"])
        #expect(options.serve)
        #expect(options.port == 0)
    }

    @Test(arguments: [
        ([], "missing EVENT: give an event file, a directory or -"),
        (["--nope"], "unknown option --nope"),
        (["--env"], "missing value after --env"),
        (["--env", "NOVALUE", "e"], "invalid value NOVALUE for --env: expected NAME=VALUE"),
        (["--memory", "64", "e"], "invalid value 64 for --memory: expected a number from 128 to 10240"),
        (["--repeat", "0", "e"], "invalid value 0 for --repeat: expected a number from 1 to 1000000"),
        (["--port", "70000", "--serve"], "invalid value 70000 for --port: expected a number from 0 to 65535"),
    ])
    func invalidCommandLinesAreRejected(arguments: [String], message: String) {
        #expect(throws: UsageError(message: message)) { try InvokeOptions.parse(arguments) }
    }
}
