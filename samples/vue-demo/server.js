// Serves the demo page, Vue from node_modules (no CDN, no build step) and the page's settings.
//   BACKEND_URL   where the sample backend's /loginTCCC is (default http://127.0.0.1:3000)
//   AGENT_USER_ID the agent e-mail the login form starts with (optional)
//   PORT, HOST    where this page is served (default 127.0.0.1:8080)
"use strict";

const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const port = Number(process.env.PORT || 8080);
const host = process.env.HOST || "127.0.0.1";
const settings = {
  backendUrl: (process.env.BACKEND_URL || "http://127.0.0.1:3000").replace(/\/+$/, ""),
  agentUserId: process.env.AGENT_USER_ID || "",
};

const publicDir = path.join(__dirname, "public");
const files = new Map([
  ["/", { file: path.join(publicDir, "index.html"), type: "text/html; charset=utf-8" }],
  ["/index.html", { file: path.join(publicDir, "index.html"), type: "text/html; charset=utf-8" }],
  ["/app.js", { file: path.join(publicDir, "app.js"), type: "text/javascript; charset=utf-8" }],
  ["/styles.css", { file: path.join(publicDir, "styles.css"), type: "text/css; charset=utf-8" }],
  ["/vendor/vue.global.prod.js", { file: require.resolve("vue/dist/vue.global.prod.js"), type: "text/javascript; charset=utf-8" }],
]);

const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url, "http://page");
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  if (pathname === "/settings.json") {
    res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
    res.end(JSON.stringify(settings));
    return;
  }
  const entry = files.get(pathname);
  if (!entry) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
    return;
  }
  fs.readFile(entry.file, (error, body) => {
    if (error) {
      res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end("Cannot read the file\n");
      return;
    }
    res.writeHead(200, { "Content-Type": entry.type, "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff" });
    res.end(req.method === "HEAD" ? undefined : body);
  });
});

server.on("error", error => {
  console.error(`Cannot serve on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`vue-demo listening on http://${host}:${server.address().port}/ (backend ${settings.backendUrl})`);
});
