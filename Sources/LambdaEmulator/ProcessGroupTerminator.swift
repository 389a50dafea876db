// SPDX-License-Identifier: Apache-2.0

import Glibc
import Synchronization

/// The process group of the function's running process, killable from a signal thread.
public final class ProcessGroupTerminator: Sendable {
    private let groupID = Mutex<pid_t?>(nil)

    /// Creates a terminator with no process.
    public init() {}

    /// Sends `SIGKILL` to the running process group, if any.
    public func killGroup() {
        groupID.withLock { group in
            if let group { _ = kill(-group, SIGKILL) }
        }
    }

    func started(_ pid: pid_t) {
        groupID.withLock { $0 = pid }
    }

    func ended(_ pid: pid_t) {
        groupID.withLock { if $0 == pid { $0 = nil } }
    }
}
