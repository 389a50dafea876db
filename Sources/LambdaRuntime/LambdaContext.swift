// SPDX-License-Identifier: Apache-2.0

/// The invocation the handler is serving, as the `/next` headers describe it.
public struct LambdaContext: Sendable {
    /// The headers of `/next` for this invocation.
    public let metadata: InvocationMetadata

    /// The logger for this invocation, with the request ID attached.
    public let logger: LambdaLogger

    /// Creates a context.
    public init(metadata: InvocationMetadata, logger: LambdaLogger) {
        self.metadata = metadata
        self.logger = logger
    }

    /// The invocation's request ID.
    public var requestID: String { metadata.requestID }

    /// The deadline, in milliseconds since the Unix epoch.
    public var deadlineMilliseconds: Int64 { metadata.deadlineMilliseconds }

    /// The ARN the caller invoked, with version or alias.
    public var invokedFunctionARN: String { metadata.invokedFunctionARN }

    /// The X-Ray trace header, when Lambda sent one.
    public var traceID: String? { metadata.traceID }

    /// The client context JSON, when the caller sent one.
    public var clientContext: String? { metadata.clientContext }

    /// The Cognito identity JSON, when present.
    public var cognitoIdentity: String? { metadata.cognitoIdentity }

    /// Returns the time left before the deadline at `now`, never negative.
    /// - Parameter now: the current wall-clock time in milliseconds since the Unix epoch.
    /// - Returns: the deadline minus `now`, or zero once the deadline has passed.
    public func timeRemaining(nowMilliseconds now: Int64) -> Duration {
        .milliseconds(max(0, deadlineMilliseconds - now))
    }
}
