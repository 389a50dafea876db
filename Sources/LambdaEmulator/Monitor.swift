// SPDX-License-Identifier: Apache-2.0

import Glibc

/// A pthread mutex with one condition variable whose timed waits use the monotonic clock.
final class Monitor: @unchecked Sendable {
    // Sendable because the mutex and condition are only touched through pthread calls, which
    // synchronise themselves; the pointers never change after init.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(condition, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Runs `body` with the mutex held.
    func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    /// Releases the mutex until a broadcast or `deadline`, then holds it again; call with the lock held.
    /// A `nil` deadline waits without limit. Callers re-check their condition, as wakeups may be spurious.
    func wait(until deadline: MonotonicInstant?) {
        guard let deadline else {
            pthread_cond_wait(condition, mutex)
            return
        }
        var time = deadline.timespec
        pthread_cond_timedwait(condition, mutex, &time)
    }

    /// Wakes every waiter; call with the lock held.
    func broadcast() {
        pthread_cond_broadcast(condition)
    }
}
