// SPDX-License-Identifier: Apache-2.0

import Glibc
import LambdaRuntime

extension FunctionHost {
    /// Spawns the bootstrap for a cold start, or returns the `Runtime.InvalidEntrypoint` result when
    /// it is missing, not executable or cannot be started.
    ///
    /// The process starts in the bootstrap's directory, the code root, with `LAMBDA_TASK_ROOT` naming
    /// that directory, as Lambda starts `bootstrap` in `/var/task`. A `LAMBDA_TASK_ROOT` in the
    /// configuration is replaced, because Lambda reserves the variable.
    func startProcess(requestID: String) -> InvocationResult? {
        let path = absolutePath(configuration.bootstrapPath)
        guard access(path, X_OK) == 0 else {
            return invalidEntrypoint(requestID: requestID, reason: "Couldn't find valid bootstrap(s): [\(path)]")
        }

        let generation = state.beginProcess()
        let codeRoot = directory(of: path)
        var environment = configuration.environment
        environment[RuntimeAPI.endpointVariable] = runtimeAPIAddress
        environment[LambdaEnvironment.taskRootVariable] = codeRoot
        do {
            let spawned = try FunctionProcess.spawn(path: path, environment: environment, workingDirectory: codeRoot) {
                [state, terminator] pid, exit in
                terminator.ended(pid)
                state.processExited(exit, generation: generation)
            }
            terminator.started(spawned.pid)
            process = spawned
        } catch {
            state.processExited(.exited(status: 127), generation: generation)
            return invalidEntrypoint(requestID: requestID, reason: error.description)
        }
        return nil
    }

    /// Kills the running process, if any, and waits until it has been reaped.
    func stopProcess() {
        guard let process else { return }
        process.kill()
        state.awaitExit()
        self.process = nil
    }

    private func invalidEntrypoint(requestID: String, reason: String) -> InvocationResult {
        let payload = LambdaErrorPayload(
            errorMessage: "RequestId: \(requestID) Error: \(reason)",
            errorType: "Runtime.InvalidEntrypoint"
        )
        log(PlatformLines.start(requestID: requestID, version: configuration.version))
        logEnd(requestID: requestID, durationMilliseconds: 0, status: "error", errorType: payload.errorType)
        return InvocationResult(
            requestID: requestID,
            kind: .functionError,
            payload: payload.json,
            contentType: nil,
            durationMilliseconds: 0
        )
    }

    /// Logs `END` and `REPORT` for `requestID`.
    func logEnd(
        requestID: String,
        durationMilliseconds: Double,
        initDuration: Double? = nil,
        status: String?,
        errorType: String?
    ) {
        let report = PlatformLines.Report(
            requestID: requestID,
            durationMilliseconds: durationMilliseconds,
            memorySizeMB: configuration.memorySizeMB,
            maxMemoryUsedMB: process?.maxMemoryUsedMB() ?? 0,
            initDurationMilliseconds: initDuration,
            status: status,
            errorType: errorType
        )
        log(PlatformLines.end(requestID: requestID))
        log(PlatformLines.report(report))
    }
}
