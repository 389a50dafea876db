// SPDX-License-Identifier: Apache-2.0

private import COpenSSL
import Glibc

/// SHA-2 digests and HMAC, computed by OpenSSL's libcrypto.
public enum Digest {
    /// Returns the SHA-256 digest of `bytes` (32 bytes).
    public static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        _ = SHA256(bytes, bytes.count, &output)
        return output
    }

    /// Returns the SHA-384 digest of `bytes` (48 bytes).
    public static func sha384(_ bytes: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(SHA384_DIGEST_LENGTH))
        _ = SHA384(bytes, bytes.count, &output)
        return output
    }

    /// Returns HMAC-SHA-256 of `data` under `key` (32 bytes).
    public static func hmacSHA256(key: [UInt8], data: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        var length: UInt32 = 0
        _ = HMAC(EVP_sha256(), key, Int32(key.count), data, data.count, &output, &length)
        return output
    }
}

/// Key parsing, generation and verification done with OpenSSL, so signatures made by Nettle are checked
/// by an independent implementation.
enum OpenSSLKeys {
    /// Reads the first private key in PEM `text`, skipping other blocks such as `EC PARAMETERS`, and
    /// returns its P-384 scalar as 48 big-endian bytes.
    static func p384Scalar(fromPEM text: [UInt8]) throws(PrivateKeyError) -> SecretBytes {
        let key = text.withUnsafeBytes { bytes -> OpaquePointer? in
            guard let bio = BIO_new_mem_buf(bytes.baseAddress, Int32(bytes.count)) else { return nil }
            defer { BIO_free(bio) }
            return copenssl_read_private_key_pem(bio)
        }
        guard let key else {
            ERR_clear_error()
            throw .noPrivateKey
        }
        defer { EVP_PKEY_free(key) }
        return try p384Scalar(of: key)
    }

    /// Reads a DER private key, PKCS#8 or SEC1, and returns its P-384 scalar as 48 big-endian bytes.
    static func p384Scalar(fromDER der: [UInt8]) throws(PrivateKeyError) -> SecretBytes {
        let key = der.withUnsafeBufferPointer { buffer -> OpaquePointer? in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_AutoPrivateKey(nil, &cursor, buffer.count)
        }
        guard let key else {
            ERR_clear_error()
            throw .noPrivateKey
        }
        defer { EVP_PKEY_free(key) }
        return try p384Scalar(of: key)
    }

    private static func p384Scalar(of key: OpaquePointer) throws(PrivateKeyError) -> SecretBytes {
        guard EVP_PKEY_get_base_id(key) == EVP_PKEY_EC else {
            throw .notEllipticCurve
        }
        var name = [CChar](repeating: 0, count: 64)
        guard EVP_PKEY_get_utf8_string_param(key, copenssl_param_group_name(), &name, name.count, nil) == 1 else {
            throw .unknownCurve("explicit parameters")
        }
        let curve = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard curve == "secp384r1" || curve == "P-384" else {
            throw .unknownCurve(curve)
        }
        var scalar: OpaquePointer? = nil
        guard EVP_PKEY_get_bn_param(key, copenssl_param_private_key(), &scalar) == 1, let scalar else {
            throw .unreadable
        }
        defer { BN_clear_free(scalar) }
        let bytes = SecretBytes(count: P384.scalarLength)
        let written = bytes.withUnsafeMutableBytes { BN_bn2binpad(scalar, $0.baseAddress, Int32($0.count)) }
        guard written == Int32(P384.scalarLength) else {
            throw .unreadable
        }
        return bytes
    }

    /// Generates a P-384 key pair and returns it as SEC1 private PEM and SubjectPublicKeyInfo PEM.
    static func generateP384PEM() -> (privateKey: SecretBytes, publicKey: [UInt8])? {
        guard let key = copenssl_generate_p384_key() else { return nil }
        defer { EVP_PKEY_free(key) }
        let privatePEM = writePEM { PEM_write_bio_PrivateKey_traditional($0, key, nil, nil, 0, nil, nil) }
        let publicPEM = writePEM { PEM_write_bio_PUBKEY($0, key) }
        guard let privatePEM, let publicPEM else { return nil }
        return (SecretBytes(privatePEM), publicPEM)
    }

    /// Derives the SubjectPublicKeyInfo PEM of the private key in PEM `text`.
    static func publicKeyPEM(fromPrivatePEM text: [UInt8]) -> [UInt8]? {
        let key = text.withUnsafeBytes { bytes -> OpaquePointer? in
            guard let bio = BIO_new_mem_buf(bytes.baseAddress, Int32(bytes.count)) else { return nil }
            defer { BIO_free(bio) }
            return copenssl_read_private_key_pem(bio)
        }
        guard let key else { return nil }
        defer { EVP_PKEY_free(key) }
        return writePEM { PEM_write_bio_PUBKEY($0, key) }
    }

    /// Checks a raw `R‖S` ES384 `signature` over `message` with the public key in PEM `publicKey`.
    static func verifyES384(signature: [UInt8], message: [UInt8], publicKey: [UInt8]) -> Bool {
        guard signature.count == 2 * P384.scalarLength, let der = derSignature(fromRaw: signature) else {
            return false
        }
        let key = publicKey.withUnsafeBytes { bytes -> OpaquePointer? in
            guard let bio = BIO_new_mem_buf(bytes.baseAddress, Int32(bytes.count)) else { return nil }
            defer { BIO_free(bio) }
            return PEM_read_bio_PUBKEY(bio, nil, nil, nil)
        }
        guard let key, let context = EVP_MD_CTX_new() else { return false }
        defer {
            EVP_PKEY_free(key)
            EVP_MD_CTX_free(context)
        }
        guard EVP_DigestVerifyInit(context, nil, EVP_sha384(), nil, key) == 1 else { return false }
        return EVP_DigestVerify(context, der, der.count, message, message.count) == 1
    }

    private static func derSignature(fromRaw raw: [UInt8]) -> [UInt8]? {
        let half = P384.scalarLength
        guard let r = BN_bin2bn(raw, Int32(half), nil), let s = BN_bin2bn(Array(raw[half...]), Int32(half), nil),
            let signature = ECDSA_SIG_new()
        else { return nil }
        defer { ECDSA_SIG_free(signature) }
        ECDSA_SIG_set0(signature, r, s)
        var output: UnsafeMutablePointer<UInt8>? = nil
        let length = i2d_ECDSA_SIG(signature, &output)
        guard length > 0, let output else { return nil }
        defer { CRYPTO_free(output, #fileID, #line) }
        return Array(UnsafeBufferPointer(start: output, count: Int(length)))
    }

    private static func writePEM(_ write: (OpaquePointer) -> Int32) -> [UInt8]? {
        guard let bio = BIO_new(BIO_s_mem()) else { return nil }
        defer { BIO_free(bio) }
        guard write(bio) == 1 else { return nil }
        var data: UnsafeMutablePointer<CChar>? = nil
        let length = BIO_ctrl(bio, BIO_CTRL_INFO, 0, &data)
        guard length > 0, let data else { return nil }
        return data.withMemoryRebound(to: UInt8.self, capacity: length) {
            Array(UnsafeBufferPointer(start: $0, count: length))
        }
    }
}
