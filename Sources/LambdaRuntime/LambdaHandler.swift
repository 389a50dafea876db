// SPDX-License-Identifier: Apache-2.0

/// A function body: turns one event into a response payload.
public protocol LambdaHandler {
    /// Handles `event` and returns the response payload.
    ///
    /// A thrown ``FunctionError`` is reported as is. Any other error is reported with its type name as
    /// `errorType` and its description as `errorMessage`, so descriptions must be safe to show the caller.
    mutating func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8]
}
