#!/usr/bin/env node
"use strict";
// The command line: the bundle in build/cli, rebuilt first (well under a second) when a source file is
// newer than it, so neither `npm run classify` nor `npx segmenta` ever runs an old build after an edit.
const path = require("path");

let bundle;
try {
  bundle = require(path.join(__dirname, "..", "scripts", "buildCli.js")).freshBundle();
} catch (error) {
  process.stderr.write(`segmenta: the command line could not be built: ${error instanceof Error ? error.message : error}\n`);
  process.stderr.write("Run `npm install` in the Segmenta folder, then try again.\n");
  process.exit(2);
}
require(bundle);
