// SPDX-License-Identifier: Apache-2.0

/// Accumulates the header lines and body bytes that libcurl's callbacks deliver for one transfer.
final class ResponseCollector {
    private let maximumBodyBytes: Int
    private(set) var headers = HTTPHeaders()
    private(set) var body: [UInt8] = []
    private(set) var exceededLimit = false

    init(maximumBodyBytes: Int) {
        self.maximumBodyBytes = maximumBodyBytes
    }

    /// Appends body bytes, returning `false` to abort the transfer once the limit is exceeded.
    func appendBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard body.count + bytes.count <= maximumBodyBytes else {
            exceededLimit = true
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// Records one raw header line. A status line starts a new header block, so the fields of an
    /// interim `100 Continue` response are dropped.
    func appendHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        // Trimmed as bytes: in Swift "\r\n" is one Character, so it never equals "\n" or "\r".
        var end = bytes.count
        while end > 0 && (bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r")) {
            end -= 1
        }
        let line = String(decoding: bytes[..<end], as: UTF8.self)
        if line.hasPrefix("HTTP/") {
            headers = HTTPHeaders()
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = String(line[..<colon])
        let value = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
        headers.append(name: name, value: String(value))
    }
}
