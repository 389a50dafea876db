// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import Glibc
import LambdaEmulator
import TokenCrypto

/// The private key PEM served as the secret: a file the user names, or a development key pair kept
/// under `.build/invoke/` and reused on later runs.
enum SecretSource {
    /// The largest secret value Secrets Manager stores, 65,536 bytes (its `SecretString` and
    /// `SecretBinary` limit), so a larger `--secret-file` is rejected before the function runs.
    static let maximumSecretBytes = 65_536

    /// Returns the PEM from `secretFile`, or the development key under `root`, creating it once.
    /// - Throws: ``EmulatorError`` when a file cannot be read or written.
    static func load(secretFile: String?, root: String) throws -> [UInt8] {
        if let secretFile { return try readFile(atPath: secretFile, maximumBytes: maximumSecretBytes) }
        let directory = root + "/.build/invoke"
        let privatePath = directory + "/development-private-key.pem"
        let publicPath = directory + "/development-public-key.pem"
        if access(privatePath, R_OK) != 0 {
            try createKeyPair(directory: directory, privatePath: privatePath, publicPath: publicPath)
        }
        writeStandardError("invoke: signing with the development key; its public key is \(publicPath)\n")
        return try readFile(atPath: privatePath)
    }

    private static func createKeyPair(directory: String, privatePath: String, publicPath: String) throws {
        guard let pair = KeyPairPEM.generateP384() else {
            throw SecretSourceError(message: "OpenSSL failed to generate a P-384 development key")
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try pair.privateKey.withUnsafeBytes { bytes in
            try writeNewFile(privatePath, bytes, mode: 0o600)
        }
        try pair.publicKey.withUnsafeBytes { bytes in
            try writeNewFile(publicPath, bytes, mode: 0o644)
        }
    }

    /// Writes `bytes` to a new file at `path` with permissions `mode`, replacing any older file.
    private static func writeNewFile(_ path: String, _ bytes: UnsafeRawBufferPointer, mode: mode_t) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw SecretSourceError(message: "cannot create \(path): errno \(errno)") }
        defer { close(descriptor) }
        guard write(descriptor, bytes.baseAddress, bytes.count) == bytes.count else {
            throw SecretSourceError(message: "cannot write \(path): errno \(errno)")
        }
    }
}

/// A development key that could not be created; the message names the file, never the key.
struct SecretSourceError: Error, CustomStringConvertible {
    let message: String

    var description: String { message }
}
