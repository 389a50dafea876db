// SPDX-License-Identifier: Apache-2.0

/// Paths, header names and limits of the Lambda Runtime API, version 2018-06-01, shared by the runtime
/// client and the local emulator.
///
/// Source: https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html
public enum RuntimeAPI {
    /// The version prefix of every path.
    public static let versionPrefix = "/2018-06-01"

    /// The long-poll path that returns the next event.
    public static let nextPath = "/2018-06-01/runtime/invocation/next"

    /// The path where initialisation failures are posted.
    public static let initErrorPath = "/2018-06-01/runtime/init/error"

    /// The path prefix of per-invocation paths, followed by the request ID.
    public static let invocationPathPrefix = "/2018-06-01/runtime/invocation/"

    /// The suffix of the path that posts an invocation's response.
    public static let responseSuffix = "/response"

    /// The suffix of the path that posts an invocation's error.
    public static let errorSuffix = "/error"

    /// Returns the path that posts the response of invocation `requestID`.
    public static func responsePath(requestID: String) -> String {
        invocationPathPrefix + requestID + responseSuffix
    }

    /// Returns the path that posts the error of invocation `requestID`.
    public static func errorPath(requestID: String) -> String {
        invocationPathPrefix + requestID + errorSuffix
    }

    /// Header names, written as Lambda sends them; compare them case-insensitively.
    public enum Header {
        /// The invocation's request ID.
        public static let requestID = "Lambda-Runtime-Aws-Request-Id"

        /// The deadline in Unix epoch milliseconds.
        public static let deadline = "Lambda-Runtime-Deadline-Ms"

        /// The ARN the caller invoked, with version or alias.
        public static let invokedFunctionARN = "Lambda-Runtime-Invoked-Function-Arn"

        /// The X-Ray trace header.
        public static let traceID = "Lambda-Runtime-Trace-Id"

        /// The client context JSON, sent only when the caller gave one.
        public static let clientContext = "Lambda-Runtime-Client-Context"

        /// The Cognito identity JSON, sent only when present.
        public static let cognitoIdentity = "Lambda-Runtime-Cognito-Identity"

        /// The error type the runtime reports with `/error` and `/init/error`.
        public static let functionErrorType = "Lambda-Runtime-Function-Error-Type"
    }

    /// The content type of error bodies posted by the runtime.
    public static let errorContentType = "application/vnd.aws.lambda.error+json"

    /// The largest synchronous event or response, 6 MiB plus 100 bytes, in bytes.
    public static let maximumPayloadBytes = 6 * 1024 * 1024 + 100

    /// The environment variable holding the Runtime API's `host:port`.
    public static let endpointVariable = "AWS_LAMBDA_RUNTIME_API"
}
