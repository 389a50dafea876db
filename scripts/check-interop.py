# SPDX-License-Identifier: Apache-2.0
"""Checks tokens minted by the real bootstrap under `invoke` with an independent verifier, PyJWT on
OpenSSL through `cryptography`. It covers every key form, every event shape and every claim option.
When scripts/with-moto provides moto, it also runs against moto's Secrets Manager with SigV4 checks on.

Prints one line per failed check and closes with "N passed, N failed"; exits 1 on any failure.
"""

import json
import os
import subprocess
import sys
import tempfile
import time

import jwt

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHANNEL = "arn:aws:ivs:us-west-2:123456789012:channel/AbCdEfGhIjKl"
SECOND = "arn:aws:ivs:us-west-2:123456789012:channel/ZyXwVuTsRqPo"
EVENTS = ["events/get-token.json", "events/http-api.json", "events/function-url.json"]
results = {"passed": 0, "failed": 0}


def check(condition, label):
    if condition:
        results["passed"] += 1
    else:
        results["failed"] += 1
        print(f"FAILED: {label}", file=sys.stderr)


def openssl(*arguments, stdin=None):
    return subprocess.run(["openssl", *arguments], input=stdin, capture_output=True, check=True).stdout


def make_keys(directory):
    """Writes the key forms users store and returns {form: (private path, public PEM)}."""
    sec1 = os.path.join(directory, "sec1.pem")
    openssl("ecparam", "-name", "secp384r1", "-genkey", "-noout", "-out", sec1)
    public = openssl("ec", "-in", sec1, "-pubout")
    forms = {"SEC1": sec1}
    forms["PKCS#8"] = os.path.join(directory, "pkcs8.pem")
    openssl("pkcs8", "-topk8", "-nocrypt", "-in", sec1, "-out", forms["PKCS#8"])
    forms["SEC1 with EC PARAMETERS"] = os.path.join(directory, "params.pem")
    with open(forms["SEC1 with EC PARAMETERS"], "wb") as output:
        output.write(openssl("ecparam", "-name", "secp384r1") + open(sec1, "rb").read())
    forms["PKCS#8 with CRLF"] = os.path.join(directory, "crlf.pem")
    with open(forms["PKCS#8 with CRLF"], "wb") as output:
        output.write(open(forms["PKCS#8"], "rb").read().replace(b"\n", b"\r\n"))
    return {form: (path, public) for form, path in forms.items()}


def invoke(arguments, environment=()):
    command = [os.path.join(ROOT, ".build/debug/invoke"), *arguments]
    for assignment in environment:
        command += ["--env", assignment]
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, timeout=120)
    lines = [json.loads(line) for line in completed.stdout.decode().splitlines() if line.strip()]
    return completed.returncode, lines, completed.stderr.decode()


def verified_claims(response, public_key, label):
    """Verifies the token in a proxy response and returns its claims, or None."""
    check(response.get("statusCode") == 200, f"{label}: status {response.get('statusCode')}")
    if response.get("statusCode") != 200:
        return None
    body = json.loads(response["body"])
    token = body["token"]
    header = jwt.get_unverified_header(token)
    check(header == {"alg": "ES384", "typ": "JWT"}, f"{label}: header {header}")
    try:
        claims = jwt.decode(token, public_key, algorithms=["ES384"])
    except jwt.PyJWTError as error:
        check(False, f"{label}: PyJWT rejected the token: {type(error).__name__}")
        return None
    check(isinstance(claims["exp"], int), f"{label}: exp is not an integer")
    check(abs(claims["exp"] - int(time.time()) - expected_ttl(claims)) <= 5, f"{label}: exp {claims['exp']}")
    check(len(jwt.utils.base64url_decode(token.split(".")[2])) == 96, f"{label}: signature is not 96 bytes")
    return claims


def expected_ttl(claims):
    return 600 if "aws:viewer-id" in claims or "aws:single-use-uuid" in claims else 172800


def secret_fragments(key_path):
    """Returns the base64 lines of a PEM key, each of which must never reach a log."""
    lines = open(key_path, "rb").read().decode().replace("\r", "").split("\n")
    return [line for line in lines if line and not line.startswith("-----")]


def check_no_leak(stderr, secrets, label):
    leaked = [secret[:6] + "…" for secret in secrets if secret and secret in stderr]
    check(not leaked, f"{label}: stderr contains secret material starting {leaked}")


