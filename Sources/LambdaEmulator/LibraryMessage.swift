// SPDX-License-Identifier: Apache-2.0

/// Rewrites libmicrohttpd's log messages as single plain-text lines for the emulator's log.
enum LibraryMessage {
    /// The start of the message libmicrohttpd logs after it sends its own error page for a request.
    static let errorResponsePrefix = "Error processing request (HTTP response code is "

    /// Returns `message` on one line, with an error response's HTML page reduced to its status and text.
    ///
    /// For example, libmicrohttpd 0.9.75 logs `Error processing request (HTTP response code is 400
    /// ('<html>…<body>Your HTTP chunked encoding was syntactically incorrect.</body></html>')). Closing
    /// connection.`, which becomes `Rejected a request with status 400: Your HTTP chunked encoding was
    /// syntactically incorrect.`
    static func line(from message: String) -> String {
        let flat = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.hasPrefix(errorResponsePrefix),
            let bodyStart = flat.firstRange(of: "<body>"),
            let bodyEnd = flat.firstRange(of: "</body>"),
            bodyStart.upperBound <= bodyEnd.lowerBound
        else { return flat }
        let status = flat.dropFirst(errorResponsePrefix.count).prefix { $0.isNumber }
        let text = plainText(flat[bodyStart.upperBound..<bodyEnd.lowerBound])
        return "Rejected a request with status \(status): \(text)"
    }

    /// Returns `html` without tags and with the `&quot;`, `&lt;`, `&gt;` and `&amp;` entities decoded.
    private static func plainText(_ html: Substring) -> String {
        var text = ""
        var insideTag = false
        for character in html {
            switch character {
            case "<": insideTag = true
            case ">" where insideTag: insideTag = false
            default: if !insideTag { text.append(character) }
            }
        }
        return text.replacing("&quot;", with: "\"").replacing("&lt;", with: "<").replacing("&gt;", with: ">")
            .replacing("&amp;", with: "&")
    }
}
