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
