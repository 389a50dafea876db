// SPDX-License-Identifier: Apache-2.0

/// What Lambda tells the handler about the invocation it is serving, read from the `/next` headers.
public struct LambdaContext: Sendable {
    /// The invocation's request ID.
    public let requestID: String

    /// The deadline, in milliseconds since the Unix epoch.
    public let deadlineMilliseconds: Int64

    /// The ARN the caller invoked, with version or alias.
    public let invokedFunctionARN: String

    /// The X-Ray trace header, when Lambda sent one.
    public let traceID: String?

    /// The client context JSON, when the caller sent one.
    public let clientContext: String?

    /// The Cognito identity JSON, when present.
    public let cognitoIdentity: String?

    /// The logger for this invocation, with the request ID attached.
    public let logger: LambdaLogger

    /// Creates a context.
    public init(metadata: InvocationMetadata, logger: LambdaLogger) {
        requestID = metadata.requestID
        deadlineMilliseconds = metadata.deadlineMilliseconds
        invokedFunctionARN = metadata.invokedFunctionARN
        traceID = metadata.traceID
        clientContext = metadata.clientContext
        cognitoIdentity = metadata.cognitoIdentity
        self.logger = logger
    }

    /// Returns the time left before the deadline at `now`, never negative.
    /// - Parameter now: the current wall-clock time in milliseconds since the Unix epoch.
    public func timeRemaining(nowMilliseconds now: Int64) -> Duration {
        .milliseconds(max(0, deadlineMilliseconds - now))
    }
}
