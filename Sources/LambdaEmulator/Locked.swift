// SPDX-License-Identifier: Apache-2.0

/// A value behind a pthread mutex, for state that several threads share.
///
/// The emulator uses this in place of `Synchronization.Mutex` because ThreadSanitizer models pthread
/// mutexes but not that Mutex, whose Linux lock is a futex in uninstrumented code, so `make test-tsan`
/// reported every access it ordered as a data race.
final class Locked<Value>: @unchecked Sendable {
    // Sendable because `value` is read and written only inside monitor.withLock.
    private let monitor = Monitor()
    private var value: Value

    init(_ value: consuming sending Value) {
        self.value = value
    }

    /// Runs `body` on the value with the mutex held.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        try monitor.withLock { try body(&value) }
    }
}
