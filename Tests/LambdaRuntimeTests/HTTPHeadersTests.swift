// SPDX-License-Identifier: Apache-2.0

import HTTPClient
import Testing

@Suite struct HTTPHeadersTests {
    private let headers = HTTPHeaders([
        ("Lambda-Runtime-Aws-Request-Id", "first"), ("lambda-runtime-aws-request-id", "second"),
        ("Content-Type", "application/json"), ("X-\u{212A}ey", "kelvin"),
    ])

    @Test(arguments: [
        "Lambda-Runtime-Aws-Request-Id", "LAMBDA-RUNTIME-AWS-REQUEST-ID", "lambda-runtime-aws-request-id",
    ])
    func lookupIgnoresASCIICase(name: String) {
        #expect(headers[name] == "first")
    }

    @Test(arguments: ["Content-Typ", "Content-Type ", "X-Key", "x-key", "Content_Type", "Content\u{0D}Type"])
    func lookupMatchesWholeNamesOnly(name: String) {
        #expect(headers[name] == nil)
    }

    @Test func nonASCIINameMatchesItselfOnly() {
        #expect(headers["X-\u{212A}ey"] == "kelvin")
    }
}
