// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import LambdaRuntime
import Testing

@Suite struct FunctionErrorTests {
    @Test(arguments: [
        "plain", "quote \" here", "back\\slash", "new\nline\r\ttab", "non-ASCII é ✓ 🎥",
        "nul \u{0} and \u{1F} control",
    ])
    func bodyIsValidJSONThatRoundTrips(message: String) throws {
        let error = FunctionError(errorType: "Runtime.Test", errorMessage: message)

        let decoded = try JSONDecoder().decode(FunctionError.self, from: Data(error.jsonBody()))

        #expect(decoded == error)
    }

    @Test func bodyHasExactShape() {
        let body = FunctionError(errorType: "Runtime.UnmarshalError", errorMessage: "a \"b\"\n").jsonBody()

        #expect(
            String(decoding: body, as: UTF8.self)
                == #"{"errorMessage":"a \"b\"\n","errorType":"Runtime.UnmarshalError"}"#
        )
    }

    @Test(arguments: [
        ("Runtime.UnmarshalError", "Runtime.UnmarshalError"), ("Fehler ä", "Fehler"), ("é", "Unhandled"),
        ("a b\nc", "abc"),
    ])
    func headerTypeIsPrintableASCII(type: String, expected: String) {
        #expect(FunctionError(errorType: type, errorMessage: "").headerSafeErrorType == expected)
    }
}
