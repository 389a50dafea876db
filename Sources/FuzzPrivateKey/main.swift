// SPDX-License-Identifier: Apache-2.0

import FuzzDriver
import Glibc
import TokenCrypto

/// Feeds one input to the secret decoder, which tries PEM, JSON, base64 and DER in turn, and signs
/// with any key it accepts.
///
/// libFuzzer calls this for every input it generates. A normal build calls it once for each file
/// named on the command line, which replays a corpus or a crash.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let secret = SecretBytes(UnsafeBufferPointer(start: data, count: size))
    guard let key = try? ES384PrivateKey(secret: secret) else { return 0 }
    let token = JWSSigner(key: key).sign(payload: Array(#"{"a":1}"#.utf8))
    precondition(token.split(separator: ".").count == 3, "a token does not have three parts")
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
