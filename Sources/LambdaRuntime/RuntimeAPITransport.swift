// SPDX-License-Identifier: Apache-2.0

/// The calls a runtime makes to the Lambda Runtime API.
///
/// ``RuntimeAPIClient`` speaks HTTP; tests substitute an in-memory transport.
public protocol RuntimeAPITransport {
    /// Waits, without a timeout, for the next event.
    func next() throws(RuntimeError) -> Invocation

    /// Posts the response of invocation `requestID`.
    func postResponse(requestID: String, body: [UInt8]) throws(RuntimeError) -> ResponseOutcome

    /// Posts the error of invocation `requestID`.
    func postError(requestID: String, error: FunctionError) throws(RuntimeError)

    /// Posts an initialisation failure; the runtime exits afterwards.
    func postInitError(_ error: FunctionError) throws(RuntimeError)
}
