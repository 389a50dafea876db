// SPDX-License-Identifier: Apache-2.0

import Glibc

/// One process environment variable whose value changes often, kept in a buffer this type owns.
///
/// glibc's `setenv` keeps every distinct `NAME=value` string it has ever set, because a caller may
/// still use a pointer from `getenv`. A new trace ID per invocation therefore grows the process by
/// about 140 bytes per invocation. This type writes values into one buffer and passes that buffer to
/// `putenv`, which stores the pointer without copying, so setting a value allocates nothing.
/// - Note: A value longer than ``capacity`` minus the name falls back to `setenv`, which allocates.
///   Only one thread may set the variable, as in the runtime loop.
package final class EnvironmentSlot: @unchecked Sendable {
    // Sendable because only the runtime loop's thread writes the buffer. The buffer lives as long as
    // the process, so a pointer in `environ` or from `getenv` never dangles.
    private let buffer: UnsafeMutablePointer<CChar>
    private let name: String

    /// The buffer size in bytes, for `NAME=value` and its terminating NUL.
    package let capacity: Int

    /// Creates a slot for variable `name`; the buffer is never freed, since `environ` may point into it.
    package init(name: String, capacity: Int = 1024) {
        self.name = name
        self.capacity = capacity
        buffer = .allocate(capacity: capacity)
        buffer.initialize(repeating: 0, count: capacity)
    }

    /// Sets the variable to `value`, or removes it when `value` is `nil`.
    package func set(_ value: String?) {
        guard let value else {
            unsetenv(name)
            return
        }
        let entry = Array((name + "=" + value).utf8CString)
        guard entry.count <= capacity, !value.utf8.contains(0) else {
            setenv(name, value, 1)
            return
        }
        entry.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress!, count: $0.count) }
        putenv(buffer)
    }
}
