// SPDX-License-Identifier: Apache-2.0

/// A failed secret fetch, classified so callers can decide what to report and whether to try later.
///
/// The description names the failure class, the AWS error type and HTTP status when there was a
/// reply, and the AWS message only for classes whose messages describe the request (not found,
/// access denied, invalid, throttled, service errors). It never contains the secret, credentials,
/// signatures or request headers, so it is safe to log and to return to the invoker.
public struct SecretsManagerError: Error, CustomStringConvertible, Equatable {
    enum Code: Equatable {
        case resourceNotFound
        case accessDenied
        case invalidParameter
        case invalidRequest
        case decryptionFailure
        case credentialsRejected
        case signatureRejected
        case throttled
        case serviceError
        case timedOut
        case couldNotConnect
        case transferFailed
        case malformedResponse
        case credentialsUnavailable
    }

    let code: Code

    /// The sanitised AWS error type, such as `ResourceNotFoundException`, or our class name, such
    /// as `TimedOut`, for failures without an AWS reply. It is safe to return to a caller.
    public let errorType: String

    /// Whether another attempt may succeed.
    public let isRetryable: Bool

    /// The HTTP status of the reply, or `nil` when none arrived.
    public let statusCode: Int?

    /// The `x-amzn-RequestId` of the reply, for AWS support cases.
    public let requestID: String?

    /// Extra text for the description: the AWS message when it is safe to show, or our own detail.
    let detail: String?

    init(
        _ code: Code,
        errorType: String,
        isRetryable: Bool,
        statusCode: Int? = nil,
        requestID: String? = nil,
        detail: String? = nil
    ) {
        self.code = code
        self.errorType = errorType
        self.isRetryable = isRetryable
        self.statusCode = statusCode
        self.requestID = requestID
        self.detail = detail
    }

    /// Compares the failure class only, so tests and callers can match on the static members.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.code == rhs.code
    }

    /// Whether the service asked the client to slow down, which calls for a longer backoff.
    var isThrottling: Bool { code == .throttled }
}
