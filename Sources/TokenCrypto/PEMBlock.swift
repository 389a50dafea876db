// SPDX-License-Identifier: Apache-2.0

/// One `-----BEGIN <label>-----` … `-----END <label>-----` block of PEM text (RFC 7468).
struct PEMBlock {
    /// The label, such as `EC PRIVATE KEY`.
    let label: String

    /// The text between the boundary lines.
    let body: ArraySlice<UInt8>

    private static let begin = Array("-----BEGIN ".utf8)
    private static let end = Array("-----END ".utf8)
    private static let dashes = Array("-----".utf8)

    /// Returns the first block whose label ends in `PRIVATE KEY`, skipping others such as `EC PARAMETERS`.
    static func firstPrivateKey(in text: [UInt8]) -> PEMBlock? {
        var searchStart = text.startIndex
        while let block = next(in: text, from: &searchStart) {
            if block.label.hasSuffix("PRIVATE KEY") { return block }
        }
        return nil
    }

    /// Decodes the body, whatever its wrapping or line endings.
    /// - Throws: ``PrivateKeyError/encryptedKey`` for encrypted keys, ``PrivateKeyError/noPrivateKey``
    ///   when the body is not base64.
    func derBytes() throws(PrivateKeyError) -> [UInt8] {
        if label == "ENCRYPTED PRIVATE KEY" || body.starts(with: Array("Proc-Type".utf8)) || contains("ENCRYPTED") {
            throw .encryptedKey
        }
        guard let der = Base64.decodeLeniently(body) else { throw .noPrivateKey }
        return der
    }

    private func contains(_ word: String) -> Bool {
        let needle = Array(word.utf8)
        return body.indices.contains { body[$0...].starts(with: needle) }
    }

    private static func next(in text: [UInt8], from start: inout Int) -> PEMBlock? {
        guard let beginIndex = firstIndex(of: begin, in: text, from: start) else { return nil }
        let labelStart = beginIndex + begin.count
        guard let labelEnd = firstIndex(of: dashes, in: text, from: labelStart) else { return nil }
        let label = String(decoding: text[labelStart..<labelEnd], as: UTF8.self)
        let bodyStart = labelEnd + dashes.count
        let footer = end + Array(label.utf8) + dashes
        guard let footerIndex = firstIndex(of: footer, in: text, from: bodyStart) else { return nil }
        start = footerIndex + footer.count
        return PEMBlock(label: label, body: text[bodyStart..<footerIndex])
    }

    private static func firstIndex(of needle: [UInt8], in text: [UInt8], from start: Int) -> Int? {
        guard needle.count <= text.count - start else { return nil }
        var index = start
        while index + needle.count <= text.count {
            if text[index] == needle[0] && text[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
