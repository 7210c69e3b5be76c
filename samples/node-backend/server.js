// The business backend's route from step 2 of the TCCC guide: GET /loginTCCC mints a one-time SdkURL for
// the agent using this page, with the official Node.js SDK. Only this process ever holds the SecretKey.
"use strict";

const express = require("express");
const { readSettings, createClient, describeError } = require("./ccc-client");

const settings = readSettings();
const client = createClient(settings);
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || "127.0.0.1";
// The pages allowed to call this backend from the browser (the Vue demo by default).
const allowedOrigins = (process.env.DEMO_ORIGIN || "http://127.0.0.1:8080,http://localhost:8080")
  .split(",").map(origin => origin.trim()).filter(Boolean);

const app = express();
app.disable("x-powered-by");

app.use((req, res, next) => {
  const origin = req.get("Origin");
  if (origin && allowedOrigins.includes(origin)) {
    res.set("Access-Control-Allow-Origin", origin);
    res.set("Vary", "Origin");
  }
  if (req.method === "OPTIONS") {
    res.set("Access-Control-Allow-Methods", "GET");
    res.set("Access-Control-Max-Age", "600");
    return res.sendStatus(204);
  }
  next();
});

// ---- DEMO STAND-IN: which agent is logged in ----------------------------------------------------------
// A real backend knows its user from its own login session and never takes the agent's id from the request:
// anyone who can call this route can log in as any agent. Replace this function with your authentication.
function agentOfRequest(req) {
  const userId = typeof req.query.userId === "string" ? req.query.userId.trim() : "";
  return userId || process.env.AGENT_USER_ID || "";
}
// --------------------------------------------------------------------------------------------------------

app.get("/loginTCCC", async (req, res) => {
  const seatUserId = agentOfRequest(req);
  if (!seatUserId) {
    return res.status(400).json({ Code: "MissingParameter", Message: "Say which agent logs in: /loginTCCC?userId=<agent e-mail>." });
  }
  try {
    const login = await client.CreateSDKLoginToken({ SdkAppId: settings.sdkAppId, SeatUserId: seatUserId });
    res.set("Cache-Control", "no-store");
    res.json({ SdkURL: login.SdkURL, Token: login.Token, ExpiredTime: login.ExpiredTime, RequestId: login.RequestId });
  } catch (error) {
    const described = describeError(error);
    console.warn(`CreateSDKLoginToken for ${JSON.stringify(seatUserId)} failed: ${described.Code}: ${described.Message}`);
    res.status(502).json(described);
  }
});

app.get("/healthz", (req, res) => res.json({ ok: true }));

const server = app.listen(port, host, error => {
  if (error) {
    console.error(`Cannot listen on ${host}:${port}: ${error.message}`);
    process.exit(1);
  }
  const address = `http://${host}:${server.address().port}`;
  console.log(`node-backend listening on ${address} (Switchboard ${settings.protocol}${settings.endpoint}, SdkAppId ${settings.sdkAppId})`);
});
