// SPDX-License-Identifier: Apache-2.0

import Glibc

/// The environment Lambda gives a `provided.*` function, apart from `AWS_LAMBDA_RUNTIME_API`.
///
/// Source: https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html
public struct LambdaEnvironment: Sendable {
    /// The function name.
    public var functionName: String
    /// The region, set as both `AWS_REGION` and `AWS_DEFAULT_REGION`.
    public var region: String
    /// The memory size in MB.
    public var memorySizeMB: Int
    /// The template's `Handler` string.
    public var handler: String
    /// The directory of the bootstrap, standing in for `/var/task`; the host sets the same value
    /// when it starts the function there.
    public var taskRoot: String
    /// The credentials handed to the function.
    public var credentials: TemporaryCredentials

    /// Creates the description of one function's environment.
    public init(
        functionName: String,
        region: String,
        memorySizeMB: Int,
        handler: String,
        taskRoot: String,
        credentials: TemporaryCredentials
    ) {
        self.functionName = functionName
        self.region = region
        self.memorySizeMB = memorySizeMB
        self.handler = handler
        self.taskRoot = taskRoot
        self.credentials = credentials
    }

    /// The name of the variable that contains the code root, `/var/task` on Lambda.
    public static let taskRootVariable = "LAMBDA_TASK_ROOT"

    /// The variables, named as Lambda names them.
    public var variables: [String: String] {
        [
            "_HANDLER": handler,
            Self.taskRootVariable: taskRoot,
            "LAMBDA_RUNTIME_DIR": "/var/runtime",
            "AWS_REGION": region,
            "AWS_DEFAULT_REGION": region,
            "AWS_EXECUTION_ENV": "AWS_Lambda_provided",
            "AWS_LAMBDA_FUNCTION_NAME": functionName,
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": String(memorySizeMB),
            "AWS_LAMBDA_LOG_GROUP_NAME": "/aws/lambda/\(functionName)",
            "AWS_LAMBDA_LOG_STREAM_NAME": Self.logStreamName(),
            "AWS_LAMBDA_INITIALIZATION_TYPE": "on-demand",
            "AWS_ACCESS_KEY_ID": credentials.accessKeyID,
            "AWS_SECRET_ACCESS_KEY": credentials.secretAccessKey,
            "AWS_SESSION_TOKEN": credentials.sessionToken,
            "LANG": "en_US.UTF-8",
            "TZ": ":UTC",
            "PATH": "/usr/local/bin:/usr/bin/:/bin:/opt/bin",
        ]
    }

    /// Returns a stream name shaped like Lambda's: `YYYY/MM/DD/[$LATEST]` and 32 hex digits.
    static func logStreamName() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let month = parts.tm_mon + 1
        let day = parts.tm_mday
        let date = "\(parts.tm_year + 1900)/\(month < 10 ? "0" : "")\(month)/\(day < 10 ? "0" : "")\(day)"
        return "\(date)/[$LATEST]\(RandomIdentifiers.hex(count: 32))"
    }
}
