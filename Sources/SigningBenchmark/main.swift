// SPDX-License-Identifier: Apache-2.0
// Measures the in-process rate of JWSSigner.sign over the claims TokenFunction signs, for
// scripts/bench, which compares it with the raw rate of Nettle's ecdsa_sign (benchmarks/raw-sign.c).
// Usage: SigningBenchmark [COUNT]; prints one line, "<COUNT> signatures in <seconds> s: <rate>/s".

import Glibc
import TokenCrypto

/// Writes `message` and a line feed to standard error.
func printError(_ message: String) {
    let line = Array((message + "\n").utf8)
    _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

/// Returns the monotonic clock in seconds.
func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let arguments = CommandLine.arguments
let count = arguments.count > 1 ? Int(arguments[1]) ?? 0 : 2000
guard count > 0 else {
    printError("usage: SigningBenchmark [COUNT], where COUNT is a positive number of signatures")
    exit(2)
}
guard let pair = KeyPairPEM.generateP384() else {
    printError("SigningBenchmark: OpenSSL failed to generate a P-384 key")
    exit(1)
}
let key: ES384PrivateKey
do {
    key = try pair.privateKey.withUnsafeBytes { bytes throws(PrivateKeyError) in
        try ES384PrivateKey(pem: Array(bytes))
    }
} catch {
    printError("SigningBenchmark: the generated key is unusable: \(error)")
    exit(1)
}

// The claims of a default token, as TokenFunction signs them for events/get-token.json.
let claims = Array(
    (#"{"aws:channel-arn":"arn:aws:ivs:us-west-2:123456789012:channel/AbCdEfGhIjKl","#
        + #""aws:access-control-allow-origin":"*","exp":1796573328}"#).utf8
)
let signer = JWSSigner(key: key)
var totalLength = 0
let start = monotonicSeconds()
for _ in 0..<count {
    totalLength &+= signer.sign(payload: claims).utf8.count
}
let seconds = monotonicSeconds() - start
// totalLength keeps the optimiser from dropping the tokens; every token has the same length.
print("\(count) signatures in \(seconds) s: \(Double(count) / seconds)/s (\(totalLength / count) bytes each)")
