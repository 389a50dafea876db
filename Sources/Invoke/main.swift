// SPDX-License-Identifier: Apache-2.0

import Glibc
import LambdaEmulator

// Blocked before any thread starts, so every thread inherits the mask and a signal thread or the
// serve loop can kill the function's process group before invoke exits.
TerminationSignals.block()
exit(InvokeCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))
