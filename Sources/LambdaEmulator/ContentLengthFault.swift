// SPDX-License-Identifier: Apache-2.0

/// A `Content-Length` request header that libmicrohttpd would reject with its own HTML error page.
public enum ContentLengthFault: Sendable, Equatable {
    /// The value is not a decimal number of bytes, such as `-5`, `abc`, `0x10` or an empty value.
    case notANumber(String)

    /// The value is a decimal number too large for 64 bits.
    case tooLarge(String)
}
