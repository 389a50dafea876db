// SPDX-License-Identifier: Apache-2.0

/// The Runtime API's verdict on a posted response.
public enum ResponseOutcome: Sendable, Equatable {
    /// Accepted with 202.
    case accepted

    /// Rejected with 413 because it was over the payload limit; the invocation has failed already, so the
    /// runtime must not post `/error` after it.
    case tooLarge

    /// Rejected with a 4xx such as 400 `InvalidRequestID` or 403 `InvalidStateTransition`.
    case rejected(status: Int)
}
