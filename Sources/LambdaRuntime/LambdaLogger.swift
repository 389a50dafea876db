// SPDX-License-Identifier: Apache-2.0

import Glibc
import JSONText

/// Writes application log lines as Lambda's advanced logging controls expect them.
///
/// Plain text by default; with `AWS_LAMBDA_LOG_FORMAT=JSON`, one JSON object per line with `timestamp`,
/// `level`, `requestId` and `message`, so Lambda can filter by level. `AWS_LAMBDA_LOG_LEVEL` sets the
/// lowest level written (default `INFO`). Messages are constant; values go into `metadata` under dotted
/// keys, and secrets never go into either.
/// Source: https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-log-level.html
public struct LambdaLogger: Sendable {
    /// Log levels, in Lambda's order.
    public enum Level: Int, Sendable, Comparable, CaseIterable {
        case trace, debug, info, warn, error, fatal

        /// The name Lambda uses, such as `INFO`.
        public var name: String {
            switch self {
            case .trace: "TRACE"
            case .debug: "DEBUG"
            case .info: "INFO"
            case .warn: "WARN"
            case .error: "ERROR"
            case .fatal: "FATAL"
            }
        }

        /// Orders levels from `trace` to `fatal`.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The line format.
    public enum Format: Sendable {
        case text, json
    }

    /// The lowest level written.
    public let minimumLevel: Level

    /// The line format.
    public let format: Format

    /// The request ID attached to each line, if any.
    public let requestID: String?

    private let write: @Sendable (String) -> Void

    /// Creates a logger configured from `environment`, writing lines through `write`.
    public init(environment: [String: String], write: @escaping @Sendable (String) -> Void = LambdaLogger.standardError)
    {
        let format = environment["AWS_LAMBDA_LOG_FORMAT"]?.uppercased() == "JSON" ? Format.json : .text
        let requested = environment["AWS_LAMBDA_LOG_LEVEL"]?.uppercased()
        let level = Level.allCases.first { $0.name == requested } ?? .info
        self.init(minimumLevel: level, format: format, requestID: nil, write: write)
    }

    private init(minimumLevel: Level, format: Format, requestID: String?, write: @escaping @Sendable (String) -> Void) {
        self.minimumLevel = minimumLevel
        self.format = format
        self.requestID = requestID
        self.write = write
    }

    /// Returns a logger that attaches `requestID` to every line.
    public func with(requestID: String?) -> LambdaLogger {
        LambdaLogger(minimumLevel: minimumLevel, format: format, requestID: requestID, write: write)
    }

    /// Writes `message` at `level` when the level is enabled.
    public func log(_ level: Level, _ message: StaticString, metadata: [(String, String)] = []) {
        guard level >= minimumLevel else { return }
        let timestamp = Timestamp.iso8601(millisecondsSinceEpoch: Timestamp.nowMilliseconds())
        switch format {
        case .text:
            write(textLine(level, message, metadata, timestamp))
        case .json:
            write(jsonLine(level, message, metadata, timestamp))
        }
    }

    /// Writes a per-invocation step, off unless `AWS_LAMBDA_LOG_LEVEL` is `TRACE`.
    public func trace(_ message: StaticString, metadata: [(String, String)] = []) {
        log(.trace, message, metadata: metadata)
    }

    /// Writes a state change.
    public func debug(_ message: StaticString, metadata: [(String, String)] = []) {
        log(.debug, message, metadata: metadata)
    }

    /// Writes a recovered surprise or the handler's one outcome line.
    public func info(_ message: StaticString, metadata: [(String, String)] = []) {
        log(.info, message, metadata: metadata)
    }

    /// Writes a degraded state the function recovered from.
    public func warning(_ message: StaticString, metadata: [(String, String)] = []) {
        log(.warn, message, metadata: metadata)
    }

    /// Writes a failed initialisation or a lost control plane.
    public func error(_ message: StaticString, metadata: [(String, String)] = []) {
        log(.error, message, metadata: metadata)
    }

    private func textLine(_ level: Level, _ message: StaticString, _ metadata: [(String, String)], _ timestamp: String)
        -> String
    {
        var line = "\(timestamp)\t\(requestID ?? "-")\t\(level.name)\t\(message)"
        for (key, value) in metadata {
            line += " \(key)=\(Self.singleLine(value))"
        }
        return line
    }

    private func jsonLine(_ level: Level, _ message: StaticString, _ metadata: [(String, String)], _ timestamp: String)
        -> String
    {
        var bytes = Array("{\"timestamp\":\"\(timestamp)\",\"level\":\"\(level.name)\"".utf8)
        if let requestID {
            bytes += Array(",\"requestId\":".utf8)
            JSONString.append(requestID, to: &bytes)
        }
        bytes += Array(",\"message\":".utf8)
        JSONString.append(message.description, to: &bytes)
        for (key, value) in metadata {
            bytes.append(UInt8(ascii: ","))
            JSONString.append(key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            JSONString.append(value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Keeps a text line one CloudWatch event by escaping line breaks.
    private static func singleLine(_ value: String) -> String {
        value.contains(where: \.isNewline) ? JSONString.quoted(value) : value
    }

    /// Writes `line` and a newline to standard error in one `write` call.
    public static let standardError: @Sendable (String) -> Void = { line in
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(2, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}
