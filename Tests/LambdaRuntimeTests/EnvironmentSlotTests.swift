// SPDX-License-Identifier: Apache-2.0

import Glibc
import LambdaRuntime
import Testing

/// The trace ID variable is rewritten in place, so a new trace ID per invocation allocates nothing.
@Suite struct EnvironmentSlotTests {
    static func traceIDEntry() -> (address: UnsafeMutablePointer<CChar>?, value: String?) {
        let entry = getenv("_X_AMZN_TRACE_ID")
        return (entry, entry.map { String(cString: $0) })
    }

    @Test func traceIDsShareOneBuffer() {
        Lambda.exportTraceID("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1")
        let first = Self.traceIDEntry()
        Lambda.exportTraceID("Root=1-6571e3c2-1a2b3c4d5e6f7a8b9c0d1e2f;Parent=53995c3f42cd8ad8;Sampled=0")
        let second = Self.traceIDEntry()
        Lambda.exportTraceID(nil)
        let removed = Self.traceIDEntry()

        #expect(first.value == "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1")
        #expect(second.value == "Root=1-6571e3c2-1a2b3c4d5e6f7a8b9c0d1e2f;Parent=53995c3f42cd8ad8;Sampled=0")
        #expect(first.address == second.address)
        #expect(removed.address == nil)
    }

    @Test func longTraceIDFallsBackToACopy() {
        let long = "Root=1-" + String(repeating: "a", count: 2_000)
        Lambda.exportTraceID(long)
        let entry = Self.traceIDEntry()
        Lambda.exportTraceID(nil)

        #expect(entry.value == long)
    }
}
