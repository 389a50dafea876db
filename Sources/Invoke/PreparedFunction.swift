// SPDX-License-Identifier: Apache-2.0

import Glibc
import LambdaEmulator

/// The function's configuration with its environment resolved, and the Secrets Manager stand-in
/// that environment points at.
struct PreparedFunction {
    let configuration: FunctionConfiguration
    let secretsManager: SecretsManagerStandIn

    /// The secret name used when the variables give no `SECRET_ID`.
    static let defaultSecretName = "invoke/development-playback-key"

    /// Resolves the template, files and overrides named by `options` and starts the stand-in.
    /// - Throws: ``EmulatorError`` when a file is unreadable or invalid, or the stand-in cannot start.
    static func prepare(_ options: InvokeOptions) throws -> PreparedFunction {
        let root = repositoryRoot()
        let overrides = Dictionary(options.environmentOverrides.map { ($0.name, $0.value) }) { $1 }
        let region = overrides["AWS_REGION"] ?? "us-east-1"
        let (template, templatePath) = try loadTemplate(options, root: root, region: region)

        let variables = try functionVariables(options, template: template, overrides: overrides)
        printWarnings(of: template, path: templatePath, setVariables: variables)
        let secretName = variables["SECRET_ID"] ?? defaultSecretName

        let credentials = TemporaryCredentials()
        let secret = try SecretSource.load(secretFile: options.secretFile, root: root)
        let standIn = try SecretsManagerStandIn(
            secretName: secretName,
            secretString: secret,
            accessKeyID: credentials.accessKeyID,
            region: region,
            log: { writeStandardError($0 + "\n") }
        )

        // Absolute, because the function starts in the bootstrap's directory, not in ours.
        let bootstrap = absolutePath(options.bootstrapPath ?? root + "/bootstrap")
        var environment = LambdaEnvironment(
            functionName: options.functionName,
            region: region,
            memorySizeMB: options.memorySizeMB ?? template.memorySizeMB,
            handler: template.handler ?? "bootstrap",
            taskRoot: directory(of: bootstrap),
            credentials: credentials
        ).variables
        environment.merge(variables) { $1 }
        environment["SECRET_ID"] = secretName
        environment["AWS_ENDPOINT_URL_SECRETS_MANAGER"] = standIn.endpointURL
        if let binary = tokenFunctionBinary() { environment["TOKEN_FUNCTION_BINARY"] = binary }
        environment.merge(overrides) { $1 }
        keepTaskRoot(in: &environment, codeRoot: directory(of: bootstrap))
        return PreparedFunction(
            configuration: configuration(options, template: template, bootstrap: bootstrap, environment: environment),
            secretsManager: standIn
        )
    }

    /// Prints the template's warnings, except those about unresolved variables that `setVariables`
    /// sets anyway from `--env-vars` or `--env`.
    private static func printWarnings(of template: FunctionTemplate, path: String, setVariables: [String: String]) {
        let settled = Set(setVariables.keys.map(FunctionTemplate.unresolvedVariableWarning))
        for warning in template.warnings where !settled.contains(warning) {
            writeStandardError("invoke: warning: \(path): \(warning)\n")
        }
    }

    /// Puts `codeRoot` back into `LAMBDA_TASK_ROOT` with a warning when a variable source changed it,
    /// because Lambda reserves the variable and the function starts in that directory.
    private static func keepTaskRoot(in environment: inout [String: String], codeRoot: String) {
        let name = LambdaEnvironment.taskRootVariable
        guard let requested = environment[name], requested != codeRoot else { return }
        writeStandardError(
            "invoke: warning: ignored \(name)=\(requested), because Lambda reserves it; the function gets "
                + "\(codeRoot), the directory that contains the bootstrap and the one it starts in\n"
        )
        environment[name] = codeRoot
    }

    /// Merges the template's variables, the `--env-vars` file and the `--env` overrides, later ones winning.
    ///
    /// As with `sam local invoke --env-vars`, the file only overrides variables that the template
    /// declares for the function, and its other entries are ignored with a warning. `--env` may add any
    /// variable. SAM states the rule under "Environment variable file" in its developer guide page
    /// serverless-sam-cli-using-invoke.html (docs.aws.amazon.com/serverless-application-model).
    private static func functionVariables(
        _ options: InvokeOptions,
        template: FunctionTemplate,
        overrides: [String: String]
    ) throws -> [String: String] {
        var variables = template.variables
        if let file = options.environmentFile {
            let fileVariables = try EnvironmentFile.variables(path: file, functionName: options.functionName)
            let declared = template.declaredVariableNames
            let ignored = fileVariables.keys.filter { !declared.contains($0) }.sorted()
            if !ignored.isEmpty {
                writeStandardError(
                    "invoke: warning: \(file): ignored \(ignored.joined(separator: ", ")), because "
                        + "\(options.functionName) does not declare them in its template's Environment.Variables. "
                        + "Like sam local invoke, --env-vars only overrides declared variables; "
                        + "--env NAME=VALUE adds any variable.\n"
                )
            }
            variables.merge(fileVariables.filter { declared.contains($0.key) }) { $1 }
        }
        variables.merge(overrides) { $1 }
        return variables
    }

    /// Returns the host configuration: the template's limits unless the options override them.
    private static func configuration(
        _ options: InvokeOptions,
        template: FunctionTemplate,
        bootstrap: String,
        environment: [String: String]
    ) -> FunctionConfiguration {
        let region = environment["AWS_REGION"] ?? "us-east-1"
        return FunctionConfiguration(
            bootstrapPath: bootstrap,
            environment: environment,
            timeoutSeconds: options.timeoutSeconds ?? template.timeoutSeconds,
            memorySizeMB: options.memorySizeMB ?? template.memorySizeMB,
            functionARN: "arn:aws:lambda:\(region):123456789012:function:\(options.functionName)"
        )
    }

    /// Reads the template and returns it with its path, leaving its warnings for the caller to print.
    private static func loadTemplate(
        _ options: InvokeOptions,
        root: String,
        region: String
    ) throws -> (FunctionTemplate, path: String) {
        let path = options.templatePath ?? root + "/template.yaml"
        guard options.templatePath != nil || access(path, F_OK) == 0 else {
            writeStandardError("invoke: no template.yaml in \(root), so Lambda's defaults apply\n")
            return (FunctionTemplate(), path)
        }
        return (try FunctionTemplate.read(path: path, functionName: options.functionName, region: region), path)
    }

    /// Returns the nearest directory at or above the working directory holding `Package.swift`, or
    /// the working directory itself.
    static func repositoryRoot() -> String {
        let start = currentDirectory()
        var directory = start
        while directory != "/" {
            if access(directory + "/Package.swift", F_OK) == 0 { return directory }
            directory = LambdaEmulator.directory(of: directory)
        }
        return start
    }

    /// Returns the `TokenFunction` executable next to the running `invoke`, or `nil` when none is built.
    static func tokenFunctionBinary() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let executable = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let candidate = directory(of: executable) + "/TokenFunction"
        guard access(candidate, X_OK) == 0 else {
            writeStandardError("invoke: warning: \(candidate) is not built, so TOKEN_FUNCTION_BINARY is not set\n")
            return nil
        }
        return candidate
    }
}
