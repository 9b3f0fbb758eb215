#!/usr/bin/env node
/**
 * `npm stop`: ends what `npm start` began — the standalone dev server (its process id is kept in
 * node_modules/.cache/segmenta/dev-server.json) and, on Windows and Mac, the desktop sideload
 * (`office-addin-debugging stop manifest.xml`).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { STATE_FILE } = require("./start");

function stopStandalone() {
  if (!fs.existsSync(STATE_FILE)) return false;
  const { server, url } = JSON.parse(fs.readFileSync(STATE_FILE, "utf8"));
  try {
    process.kill(server, "SIGTERM");
    console.log(`Stopped the Segmenta dev server (${url}).`);
  } catch {
    console.log("The Segmenta dev server had already stopped.");
  }
  fs.rmSync(STATE_FILE, { force: true });
  return true;
}

const stopped = stopStandalone();
if (process.platform === "win32" || process.platform === "darwin") {
  const result = spawnSync(process.execPath, [require.resolve("office-addin-debugging/cli.js"), "stop", "manifest.xml"], {
    cwd: path.resolve(__dirname, ".."),
    stdio: "inherit",
  });
  process.exitCode = result.status ?? 1;
} else if (!stopped) {
  console.log("No Segmenta dev server started by `npm start` is running.");
}
