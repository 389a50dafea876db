// SPDX-License-Identifier: Apache-2.0
// The Node peer's handler: the same work as TokenFunction for a GET token request. The key is read
// from Secrets Manager on the first request (GetSecretValue signed with SigV4 by hand, because no
// AWS SDK is installable here), cached, then ES384 tokens are signed with node:crypto.
'use strict';
const crypto = require('node:crypto');
const http = require('node:http');
const https = require('node:https');

const channelARN = process.env.CHANNEL_ARN;
const allowedOrigin = process.env.ALLOWED_ORIGINS || '*';
const tokenTTL = Number(process.env.TOKEN_TTL || 172800);
const region = process.env.AWS_REGION;
const endpoint = new URL(process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER
  || `https://secretsmanager.${region}.amazonaws.com`);
let cachedKey = null;

const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');
const hmac = (key, data) => crypto.createHmac('sha256', key).update(data).digest();
const base64url = (data) => Buffer.from(data).toString('base64url');

function signedHeaders(body) {
  const amzDate = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const day = amzDate.slice(0, 8);
  const headers = {
    'content-type': 'application/x-amz-json-1.1',
    host: endpoint.host,
    'x-amz-date': amzDate,
    'x-amz-target': 'secretsmanager.GetSecretValue',
  };
  if (process.env.AWS_SESSION_TOKEN) headers['x-amz-security-token'] = process.env.AWS_SESSION_TOKEN;
  const names = Object.keys(headers).sort();
  const canonical = ['POST', '/', '', ...names.map((n) => `${n}:${headers[n]}`), '', names.join(';'),
    sha256(body)].join('\n');
  const scope = `${day}/${region}/secretsmanager/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  let key = hmac(`AWS4${process.env.AWS_SECRET_ACCESS_KEY}`, day);
  for (const part of [region, 'secretsmanager', 'aws4_request']) key = hmac(key, part);
  const signature = hmac(key, toSign).toString('hex');
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${process.env.AWS_ACCESS_KEY_ID}/${scope}, `
    + `SignedHeaders=${names.join(';')}, Signature=${signature}`;
  return headers;
}

function getSecretValue() {
  const body = JSON.stringify({ SecretId: process.env.SECRET_ID });
  const client = endpoint.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(endpoint, { method: 'POST', headers: signedHeaders(body) }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const reply = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (res.statusCode !== 200) reject(new Error(`GetSecretValue failed with ${res.statusCode}`));
        else resolve(reply.SecretString);
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

function response(statusCode, body) {
  return {
    statusCode,
    headers: {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': allowedOrigin,
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    },
    body: JSON.stringify(body),
    isBase64Encoded: false,
  };
}

exports.handler = async (event, context) => {
  if (cachedKey === null) cachedKey = crypto.createPrivateKey(await getSecretValue());
  const expiresAt = Math.floor(Date.now() / 1000) + tokenTTL;
  const claims = { 'aws:channel-arn': channelARN, 'aws:access-control-allow-origin': allowedOrigin, exp: expiresAt };
  const input = `${base64url(JSON.stringify({ alg: 'ES384', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
  const signature = crypto.sign('sha384', Buffer.from(input), { key: cachedKey, dsaEncoding: 'ieee-p1363' });
  const token = `${input}.${signature.toString('base64url')}`;
  console.log(`${context.awsRequestId}\tINFO\trequest answered http.status=200`);
  return response(200, {
    token,
    expiresAt: new Date(expiresAt * 1000).toISOString().replace(/\.\d+Z$/, 'Z'),
    channelArn: channelARN,
  });
};
