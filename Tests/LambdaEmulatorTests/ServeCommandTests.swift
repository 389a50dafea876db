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
