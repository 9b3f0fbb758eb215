#!/usr/bin/env node
"use strict";
// The compiled command line (built by `npm run build:cli`, which `npm install` runs through `prepare`).
require("../dist/node/cli/main.js");
