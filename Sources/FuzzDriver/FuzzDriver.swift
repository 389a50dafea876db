// SPDX-License-Identifier: Apache-2.0

private import CLibFuzzer
import FoundationEssentials

/// Starts a fuzz target: libFuzzer in a `-sanitize=fuzzer -D FUZZING` build, else a replay of files.
package enum FuzzDriver {
    /// The function libFuzzer calls with each input; it returns 0.
    package typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    /// Runs `callback` under libFuzzer with the process's command line, or, in a normal build, once on
    /// the contents of each file named on the command line, and returns the exit status.
    package static func run(
        argc: Int32,
        argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
        callback: Callback
    ) -> Int32 {
        #if FUZZING
            var count = argc
            var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
            return LLVMFuzzerRunDriver(&count, &arguments, callback)
        #else
            for index in 1..<Int(max(argc, 1)) {
                guard let path = argv[index] else { continue }
                let bytes = [UInt8](FileManager.default.contents(atPath: String(cString: path)) ?? Data())
                _ = bytes.withUnsafeBufferPointer { callback($0.baseAddress, $0.count) }
            }
            return 0
        #endif
    }
}
