// SPDX-License-Identifier: Apache-2.0

public import HTTPClient

/// The headers of a `/next` response, validated.
public struct InvocationMetadata: Sendable, Equatable {
    /// The invocation's request ID.
    public let requestID: String

    /// The deadline, in milliseconds since the Unix epoch.
    public let deadlineMilliseconds: Int64

    /// The ARN the caller invoked.
    public let invokedFunctionARN: String

    /// The X-Ray trace header, if any.
    public let traceID: String?

    /// The client context JSON, if any.
    public let clientContext: String?

    /// The Cognito identity JSON, if any.
    public let cognitoIdentity: String?

    /// Reads the metadata from `/next` headers, matching names case-insensitively.
    /// - Throws: ``RuntimeError`` when the request ID, deadline or function ARN is missing or invalid.
    public init(headers: HTTPHeaders) throws(RuntimeError) {
        guard let requestID = headers[RuntimeAPI.Header.requestID], Self.isValidRequestID(requestID) else {
            throw .missingRequestIDHeader
        }
        guard let deadline = headers[RuntimeAPI.Header.deadline].flatMap({ Int64($0) }) else {
            throw .invalidDeadlineHeader
        }
        guard let arn = headers[RuntimeAPI.Header.invokedFunctionARN], !arn.isEmpty else {
            throw .missingFunctionARNHeader
        }
        self.requestID = requestID
        deadlineMilliseconds = deadline
        invokedFunctionARN = arn
        traceID = headers[RuntimeAPI.Header.traceID]
        clientContext = headers[RuntimeAPI.Header.clientContext]
        cognitoIdentity = headers[RuntimeAPI.Header.cognitoIdentity]
    }

    /// Accepts the characters a request ID may hold in a URL path segment without escaping.
    private static func isValidRequestID(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.count <= 256
            && value.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == 0x2D || byte == 0x5F || byte == 0x2E
            }
    }
}
