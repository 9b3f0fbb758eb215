#!/usr/bin/env node
/**
 * `npm start`: Segmenta in Excel where Excel can be driven, in the browser everywhere else.
 *
 * - Windows and Mac: `office-addin-debugging start manifest.xml` starts the dev server and sideloads
 *   the add-in into desktop Excel (development certificates are created and trusted on first run).
 * - Linux, or SEGMENTA_STANDALONE=1: starts the dev server, opens the task pane in standalone mode
 *   (a workbook loaded in the browser) and prints how to sideload into Excel on the web.
 *   SEGMENTA_NO_OPEN=1 only prints the address.
 *
 * `npm stop` (scripts/stop.js) ends either.
 */
"use strict";

const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");
const { spawn } = require("child_process");
const { devServerHttps } = require("./webpack/devServerHttps");

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
/** Where the standalone dev server's process ids are kept for `npm stop`. */
const STATE_FILE = path.join(ROOT, "node_modules", ".cache", "segmenta", "dev-server.json");
/** The page the task pane shows without Office: the same UI against a workbook in the browser. */
const STANDALONE_PATH = "/taskpane.html?standalone=1";

const isDesktopPlatform = (platform) => platform === "win32" || platform === "darwin";

/** Whether `npm start` runs the standalone mode rather than sideloading into desktop Excel. */
function wantsStandalone(env = process.env, platform = process.platform) {
  return env.SEGMENTA_STANDALONE === "1" || !isDesktopPlatform(platform);
}

function runNode(script, args, options = {}) {
  return spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: "inherit", ...options });
}

function startDesktop() {
  let cli;
  try {
    cli = require.resolve("office-addin-debugging/cli.js");
  } catch {
    // An optional dependency: npm skips it where its native part cannot be built.
    console.error("Microsoft's sideloading tool (office-addin-debugging) is not installed: `npm install` could not build it here.");
    console.error("Run `npm install office-addin-debugging`, or `SEGMENTA_STANDALONE=1 npm start` for the task pane in your browser.");
    process.exit(2);
  }
  console.log("Sideloading Segmenta into desktop Excel (office-addin-debugging)…");
  const child = runNode(cli, ["start", "manifest.xml"]);
  child.on("exit", (code) => process.exit(code ?? 1));
}

/** Resolves once the server answers (any status), or rejects after `timeoutMs`. */
function waitForServer(url, timeoutMs) {
  const client = url.startsWith("https:") ? https : http;
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const request = client.get(url, { rejectUnauthorized: false }, (response) => {
        response.resume();
        resolve();
      });
      request.on("error", () => {
        if (Date.now() > deadline) reject(new Error(`${url} did not answer within ${timeoutMs / 1000} s`));
        else setTimeout(attempt, 500);
      });
    };
    attempt();
  });
}

function openBrowser(url) {
  if (process.env.SEGMENTA_NO_OPEN === "1") return;
  const opener = { win32: ["cmd", ["/c", "start", "", url]], darwin: ["open", [url]] }[process.platform] || ["xdg-open", [url]];
  if (process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const child = spawn(opener[0], opener[1], { stdio: "ignore", detached: true });
  child.on("error", () => {}); // no browser to open: the address is printed anyway
  child.unref();
}

function printSideloadHelp(protocol, url) {
  const lines = [
    "",
    `Segmenta (standalone): ${url}`,
    "  The task pane runs against a workbook in the browser: the bundled sample, or a file you pick.",
    "",
    "Excel on the web:",
    "  1. Open a workbook in Excel at https://www.office.com.",
    "  2. Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in, and choose",
    `     ${path.join(ROOT, "manifest.xml")}`,
    "     (older layouts: Insert → Office Add-ins → My Add-ins → Manage My Add-ins → Upload My Add-in).",
    "  3. Home → Segmenta → Segment clients. To remove it, clear the browser's cache.",
  ];
  if (protocol !== "https") {
    lines.push(
      "  Excel on the web needs https, and this server runs on http. Once, run",
      "      npx office-addin-dev-certs install",
      "  trust the certificate it creates (on Linux: add ~/.office-addin-dev-certs/ca.crt to your browser's authorities),",
      "  then `npm stop` and `npm start` again.",
    );
  }
  lines.push("", "Stop with Ctrl+C here or `npm stop` in another terminal.", "");
  console.log(lines.join("\n"));
}

async function startStandalone() {
  const { protocol } = await devServerHttps();
  const url = `${protocol}://localhost:${PORT}${STANDALONE_PATH}`;
  const server = runNode(require.resolve("webpack-cli/bin/cli.js"), ["serve", "--mode", "development", "--port", String(PORT)]);
  fs.mkdirSync(path.dirname(STATE_FILE), { recursive: true });
  fs.writeFileSync(STATE_FILE, JSON.stringify({ starter: process.pid, server: server.pid, url }));
  const forget = () => fs.rmSync(STATE_FILE, { force: true });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.kill("SIGTERM");
    });
  }
  server.on("exit", (code, signal) => {
    forget();
    process.exit(signal ? 0 : (code ?? 0));
  });
  try {
    await waitForServer(url, 180000);
    printSideloadHelp(protocol, url);
    openBrowser(url);
  } catch (err) {
    console.error(`Segmenta: ${err.message}. See the dev server's messages above.`);
  }
}

if (require.main === module) {
  if (wantsStandalone()) startStandalone();
  else startDesktop();
}

module.exports = { STATE_FILE, STANDALONE_PATH, wantsStandalone };
