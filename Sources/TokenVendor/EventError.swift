// SPDX-License-Identifier: Apache-2.0

import LambdaRuntime

/// An event that is not an API Gateway proxy event; reported to Lambda as an invocation error.
enum EventError {
    /// Thrown when the event is not valid JSON.
    static let notJSON = FunctionError(errorType: unmarshalError, errorMessage: "the event is not valid JSON")

    /// Thrown when a required field of the proxy event is absent.
    static func missingField(_ name: String) -> FunctionError {
        FunctionError(
            errorType: unmarshalError,
            errorMessage: "the event is not an API Gateway proxy event: field '\(safe(name))' is missing"
        )
    }

    /// Thrown when a field has the wrong JSON type.
    static func wrongType(_ path: String) -> FunctionError {
        FunctionError(
            errorType: unmarshalError,
            errorMessage: "the event is not an API Gateway proxy event: field '\(safe(path))' has the wrong type"
        )
    }

    /// The error type Lambda's own runtimes use for events they cannot decode.
    static let unmarshalError = "Runtime.UnmarshalError"

    /// Keeps field names from a hostile event short and printable.
    private static func safe(_ name: String) -> String {
        String(name.unicodeScalars.filter { $0.isASCII && $0.value >= 0x20 }.prefix(64).map(Character.init))
    }
}
