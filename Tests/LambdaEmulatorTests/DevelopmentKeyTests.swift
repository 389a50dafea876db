// SPDX-License-Identifier: Apache-2.0

import LambdaEmulator
import Testing
import TokenCrypto

/// Runs `invoke` without `--secret-file` from a directory without `Package.swift`, so the
/// development key lands in that directory's `.build/invoke/`.
@Suite struct DevelopmentKeyTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
        try directory.write("bootstrap", Bootstraps.fetchesSecret, executable: true)
    }

    /// Runs invoke in the temporary directory through `/bin/sh`, since `posix_spawn` cannot change
    /// the working directory, and returns the `SecretString` the function received.
    private func secretSeenByFunction() throws -> (result: SubprocessResult, secret: String?) {
        let command = #"cd "$1" && exec "$2" --bootstrap ./bootstrap -"#
        let result = try Subprocess.run(
            "/bin/sh",
            ["-c", command, "sh", directory.path, Subprocess.buildDirectory + "/invoke"],
            input: "{}",
            in: directory
        )
        let secret = JSONValue.parse(bytes(result.standardOutput))?.objectValue?["SecretString"]?.stringValue
        return (result, secret)
    }

    @Test func keyIsCreatedOnceAndServed() throws {
        let first = try secretSeenByFunction()
        let second = try secretSeenByFunction()
        let keyDirectory = directory.path + "/.build/invoke"
        let privateKey = try readFile(atPath: keyDirectory + "/development-private-key.pem")
        let publicKey = try readFile(atPath: keyDirectory + "/development-public-key.pem")

        #expect(first.result.status == 0)
        #expect(first.secret == text(privateKey))
        #expect(second.secret == text(privateKey))
        #expect(KeyPairPEM.publicKey(fromPrivateKey: privateKey) == publicKey)
        #expect(first.result.standardError.contains("its public key is \(keyDirectory)/development-public-key.pem"))
        #expect(!first.result.standardError.contains("PRIVATE KEY"))
    }

    @Test func secretNameDefaultsWithoutTemplate() throws {
        let (result, secret) = try secretSeenByFunction()
        #expect(result.status == 0)
        #expect(secret?.hasPrefix("-----BEGIN ") == true)
        #expect(result.standardError.contains("no template.yaml"))
    }
}
