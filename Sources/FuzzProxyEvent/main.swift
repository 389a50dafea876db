// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import FuzzDriver
import Glibc
import LambdaRuntime
import TokenVendor

/// Feeds one input to the handler as a Lambda event and checks any result: a proxy response whose
/// header values are printable ASCII and whose `Access-Control-Allow-Origin` has only origin characters.
///
/// libFuzzer calls this for every input it generates. A normal build calls it once for each file
/// named on the command line, which replays a corpus or a crash.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let configuration = FuzzHarness.configuration, let context = FuzzHarness.context else {
        preconditionFailure("the fuzz harness could not be set up")
    }
    var handler = TokenHandler(configuration: configuration, keySource: FixedKeySource(key: FuzzHarness.key))
    let event = Array(UnsafeBufferPointer(start: data, count: size))
    guard let response = try? handler.handle(event, context: context) else { return 0 }

    guard let shape = try? JSONDecoder().decode(ResponseShape.self, from: Data(response)) else {
        preconditionFailure("a response is not a proxy response")
    }
    for value in shape.headers.values {
        precondition(value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }, "a header value has a control byte")
    }
    let allowOrigin = shape.headers["Access-Control-Allow-Origin"] ?? ""
    let originBytes = allowOrigin.utf8.drop { $0 != UInt8(ascii: "/") }
    precondition(
        allowOrigin == "*" || originBytes.allSatisfy(ResponseShape.isOriginByte),
        "Access-Control-Allow-Origin has a byte no origin host has"
    )
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
