// SPDX-License-Identifier: Apache-2.0

import LambdaRuntime
import Testing

/// Echoes the event, or fails when it is `fail`.
struct EchoHandler: LambdaHandler {
    struct Refused: Error, CustomStringConvertible {
        var description: String { "refused \"quoted\" \\ and\nnewline é" }
    }

    let contexts: ContextRecorder

    mutating func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        contexts.values.append(context)
        if event == Array("fail".utf8) { throw Refused() }
        if event == Array("typed".utf8) { throw FunctionError(errorType: "Custom.Type", errorMessage: "typed failure") }
        return event
    }
}

@Suite struct RuntimeLoopTests {
    private func makeLoop(
        _ transport: InMemoryTransport,
        traces: TraceRecorder = TraceRecorder(),
        contexts: ContextRecorder = ContextRecorder()
    ) -> RuntimeLoop<InMemoryTransport, EchoHandler> {
        RuntimeLoop(
            transport: transport,
            handler: EchoHandler(contexts: contexts),
            logger: LambdaLogger(environment: [:]) { _ in }
        ) { traces.values.append($0) }
    }

    @Test func everyNextHeaderReachesTheContext() throws {
        let transport = InMemoryTransport()
        let contexts = ContextRecorder()
        try transport.enqueue(
            "x",
            requestID: "r-9",
            traceID: "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=0",
            extraHeaders: [
                ("LAMBDA-RUNTIME-CLIENT-CONTEXT", #"{"custom":{"k":"v"}}"#),
                ("lambda-runtime-cognito-identity", #"{"cognitoIdentityId":"id","cognitoIdentityPoolId":"pool"}"#),
            ]
        )
        var loop = makeLoop(transport, contexts: contexts)

        try loop.runOnce()

        let context = try #require(contexts.values.first)
        #expect(context.requestID == "r-9")
        #expect(context.deadlineMilliseconds == 1_796_396_648_000)
        #expect(context.invokedFunctionARN == "arn:aws:lambda:us-west-2:123456789012:function:f")
        #expect(context.traceID == "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=0")
        #expect(context.clientContext == #"{"custom":{"k":"v"}}"#)
        #expect(context.cognitoIdentity == #"{"cognitoIdentityId":"id","cognitoIdentityPoolId":"pool"}"#)
        #expect(context.timeRemaining(nowMilliseconds: 1_796_396_647_250) == .milliseconds(750))
        #expect(context.timeRemaining(nowMilliseconds: 1_796_396_649_000) == .zero)
    }

    @Test func responseIsPostedForTheRequestID() throws {
        let transport = InMemoryTransport()
        try transport.enqueue("{\"a\":1}", requestID: "r-1")
        var loop = makeLoop(transport)

        try loop.runOnce()

        #expect(transport.posted == [.response(requestID: "r-1", body: Array("{\"a\":1}".utf8))])
    }

    @Test func handlerErrorIsPostedAndLoopKeepsServing() throws {
        let transport = InMemoryTransport()
        try transport.enqueue("fail", requestID: "r-1")
        try transport.enqueue("typed", requestID: "r-2")
        try transport.enqueue("ok", requestID: "r-3")
        var loop = makeLoop(transport)

        for _ in 0..<3 { try loop.runOnce() }

        #expect(
            transport.posted == [
                .error(
                    requestID: "r-1",
                    error: FunctionError(errorType: "Refused", errorMessage: "refused \"quoted\" \\ and\nnewline é")
                ),
                .error(requestID: "r-2", error: FunctionError(errorType: "Custom.Type", errorMessage: "typed failure")),
                .response(requestID: "r-3", body: Array("ok".utf8)),
            ]
        )
    }

    @Test func tooLargeResponseIsNotFollowedByError() throws {
        let transport = InMemoryTransport()
        transport.responseOutcome = .tooLarge
        try transport.enqueue("big", requestID: "r-1")
        try transport.enqueue("next", requestID: "r-2")
        var loop = makeLoop(transport)

        try loop.runOnce()
        try loop.runOnce()

        #expect(
            transport.posted == [
                .response(requestID: "r-1", body: Array("big".utf8)),
                .response(requestID: "r-2", body: Array("next".utf8)),
            ]
        )
    }

    @Test func traceIDIsExportedForTheInvocationOnly() throws {
        let transport = InMemoryTransport()
        let traces = TraceRecorder()
        try transport.enqueue("x", requestID: "r-1", traceID: "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1")
        try transport.enqueue("y", requestID: "r-2")
        var loop = makeLoop(transport, traces: traces)

        try loop.runOnce()
        try loop.runOnce()

        #expect(traces.values == ["Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1", nil, nil, nil])
    }

    @Test func runtimeAPIFailureEndsTheLoop() {
        var loop = makeLoop(InMemoryTransport())

        #expect(throws: RuntimeError.unexpectedStatus(path: RuntimeAPI.nextPath, status: 500)) {
            try loop.runOnce()
        }
    }
}

final class TraceRecorder {
    var values: [String?] = []
}

final class ContextRecorder {
    var values: [LambdaContext] = []
}
