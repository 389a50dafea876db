// SPDX-License-Identifier: Apache-2.0

private import Glibc

/// Reads small files, such as the container authorization token, with POSIX `open` and `read`.
enum FileContents {
    /// Returns the bytes of the file at `path`, or `nil` when it cannot be opened or read, or is a
    /// directory.
    static func read(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }

        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                contents += chunk[..<count]
            } else if count == 0 {
                return contents
            } else if errno != EINTR {
                return nil
            }
        }
    }
}
