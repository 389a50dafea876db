// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import Glibc
import LambdaEmulator
import Synchronization
import Testing

/// A directory under /tmp that is removed when the test's scope ends.
final class TemporaryDirectory {
    let path: String

    init() throws {
        // mkdtemp replaces the six trailing X characters with a unique suffix.
        var template = Array(("/tmp/lambda-emulator-tests." + String(repeating: "X", count: 6)).utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        path = String(cString: try #require(created))
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` to `name` inside the directory and returns the full path.
    ///
    /// The file is opened with `O_CLOEXEC`, so a process spawned by a parallel test cannot keep it
    /// open for writing, which would make executing it fail with `ETXTBSY`.
    @discardableResult
    func write(_ name: String, _ text: String, executable: Bool = false) throws -> String {
        let file = path + "/" + name
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, executable ? 0o755 : 0o644)
        try #require(descriptor >= 0, "cannot create \(file): errno \(errno)")
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        try #require(written == bytes.count, "cannot write \(file): errno \(errno)")
        return file
    }

    /// Returns the lines of `name`, or none when it does not exist.
    func lines(of name: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: path + "/" + name) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// Returns the `NAME=value` lines of `name`, as `env` writes them, keyed by name.
    func environment(of name: String) -> [String: String] {
        let pairs = lines(of: name).compactMap { line -> (String, String)? in
            guard let equals = line.firstIndex(of: "=") else { return nil }
            return (String(line[..<equals]), String(line[line.index(after: equals)...]))
        }
        return Dictionary(pairs) { $1 }
    }
}

/// Platform lines collected from a host, safe to append to from any thread.
final class LogRecorder: Sendable {
    private let lines = Mutex<[String]>([])

    var sink: @Sendable (String) -> Void {
        { line in self.lines.withLock { $0.append(line) } }
    }

    var all: [String] {
        lines.withLock { $0 }
    }
}

/// Returns a configuration for `bootstrap` with a 1 s timeout and a minimal environment.
func testConfiguration(bootstrap: String, timeoutSeconds: Double = 1) -> FunctionConfiguration {
    FunctionConfiguration(
        bootstrapPath: bootstrap,
        environment: ["PATH": "/usr/local/bin:/usr/bin:/bin"],
        timeoutSeconds: timeoutSeconds,
        memorySizeMB: 128,
        functionARN: "arn:aws:lambda:us-east-1:123456789012:function:TokenFunction"
    )
}

/// Returns `text` as bytes.
func bytes(_ text: String) -> [UInt8] {
    Array(text.utf8)
}

/// Returns `bytes` as UTF-8 text.
func text(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self)
}

/// Creates the directory `path` and any missing parents.
func makeDirectory(_ path: String) throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
}

/// The two FIFOs of ``Bootstraps/holdsMarkedEvents`` for a bootstrap named `bootstrap`. The script
/// writes to the first when it stops at a marked event and waits for the test to write to the second.
struct HoldFIFOs {
    let started: String
    let released: String

    init(_ directory: TemporaryDirectory) throws {
        started = directory.path + "/bootstrap.started"
        released = directory.path + "/bootstrap.release"
        try #require(mkfifo(started, 0o600) == 0)
        try #require(mkfifo(released, 0o600) == 0)
    }

    /// Blocks until the script holds an event; opening a FIFO for reading waits for its writer.
    func awaitStart() throws {
        let stream = try #require(fopen(started, "r"))
        defer { fclose(stream) }
        var buffer = [CChar](repeating: 0, count: 16)
        try #require(fgets(&buffer, Int32(buffer.count), stream) != nil)
    }

    /// Lets the held event continue; opening a FIFO for writing waits for the script to read it.
    func release() throws {
        let stream = try #require(fopen(released, "w"))
        defer { fclose(stream) }
        try #require(fputs("go\n", stream) >= 0)
    }
}
