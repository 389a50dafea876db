// SPDX-License-Identifier: Apache-2.0

import LambdaEmulator

/// The `invoke` command: parse, prepare the function, then replay events or serve the Invoke API.
enum InvokeCommand {
    /// Exit status when every invocation returned a response.
    static let success: Int32 = 0
    /// Exit status when any invocation failed or the emulator could not start.
    static let failure: Int32 = 1
    /// Exit status for a command line that cannot run.
    static let usageError: Int32 = 2

    /// Runs the command with `arguments`, without the program name, and returns the exit status.
    static func run(arguments: [String]) -> Int32 {
        let options: InvokeOptions
        do {
            options = try InvokeOptions.parse(arguments)
        } catch {
            writeStandardError("invoke: \(error.message)\n\n\(InvokeOptions.usage)\n")
            return usageError
        }
        if options.showHelp {
            writeStandardOutputLine(Array(InvokeOptions.usage.utf8))
            return success
        }

        let prepared: PreparedFunction
        let events: [EventSources.Event]
        do {
            events = try EventSources.load(options.eventSources)
            prepared = try PreparedFunction.prepare(options)
        } catch {
            writeStandardError("invoke: \(error)\n")
            return usageError
        }
        return options.serve ? serve(prepared, port: options.port) : replay(prepared, events, options)
    }

    private static func replay(_ prepared: PreparedFunction, _ events: [EventSources.Event], _ options: InvokeOptions)
        -> Int32
    {
        let host: FunctionHost
        do {
            host = try FunctionHost(configuration: prepared.configuration, log: { writeStandardError($0 + "\n") })
        } catch {
            writeStandardError("invoke: \(error)\n")
            return failure
        }
        let terminator = host.terminator
        TerminationSignals.onSignal { terminator.killGroup() }
        let allSucceeded = Replay(
            host: host,
            events: events,
            repeatCount: options.repeatCount,
            statisticsPath: options.statisticsPath
        )
        .run()
        host.shutdown()
        return allSucceeded ? success : failure
    }

    private static func serve(_ prepared: PreparedFunction, port: UInt16) -> Int32 {
        do {
            let host = try FunctionHost(configuration: prepared.configuration, log: { writeStandardError($0 + "\n") })
            let server = try InvokeAPIServer(host: host, port: port)
            writeStandardError(
                "invoke: serving http://127.0.0.1:\(server.port)/2015-03-31/functions/function/invocations; "
                    + "stop with Ctrl-C\n"
            )
            let signal = TerminationSignals.wait()
            writeStandardError("invoke: stopping after signal \(signal)\n")
            let dropped = server.stop()
            if dropped > 0 {
                let noun = dropped == 1 ? "invocation" : "invocations"
                writeStandardError("invoke: dropped \(dropped) queued Event \(noun) that had not started\n")
            }
            return success
        } catch {
            writeStandardError("invoke: \(error)\n")
            return failure
        }
    }
}
