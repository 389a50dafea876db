// SPDX-License-Identifier: Apache-2.0

import FuzzDriver
import Glibc
import SecretsManager
import TokenCrypto

/// Feeds one input to the `GetSecretValue` reply reader as a reply body.
///
/// libFuzzer calls this for every input it generates. A normal build calls it once for each file
/// named on the command line, which replays a corpus or a crash.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let body = Array(UnsafeBufferPointer(start: data, count: size))
    guard let value = try? SecretValue(replyBody: body) else { return 0 }
    let rendering = String(reflecting: value)
    precondition(rendering.contains("redacted, \(value.bytes.count) bytes"), "a secret value is not redacted")
    return 0
}

#if FUZZING
    /// The name libFuzzer's runtime links against; the driver itself calls the callback it is given.
    @_cdecl("LLVMFuzzerTestOneInput")
    func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        fuzzOneInput(data, size)
    }
#endif

exit(FuzzDriver.run(argc: CommandLine.argc, argv: CommandLine.unsafeArgv, callback: fuzzOneInput))
