// SPDX-License-Identifier: Apache-2.0

import Glibc
import LambdaEmulator
import Testing

/// Runs `invoke --serve` as a subprocess whose stderr is a FIFO, so the test reads the announced URL
/// as soon as it is written instead of polling for it.
@Suite struct ServeCommandTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test func serveRespondsThenStopsOnSIGTERM() throws {
        let bootstrap = try directory.write("bootstrap", Bootstraps.postsEvent, executable: true)
        let fifo = directory.path + "/stderr.fifo"
        try #require(mkfifo(fifo, 0o600) == 0)
        let template = try directory.write("template.yaml", "Resources:\n  TokenFunction:\n    Properties: {}\n")
        let command = #"exec "$1" --serve --bootstrap "$2" --template "$3" --secret-file "$2" 2>"$4""#
        let pid = try spawnShell(command, [Subprocess.buildDirectory + "/invoke", bootstrap, template, fifo])
        var reaped = false
        defer {
            // Stops the server when an expectation failed before the SIGTERM below.
            if !reaped {
                kill(pid, SIGKILL)
                waitpid(pid, nil, 0)
            }
        }

        let stream = try #require(fopen(fifo, "r"))
        defer { fclose(stream) }
        let announcement = try #require(readLine(from: stream, containing: "serving http://"))
        let url = try #require(announcement.split(separator: " ").first { $0.hasPrefix("http://") })
            .trimmingSuffix(";")

        let result = try Subprocess.run(
            "/usr/bin/curl",
            ["-s", "--data-binary", #"{"via":"serve"}"#, url],
            in: directory
        )
        #expect(result.standardOutput == #"{"via":"serve"}"#)

        #expect(kill(pid, SIGTERM) == 0)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        reaped = true
        #expect(status == 0)
        #expect(readLine(from: stream, containing: "stopping after signal 15") != nil)
    }

    @Test func sigintStopsAtOnceWithQueuedEvents() throws {
        let fifos = try HoldFIFOs(directory)
        let bootstrap = try directory.write("bootstrap", Bootstraps.holdsMarkedEvents, executable: true)
        let fifo = directory.path + "/stderr.fifo"
        try #require(mkfifo(fifo, 0o600) == 0)
        let template = try directory.write(
            "template.yaml",
            "Resources:\n  TokenFunction:\n    Properties:\n      Timeout: 30\n"
        )
        let command = #"exec "$1" --serve --bootstrap "$2" --template "$3" --secret-file "$2" 2>"$4""#
        let process = SpawnedProcess(
            running: try spawnShell(command, [Subprocess.buildDirectory + "/invoke", bootstrap, template, fifo])
        )
        var status: Int32?
        defer { if status == nil { _ = process.waitForExit(seconds: 0) } }

        let stream = try #require(fopen(fifo, "r"))
        defer { fclose(stream) }
        let announcement = try #require(readLine(from: stream, containing: "serving http://"))
        let url = try #require(announcement.split(separator: " ").first { $0.hasPrefix("http://") })
            .trimmingSuffix(";")
        let port = try #require(UInt16(url.split(separator: ":")[2].prefix { $0.isNumber }))

        let event =
            ["-s", "--max-time", "5", "-o", "/dev/null", "-w", "%{http_code}"]
            + ["-H", "X-Amz-Invocation-Type: Event", "--data-binary"]
        let blocked = try Subprocess.run("/usr/bin/curl", event + [#"{"hold":1}"#, url], in: directory)
        try #require(blocked.standardOutput == "202")
        try fifos.awaitStart()
        let queued = try Subprocess.run("/usr/bin/curl", event + [#"{"n":2}"#, url], in: directory)
        #expect(queued.standardOutput == "202")
        // Malformed chunked encoding makes libmicrohttpd log a message, which must reach stderr reformatted.
        let rejected = try RawHTTPExchange.send(
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            port: port
        )
        #expect(rejected.hasPrefix("HTTP/1.1 400 "))

        #expect(kill(process.pid, SIGINT) == 0)
        status = process.waitForExit(seconds: 5)
        #expect(status == 0)
        var lines: [String] = []
        while let line = readLine(from: stream, containing: "") { lines.append(line) }
        #expect(lines.contains("invoke: stopping after signal 2\n"))
        #expect(lines.contains("invoke: dropped 1 queued Event invocation that had not started\n"))
        #expect(
            lines.contains(
                "invoke: Invoke API: libmicrohttpd: Rejected a request with status 400: Your HTTP chunked "
                    + "encoding was syntactically incorrect.\n"
            )
        )
        let platformPrefixes = ["invoke: ", "START RequestId: ", "END RequestId: ", "REPORT RequestId: "]
        for line in lines {
            #expect(platformPrefixes.contains { line.hasPrefix($0) }, "unexpected stderr line: \(line)")
        }
        #expect(directory.lines(of: "bootstrap.events") == [#"{"hold":1}"#])
    }

    private func spawnShell(_ command: String, _ arguments: [String]) throws -> pid_t {
        let argv = (["/bin/sh", "-c", command, "sh"] + arguments).map { strdup($0) } + [nil]
        let envp = [strdup("PATH=/usr/bin:/bin"), nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        try #require(posix_spawn(&pid, "/bin/sh", nil, nil, argv, envp) == 0)
        return pid
    }

    /// Reads lines until one contains `text`, or returns `nil` at end of file.
    private func readLine(from stream: UnsafeMutablePointer<FILE>, containing text: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        while fgets(&buffer, Int32(buffer.count), stream) != nil {
            let length = buffer.firstIndex(of: 0) ?? buffer.count
            let line = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if line.contains(text) { return line }
        }
        return nil
    }
}

extension Substring {
    /// Returns the text without a trailing `suffix`.
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : String(self)
    }
}
