// SPDX-License-Identifier: Apache-2.0

/// An environment that does not describe a usable Secrets Manager source.
///
/// The description names the variable and the accepted form, never the value found, because some of
/// these variables hold credentials.
public struct SecretsManagerConfigurationError: Error, Equatable, CustomStringConvertible {
    private enum Code: Equatable {
        case missing
        case invalid
    }

    private let code: Code

    /// The environment variable at fault, such as `AWS_REGION`.
    public let variable: String

    /// The accepted form of the variable's value, such as "a region such as us-east-1".
    public let expectedForm: String

    private init(code: Code, variable: String, expectedForm: String) {
        self.code = code
        self.variable = variable
        self.expectedForm = expectedForm
    }

    /// Thrown when a required variable is unset or empty.
    static func missing(_ variable: String, expected: String) -> Self {
        Self(code: .missing, variable: variable, expectedForm: expected)
    }

    /// Thrown when a variable is set to a value outside the accepted form.
    static func invalid(_ variable: String, expected: String) -> Self {
        Self(code: .invalid, variable: variable, expectedForm: expected)
    }

    /// Whether the variable was unset or empty, rather than set to an unusable value.
    public var isMissing: Bool { code == .missing }

    /// A one-line description naming the variable and the accepted form.
    public var description: String {
        switch code {
        case .missing: "\(variable) is not set: set it to \(expectedForm)"
        case .invalid: "\(variable) is invalid: expected \(expectedForm)"
        }
    }
}
