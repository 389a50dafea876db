// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import Glibc
import LambdaRuntime

/// Loads the events named on the command line.
public enum EventSources {
    /// One loaded event and where it came from.
    public struct Event: Sendable {
        /// The file path, or `-` for standard input.
        public var source: String
        /// The event bytes.
        public var bytes: [UInt8]
    }

    /// Reads each source: a file, every `.json` file of a directory in name order, or `-` for stdin.
    ///
    /// Each event is read up to one byte past Lambda's payload limit, so an endless input such as
    /// `/dev/zero` stops there and the invocation fails with `RequestTooLarge`, as in Lambda.
    /// - Throws: ``EmulatorError`` naming the first source that cannot be read, or a directory without
    ///   `.json` files.
    public static func load(_ sources: [String]) throws(EmulatorError) -> [Event] {
        let eventBytes = RuntimeAPI.maximumPayloadBytes
        var events: [Event] = []
        for source in sources {
            if source == "-" {
                let bytes = try readAll(from: STDIN_FILENO, path: "standard input", maximumBytes: eventBytes)
                events.append(Event(source: source, bytes: bytes))
            } else if isDirectory(source) {
                let files = try files(in: source)
                guard !files.isEmpty else { throw .noEvents(directory: source) }
                for file in files {
                    events.append(Event(source: file, bytes: try readPrefix(atPath: file, maximumBytes: eventBytes)))
                }
            } else {
                events.append(Event(source: source, bytes: try readPrefix(atPath: source, maximumBytes: eventBytes)))
            }
        }
        return events
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    private static func files(in directory: String) throws(EmulatorError) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .fileUnreadable(path: directory, errno: ENOENT)
        }
        return names.filter { !$0.hasPrefix(".") && $0.hasSuffix(".json") }.sorted()
            .map { directory + "/" + $0 }.filter { !isDirectory($0) }
    }
}