def check_key_forms_and_shapes(directory):
    keys = make_keys(directory)
    for form, (path, public) in keys.items():
        status, responses, stderr = invoke(["--secret-file", path, *EVENTS], [f"CHANNEL_ARN={CHANNEL}"])
        check(status == 0 and len(responses) == len(EVENTS), f"{form}: invoke exited {status}: {stderr[-400:]}")
        tokens = [json.loads(r["body"]).get("token", "") for r in responses if r.get("statusCode") == 200]
        check_no_leak(stderr, secret_fragments(path) + tokens + [t.split(".")[2] for t in tokens], form)
        for event, response in zip(EVENTS, responses):
            claims = verified_claims(response, public, f"{form} {event}")
            if claims is not None:
                check(claims["aws:channel-arn"] == CHANNEL, f"{form} {event}: channel {claims['aws:channel-arn']}")
                check(claims["aws:access-control-allow-origin"] == "*", f"{form} {event}: origin claim")
    return keys["SEC1"]


def check_options(key_path, public):
    environment = [
        f"CHANNEL_ARN={CHANNEL}", f"CHANNEL_ARNS={SECOND}", "ALLOWED_ORIGINS=https://watch.example.com",
        "STRICT_ORIGIN=true", "SINGLE_USE=true", "MAX_RESOLUTION=HD",
    ]
    status, responses, stderr = invoke(["--secret-file", key_path, "events/http-api.json"], environment)
    check(status == 0 and len(responses) == 1, f"options: invoke exited {status}: {stderr[-400:]}")
    claims = verified_claims(responses[0], public, "options") if responses else None
    if claims is None:
        return
    check(claims.get("aws:strict-origin-enforcement") is True, "options: strict origin claim")
    check(claims.get("aws:maximum-resolution") == "HD", "options: resolution claim")
    check(len(claims.get("aws:single-use-uuid", "")) == 36, "options: single-use claim")
    check(claims.get("aws:viewer-id") == "8f0e1d2c-3b4a-5968-7a6b-5c4d3e2f1a0b", "options: viewer claim")
    check(claims.get("aws:access-control-allow-origin") == "https://watch.example.com", "options: origin claim")


def check_against_moto():
    """Runs the real binary against moto, which checks the SigV4 signature and the IAM policy."""
    if "MOTO_ENDPOINT" not in os.environ:
        print("check-interop: MOTO_ENDPOINT is not set, so the moto check is skipped", file=sys.stderr)
        return
    public = openssl("ec", "-in", os.environ["MOTO_KEY_PEM"], "-pubout")
    moto = [
        f"AWS_ENDPOINT_URL_SECRETS_MANAGER={os.environ['MOTO_ENDPOINT']}",
        f"AWS_REGION={os.environ['MOTO_REGION']}", f"AWS_DEFAULT_REGION={os.environ['MOTO_REGION']}",
        f"AWS_ACCESS_KEY_ID={os.environ['MOTO_ROLE_ACCESS_KEY_ID']}",
        f"AWS_SECRET_ACCESS_KEY={os.environ['MOTO_ROLE_SECRET_ACCESS_KEY']}",
        f"AWS_SESSION_TOKEN={os.environ['MOTO_ROLE_SESSION_TOKEN']}", f"CHANNEL_ARN={CHANNEL}",
    ]
    for name in ("MOTO_SECRET_STRING", "MOTO_SECRET_BINARY"):
        status, responses, stderr = invoke(["events/get-token.json"], moto + [f"SECRET_ID={os.environ[name]}"])
        check(status == 0 and len(responses) == 1, f"moto {name}: invoke exited {status}: {stderr[-400:]}")
        credentials = [os.environ["MOTO_ROLE_SECRET_ACCESS_KEY"], os.environ["MOTO_ROLE_SESSION_TOKEN"]]
        check_no_leak(stderr, credentials + secret_fragments(os.environ["MOTO_KEY_PEM"]), f"moto {name}")
        if responses:
            verified_claims(responses[0], public, f"moto {name}")
    wrong = [a for a in moto if not a.startswith("AWS_SECRET_ACCESS_KEY=")] + ["AWS_SECRET_ACCESS_KEY=wrong"]
    status, responses, stderr = invoke(
        ["events/get-token.json"], wrong + [f"SECRET_ID={os.environ['MOTO_SECRET_STRING']}"])
    check_no_leak(stderr, [os.environ["MOTO_ROLE_SESSION_TOKEN"]], "moto with a wrong secret key")
    check(responses and responses[0].get("statusCode") == 500, "moto with a wrong secret key: expected 500")
    if responses:
        body = json.loads(responses[0]["body"])
        check(body.get("error") == "SignatureDoesNotMatch", f"moto with a wrong secret key: error {body.get('error')}")
        check(os.environ["MOTO_ROLE_SESSION_TOKEN"] not in responses[0]["body"], "moto: session token leaked")


def main():
    with tempfile.TemporaryDirectory() as directory:
        key_path, public = check_key_forms_and_shapes(directory)
        check_options(key_path, public)
    check_against_moto()
    print(f"check-interop: {results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
