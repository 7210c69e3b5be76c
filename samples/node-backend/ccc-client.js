// The official Tencent Cloud contact-center client, pointed at Switchboard by environment variables.
// The same code reaches Tencent's own service when SWITCHBOARD_ENDPOINT is ccc.tencentcloudapi.com.
"use strict";

const http = require("node:http");
const https = require("node:https");
const tencentcloud = require("tencentcloud-sdk-nodejs");

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name} (see README.md: the server prints SdkAppId, SecretId and SecretKey on its first start).`);
    process.exit(2);
  }
  return value;
}

function readSettings() {
  const sdkAppId = Number(required("SDK_APP_ID"));
  if (!Number.isSafeInteger(sdkAppId) || sdkAppId <= 0) {
    console.error(`SDK_APP_ID must be the application's number, got "${process.env.SDK_APP_ID}".`);
    process.exit(2);
  }
  return {
    endpoint: process.env.SWITCHBOARD_ENDPOINT || "127.0.0.1:5080",
    protocol: process.env.SWITCHBOARD_PROTOCOL || "http://",
    sdkAppId,
    secretId: required("SECRET_ID"),
    secretKey: required("SECRET_KEY"),
  };
}

function createClient(settings) {
  // The SDK sends every request through $http_proxy when that is set, even to 127.0.0.1. An agent of our
  // own takes precedence over the proxy, so a Switchboard on your own network is reached directly.
  const agent = settings.protocol === "http://" ? new http.Agent({ keepAlive: true }) : new https.Agent({ keepAlive: true });
  return new tencentcloud.ccc.v20200210.Client({
    credential: { secretId: settings.secretId, secretKey: settings.secretKey },
    region: "",
    profile: { httpProfile: { endpoint: settings.endpoint, protocol: settings.protocol, reqTimeout: 15, agent } },
  });
}

// An error from the API carries Tencent's Code and Message; anything else (server down, timeout) did not
// get an answer at all.
function describeError(error) {
  if (error && typeof error.code === "string" && error.requestId !== undefined) {
    return { Code: error.code, Message: error.message, RequestId: error.requestId };
  }
  const cause = error && error.cause && error.cause.code ? ` (${error.cause.code})` : "";
  return { Code: "ClientError.NetworkError", Message: `No answer from the contact center: ${error && error.message}${cause}` };
}

module.exports = { readSettings, createClient, describeError };
