// SPDX-License-Identifier: Apache-2.0

/// An error from setting up the emulator: a server, a file or the function's process.
///
/// Descriptions name the file or port involved and never contain secrets.
public struct EmulatorError: Error, Equatable, CustomStringConvertible {
    private enum Code: Equatable {
        case serverStartFailed(port: UInt16)
        case spawnFailed(path: String, errno: Int32)
        case fileUnreadable(path: String, errno: Int32)
        case templateInvalid(path: String, detail: String)
        case noEvents(directory: String)
        case fileUnwritable(path: String, errno: Int32)
        case fileTooLarge(path: String, maximumBytes: Int)
    }

    private let code: Code

    /// Thrown when libmicrohttpd cannot listen on 127.0.0.1 at `port` (0 means any free port).
    static func serverStartFailed(port: UInt16) -> EmulatorError {
        EmulatorError(code: .serverStartFailed(port: port))
    }

    /// Thrown when `posix_spawn` cannot start the bootstrap at `path`.
    static func spawnFailed(path: String, errno: Int32) -> EmulatorError {
        EmulatorError(code: .spawnFailed(path: path, errno: errno))
    }

    /// Thrown when the file at `path` cannot be opened or read.
    static func fileUnreadable(path: String, errno: Int32) -> EmulatorError {
        EmulatorError(code: .fileUnreadable(path: path, errno: errno))
    }

    /// Thrown when the file at `path` cannot be created or written.
    static func fileUnwritable(path: String, errno: Int32) -> EmulatorError {
        EmulatorError(code: .fileUnwritable(path: path, errno: errno))
    }

    /// Thrown when the file at `path` is longer than `maximumBytes`, which is as far as it is read.
    static func fileTooLarge(path: String, maximumBytes: Int) -> EmulatorError {
        EmulatorError(code: .fileTooLarge(path: path, maximumBytes: maximumBytes))
    }

    /// Thrown when an event directory contains no `.json` files.
    static func noEvents(directory: String) -> EmulatorError {
        EmulatorError(code: .noEvents(directory: directory))
    }

    /// Thrown when the SAM template at `path` is not valid YAML or lacks the expected shape.
    static func templateInvalid(path: String, detail: String) -> EmulatorError {
        EmulatorError(code: .templateInvalid(path: path, detail: detail))
    }

    /// A one-line message naming what failed and on which value.
    public var description: String {
        switch code {
        case .serverStartFailed(let port):
            "failed to start an HTTP server on 127.0.0.1:\(port)"
        case .spawnFailed(let path, let errno):
            "failed to start the bootstrap \(path): \(errorText(errno))"
        case .fileUnreadable(let path, let errno):
            "cannot read \(path): \(errorText(errno))"
        case .fileUnwritable(let path, let errno):
            "cannot write \(path): \(errorText(errno))"
        case .fileTooLarge(let path, let maximumBytes):
            "\(path) is larger than \(maximumBytes) bytes, the limit for this input"
        case .templateInvalid(let path, let detail):
            "invalid SAM template \(path): \(detail)"
        case .noEvents(let directory):
            "no .json event files in \(directory)"
        }
    }
}
