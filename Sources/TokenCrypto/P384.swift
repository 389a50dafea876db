// SPDX-License-Identifier: Apache-2.0

/// Sizes fixed by the P-384 curve (SEC 2 section 2.5.1) and its JWS signature form (RFC 7518 section 3.4).
public enum P384 {
    /// The length of a private scalar and of each signature half, in bytes.
    public static let scalarLength = 48

    /// The length of a raw `R‖S` signature, in bytes.
    public static let signatureLength = 96
}
