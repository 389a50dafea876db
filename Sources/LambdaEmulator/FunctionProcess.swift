// SPDX-License-Identifier: Apache-2.0

import Glibc

/// One running process of the function, started with `posix_spawn` in its own process group.
///
/// A detached thread waits for the process and reports its exit. Killing targets the whole group, so
/// children of a shell bootstrap (a `curl` or `sleep`) end with it.
final class FunctionProcess: Sendable {
    /// The process ID, which is also the process group ID.
    let pid: pid_t

    /// The peak resident set size in MB that `wait4` reported, set once the process is reaped.
    private let peakMemoryAtExitMB = Locked<Int?>(nil)

    private init(pid: pid_t) {
        self.pid = pid
    }

    /// Starts `path` with `environment` in `workingDirectory`, its stdout joined to our stderr.
    /// - Parameters:
    ///   - path: The executable to run, as an absolute path, because the child resolves it after it
    ///     has changed to `workingDirectory`.
    ///   - environment: The complete environment of the process.
    ///   - workingDirectory: The directory the process starts in, as Lambda starts `bootstrap` in
    ///     `/var/task`.
    ///   - onExit: Called once from another thread after the process has been reaped.
    /// - Returns: The running process.
    /// - Throws: ``EmulatorError`` when `posix_spawn` fails, for example because `workingDirectory`
    ///   does not exist.
    static func spawn(
        path: String,
        environment: [String: String],
        workingDirectory: String,
        onExit: @escaping @Sendable (pid_t, ProcessExit) -> Void
    ) throws(EmulatorError) -> FunctionProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO)
        let added = addWorkingDirectory(workingDirectory, to: &actions)
        guard added == 0 else { throw .spawnFailed(path: path, errno: added) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        configureSignalsAndGroup(&attributes)

        let arguments = [path]
        let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        var status = ETXTBSY
        // ETXTBSY means another process has the file open for writing. A child that another thread
        // forked holds the descriptor only until its exec, so a few immediate retries cover that case;
        // a build still writing the file is not waited for.
        for _ in 0..<5 where status == ETXTBSY {
            status = withCStrings(arguments) { argv in
                withCStrings(variables) { envp in posix_spawn(&pid, path, &actions, &attributes, argv, envp) }
            }
            if status == ETXTBSY { sched_yield() }
        }
        guard status == 0 else { throw .spawnFailed(path: path, errno: status) }

        let process = FunctionProcess(pid: pid)
        startDetachedThread { onExit(process.pid, process.reap()) }
        return process
    }

    /// Sends `SIGKILL` to the process group, as Lambda does to a runtime it resets.
    func kill() {
        _ = Glibc.kill(-pid, SIGKILL)
    }

    /// Reads the peak resident set size of the process in MB: `VmHWM` while it runs, else the
    /// `ru_maxrss` that `wait4` reported when it was reaped, else `nil` while it is a zombie.
    func maxMemoryUsedMB() -> Int? {
        let status = (try? readFile(atPath: "/proc/\(pid)/status")).map { String(decoding: $0, as: UTF8.self) }
        // A zombie's status has no VmHWM line, because its memory is already released.
        guard let line = status?.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else {
            return peakMemoryAtExitMB.withLock { $0 }
        }
        let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return (kilobytes + 1023) / 1024
    }

    /// Reads the CPU time and peak memory of the running process, or `nil` once it has exited.
    func usage() -> ProcessUsage? {
        ProcessUsage.read(pid: pid)
    }

    /// Puts the child in its own process group and restores default signal handling in it.
    private static func configureSignalsAndGroup(_ attributes: inout posix_spawnattr_t) {
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGPIPE, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        let flags = POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        posix_spawnattr_setflags(&attributes, Int16(flags))
    }

    /// Waits for the process, records its peak memory, then kills what is left of its group so no
    /// child outlives it.
    private func reap() -> ProcessExit {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let kilobytes = usage.ru_maxrss
        peakMemoryAtExitMB.withLock { $0 = (kilobytes + 1023) / 1024 }
        _ = Glibc.kill(-pid, SIGKILL)
        let signal = status & 0x7f
        return signal == 0 ? .exited(status: (status >> 8) & 0xff) : .signaled(signal: signal)
    }
}

/// Calls `body` with a NULL-terminated C array of `strings`, valid only during the call.
private func withCStrings<Result>(
    _ strings: [String],
    _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> Result
) -> Result {
    let pointers = strings.map { strdup($0) } + [nil]
    defer {
        for pointer in pointers { free(pointer) }
    }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
