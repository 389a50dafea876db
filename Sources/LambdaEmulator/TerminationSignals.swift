// SPDX-License-Identifier: Apache-2.0

import Glibc
import Synchronization

/// `SIGINT`, `SIGTERM` and `SIGHUP`, blocked in every thread and taken with `sigwait` instead, so
/// `invoke` can kill the function's process group before it exits.
public enum TerminationSignals {
    /// Blocks the signals in the calling thread and every thread it starts later; call it first in main.
    public static func block() {
        var signals = set()
        pthread_sigmask(SIG_BLOCK, &signals, nil)
    }

    /// Waits in the calling thread until one of the signals arrives and returns it.
    public static func wait() -> Int32 {
        var signals = set()
        var received: Int32 = 0
        while sigwait(&signals, &received) != 0 {}
        return received
    }

    /// Starts a thread that waits for a signal, runs `body`, then exits with status 128 + the signal.
    public static func onSignal(_ body: @escaping @Sendable () -> Void) {
        startDetachedThread {
            let signal = wait()
            body()
            _exit(128 + signal)
        }
    }

    private static func set() -> sigset_t {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
        return signals
    }
}
