// SPDX-License-Identifier: Apache-2.0

import Glibc

/// The process group of the function's running process, killable from a signal thread.
public final class ProcessGroupTerminator: Sendable {
    private let state = Locked(State())

    private struct State {
        var groupID: pid_t?
        var killsNewGroups = false
    }

    /// Creates a terminator with no process.
    public init() {}

    /// Sends `SIGKILL` to the running process group, if any.
    public func killGroup() {
        state.withLock { state in
            if let group = state.groupID { _ = kill(-group, SIGKILL) }
        }
    }

    /// Sends `SIGKILL` to the running process group and to every group started from now on, so a
    /// shutdown does not wait for an invocation whose process is being spawned at that moment.
    public func killGroupPermanently() {
        state.withLock { state in
            state.killsNewGroups = true
            if let group = state.groupID { _ = kill(-group, SIGKILL) }
        }
    }

    func started(_ pid: pid_t) {
        state.withLock { state in
            state.groupID = pid
            if state.killsNewGroups { _ = kill(-pid, SIGKILL) }
        }
    }

    func ended(_ pid: pid_t) {
        state.withLock { state in
            if state.groupID == pid { state.groupID = nil }
        }
    }
}
