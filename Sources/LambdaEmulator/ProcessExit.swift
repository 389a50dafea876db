// SPDX-License-Identifier: Apache-2.0

/// The exit status or terminating signal of a function process.
public enum ProcessExit: Sendable, Equatable, CustomStringConvertible {
    /// The process called `exit` with this status.
    case exited(status: Int32)

    /// A signal ended the process.
    case signaled(signal: Int32)

    /// The reason in the words Lambda uses, such as `exit status 1` or `signal: killed`.
    public var description: String {
        switch self {
        case .exited(let status): "exit status \(status)"
        case .signaled(let signal): "signal: \(signalName(signal))"
        }
    }
}
