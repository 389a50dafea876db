// SPDX-License-Identifier: Apache-2.0

import HTTPClient

extension SecretsManagerClient {
    /// Sends `request` with timeouts that end at `deadline` on the monotonic clock.
    /// - Throws: ``AttemptFailure`` for a transport failure, or with the classified error and the
    ///   reply's `Date` for any status outside 200...299.
    func send(_ request: HTTPRequest, deadline: Duration) throws(AttemptFailure) -> HTTPResponse {
        let remaining = deadline - dependencies.clock.monotonicNow
        guard remaining >= Self.minimumAttemptTime else {
            throw AttemptFailure(error: .timedOut.with(detail: "the time budget ran out"))
        }

        let response: HTTPResponse
        do {
            response = try dependencies.transport.send(
                request,
                limits: Self.limits(remaining: remaining)
            )
        } catch {
            throw AttemptFailure(error: Self.transportError(error))
        }

        guard (200...299).contains(response.status) else {
            let reply = ErrorReply(headers: response.headers, body: response.body)
            let serverDate = response.headers["Date"].flatMap(AWSTimestamp.init(httpDate:))
            throw AttemptFailure(
                error: reply.error(status: response.status),
                serverDate: serverDate
            )
        }
        return response
    }

    /// Reads the secret from a successful reply, then overwrites the reply body with zeros.
    ///
    /// The secret itself is decoded straight into ``SecretBytes``. NOTE: The buffers that the body
    /// outgrew while libcurl delivered it, and libcurl's own buffers, are released without being
    /// cleared.
    static func secretValue(from response: inout HTTPResponse) throws(AttemptFailure) -> SecretValue {
        defer {
            response.body.withUnsafeMutableBytes { bytes in
                _ = bytes.initializeMemory(as: UInt8.self, repeating: 0)
            }
        }
        do {
            return try SecretValue(replyBody: response.body)
        } catch {
            throw AttemptFailure(error: error.with(statusCode: response.status))
        }
    }

    /// Maps a libcurl failure to its class; the detail carries libcurl's code and text only.
    static func transportError(_ error: HTTPClientError) -> SecretsManagerError {
        let detail = "curl error \(error.curlCode): \(error.curlMessage)"
        if error.isTimeout {
            return .timedOut.with(detail: detail)
        }
        if error.isConnectFailure {
            return .couldNotConnect.with(detail: detail)
        }
        if error.isResponseTooLarge {
            return .malformedResponse.with(
                detail: "the reply is larger than \(maximumReplyBytes) bytes"
            )
        }
        let retryable = !permanentCurlCodes.contains(error.curlCode)
        return .transferFailed.with(isRetryable: retryable, detail: detail)
    }

    /// libcurl codes that another attempt cannot fix: an unsupported or malformed URL (1, 3) and
    /// certificate failures (58 local certificate, 60 peer verification, 77 CA file, 83 issuer,
    /// 90 pinned key, 91 certificate status), from libcurl's `CURLcode` list in `curl/curl.h`.
    private static let permanentCurlCodes: Set<Int32> = [1, 3, 58, 60, 77, 83, 90, 91]
}
