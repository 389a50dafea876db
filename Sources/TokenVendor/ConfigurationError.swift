// SPDX-License-Identifier: Apache-2.0

/// An environment variable that is missing or not in an accepted form; initialisation fails with it.
public struct ConfigurationError: Error, Equatable, CustomStringConvertible {
    /// The variable at fault.
    public let variable: String

    /// The problem and the accepted form.
    public let problem: String

    /// Thrown when a required variable is absent or empty.
    static func missing(_ variable: String, expected: String) -> Self {
        Self(variable: variable, problem: "is not set; expected \(expected)")
    }

    /// Thrown when a variable contains a value in the wrong form. The value is not repeated, because a
    /// misplaced secret would otherwise reach the logs.
    static func invalid(_ variable: String, expected: String) -> Self {
        Self(variable: variable, problem: "is invalid; expected \(expected)")
    }

    /// A message naming the variable and the accepted form.
    public var description: String { "\(variable) \(problem)" }
}
