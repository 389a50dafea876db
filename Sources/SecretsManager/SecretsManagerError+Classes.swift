// SPDX-License-Identifier: Apache-2.0

extension SecretsManagerError {
    /// Thrown when the secret, version ID or version stage does not exist
    /// (`ResourceNotFoundException`).
    public static let resourceNotFound = Self(
        .resourceNotFound,
        errorType: "ResourceNotFoundException",
        isRetryable: false
    )

    /// Thrown when IAM or a resource policy denies `secretsmanager:GetSecretValue` or the KMS key.
    public static let accessDenied = Self(
        .accessDenied,
        errorType: "AccessDeniedException",
        isRetryable: false
    )

    /// Thrown when a request parameter is invalid, here or at the service
    /// (`InvalidParameterException`).
    public static let invalidParameter = Self(
        .invalidParameter,
        errorType: "InvalidParameterException",
        isRetryable: false
    )

    /// Thrown when the secret cannot be read in its state, such as pending deletion
    /// (`InvalidRequestException`).
    public static let invalidRequest = Self(
        .invalidRequest,
        errorType: "InvalidRequestException",
        isRetryable: false
    )

    /// Thrown when KMS could not decrypt the secret (`DecryptionFailure`).
    public static let decryptionFailure = Self(
        .decryptionFailure,
        errorType: "DecryptionFailure",
        isRetryable: false
    )

    /// Thrown when the service does not accept the credentials: unknown or expired key, or a
    /// missing or wrong session token (`UnrecognizedClientException`, `InvalidClientTokenId`,
    /// `ExpiredTokenException`).
    public static let credentialsRejected = Self(
        .credentialsRejected,
        errorType: "UnrecognizedClientException",
        isRetryable: false
    )

    /// Thrown when the service rejects the signature or its time (`InvalidSignatureException`,
    /// `SignatureDoesNotMatch`, `RequestExpired`) and correcting the clock did not help.
    public static let signatureRejected = Self(
        .signatureRejected,
        errorType: "InvalidSignatureException",
        isRetryable: false
    )

    /// Thrown when the service throttled every attempt (`ThrottlingException`, HTTP 429 and
    /// similar).
    public static let throttled = Self(
        .throttled,
        errorType: "ThrottlingException",
        isRetryable: true
    )

    /// Thrown for any other error reply; retryable for 5xx statuses and internal-failure types.
    public static let serviceError = Self(
        .serviceError,
        errorType: "ServiceError",
        isRetryable: false
    )

    /// Thrown when no reply arrived within the time budget or libcurl's timeout.
    public static let timedOut = Self(.timedOut, errorType: "TimedOut", isRetryable: true)

    /// Thrown when the connection was refused or the host could not be resolved.
    public static let couldNotConnect = Self(
        .couldNotConnect,
        errorType: "CouldNotConnect",
        isRetryable: true
    )

    /// Thrown when the connection broke before a complete reply arrived.
    public static let transferFailed = Self(
        .transferFailed,
        errorType: "TransferFailed",
        isRetryable: true
    )

    /// Thrown when a reply could not be read: not the expected JSON, neither or both secret fields,
    /// `SecretBinary` that is not base64, or a body over the size limit.
    public static let malformedResponse = Self(
        .malformedResponse,
        errorType: "MalformedResponse",
        isRetryable: false
    )

    /// Thrown when the container credentials endpoint did not provide usable keys.
    public static let credentialsUnavailable = Self(
        .credentialsUnavailable,
        errorType: "CredentialsUnavailable",
        isRetryable: false
    )

    /// Returns a copy of a class with the details of one failure.
    func with(
        errorType: String? = nil,
        isRetryable: Bool? = nil,
        statusCode: Int? = nil,
        requestID: String? = nil,
        detail: String? = nil
    ) -> Self {
        Self(
            code,
            errorType: errorType ?? self.errorType,
            isRetryable: isRetryable ?? self.isRetryable,
            statusCode: statusCode ?? self.statusCode,
            requestID: requestID ?? self.requestID,
            detail: detail ?? self.detail
        )
    }
}

extension SecretsManagerError {
    /// A one-line description: class, AWS type, status, safe message and request ID.
    public var description: String {
        var text = "\(summary): \(errorType)"
        if let statusCode {
            text += " (HTTP \(statusCode))"
        }
        if let detail {
            text += ": \(detail)"
        }
        if let requestID {
            text += " [request ID \(requestID)]"
        }
        return text
    }

    private var summary: String {
        switch code {
        case .resourceNotFound: "secret not found"
        case .accessDenied: "access denied"
        case .invalidParameter: "invalid parameter"
        case .invalidRequest: "invalid request"
        case .decryptionFailure: "decryption failed"
        case .credentialsRejected: "credentials rejected"
        case .signatureRejected: "signature rejected"
        case .throttled: "throttled"
        case .serviceError: "service error"
        case .timedOut: "timed out"
        case .couldNotConnect: "could not connect"
        case .transferFailed: "transfer failed"
        case .malformedResponse: "malformed response"
        case .credentialsUnavailable: "credentials unavailable"
        }
    }
}
