// SPDX-License-Identifier: Apache-2.0

private import CGlibcExtras
import Glibc

/// Returns the C library's text for `errno`, such as "No such file or directory".
func errorText(_ errno: Int32) -> String {
    String(cString: strerror(errno))
}

/// Reads the whole file at `path`.
/// - Throws: ``EmulatorError`` naming the path when it cannot be opened or read.
public func readFile(atPath path: String) throws(EmulatorError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .fileUnreadable(path: path, errno: errno) }
    defer { close(descriptor) }
    return try readAll(from: descriptor, path: path)
}

/// Writes `bytes` to the file at `path`, creating or truncating it.
/// - Throws: ``EmulatorError`` naming the path when it cannot be created or written.
public func writeFile(atPath path: String, bytes: [UInt8]) throws(EmulatorError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .fileUnwritable(path: path, errno: errno) }
    defer { close(descriptor) }
    var offset = 0
    while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { throw .fileUnwritable(path: path, errno: errno) }
        offset += written
    }
}

/// Reads `descriptor` until end of file; `path` names it in errors.
func readAll(from descriptor: Int32, path: String) throws(EmulatorError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count == 0 { return bytes }
        if count < 0 {
            if errno == EINTR { continue }
            throw .fileUnreadable(path: path, errno: errno)
        }
        bytes.append(contentsOf: chunk[..<count])
    }
}

/// Writes `text` to standard error in as few `write` calls as the kernel allows, so lines from
/// several threads do not interleave.
public func writeStandardError(_ text: String) {
    writeAll(Array(text.utf8), to: STDERR_FILENO)
}

/// Writes `bytes` and a line feed to standard output.
public func writeStandardOutputLine(_ bytes: [UInt8]) {
    writeAll(bytes + [0x0A], to: STDOUT_FILENO)
}

private func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}

/// Starts a detached pthread that runs `body`.
func startDetachedThread(_ body: @escaping @Sendable () -> Void) {
    final class Box: Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    var thread = pthread_t()
    let status = pthread_create(
        &thread,
        nil,
        { argument in
            let box = Unmanaged<Box>.fromOpaque(argument!).takeRetainedValue()
            box.body()
            return nil
        },
        box
    )
    precondition(status == 0, "pthread_create failed with \(status)")
    pthread_detach(thread)
}

/// Returns the C library's lower-case name for `signal`, such as "killed" for `SIGKILL`.
func signalName(_ signal: Int32) -> String {
    guard let text = strsignal(signal) else { return "signal \(signal)" }
    return String(cString: text).lowercased()
}

/// Accepts a connection on `listener` with close-on-exec already set, so a function process spawned
/// by another thread at the same moment cannot inherit it; returns the socket or -1 with `errno` set.
func acceptClosingOnExec(_ listener: Int32, _ address: inout sockaddr_in) -> Int32 {
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    return withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            accept4(listener, $0, &length, Int32(SOCK_CLOEXEC.rawValue))
        }
    }
}
