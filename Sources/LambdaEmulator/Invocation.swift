// SPDX-License-Identifier: Apache-2.0

/// One event to hand to the function, with the metadata the Runtime API sends alongside it.
public struct Invocation: Sendable {
    /// The request ID, a lower-case UUID.
    public var requestID: String

    /// The event bytes, sent as the `/next` body.
    public var event: [UInt8]

    /// The ARN the caller invoked.
    public var invokedFunctionARN: String

    /// The X-Ray trace header value.
    public var traceID: String

    /// The function timeout in seconds; the deadline is the hand-out time plus this.
    public var timeoutSeconds: Double
}

/// How the function finished an invocation, as recorded by the Runtime API.
enum InvocationOutcome: Sendable {
    /// The runtime posted a response of at most the payload limit.
    case response(body: [UInt8], contentType: String?)

    /// The invocation failed with this error JSON, posted by the runtime or made by the platform.
    case error(body: [UInt8])
}

/// How a process of the function ended.
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
