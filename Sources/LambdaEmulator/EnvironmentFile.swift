// SPDX-License-Identifier: Apache-2.0

/// Variables from a `sam local invoke --env-vars` file: `{"Parameters": {…}}` for every function and
/// `{"<LogicalId>": {…}}` for one, the latter winning.
public enum EnvironmentFile {
    /// Reads the variables for `functionName` from the JSON file at `path`.
    ///
    /// Numbers and booleans are taken as their JSON text, as SAM does; other values are skipped.
    /// - Throws: ``EmulatorError`` when the file is unreadable or not a JSON object.
    public static func variables(path: String, functionName: String) throws(EmulatorError) -> [String: String] {
        guard let root = JSONValue.parse(try readFile(atPath: path))?.objectValue else {
            throw .templateInvalid(path: path, detail: "the --env-vars file is not a JSON object")
        }
        var variables: [String: String] = [:]
        for section in ["Parameters", functionName] {
            for (name, value) in root[section]?.objectValue ?? [:] {
                variables[name] = text(of: value)
            }
        }
        return variables
    }

    private static func text(of value: JSONValue) -> String? {
        switch value {
        case .string(let string): string
        case .bool(let bool): bool ? "true" : "false"
        case .number(let number):
            number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        default: nil
        }
    }
}
