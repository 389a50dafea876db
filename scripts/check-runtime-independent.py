# SPDX-License-Identifier: Apache-2.0
"""Drives the packaged bootstrap with a Runtime API written here in Python, independent of the
Swift emulator, and checks what the runtime sends: responses, error bodies and headers, the init
error, and its exits. Usage: check-runtime-independent.py TASK_ROOT (the unpacked zip).

Prints one line per failed check and closes with "N passed, N failed"; exits 1 on any failure.
"""

import http.server
import json
import os
import queue
import subprocess
import sys
import threading
import time

import jwt

CHANNEL = "arn:aws:ivs:us-west-2:123456789012:channel/AbCdEfGhIjKl"
results = {"passed": 0, "failed": 0}


def check(condition, label):
    results["passed" if condition else "failed"] += 1
    if not condition:
        print(f"FAILED: {label}", file=sys.stderr)


class RuntimeAPI(http.server.ThreadingHTTPServer):
    """A Lambda Runtime API 2018-06-01 that hands out queued events and records every post."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.events = queue.Queue()
        self.posts = queue.Queue()
        self.next_status = 200

    @property
    def address(self):
        return f"127.0.0.1:{self.server_address[1]}"


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *arguments):
        pass

    def do_GET(self):
        if self.path != "/2018-06-01/runtime/invocation/next":
            return self.reply(404, b'{"errorType":"NotFound"}')
        if self.server.next_status != 200:
            return self.reply(self.server.next_status, b'{"errorType":"ServiceException"}')
        request_id, body = self.server.events.get()
        deadline = str(int(time.time() * 1000) + 10_000)
        self.send_response(200)
        for name, value in [("lambda-runtime-aws-request-id", request_id), ("lambda-runtime-deadline-ms", deadline),
                            ("lambda-runtime-invoked-function-arn", "arn:aws:lambda:us-west-2:123456789012:function:f"),
                            ("lambda-runtime-trace-id", "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"),
                            ("content-type", "application/json"), ("content-length", str(len(body)))]:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("content-length", "0"))
        body = self.rfile.read(length)
        self.server.posts.put((self.path, dict(self.headers.items()), body))
        self.reply(202, b'{"status":"OK"}')

    def reply(self, status, body):
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def start_runtime(task_root, api, environment):
    env = {"AWS_LAMBDA_RUNTIME_API": api.address, "PATH": "/usr/bin:/bin", "AWS_REGION": "us-west-2",
           "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "example", "AWS_SESSION_TOKEN": "token",
           "LAMBDA_TASK_ROOT": task_root, **environment}
    return subprocess.Popen([os.path.join(task_root, "bootstrap")], env=env, cwd=task_root,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def check_responses_and_errors(task_root, key_path, public_key):
    api = RuntimeAPI()
    threading.Thread(target=api.serve_forever, daemon=True).start()
    extension = serve_key_through_extension(key_path)
    process = start_runtime(task_root, api, {
        "CHANNEL_ARN": CHANNEL, "SECRET_ID": "key", "SECRETS_SOURCE": "extension",
        "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT": str(extension.server_address[1])})
    try:
        event = open(os.path.join(os.path.dirname(__file__), "..", "events", "get-token.json"), "rb").read()
        api.events.put(("request-1", event))
        path, headers, body = api.posts.get(timeout=30)
        check(path == "/2018-06-01/runtime/invocation/request-1/response", f"response path {path}")
        response = json.loads(body)
        check(response["statusCode"] == 200, f"status {response['statusCode']}")
        token = json.loads(response["body"])["token"]
        claims = jwt.decode(token, public_key, algorithms=["ES384"])
        check(claims["aws:channel-arn"] == CHANNEL, "channel claim")

        api.events.put(("request-2", b'{"httpMethod": '))
        path, headers, body = api.posts.get(timeout=30)
        lowered = {name.lower(): value for name, value in headers.items()}
        check(path == "/2018-06-01/runtime/invocation/request-2/error", f"error path {path}")
        check(lowered.get("lambda-runtime-function-error-type") == "Runtime.UnmarshalError", "error type header")
        check(json.loads(body) == {"errorMessage": "the event is not valid JSON",
                                   "errorType": "Runtime.UnmarshalError"}, f"error body {body!r}")

        api.events.put(("request-3", event))
        path, _, body = api.posts.get(timeout=30)
        check(path.endswith("/request-3/response") and json.loads(body)["statusCode"] == 200, "serves after an error")

        api.next_status = 500
        api.events.put(("unused", event))
        check(process.wait(timeout=30) != 0, "exits non-zero after a 500 from /next")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        api.shutdown()
        extension.shutdown()


def serve_key_through_extension(key_path):
    """Serves the key as the Parameters and Secrets Lambda Extension does, for the run above."""
    pem = open(key_path).read()

    class Extension(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *arguments):
            pass

        def do_GET(self):
            ok = self.headers.get("X-Aws-Parameters-Secrets-Token") == "token"
            body = json.dumps({"Name": "key", "SecretString": pem} if ok else {"message": "forbidden"}).encode()
            self.send_response(200 if ok else 403)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Extension)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def check_init_error(task_root):
    api = RuntimeAPI()
    threading.Thread(target=api.serve_forever, daemon=True).start()
    process = start_runtime(task_root, api, {"CHANNEL_ARN": "not-an-arn", "SECRET_ID": "key"})
    try:
        path, headers, body = api.posts.get(timeout=30)
        lowered = {name.lower(): value for name, value in headers.items()}
        check(path == "/2018-06-01/runtime/init/error", f"init error path {path}")
        check(lowered.get("lambda-runtime-function-error-type") == "Runtime.InitError", "init error type header")
        check(json.loads(body)["errorMessage"].startswith("CHANNEL_ARN is invalid; expected"), f"init body {body!r}")
        check(process.wait(timeout=30) == 1, "exits with status 1 after /init/error")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        api.shutdown()


def main():
    task_root = os.path.abspath(sys.argv[1])
    key_path = sys.argv[2]
    public_key = subprocess.run(["openssl", "ec", "-in", key_path, "-pubout"], capture_output=True,
                                check=True).stdout
    check_responses_and_errors(task_root, key_path, public_key)
    check_init_error(task_root)
    print(f"check-runtime-independent: {results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
