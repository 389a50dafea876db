// SPDX-License-Identifier: Apache-2.0

import TokenCrypto

/// The canonical form of a request that SigV4 hashes, built from the request as it is sent.
struct SigV4Canonical {
    /// The canonical request: method, URI, query, headers, signed header names and payload hash.
    let text: String

    /// The lowercase names of the signed headers, sorted and joined by `;`.
    let signedHeaders: String

    /// Builds the canonical request; every header in `headers` is signed.
    init(method: String, target: String, headers: [(name: String, value: String)], body: [UInt8]) {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let (canonicalHeaders, names) = Self.canonicalHeaders(headers)
        signedHeaders = names.joined(separator: ";")
        text = [
            method,
            Self.canonicalURI(String(parts[0])),
            Self.canonicalQuery(parts.count > 1 ? String(parts[1]) : ""),
            canonicalHeaders,
            signedHeaders,
            Hex.lowercase(Digest.sha256(body)),
        ].joined(separator: "\n")
    }

    /// Removes `.`, `..` and empty segments, keeps a trailing `/`, then percent-encodes each byte
    /// other than unreserved characters and `/`. A `%` already in the path is encoded again,
    /// because every service except S3 expects double encoding.
    static func canonicalURI(_ path: String) -> String {
        let rawSegments = path.split(separator: "/", omittingEmptySubsequences: false)
        var segments: [Substring] = []
        for segment in rawSegments {
            switch segment {
            case "", ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        guard !segments.isEmpty else { return "/" }

        let last = rawSegments.last ?? ""
        let trailingSlash = last.isEmpty || last == "." || last == ".."
        let joined = "/" + segments.joined(separator: "/") + (trailingSlash ? "/" : "")
        return PercentEncoding.encode(Array(joined.utf8), keepingSlash: true)
    }

    /// Decodes each name and value, encodes them again, and sorts the pairs by name, then value.
    static func canonicalQuery(_ query: String) -> String {
        var pairs: [(name: String, value: String)] = []
        for component in query.split(separator: "&") {
            let field = component.split(
                separator: "=",
                maxSplits: 1,
                omittingEmptySubsequences: false
            )
            let name = PercentEncoding.decode(Array(field[0].utf8))
            let value = field.count > 1 ? PercentEncoding.decode(Array(field[1].utf8)) : []
            pairs.append((PercentEncoding.encode(name), PercentEncoding.encode(value)))
        }
        pairs.sort { lhs, rhs in
            lhs.name == rhs.name
                ? lhs.value.utf8.lexicographicallyPrecedes(rhs.value.utf8)
                : lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8)
        }
        return pairs.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
    }

    /// Returns the canonical header block, one `name:value\n` line per name, and the sorted names.
    ///
    /// Names are lowercased; values are trimmed and runs of whitespace, line breaks included,
    /// become one space. Repeated names join their values with `,` in arrival order.
    static func canonicalHeaders(_ headers: [(name: String, value: String)]) -> (
        block: String, names: [String]
    ) {
        var values: [String: [String]] = [:]
        for (name, value) in headers {
            values[name.lowercased(), default: []].append(squeezeWhitespace(value))
        }
        let names = values.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let block = names.map { "\($0):\(values[$0, default: []].joined(separator: ","))\n" }
            .joined()
        return (block, names)
    }

    private static func squeezeWhitespace(_ value: String) -> String {
        value.split(whereSeparator: {
            $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n"
        })
        .joined(separator: " ")
    }
}
