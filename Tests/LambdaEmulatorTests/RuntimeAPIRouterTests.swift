// SPDX-License-Identifier: Apache-2.0

import LambdaRuntime
import Testing

@testable import LambdaEmulator

@Suite struct RuntimeAPIRouterTests {
    let state = RuntimeAPIStateMachine { _ in }
    var router: RuntimeAPIRouter { RuntimeAPIRouter(state: state) }

    private func request(_ method: String, _ path: String, body: String = "", headers: [String: String] = [:])
        -> ServerRequest
    {
        ServerRequest(method: method, path: path, headers: headers, body: bytes(body), bodyByteCount: body.utf8.count)
    }

    /// Queues an invocation, takes it through `/next`, and returns the `/next` response.
    private func handOut(requestID: String = "4a5f0c2e-0000-4000-8000-000000000001") -> ServerResponse {
        _ = state.beginProcess()
        state.submit(
            Invocation(
                requestID: requestID,
                event: bytes(#"{"k":"v"}"#),
                invokedFunctionARN: "arn:aws:lambda:x",
                traceID: "Root=1-0-0",
                timeoutSeconds: 3
            )
        )
        return router.route(request("GET", RuntimeAPI.nextPath))
    }

    private func header(_ response: ServerResponse, _ name: String) -> String? {
        response.headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    @Test func nextSendsEventAndMetadataHeaders() {
        let response = handOut()
        #expect(response.status == 200)
        #expect(text(response.body) == #"{"k":"v"}"#)
        #expect(header(response, RuntimeAPI.Header.requestID) == "4a5f0c2e-0000-4000-8000-000000000001")
        #expect(header(response, RuntimeAPI.Header.invokedFunctionARN) == "arn:aws:lambda:x")
        #expect(header(response, RuntimeAPI.Header.traceID) == "Root=1-0-0")
        let deadline = Int64(header(response, RuntimeAPI.Header.deadline) ?? "") ?? 0
        #expect(abs(deadline - MonotonicInstant.epochMilliseconds() - 3000) < 1000)
    }

    @Test func responseIsAcceptedOnceThenInvalidStateTransition() {
        _ = handOut(requestID: "r1")
        let first = router.route(request("POST", RuntimeAPI.responsePath(requestID: "r1"), body: "{}"))
        let second = router.route(request("POST", RuntimeAPI.responsePath(requestID: "r1"), body: "{}"))
        let error = router.route(request("POST", RuntimeAPI.errorPath(requestID: "r1"), body: "{}"))

        #expect(first.status == 202)
        #expect(text(first.body) == #"{"status":"OK"}"#)
        #expect(second.status == 403)
        #expect(LambdaErrorPayload.decode(second.body)?.errorType == "InvalidStateTransition")
        #expect(error.status == 403)
    }

    @Test func unknownOrStaleRequestIDIsInvalidRequestID() {
        _ = handOut(requestID: "old")
        _ = router.route(request("POST", RuntimeAPI.responsePath(requestID: "old"), body: "{}"))
        _ = handOut(requestID: "new")
        let stale = router.route(request("POST", RuntimeAPI.responsePath(requestID: "old"), body: "{}"))
        let unknown = router.route(request("POST", RuntimeAPI.errorPath(requestID: "nobody"), body: "{}"))

        #expect(stale.status == 400)
        #expect(LambdaErrorPayload.decode(stale.body)?.errorType == "InvalidRequestID")
        #expect(unknown.status == 400)
    }

    @Test func oversizedResponseIs413() {
        _ = handOut(requestID: "big")
        var large = request("POST", RuntimeAPI.responsePath(requestID: "big"))
        large.bodyByteCount = RuntimeAPI.maximumPayloadBytes + 1
        let response = router.route(large)

        #expect(response.status == 413)
        #expect(
            LambdaErrorPayload.decode(response.body)
                == LambdaErrorPayload(
                    errorMessage: "Exceeded maximum allowed payload size (6291556 bytes).",
                    errorType: "RequestEntityTooLarge"
                )
        )
    }

    @Test func responseAtExactLimitIsAccepted() {
        _ = handOut(requestID: "edge")
        var edge = request("POST", RuntimeAPI.responsePath(requestID: "edge"))
        edge.bodyByteCount = RuntimeAPI.maximumPayloadBytes
        #expect(router.route(edge).status == 202)
    }

    @Test func initErrorAfterInitIsInvalidStateTransition() {
        _ = handOut()
        let response = router.route(request("POST", RuntimeAPI.initErrorPath, body: "{}"))
        #expect(response.status == 403)
    }

    @Test func errorWithoutJSONBodyUsesTypeHeader() {
        _ = handOut(requestID: "e1")
        let headers = [RuntimeAPI.Header.functionErrorType.lowercased(): "Runtime.Crash"]
        let response = router.route(
            request("POST", RuntimeAPI.errorPath(requestID: "e1"), body: "boom \"x\"\n", headers: headers)
        )
        let end = state.awaitEnd(submittedAt: .now(), coldStart: false, initTimeoutSeconds: 0)

        #expect(response.status == 202)
        guard case .finished(.error(let body), _) = end else {
            Issue.record("expected a finished error, got \(end)")
            return
        }
        #expect(
            LambdaErrorPayload.decode(body)
                == LambdaErrorPayload(errorMessage: "boom \"x\"\n", errorType: "Runtime.Crash")
        )
    }

    @Test(arguments: [
        ("GET", "/2018-06-01/runtime/invocation/x/response"),
        ("POST", "/2018-06-01/runtime/invocation//response"),
        ("POST", "/2018-06-01/runtime/invocation/a/b/error"),
        ("DELETE", "/2018-06-01/runtime/invocation/next"),
    ])
    func unknownRoutesAre404(method: String, path: String) {
        #expect(router.route(request(method, path)).status == 404)
    }
}
