// SPDX-License-Identifier: Apache-2.0

private import CGlibcExtras
import Glibc

/// Returns the C library's text for `errno`, such as "No such file or directory".
func errorText(_ errno: Int32) -> String {
    String(cString: strerror(errno))
}

/// Reads the whole file at `path`, which may be at most `maximumBytes` long (1 MiB unless given).
/// A longer input, such as `/dev/zero`, is not read past that point.
/// - Throws: ``EmulatorError`` naming the path when it cannot be opened or read, or is too long.
public func readFile(atPath path: String, maximumBytes: Int = 1 << 20) throws(EmulatorError) -> [UInt8] {
    let bytes = try readPrefix(atPath: path, maximumBytes: maximumBytes)
    guard bytes.count <= maximumBytes else { throw .fileTooLarge(path: path, maximumBytes: maximumBytes) }
    return bytes
}

/// Reads the file at `path` up to `maximumBytes + 1` bytes, so a caller can tell that it is longer than
/// `maximumBytes` without reading it all.
/// - Throws: ``EmulatorError`` naming the path when it cannot be opened or read.
func readPrefix(atPath path: String, maximumBytes: Int) throws(EmulatorError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .fileUnreadable(path: path, errno: errno) }
    defer { close(descriptor) }
    return try readAll(from: descriptor, path: path, maximumBytes: maximumBytes)
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

/// Reads `descriptor` until end of file or until more than `maximumBytes` bytes have arrived, so it
/// returns at most `maximumBytes + 1` bytes. `path` names the input in errors.
func readAll(from descriptor: Int32, path: String, maximumBytes: Int) throws(EmulatorError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while bytes.count <= maximumBytes {
        let requested = min(chunk.count, maximumBytes + 1 - bytes.count)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, requested) }
        if count == 0 { return bytes }
        if count < 0 {
            if errno == EINTR { continue }
            throw .fileUnreadable(path: path, errno: errno)
        }
        bytes.append(contentsOf: chunk[..<count])
    }
    return bytes
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

/// Accepts a connection on `listener` and returns its socket, or -1 with `errno` set.
///
/// The socket is close-on-exec from the start, so a function process that another thread spawns at
/// the same moment cannot inherit it.
func acceptClosingOnExec(_ listener: Int32, _ address: inout sockaddr_in) -> Int32 {
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    return withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            accept4(listener, $0, &length, Int32(SOCK_CLOEXEC.rawValue))
        }
    }
}

/// Adds a step to `actions` that changes the child's working directory to `path` before it executes.
func addWorkingDirectory(_ path: String, to actions: inout Glibc.posix_spawn_file_actions_t) -> Int32 {
    posix_spawn_file_actions_addchdir_np(&actions, path)
}

/// Returns the working directory of the process, or `.` when it cannot be read.
public func currentDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return "." }
    let length = buffer.firstIndex(of: 0) ?? buffer.count
    return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// Returns `path` made absolute against the working directory, without `.` components or repeated
/// slashes. `..` components stay, because removing them is wrong when the part before is a symlink.
public func absolutePath(_ path: String) -> String {
    let joined = path.hasPrefix("/") ? path : currentDirectory() + "/" + path
    return "/" + joined.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
}

/// Returns the directory part of `path`: everything before the last slash, `/` for a file at the
/// root, or `.` when there is no slash.
public func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
}
