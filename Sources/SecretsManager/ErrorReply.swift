// SPDX-License-Identifier: Apache-2.0

import HTTPClient
import JSONText

/// The type, message and request ID of an error reply, read from AWS JSON, moto's XML, or headers.
struct ErrorReply: Equatable {
    /// The sanitised error type, or `nil` when the reply names none (an HTML error page, say).
    let type: String?

    /// The message with control characters replaced and its length capped, or `nil`.
    let message: String?

    /// The `x-amzn-RequestId` header.
    let requestID: String?

    private static let maximumMessageLength = 300

    /// Reads the type from `__type` or `code` in a JSON body, the `X-Amzn-ErrorType` header, or the
    /// `<Code>` element of an XML body, in that order. The message comes from `message` or
    /// `Message`, or the XML `<Message>` element.
    init(headers: HTTPHeaders, body: [UInt8]) {
        let json = JSONReply.strings(in: body, named: ["__type", "code", "message", "Message"])
        let text = json == nil ? String(decoding: body.prefix(16_384), as: UTF8.self) : ""
        let rawType =
            json?["__type"] ?? json?["code"] ?? headers["X-Amzn-ErrorType"]
            ?? Self.xmlElement("Code", in: text)
        let rawMessage =
            json?["message"] ?? json?["Message"]
            ?? Self.xmlElement("Message", in: text)
        type = rawType.flatMap(Self.sanitizedType)
        message = rawMessage.map(Self.sanitizedMessage)
        requestID = (headers["x-amzn-RequestId"] ?? headers["x-amz-request-id"]).flatMap(
            Self.sanitizedType
        )
    }

    /// Keeps what precedes the first `:` and follows the first `#`, as the AWS JSON protocols
    /// specify, so `aws.x#FooError:http://…` gives `FooError`. Returns `nil` unless the rest is 1 to
    /// 128 letters, digits, `-`, `_` or `.`.
    static func sanitizedType(_ raw: String) -> String? {
        var type = Substring(raw)
        if let colon = type.firstIndex(of: ":") {
            type = type[..<colon]
        }
        if let hash = type.firstIndex(of: "#") {
            type = type[type.index(after: hash)...]
        }
        type = type.drop { $0 == " " }
        while type.last == " " {
            type = type.dropLast()
        }
        let allowed = type.unicodeScalars.allSatisfy {
            $0.isASCII
                && ($0.properties.isAlphabetic || ("0"..."9").contains($0)
                    || "-_.".unicodeScalars.contains($0))
        }
        guard allowed, (1...128).contains(type.count) else { return nil }
        return String(type)
    }

    private static func sanitizedMessage(_ raw: String) -> String {
        let cleaned = String(
            raw.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : Character($0) }
        )
        guard cleaned.count > maximumMessageLength else { return cleaned }
        return String(cleaned.prefix(maximumMessageLength)) + "…"
    }

    /// Returns the text of the first `<name>…</name>` element, with the five XML entities decoded.
    private static func xmlElement(_ name: String, in text: String) -> String? {
        guard let open = text.firstRange(ofText: "<\(name)>"),
            let close = text[open.upperBound...].firstRange(ofText: "</\(name)>")
        else { return nil }
        return decodingEntities(text[open.upperBound..<close.lowerBound])
    }

    private static let entities: [(name: String, character: Character)] = [
        ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&"),
    ]

    /// Replaces each entity in one pass from the left, so `&amp;lt;` gives `&lt;`, not `<`.
    private static func decodingEntities(_ text: Substring) -> String {
        var decoded = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let entity = entities.first(where: { text[index...].starts(with: $0.name) }) {
                decoded.append(entity.character)
                index = text.index(index, offsetBy: entity.name.count)
            } else {
                decoded.append(text[index])
                text.formIndex(after: &index)
            }
        }
        return decoded
    }
}
