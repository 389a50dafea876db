// SPDX-License-Identifier: Apache-2.0
// A minimal Lambda custom runtime for Node: long-polls /next, calls the handler, posts the result.
// It replaces the Node managed runtime, which is not installable here.
'use strict';
const http = require('node:http');
const { handler } = require('./handler.js');

const [host, port] = process.env.AWS_LAMBDA_RUNTIME_API.split(':');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const base = '/2018-06-01/runtime';

function request(method, path, body) {
  return new Promise((resolve, reject) => {
    const headers = body === undefined ? {} : { 'Content-Type': 'application/json' };
    const req = http.request({ host, port, method, path, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function main() {
  for (;;) {
    const next = await request('GET', `${base}/invocation/next`);
    const requestId = next.headers['lambda-runtime-aws-request-id'];
    const context = {
      awsRequestId: requestId,
      deadlineMs: Number(next.headers['lambda-runtime-deadline-ms']),
    };
    try {
      const result = await handler(JSON.parse(next.body.toString('utf8')), context);
      await request('POST', `${base}/invocation/${requestId}/response`, JSON.stringify(result));
    } catch (error) {
      const payload = JSON.stringify({ errorType: error.name, errorMessage: error.message });
      await request('POST', `${base}/invocation/${requestId}/error`, payload);
    }
  }
}

main().catch((error) => {
  console.error('runtime API failed', error.message);
  process.exit(1);
});
