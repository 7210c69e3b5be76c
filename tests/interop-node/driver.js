'use strict';
// Drives Switchboard with the official Tencent Cloud Node.js SDK, exactly as a customer's backend would.
// Input: one JSON document on stdin (see docs/testing.md). Output: one JSON array on stdout, one entry per call.
// Exit code 0 whenever the input was understood, whatever the server answered; 2 for unusable input.

// The SDK sends every request through http_proxy when it is set, even to 127.0.0.1, so the proxy
// variables have to be gone before the SDK module is loaded.
for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) {
  delete process.env[name];
}

const tencentcloud = require('tencentcloud-sdk-nodejs');

const CccClient = tencentcloud.ccc.v20200210.Client;

function readStdin() {
  return new Promise((resolve, reject) => {
    const chunks = [];
    process.stdin.on('data', (chunk) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

function fail(message) {
  process.stderr.write(`driver: ${message}\n`);
  process.exit(2);
}

function validate(input) {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    fail('input must be a JSON object');
  }
  for (const field of ['endpoint', 'secretId', 'secretKey']) {
    if (typeof input[field] !== 'string') fail(`"${field}" must be a string`);
  }
  if (!Array.isArray(input.calls)) fail('"calls" must be an array');
  input.calls.forEach((call, i) => {
    if (call === null || typeof call !== 'object' || typeof call.action !== 'string' || call.action === '') {
      fail(`calls[${i}] needs a non-empty "action"`);
    }
  });
}

// The SDK reads the clock through both Date.now() and `new Date()`; replacing the global Date with a
// shifted subclass moves both, so a test can make the SDK sign with a stale timestamp.
async function withClockOffset(offsetSeconds, action) {
  if (!offsetSeconds) return action();
  const RealDate = global.Date;
  const offsetMs = offsetSeconds * 1000;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offsetMs);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offsetMs;
    }
  }
  global.Date = ShiftedDate;
  try {
    return await action();
  } finally {
    global.Date = RealDate;
  }
}

function createClient(input) {
  const httpProfile = {
    endpoint: input.endpoint,
    protocol: input.protocol || 'http://',
    reqMethod: input.reqMethod || 'POST',
  };
  if (input.reqTimeoutSeconds) httpProfile.reqTimeout = input.reqTimeoutSeconds;
  const profile = { httpProfile, signMethod: input.signMethod || 'TC3-HMAC-SHA256' };
  if (input.language) profile.language = input.language;
  return new CccClient({
    credential: { secretId: input.secretId, secretKey: input.secretKey },
    region: input.region || undefined,
    profile,
  });
}

// Typed methods are the ones the generated ccc client declares; anything else (an action the SDK does
// not know, or a name of a base-class method such as "request") goes through the generic request().
function hasTypedMethod(action) {
  return Object.prototype.hasOwnProperty.call(CccClient.prototype, action)
    && typeof CccClient.prototype[action] === 'function'
    && action !== 'constructor';
}

function describeError(err) {
  return {
    ok: false,
    code: err && err.code !== undefined ? err.code : null,
    message: err && err.message !== undefined ? String(err.message) : String(err),
    requestId: err && err.requestId ? err.requestId : null,
    httpCode: err && err.httpCode !== undefined ? err.httpCode : null,
  };
}

async function runCall(client, call, defaultOffset) {
  const params = call.params === undefined || call.params === null ? {} : call.params;
  const offset = call.clockOffsetSeconds !== undefined ? call.clockOffsetSeconds : defaultOffset;
  try {
    const response = await withClockOffset(offset, () => (hasTypedMethod(call.action)
      ? client[call.action](params)
      : client.request(call.action, params)));
    return { ok: true, response };
  } catch (err) {
    return describeError(err);
  }
}

async function main() {
  let input;
  try {
    input = JSON.parse(await readStdin());
  } catch (err) {
    fail(`stdin is not JSON: ${err.message}`);
  }
  validate(input);

  let client;
  let clientError = null;
  try {
    client = createClient(input);
  } catch (err) {
    // The SDK validates its profile (e.g. the language) in the constructor: report that per call.
    clientError = describeError(err);
  }

  const results = [];
  for (const call of input.calls) {
    results.push(clientError ? clientError : await runCall(client, call, input.clockOffsetSeconds || 0));
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((err) => fail(err && err.stack ? err.stack : String(err)));
