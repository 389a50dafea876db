// SPDX-License-Identifier: Apache-2.0

import Testing
import TokenCrypto

@Suite struct ES384PrivateKeyTests {
    static let sec1 = Array(KeyFixtures.sec1.utf8)
    static let publicKey = Array(KeyFixtures.publicKey.utf8)

    /// The same key in the forms people paste into Secrets Manager.
    static let storedForms: [(String, String)] = [
        ("SEC1 PEM", KeyFixtures.sec1),
        ("PKCS#8 PEM", KeyFixtures.pkcs8),
        ("CRLF line endings", KeyFixtures.pkcs8.replacingOccurrences("\n", with: "\r\n")),
        ("collapsed to one line", KeyFixtures.sec1.replacingOccurrences("\n", with: " ")),
        ("literal \\n escapes", KeyFixtures.sec1.replacingOccurrences("\n", with: "\\n")),
        ("indented lines", KeyFixtures.pkcs8.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")),
        ("JSON privateKey field", #"{"privateKey":"\#(KeyFixtures.pkcs8.replacingOccurrences("\n", with: "\\n"))"}"#),
        (
            "JSON private_key field",
            #"{"kid":"k1","private_key":"\#(KeyFixtures.sec1.replacingOccurrences("\n", with: "\\n"))"}"#
        ),
        ("base64 of the PEM", base64(Array(KeyFixtures.sec1.utf8))),
        ("base64 of PKCS#8 DER", pemBody(KeyFixtures.pkcs8)),
        ("trailing blank lines", KeyFixtures.sec1 + "\n\n\n"),
    ]

    @Test(arguments: storedForms)
    func storedFormSignsVerifiably(name: String, secret: String) throws {
        let key = try ES384PrivateKey(secret: SecretBytes(Array(secret.utf8)))
        let message = Array("header.payload".utf8)

        let signature = key.signature(forDigest: Digest.sha384(message))

        #expect(KeyPairPEM.verifyES384(signature: signature, message: message, publicKey: Self.publicKey))
    }

    @Test func parametersBlockIsSkipped() throws {
        let key = try ES384PrivateKey(pem: Array(KeyFixtures.withParameters.utf8))
        let message = Array("a.b".utf8)

        let signature = key.signature(forDigest: Digest.sha384(message))

        #expect(
            KeyPairPEM.verifyES384(
                signature: signature,
                message: message,
                publicKey: Array(KeyFixtures.withParametersPublicKey.utf8)
            )
        )
        #expect(!KeyPairPEM.verifyES384(signature: signature, message: message, publicKey: Self.publicKey))
    }

    @Test func rawDERIsAccepted() throws {
        let der = try #require(Base64URLTests.standardBase64Decode(pemBody(KeyFixtures.pkcs8)))
        let key = try ES384PrivateKey(der: der)
        let message = Array("x.y".utf8)

        #expect(
            KeyPairPEM.verifyES384(
                signature: key.signature(forDigest: Digest.sha384(message)),
                message: message,
                publicKey: Self.publicKey
            )
        )
    }

    @Test(arguments: [
        (KeyFixtures.p256, PrivateKeyError.unknownCurve("prime256v1")),
        (KeyFixtures.rsa, PrivateKeyError.notEllipticCurve),
        (KeyFixtures.encrypted, PrivateKeyError.encryptedKey),
        (KeyFixtures.publicKey, PrivateKeyError.noPrivateKey),
        ("not a key at all", PrivateKeyError.noPrivateKey),
        ("", PrivateKeyError.noPrivateKey),
    ])
    func unusableKeyIsRejected(secret: String, expected: PrivateKeyError) {
        #expect(throws: expected) {
            try ES384PrivateKey(secret: SecretBytes(Array(secret.utf8)))
        }
    }

    @Test func wrongCurveMessageNamesTheCurveOnly() {
        let error = PrivateKeyError.unknownCurve("prime256v1")

        #expect(
            error.description == "the private key is on curve prime256v1; IVS playback keys must be P-384 (secp384r1)"
        )
    }

    /// OpenSSL 3 recognises explicit parameters equal to P-384's, which other parsers reject.
    @Test func explicitCurveParametersOfP384AreAccepted() throws {
        let key = try ES384PrivateKey(secret: SecretBytes(Array(KeyFixtures.explicitParameters.utf8)))
        let message = Array("e.p".utf8)

        #expect(
            KeyPairPEM.verifyES384(
                signature: key.signature(forDigest: Digest.sha384(message)),
                message: message,
                publicKey: Self.publicKey
            )
        )
    }

    @Test func thousandSignaturesAreAll96BytesAndVerify() throws {
        let key = try ES384PrivateKey(pem: Self.sec1)
        let signer = JWSSigner(key: key)

        for index in 0..<1000 {
            let token = signer.sign(payload: Array("{\"n\":\(index)}".utf8))
            let parts = token.split(separator: ".", omittingEmptySubsequences: false)
            try #require(parts.count == 3)
            let signature = try #require(Base64URL.decode(String(parts[2])))
            #expect(signature.count == 96)
            #expect(parts[2].count == 128)
            let signingInput = Array("\(parts[0]).\(parts[1])".utf8)
            #expect(KeyPairPEM.verifyES384(signature: signature, message: signingInput, publicKey: Self.publicKey))
        }
    }

    @Test func tamperedPayloadFailsVerification() throws {
        let token = JWSSigner(key: try ES384PrivateKey(pem: Self.sec1)).sign(payload: Array(#"{"exp":1}"#.utf8))
        let parts = token.split(separator: ".").map(String.init)
        let tampered = Array("\(parts[0]).\(Base64URL.encode(Array(#"{"exp":2}"#.utf8)))".utf8)
        let signature = try #require(Base64URL.decode(parts[2]))

        #expect(!KeyPairPEM.verifyES384(signature: signature, message: tampered, publicKey: Self.publicKey))
    }

    @Test func headerIsES384JWT() throws {
        let token = JWSSigner(key: try ES384PrivateKey(pem: Self.sec1)).sign(payload: Array("{}".utf8))
        let header = try #require(Base64URL.decode(String(token.prefix { $0 != "." })))

        #expect(String(decoding: header, as: UTF8.self) == #"{"alg":"ES384","typ":"JWT"}"#)
    }

    @Test func renderingsRevealNoKeyMaterial() throws {
        let secret = SecretBytes(Self.sec1)
        let key = try ES384PrivateKey(secret: secret)
        var dumped = ""
        dump(key, to: &dumped)
        dump(secret, to: &dumped)
        let renderings = ["\(key)", String(reflecting: key), "\(secret)", String(reflecting: secret), dumped]

        for rendering in renderings {
            #expect(!rendering.contains("MIG"))
            #expect(!rendering.contains("BEGIN"))
        }
        #expect("\(key)" == "ES384PrivateKey(redacted)")
        #expect("\(secret)" == "SecretBytes(redacted, \(Self.sec1.count) bytes)")
    }
}

/// Returns the base64 body of a PEM block on one line.
func pemBody(_ pem: String) -> String {
    pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
}

/// Returns standard base64 with padding.
func base64(_ bytes: [UInt8]) -> String {
    var text = Base64URL.encode(bytes).replacingOccurrences("-", with: "+").replacingOccurrences("_", with: "/")
    while text.count % 4 != 0 { text += "=" }
    return text
}

extension String {
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
