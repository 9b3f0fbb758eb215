#!/usr/bin/env node
/**
 * Prints the size of every file of a build, raw and gzipped, and fails when the JavaScript the task
 * pane loads at start (every local script taskpane.html names) passes the budget.
 *
 *   node scripts/checkBundleSize.js [dist]      (run by `npm run build`)
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** Budget for the task pane's initial JavaScript, gzipped. */
const INITIAL_JS_BUDGET = 300 * 1024;

function filesUnder(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, base) : [path.relative(base, full).split(path.sep).join("/")];
  });
}

/**
 * The local scripts an HTML page loads at start, in order (remote ones such as office.js are skipped).
 * @example initialScripts('<script src="https://x/office.js"></script><script defer src=vendor.js></script>') // ["vendor.js"]
 */
function initialScripts(html) {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map((m) => m[1] || m[2] || m[3]);
  return sources.filter((src) => !/^(https?:)?\/\//i.test(src)).map((src) => src.replace(/^\.?\//, "").split(/[?#]/)[0]);
}

/**
 * Sizes of a build folder: every file (bytes and gzipped bytes) and the task pane's initial JavaScript.
 * @returns {{ files: { name: string, bytes: number, gzip: number }[], initial: { names: string[], bytes: number, gzip: number } }}
 */
function measure(dist) {
  const files = filesUnder(dist)
    .filter((name) => !name.endsWith(".LICENSE.txt"))
    .sort()
    .map((name) => {
      const content = fs.readFileSync(path.join(dist, name));
      return { name, bytes: content.length, gzip: zlib.gzipSync(content, { level: 9 }).length };
    });
  const names = initialScripts(fs.readFileSync(path.join(dist, "taskpane.html"), "utf8"));
  const byName = new Map(files.map((file) => [file.name, file]));
  const missing = names.filter((name) => !byName.has(name));
  if (missing.length > 0) throw new Error(`taskpane.html loads ${missing.join(", ")}, which the build did not write`);
  const initial = names.map((name) => byName.get(name));
  return {
    files,
    initial: { names, bytes: initial.reduce((sum, f) => sum + f.bytes, 0), gzip: initial.reduce((sum, f) => sum + f.gzip, 0) },
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function main() {
  const dist = path.resolve(process.argv[2] || "dist");
  const { files, initial } = measure(dist);
  const width = Math.max(...files.map((f) => f.name.length), 12);
  console.log(`\n${"file".padEnd(width)}  ${"size".padStart(10)}  ${"gzipped".padStart(10)}`);
  for (const f of files) console.log(`${f.name.padEnd(width)}  ${kb(f.bytes).padStart(10)}  ${kb(f.gzip).padStart(10)}`);
  const verdict = initial.gzip <= INITIAL_JS_BUDGET ? "within" : "OVER";
  console.log(
    `\ntask pane initial JavaScript (${initial.names.join(" + ")}): ${kb(initial.bytes)}, ${kb(initial.gzip)} gzipped — ${verdict} the ${kb(INITIAL_JS_BUDGET)} budget`,
  );
  if (initial.gzip > INITIAL_JS_BUDGET) process.exitCode = 1;
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(`checkBundleSize: ${err.message}`);
    process.exitCode = 1;
  }
}

module.exports = { INITIAL_JS_BUDGET, initialScripts, measure };
