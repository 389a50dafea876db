// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import Glibc
import Testing

/// A finished child process: its exit status and what it wrote.
struct SubprocessResult {
    let status: Int32
    let standardOutput: String
    let standardError: String
}

/// Runs executables to completion with an explicit environment, capturing output in files.
enum Subprocess {
    /// Runs `path` with `arguments` and `environment`; stdin reads `input`, outputs go to `directory`.
    static func run(
        _ path: String,
        _ arguments: [String],
        environment: [String: String] = ["PATH": "/usr/bin:/bin"],
        input: String = "",
        in directory: TemporaryDirectory
    ) throws -> SubprocessResult {
        let name = "subprocess-\(RandomName.next())"
        let inputPath = try directory.write(name + ".in", input)
        let outputPath = directory.path + "/" + name + ".out"
        let errorPath = directory.path + "/" + name + ".err"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        try #require(spawned == 0, "posix_spawn \(path) failed with \(spawned)")

        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return SubprocessResult(
            status: (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f),
            standardOutput: String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self),
            standardError: String(decoding: FileManager.default.contents(atPath: errorPath) ?? Data(), as: UTF8.self)
        )
    }

    /// The directory holding the test bundle and, next to it, the package's executables.
    static var buildDirectory: String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let executable = String(decoding: buffer[..<max(length, 0)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // The test binary sits inside `<name>.xctest` on Linux, or directly in the build directory.
        var directory = String(executable[..<(executable.lastIndex(of: "/") ?? executable.endIndex)])
        while directory.contains(".xctest") {
            directory = String(directory[..<(directory.lastIndex(of: "/") ?? directory.endIndex)])
        }
        return directory
    }
}

/// Unique names for files within one test process.
enum RandomName {
    static func next() -> String {
        UUID().uuidString.lowercased()
    }
}
