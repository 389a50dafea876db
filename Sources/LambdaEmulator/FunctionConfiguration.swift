// SPDX-License-Identifier: Apache-2.0

/// The function's bootstrap, environment and limits, as the host runs it.
public struct FunctionConfiguration: Sendable {
    /// The executable started as the runtime. A relative path starts from the emulator's working
    /// directory, and the function starts in the directory that contains the executable.
    public var bootstrapPath: String

    /// The process environment, apart from `AWS_LAMBDA_RUNTIME_API` and `LAMBDA_TASK_ROOT`, which the
    /// host sets to the Runtime API address and the bootstrap's directory.
    public var environment: [String: String]

    /// The function timeout in seconds.
    public var timeoutSeconds: Double

    /// The memory size in MB, shown in `REPORT` lines.
    public var memorySizeMB: Int

    /// The ARN sent in the `RuntimeAPI.Header.invokedFunctionARN` header of `/next`.
    public var functionARN: String

    /// The version shown in `START` lines.
    public var version = "$LATEST"

    /// The seconds a cold start may spend before its first `/next`, on top of the timeout; Lambda's is 10.
    public var initTimeoutSeconds = 10.0

    /// Creates a configuration from its required parts.
    public init(
        bootstrapPath: String,
        environment: [String: String],
        timeoutSeconds: Double,
        memorySizeMB: Int,
        functionARN: String
    ) {
        self.bootstrapPath = bootstrapPath
        self.environment = environment
        self.timeoutSeconds = timeoutSeconds
        self.memorySizeMB = memorySizeMB
        self.functionARN = functionARN
    }
}
