// SPDX-License-Identifier: Apache-2.0

extension ErrorReply {
    // Retry classes follow botocore's standard retry mode (botocore/retries/standard.py) and the
    // AWS SDK for JavaScript v3's service-error-classification constants.
    private static let throttlingTypes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException",
        "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException",
        "RequestThrottled",
        "SlowDown", "EC2ThrottledException",
    ]
    private static let transientTypes: Set<String> = [
        "InternalServiceError", "InternalFailure", "InternalServerError", "ServiceUnavailable",
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete",
    ]
    private static let credentialTypes: Set<String> = [
        "UnrecognizedClientException", "InvalidClientTokenId", "ExpiredTokenException",
        "ExpiredToken",
        "IncompleteSignature", "MissingAuthenticationToken", "MissingAuthenticationTokenException",
    ]

    /// Types whose failure may be a wrong clock, worth one retry after correcting the offset.
    static let clockSkewTypes: Set<String> = [
        "InvalidSignatureException", "SignatureDoesNotMatch", "RequestExpired",
        "RequestTimeTooSkewed",
        "AuthFailure", "RequestInTheFuture",
    ]

    private static let modelledClasses: [String: SecretsManagerError] = [
        "ResourceNotFoundException": .resourceNotFound,
        "AccessDeniedException": .accessDenied,
        "AccessDenied": .accessDenied,
        "InvalidParameterException": .invalidParameter,
        "InvalidRequestException": .invalidRequest,
        "DecryptionFailure": .decryptionFailure,
    ]

    /// Classifies the reply by its type first and its status second, since AWS documents statuses
    /// inconsistently. Messages of credential and signature errors are dropped, because services
    /// and emulators may quote the canonical request, session token included, in them.
    func error(status: Int) -> SecretsManagerError {
        let type = self.type ?? "HTTP\(status)"
        let base: SecretsManagerError
        var detail = message
        if let modelled = Self.modelledClasses[type] {
            base = modelled.with(isRetryable: false)
        } else if Self.throttlingTypes.contains(type) || status == 429 {
            base = .throttled
        } else if Self.credentialTypes.contains(type) {
            base = .credentialsRejected
            detail = nil
        } else if Self.clockSkewTypes.contains(type) {
            base = .signatureRejected
            detail = nil
        } else {
            let transient =
                Self.transientTypes.contains(type) || [500, 502, 503, 504].contains(status)
            base = SecretsManagerError.serviceError.with(isRetryable: transient)
        }
        return base.with(errorType: type, statusCode: status, requestID: requestID, detail: detail)
    }
}
