// SPDX-License-Identifier: Apache-2.0

/// A command line that `invoke` cannot run; the message names the argument.
public struct UsageError: Error, Equatable, CustomStringConvertible {
    /// The problem with the command line, naming the argument.
    public let message: String

    /// The message.
    public var description: String { message }
}

extension InvokeOptions {
    /// Parses `arguments`, without the program name.
    /// - Throws: ``UsageError`` for an unknown option, a missing or invalid value, or no events.
    public static func parse(_ arguments: [String]) throws(UsageError) -> InvokeOptions {
        var options = InvokeOptions()
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            if argument == "-" || !argument.hasPrefix("-") {
                options.eventSources.append(argument)
                continue
            }
            try options.apply(argument, from: &remaining)
        }
        if !options.showHelp && !options.serve && options.eventSources.isEmpty {
            throw UsageError(message: "missing EVENT: give an event file, a directory or -")
        }
        return options
    }

    private mutating func apply(_ option: String, from remaining: inout ArraySlice<String>) throws(UsageError) {
        switch option {
        case "--help", "-h": showHelp = true
        case "--serve": serve = true
        case "--bootstrap": bootstrapPath = try Self.value(of: option, from: &remaining)
        case "--template": templatePath = try Self.value(of: option, from: &remaining)
        case "--function": functionName = try Self.value(of: option, from: &remaining)
        case "--env-vars": environmentFile = try Self.value(of: option, from: &remaining)
        case "--stats-json": statisticsPath = try Self.value(of: option, from: &remaining)
        case "--secret-file": secretFile = try Self.value(of: option, from: &remaining)
        case "--env": environmentOverrides.append(try Self.assignment(try Self.value(of: option, from: &remaining)))
        case "--timeout":
            timeoutSeconds = try Self.number(of: option, from: &remaining, Double.init, range: 0.001...900)
        case "--memory": memorySizeMB = try Self.number(of: option, from: &remaining, { Int($0) }, range: 128...10240)
        case "--repeat": repeatCount = try Self.number(of: option, from: &remaining, { Int($0) }, range: 1...1_000_000)
        case "--port": port = try Self.number(of: option, from: &remaining, { UInt16($0) }, range: 0...65535)
        default: throw UsageError(message: "unknown option \(option)")
        }
    }

    private static func value(of option: String, from remaining: inout ArraySlice<String>) throws(UsageError) -> String
    {
        guard let value = remaining.popFirst() else { throw UsageError(message: "missing value after \(option)") }
        return value
    }

    private static func number<Number: Comparable>(
        of option: String,
        from remaining: inout ArraySlice<String>,
        _ convert: (String) -> Number?,
        range: ClosedRange<Number>
    ) throws(UsageError) -> Number {
        let text = try value(of: option, from: &remaining)
        guard let number = convert(text), range.contains(number) else {
            throw UsageError(
                message: "invalid value \(text) for \(option): expected a number from "
                    + "\(range.lowerBound) to \(range.upperBound)"
            )
        }
        return number
    }

    private static func assignment(_ text: String) throws(UsageError) -> (name: String, value: String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw UsageError(message: "invalid value \(text) for --env: expected NAME=VALUE")
        }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }
}
