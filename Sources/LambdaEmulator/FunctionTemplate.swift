// SPDX-License-Identifier: Apache-2.0

/// The settings of one function in a SAM template, with `Globals.Function` applied and `!Ref`s to
/// parameters replaced by their `Default`.
public struct FunctionTemplate: Sendable {
    /// Lambda's timeout when the template sets none, in seconds.
    public static let defaultTimeoutSeconds = 3.0

    /// Lambda's memory size when the template sets none, in MB.
    public static let defaultMemorySizeMB = 128

    /// The `Handler` string, or `nil` when the template sets none.
    public var handler: String?

    /// The `Timeout` in seconds.
    public var timeoutSeconds = defaultTimeoutSeconds

    /// The `MemorySize` in MB.
    public var memorySizeMB = defaultMemorySizeMB

    /// `Environment.Variables` whose values could be resolved to strings.
    public var variables: [String: String] = [:]

    /// The names in `Environment.Variables` of the resource and of `Globals.Function`, including those
    /// whose values could not be resolved. As in SAM, `--env-vars` may override only these names.
    public var declaredVariableNames: Set<String> = []

    /// One message per setting that was skipped because its value could not be resolved.
    public var warnings: [String] = []

    /// Creates the settings of a function the template does not describe: Lambda's defaults.
    public init() {}

    /// Reads the resource `functionName` from the SAM template at `path`.
    /// - Parameters:
    ///   - path: The template file.
    ///   - functionName: The logical ID of the function resource.
    ///   - region: The value of the `AWS::Region` pseudo parameter.
    /// - Returns: The function's settings and variables.
    /// - Throws: ``EmulatorError`` when the file is unreadable, not YAML, or lacks the resource.
    public static func read(path: String, functionName: String, region: String) throws(EmulatorError)
        -> FunctionTemplate
    {
        let document = try YAMLParser.parse(try readFile(atPath: path), path: path)
        return try FunctionTemplate(document: document, functionName: functionName, region: region, path: path)
    }

    /// Extracts the resource `functionName` from a parsed template; `path` names it in errors.
    public init(document: YAMLNode, functionName: String, region: String, path: String) throws(EmulatorError) {
        guard let properties = document["Resources"]?[functionName]?["Properties"] else {
            throw .templateInvalid(path: path, detail: "no Properties for resource \(functionName)")
        }
        let globals = document["Globals"]?["Function"]
        let resolver = TemplateResolver(parameters: document["Parameters"], region: region)

        handler = (properties["Handler"] ?? globals?["Handler"]).flatMap(resolver.resolve)
        if let timeout = setting("Timeout", properties, globals, resolver) {
            timeoutSeconds = timeout
        }
        if let memory = setting("MemorySize", properties, globals, resolver).map(Int.init) {
            memorySizeMB = memory
        }
        let globalVariables = globals?["Environment"]?["Variables"]?.pairs ?? []
        let ownVariables = properties["Environment"]?["Variables"]?.pairs ?? []
        for (name, value) in globalVariables + ownVariables {
            declaredVariableNames.insert(name)
            if let resolved = resolver.resolve(value) {
                variables[name] = resolved
            } else {
                variables[name] = nil
                warnings.append(Self.unresolvedVariableWarning(name))
            }
        }
    }

    /// Returns the warning for the variable `name` whose value could not be resolved.
    public static func unresolvedVariableWarning(_ name: String) -> String {
        "skipped environment variable \(name): its value is not a string or a !Ref to a parameter with a Default"
    }

    /// Resolves the numeric setting `name`, preferring the resource over `Globals`, and warns when
    /// it is present but not a number.
    private mutating func setting(
        _ name: String,
        _ properties: YAMLNode,
        _ globals: YAMLNode?,
        _ resolver: TemplateResolver
    ) -> Double? {
        guard let node = properties[name] ?? globals?[name] else { return nil }
        guard let value = resolver.resolve(node).flatMap(Double.init), value > 0 else {
            warnings.append("ignored \(name): its value is not a positive number")
            return nil
        }
        return value
    }
}
