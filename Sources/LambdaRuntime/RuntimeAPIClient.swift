// SPDX-License-Identifier: Apache-2.0

public import HTTPClient

/// The HTTP client of the Runtime API at `AWS_LAMBDA_RUNTIME_API`, over one kept-alive libcurl handle.
public final class RuntimeAPIClient: RuntimeAPITransport {
    private let baseURL: String
    private let http: HTTPClient

    /// How many times `/next` is tried before the runtime gives up, as proven runtime clients do.
    static let nextAttempts = 3

    /// Creates a client for `endpoint`, the `host:port` value of `AWS_LAMBDA_RUNTIME_API`.
    public init(endpoint: String) throws(HTTPClientError) {
        baseURL = "http://" + endpoint
        http = try HTTPClient()
    }

    /// Waits for the next event. Transport failures are retried twice, then thrown. Any status but 200 is
    /// thrown at once, because a 500 means the execution environment is broken and the runtime must exit.
    public func next() throws(RuntimeError) -> Invocation {
        var lastError = RuntimeError.transport(path: RuntimeAPI.nextPath, message: "not attempted")
        for _ in 0..<Self.nextAttempts {
            do {
                let response = try http.send(
                    HTTPRequest(method: .get, url: baseURL + RuntimeAPI.nextPath),
                    limits: HTTPLimits(
                        connectTimeout: .seconds(1),
                        maximumResponseBytes: RuntimeAPI.maximumPayloadBytes
                    )
                )
                guard response.status == 200 else {
                    throw RuntimeError.unexpectedStatus(path: RuntimeAPI.nextPath, status: response.status)
                }
                return Invocation(metadata: try InvocationMetadata(headers: response.headers), event: response.body)
            } catch let error as HTTPClientError {
                lastError = .transport(path: RuntimeAPI.nextPath, message: error.description)
            } catch let error as RuntimeError {
                throw error
            } catch {
                lastError = .transport(path: RuntimeAPI.nextPath, message: "unexpected error")
            }
        }
        throw lastError
    }

    /// Posts a response; 413 and other 4xx are returned as outcomes, 5xx and transport failures thrown.
    public func postResponse(requestID: String, body: [UInt8]) throws(RuntimeError) -> ResponseOutcome {
        let path = RuntimeAPI.responsePath(requestID: requestID)
        let status = try post(path, body: body, headers: [("Content-Type", "application/json")])
        switch status {
        case 200..<300: return .accepted
        case 413: return .tooLarge
        case 400..<500: return .rejected(status: status)
        default: throw .unexpectedStatus(path: path, status: status)
        }
    }

    /// Posts an invocation error with its type in `Lambda-Runtime-Function-Error-Type`.
    public func postError(requestID: String, error: FunctionError) throws(RuntimeError) {
        let path = RuntimeAPI.errorPath(requestID: requestID)
        let status = try post(path, body: error.jsonBody(), headers: Self.errorHeaders(error))
        guard status < 500 else { throw .unexpectedStatus(path: path, status: status) }
    }

    /// Posts an initialisation error.
    public func postInitError(_ error: FunctionError) throws(RuntimeError) {
        let status = try post(RuntimeAPI.initErrorPath, body: error.jsonBody(), headers: Self.errorHeaders(error))
        guard status < 500 else { throw .unexpectedStatus(path: RuntimeAPI.initErrorPath, status: status) }
    }

    private func post(_ path: String, body: [UInt8], headers: [(name: String, value: String)]) throws(RuntimeError)
        -> Int
    {
        do {
            let request = HTTPRequest(method: .post, url: baseURL + path, headers: headers, body: body)
            return try http.send(
                request,
                limits: HTTPLimits(connectTimeout: .seconds(1), maximumResponseBytes: 64 * 1024)
            )
            .status
        } catch {
            throw .transport(path: path, message: error.description)
        }
    }

    private static func errorHeaders(_ error: FunctionError) -> [(name: String, value: String)] {
        [
            ("Content-Type", RuntimeAPI.errorContentType),
            (RuntimeAPI.Header.functionErrorType, error.headerSafeErrorType),
        ]
    }
}
