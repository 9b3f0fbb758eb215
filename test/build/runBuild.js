/**
 * Runs the production build of webpack.config.js in its own process (webpack inside jest's module
 * sandbox is several times slower) and writes the stats the build test reads to the file argv[2].
 * Output folder and base URL come from SEGMENTA_OUT_DIR and SEGMENTA_BASE_URL.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const configFactory = require("../../webpack.config.js");

async function main() {
  const config = await configFactory({}, { mode: "production" });
  const compiler = webpack({ ...config, context: path.resolve(__dirname, "..", "..") });
  const stats = await new Promise((resolve, reject) => compiler.run((err, result) => (err ? reject(err) : resolve(result))));
  await new Promise((resolve) => compiler.close(resolve));
  // Every module by name, those concatenated into one (the engine's worker holds some hundred) too.
  const json = stats.toJson({
    all: false,
    errors: true,
    warnings: true,
    assets: true,
    chunks: true,
    chunkModules: true,
    nestedModules: true,
    chunkModulesSpace: Infinity,
    nestedModulesSpace: Infinity,
    dependentModules: true,
    entrypoints: true,
    ids: true,
  });
  fs.writeFileSync(process.argv[2], JSON.stringify(json));
  if (stats.hasErrors()) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
