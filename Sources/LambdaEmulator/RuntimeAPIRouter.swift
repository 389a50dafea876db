// SPDX-License-Identifier: Apache-2.0

import LambdaRuntime

/// Dispatches Runtime API requests to the state machine's route methods.
struct RuntimeAPIRouter: Sendable {
    let state: RuntimeAPIStateMachine

    /// Picks the route for `request` by method and path.
    func route(_ request: ServerRequest) -> ServerResponse {
        let errorType = request.header(RuntimeAPI.Header.functionErrorType)
        switch (request.method, request.path) {
        case ("GET", RuntimeAPI.nextPath):
            return state.next()
        case ("POST", RuntimeAPI.initErrorPath):
            return state.initError(body: request.body, errorType: errorType)
        case ("POST", _):
            return routeInvocationPost(request, errorType: errorType)
        default:
            return Self.notFound(request)
        }
    }

    private func routeInvocationPost(_ request: ServerRequest, errorType: String?) -> ServerResponse {
        if let requestID = Self.requestID(in: request.path, suffix: RuntimeAPI.responseSuffix) {
            return state.response(
                requestID: requestID,
                body: request.body,
                byteCount: request.bodyByteCount,
                contentType: request.header("Content-Type")
            )
        }
        if let requestID = Self.requestID(in: request.path, suffix: RuntimeAPI.errorSuffix) {
            return state.error(requestID: requestID, body: request.body, errorType: errorType)
        }
        return Self.notFound(request)
    }

    /// Returns the `{id}` of `/2018-06-01/runtime/invocation/{id}<suffix>`, or `nil` for other paths.
    static func requestID(in path: String, suffix: String) -> String? {
        guard path.hasPrefix(RuntimeAPI.invocationPathPrefix), path.hasSuffix(suffix) else { return nil }
        let requestID = path.dropFirst(RuntimeAPI.invocationPathPrefix.count).dropLast(suffix.count)
        return requestID.isEmpty || requestID.contains("/") ? nil : String(requestID)
    }

    private static func notFound(_ request: ServerRequest) -> ServerResponse {
        RuntimeAPIStateMachine.apiError(
            status: 404,
            type: "UnknownRoute",
            message: "No route for \(request.method) \(request.path)."
        )
    }
}
