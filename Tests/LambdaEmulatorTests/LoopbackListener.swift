// SPDX-License-Identifier: Apache-2.0

import Glibc
import Testing

/// A TCP socket listening on 127.0.0.1 at a free port that accepts connections and never responds.
final class LoopbackListener {
    let port: UInt16
    private let descriptor: Int32
    private var accepted: [Int32] = []

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        try #require(descriptor >= 0)
        self.descriptor = descriptor
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try #require(bound == 0 && listen(descriptor, 4) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit {
        for connection in accepted { close(connection) }
        close(descriptor)
    }

    /// Waits up to 10 seconds for one connection and keeps it open.
    func acceptOne() throws {
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        try #require(poll(&ready, 1, 10_000) == 1, "no connection within 10 seconds")
        let connection = accept(descriptor, nil, nil)
        try #require(connection >= 0)
        accepted.append(connection)
    }
}

/// A child process started with an explicit environment and no standard input or output.
struct SpawnedProcess {
    let pid: pid_t

    init(_ path: String, environment: [String: String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = [strdup(path), nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        try #require(spawned == 0, "posix_spawn \(path) failed with \(spawned)")
        self.pid = pid
    }

    /// Wraps a child process that was started elsewhere.
    init(running pid: pid_t) {
        self.pid = pid
    }

    /// Waits up to `seconds` for the process to exit and returns its exit status, or 128 plus the signal
    /// that ended it. A process still running then is killed and reported as `nil`, so a broken
    /// shutdown fails the test instead of hanging the suite.
    func waitForExit(seconds: Int = 10) -> Int32? {
        var status: Int32 = 0
        for _ in 0..<(seconds * 100) {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid {
                return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            }
            // Waits 10 ms on no descriptors: a bounded pause between exit checks.
            _ = poll(nil, 0, 10)
        }
        kill(pid, SIGKILL)
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return nil
    }
}
