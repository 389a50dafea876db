// SPDX-License-Identifier: Apache-2.0

import LambdaEmulator
import Testing
import TokenCrypto

/// Runs `invoke` on the repository's bootstrap, template and sample event with the real TokenFunction.
@Suite struct TokenFunctionEndToEndTests {
    /// The repository root, three levels above this file.
    static let repositoryRoot: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return path
    }()

    @Test func getTokenReturnsVerifiableES384Token() throws {
        let directory = try TemporaryDirectory()
        let pair = try #require(KeyPairPEM.generateP384())
        let privateKey = pair.privateKey.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        let keyPath = try directory.write("private.pem", privateKey)
        let root = Self.repositoryRoot

        let result = try Subprocess.run(
            Subprocess.buildDirectory + "/invoke",
            [
                "--bootstrap", root + "/bootstrap", "--template", root + "/template.yaml", "--secret-file", keyPath,
                root + "/events/get-token.json",
            ],
            in: directory
        )
        #expect(result.status == 0)

        let response = try #require(JSONValue.parse(bytes(result.standardOutput))?.objectValue)
        #expect(response["statusCode"] == .number(200))
        let body = try #require(response["body"]?.stringValue)
        let token = try #require(JSONValue.parse(bytes(body))?.objectValue?["token"]?.stringValue)
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        try #require(parts.count == 3)
        let signature = try #require(Base64URL.decode(String(parts[2])))
        #expect(signature.count == 96)
        let message = Array((parts[0] + "." + parts[1]).utf8)
        #expect(KeyPairPEM.verifyES384(signature: signature, message: message, publicKey: pair.publicKey))
        let otherKey = try #require(KeyPairPEM.generateP384()).publicKey
        #expect(!KeyPairPEM.verifyES384(signature: signature, message: message, publicKey: otherKey))
    }
}
