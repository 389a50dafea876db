# SPDX-License-Identifier: Apache-2.0
"""The Python peer's handler: the same work as TokenFunction for a GET token request.

The key is read from Secrets Manager with boto3 on the first request and cached, then ES384 tokens
are signed with PyJWT over cryptography.
"""
import datetime
import json
import os
import time

import boto3
import jwt
from cryptography.hazmat.primitives.serialization import load_pem_private_key

CHANNEL_ARN = os.environ["CHANNEL_ARN"]
ALLOWED_ORIGIN = os.environ.get("ALLOWED_ORIGINS", "*")
TOKEN_TTL = int(os.environ.get("TOKEN_TTL", "172800"))
secrets = boto3.client("secretsmanager")
cached_key = None

HEADERS = {
    "Content-Type": "application/json",
    "Cache-Control": "no-store",
    "Access-Control-Allow-Origin": ALLOWED_ORIGIN,
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Authorization, Content-Type",
}


def handler(event, context):
    global cached_key
    if cached_key is None:
        pem = secrets.get_secret_value(SecretId=os.environ["SECRET_ID"])["SecretString"]
        cached_key = load_pem_private_key(pem.encode(), password=None)
    expires_at = int(time.time()) + TOKEN_TTL
    claims = {
        "aws:channel-arn": CHANNEL_ARN,
        "aws:access-control-allow-origin": ALLOWED_ORIGIN,
        "exp": expires_at,
    }
    token = jwt.encode(claims, cached_key, algorithm="ES384")
    expiry = datetime.datetime.fromtimestamp(expires_at, datetime.timezone.utc)
    print(f"{context.aws_request_id}\tINFO\trequest answered http.status=200")
    body = {"token": token, "expiresAt": expiry.strftime("%Y-%m-%dT%H:%M:%SZ"), "channelArn": CHANNEL_ARN}
    return {"statusCode": 200, "headers": HEADERS, "body": json.dumps(body), "isBase64Encoded": False}
