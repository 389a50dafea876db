// SPDX-License-Identifier: Apache-2.0

/// Reads the framing of a raw HTTP/1.1 request head, the bytes up to and including the empty line.
enum RequestHead {
    /// Returns the number of bytes of the head at the start of `bytes`, or `nil` while it is incomplete.
    ///
    /// The head ends at an empty line; lines may end in CRLF or in a bare LF, as libmicrohttpd accepts.
    static func length(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while let lineFeed = bytes[index...].firstIndex(of: 0x0A) {
            let next = bytes.index(after: lineFeed)
            if next < bytes.endIndex, bytes[next] == 0x0A { return next + 1 - bytes.startIndex }
            let afterNext = next + 1
            if afterNext < bytes.endIndex, bytes[next] == 0x0D, bytes[afterNext] == 0x0A {
                return afterNext + 1 - bytes.startIndex
            }
            index = next
        }
        return nil
    }

    /// Returns the first `Content-Length` value in `head` that libmicrohttpd would reject, if any.
    ///
    /// A request with `Transfer-Encoding` is not checked, because libmicrohttpd then ignores
    /// `Content-Length`.
    static func contentLengthFault(in head: ArraySlice<UInt8>) -> ContentLengthFault? {
        var lengths: [String] = []
        for line in head.split(separator: 0x0A).dropFirst() {
            guard let colon = line.firstIndex(of: 0x3A) else { continue }
            let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
            let value = trimmed(line[(colon + 1)...])
            if name == "transfer-encoding" { return nil }
            if name == "content-length" { lengths.append(value) }
        }
        for value in lengths {
            guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                return .notANumber(value)
            }
            guard UInt64(value) != nil else { return .tooLarge(value) }
        }
        return nil
    }

    /// Returns `value` as text without the spaces, tabs and carriage return around it.
    private static func trimmed(_ value: ArraySlice<UInt8>) -> String {
        let isPadding: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        let start = value.firstIndex { !isPadding($0) } ?? value.endIndex
        let end = value.lastIndex { !isPadding($0) }.map { value.index(after: $0) } ?? start
        return String(decoding: value[start..<max(start, end)], as: UTF8.self)
    }
}
