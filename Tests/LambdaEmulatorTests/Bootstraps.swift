// SPDX-License-Identifier: Apache-2.0

/// `/bin/sh` bootstraps that drive the Runtime API with the `curl` CLI, each misbehaving in one way.
///
/// Every script appends a line to `<script>.inits` when it starts, so tests can count cold starts,
/// and keeps its per-run markers next to itself.
enum Bootstraps {
    /// Lines shared by every script: the init counter and a `next` function that sets `$id` and `$event`.
    static let prelude = #"""
        #!/bin/sh
        api="http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime"
        echo started >> "$0.inits"
        next() {
            event=$(curl -sS -D "$0.headers" "$api/invocation/next")
            id=$(grep -i '^lambda-runtime-aws-request-id:' "$0.headers" | cut -d' ' -f2 | tr -d '\r')
        }
        header() {
            grep -i "^$1:" "$0.headers" | cut -d' ' -f2- | tr -d '\r'
        }
        respond() {
            curl -sS -o /dev/null -X POST --data-binary "$1" "$api/invocation/$id/response"
        }

        """#

    /// Responds to every event with its request ID, metadata headers, init count and the event itself.
    static let echo =
        prelude + #"""
            while true; do
                next
                deadline=$(header lambda-runtime-deadline-ms)
                arn=$(header lambda-runtime-invoked-function-arn)
                trace=$(header lambda-runtime-trace-id)
                inits=$(wc -l < "$0.inits" | tr -d ' ')
                metadata="\"id\":\"$id\",\"deadline\":\"$deadline\",\"arn\":\"$arn\",\"trace\":\"$trace\""
                respond "{$metadata,\"inits\":$inits,\"event\":$event}"
            done
            """#

    /// Fails its first invocation by ending with `exit` status 3 (or `kill -9` with `signal`), then echoes.
    static func crashOnce(signal: Bool) -> String {
        prelude + #"""
            next
            if [ ! -e "$0.crashed" ]; then
                touch "$0.crashed"
                \#(signal ? "kill -9 $$" : "exit 3")
            fi
            respond "{\"inits\":$(wc -l < "$0.inits" | tr -d ' ')}"
            while true; do next; respond '{}'; done
            """#
    }

    /// Hangs in its first invocation, then responds with the init count.
    static let hangOnce =
        prelude + #"""
            next
            if [ ! -e "$0.hung" ]; then
                touch "$0.hung"
                sleep 60
            fi
            respond "{\"inits\":$(wc -l < "$0.inits" | tr -d ' ')}"
            while true; do next; respond '{}'; done
            """#

    /// Prints bytes that are not text, posts to an unknown request ID, then responds with plain text
    /// carrying that post's status code.
    static let garbage =
        prelude + #"""
            printf '\000\377\376 not a log line \033[31m\n'
            printf '\001\002 garbage on stderr\n' >&2
            next
            status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -d x "$api/invocation/not-a-request/response")
            respond "garbage $status"
            while true; do next; respond '{}'; done
            """#

    /// Responds to its first event with one byte over the payload limit, then with `{"after":"large"}`.
    static let tooLarge =
        prelude + #"""
            next
            head -c 6291557 /dev/zero | tr '\0' 'a' > "$0.large"
            curl -sS -o /dev/null -X POST --data-binary @"$0.large" "$api/invocation/$id/response"
            while true; do next; respond '{"after":"large"}'; done
            """#

    /// Posts `/init/error` with a typed error and exits with status 1.
    static let initError =
        prelude + #"""
            curl -sS -o /dev/null -X POST -H 'Lambda-Runtime-Function-Error-Type: Runtime.ConfigError' \
                -d '{"errorMessage":"missing TABLE_NAME","errorType":"Runtime.ConfigError"}' "$api/init/error"
            exit 1
            """#

    /// Exits with status 7 without ever calling `/next`.
    static let exitsDuringInit =
        prelude + #"""
            exit 7
            """#

    /// Posts an error for every event, with a message holding a quote, a backslash and a newline.
    static let postsError =
        prelude + #"""
            while true; do
                next
                curl -sS -o /dev/null -X POST -H 'Lambda-Runtime-Function-Error-Type: Handled.Failure' \
                    --data-binary '{"errorMessage":"bad \"input\" \\ here\nline two","errorType":"Handled.Failure"}' \
                    "$api/invocation/$id/error"
            done
            """#
}

extension Bootstraps {
    /// Responds to every event with the event itself.
    static let postsEvent =
        prelude + #"""
            while true; do next; respond "$event"; done
            """#

    /// Writes its environment to `<script>.env` and its physical working directory to `<script>.pwd`,
    /// then responds `{}`.
    static let dumpsEnvironment =
        prelude + #"""
            env > "$0.env"
            pwd -P > "$0.pwd"
            while true; do next; respond '{}'; done
            """#
}

extension Bootstraps {
    /// Responds with how many other invocations were in flight when it received the event, using a
    /// marker file that exists only while it handles one.
    static let countsConcurrency =
        prelude + #"""
            while true; do
                next
                overlapping=0
                [ -e "$0.busy" ] && overlapping=1
                touch "$0.busy"
                rm -f "$0.busy"
                respond "{\"overlapping\":$overlapping}"
            done
            """#
}

extension Bootstraps {
    /// Fetches `$SECRET_ID` from the Secrets Manager stand-in with the handed-out credentials and
    /// responds with the service's JSON reply.
    static let fetchesSecret =
        prelude + #"""
            while true; do
                next
                credential="Credential=$AWS_ACCESS_KEY_ID/20260101/$AWS_REGION/secretsmanager/aws4_request"
                reply=$(curl -sS -X POST -H 'X-Amz-Target: secretsmanager.GetSecretValue' \
                    -H "Authorization: AWS4-HMAC-SHA256 $credential, SignedHeaders=host, Signature=0" \
                    -d "{\"SecretId\":\"$SECRET_ID\"}" "$AWS_ENDPOINT_URL_SECRETS_MANAGER/")
                respond "$reply"
            done
            """#
}

extension Bootstraps {
    /// Never finishes init: it sleeps without calling `/next`.
    static let hangsInInit =
        prelude + #"""
            sleep 60
            """#
}

extension Bootstraps {
    /// Appends every event to `<script>.events` and responds with it. An event containing `hold` is
    /// held: the script writes `started` to the FIFO `<script>.started` and waits for a line on the FIFO
    /// `<script>.release` before it responds, so a test decides when that invocation ends.
    static let holdsMarkedEvents =
        prelude + #"""
            while true; do
                next
                echo "$event" >> "$0.events"
                case "$event" in
                    *hold*) echo started > "$0.started"; read line < "$0.release" ;;
                esac
                respond "$event"
            done
            """#
}
