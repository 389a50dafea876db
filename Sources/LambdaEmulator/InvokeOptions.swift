// SPDX-License-Identifier: Apache-2.0

/// The command line of `invoke`, parsed.
public struct InvokeOptions: Sendable, Equatable {
    /// Event files, directories of event files, or `-` for standard input, in the order given.
    public var eventSources: [String] = []

    /// The bootstrap to run instead of `bootstrap` at the repository root.
    public var bootstrapPath: String?

    /// The SAM template to read instead of `template.yaml` at the repository root.
    public var templatePath: String?

    /// The template resource to run.
    public var functionName = "TokenFunction"

    /// `--env NAME=VALUE` overrides, in the order given.
    public var environmentOverrides: [(name: String, value: String)] = []

    /// A `sam local invoke --env-vars` JSON file, which overrides only variables the template declares.
    public var environmentFile: String?

    /// A PEM file served as the secret instead of the development key.
    public var secretFile: String?

    /// The timeout override in seconds.
    public var timeoutSeconds: Double?

    /// The memory size override in MB.
    public var memorySizeMB: Int?

    /// How many times the whole list of events is replayed.
    public var repeatCount = 1

    /// A file to write the run's statistics to as JSON (``RunStatistics``).
    public var statisticsPath: String?

    /// Whether to serve Lambda's Invoke API instead of replaying events.
    public var serve = false

    /// The port of the Invoke API; 0 picks a free one.
    public var port: UInt16 = 0

    /// Whether `--help` was given.
    public var showHelp = false

    /// Creates the defaults: no events, one pass, `TokenFunction`.
    public init() {}

    /// Compares every option; overrides compare in order.
    public static func == (lhs: InvokeOptions, rhs: InvokeOptions) -> Bool {
        lhs.eventSources == rhs.eventSources && lhs.bootstrapPath == rhs.bootstrapPath
            && lhs.templatePath == rhs.templatePath && lhs.functionName == rhs.functionName
            && lhs.environmentOverrides.map(\.name) == rhs.environmentOverrides.map(\.name)
            && lhs.environmentOverrides.map(\.value) == rhs.environmentOverrides.map(\.value)
            && lhs.environmentFile == rhs.environmentFile && lhs.secretFile == rhs.secretFile
            && lhs.timeoutSeconds == rhs.timeoutSeconds && lhs.memorySizeMB == rhs.memorySizeMB
            && lhs.repeatCount == rhs.repeatCount && lhs.statisticsPath == rhs.statisticsPath
            && lhs.serve == rhs.serve && lhs.port == rhs.port && lhs.showHelp == rhs.showHelp
    }

    /// The help text printed with `--help` and after a usage error.
    public static let usage = """
        usage: invoke [options] EVENT...
               invoke --serve [--port N] [options]

        Runs the function through its bootstrap under a local Lambda Runtime API and prints each
        response payload as one JSON line on stdout. EVENT is a JSON file, a directory of them (read in
        name order) or - for standard input.

        options:
          --bootstrap PATH      executable to run as the runtime, started in its own directory (default:
                                bootstrap at the repository root)
          --template PATH       SAM template to read (default: template.yaml at the repository root)
          --function NAME       template resource to run (default: TokenFunction)
          --env NAME=VALUE      set an environment variable of the function, declared in the template or
                                not; repeatable
          --env-vars FILE       JSON file of variables, as sam local invoke --env-vars takes; like SAM, it
                                only overrides variables the template declares for the function
          --secret-file PEM     private key PEM served as the secret (default: a development key)
          --timeout SECONDS     function timeout (default: the template's Timeout, else 3)
          --memory MB           memory size (default: the template's MemorySize, else 128)
          --repeat N            replay the events N times and print latency percentiles
          --stats-json FILE     write init duration, latency percentiles, CPU ms per warm invocation and
                                peak memory of the function process to FILE as JSON
          --serve               serve POST /2015-03-31/functions/function/invocations instead
          --port N              port of --serve on 127.0.0.1 (default: 0, a free port)
          --help                print this text

        exit status: 0 when every invocation returned a response, 1 when any failed, 2 on a usage error.
        """
}
