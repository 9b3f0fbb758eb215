/**
 * Emits functions-ru.json and functions-es.json next to functions.json, in builds and in the dev
 * server alike (the manifest points Russian and Spanish Excel at them).
 *
 * The translations are made by scripts/buildFunctionLocales.ts, which reads a functions.json and
 * writes functions-LL.json beside it. This plugin hands it the freshly generated functions.json in
 * a temporary folder and emits what it wrote. Without that script, a warning is raised and the
 * English metadata is emitted under the localised names so that no manifest URL is left dangling.
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const { Compilation, WebpackError, sources } = require("webpack");

const PLUGIN = "FunctionLocalesPlugin";

/** When each language's function words (src/locales/<language>/functions.ts) last changed. */
function catalogStamp(script) {
  const root = path.join(path.dirname(script), "../src/locales");
  if (!fs.existsSync(root)) return "";
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(root, entry.name, "functions.ts")))
    .map((entry) => `${entry.name}:${fs.statSync(path.join(root, entry.name, "functions.ts")).mtimeMs}`)
    .join(",");
}

class FunctionLocalesPlugin {
  /**
   * @param {{ metadata: string, languages: readonly string[], script: string }} options
   *   metadata: the asset name of the English metadata ("functions.json");
   *   languages: the suffixes to emit ("ru", "es"); script: path of the translating script.
   */
  constructor(options) {
    this.options = options;
    this.cache = { key: null, outputs: null };
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const english = compilation.getAsset(this.options.metadata);
        if (!english) return; // the metadata plugin reported why
        const json = english.source.source().toString();
        for (const [name, content] of Object.entries(this.localise(json, compilation))) {
          compilation.emitAsset(name, new sources.RawSource(content));
        }
      });
    });
  }

  /** Asset name → content for every language, reusing the last result while nothing changed. */
  localise(json, compilation) {
    const { script, languages, metadata } = this.options;
    const exists = fs.existsSync(script);
    // The words come from src/locales/<language>/functions.ts: a change there is a new translation too.
    const key = `${exists ? fs.statSync(script).mtimeMs : "none"}\n${catalogStamp(script)}\n${json}`;
    if (this.cache.key === key) return this.cache.outputs;
    const names = languages.map((lang) => metadata.replace(/\.json$/, `-${lang}.json`));
    let outputs;
    if (!exists) {
      compilation.warnings.push(new WebpackError(`${PLUGIN}: ${script} not found; ${names.join(", ")} repeat the English metadata`));
      outputs = Object.fromEntries(names.map((name) => [name, json]));
    } else {
      outputs = this.runScript(json, names, compilation);
    }
    if (outputs) this.cache = { key, outputs };
    return outputs || {};
  }

  runScript(json, names, compilation) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "segmenta-locales-"));
    try {
      const input = path.join(dir, this.options.metadata);
      fs.writeFileSync(input, json);
      execFileSync(process.execPath, [require.resolve("tsx/cli"), this.options.script, input], { stdio: ["ignore", "ignore", "pipe"] });
      const outputs = {};
      for (const name of names) {
        const file = path.join(dir, name);
        if (!fs.existsSync(file)) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${this.options.script} did not write ${name}`));
          return null;
        }
        outputs[name] = fs.readFileSync(file, "utf8");
      }
      return outputs;
    } catch (err) {
      const detail = err && err.stderr ? err.stderr.toString() : String(err);
      compilation.errors.push(new WebpackError(`${PLUGIN}: ${this.options.script} failed:\n${detail}`));
      return null;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

module.exports = FunctionLocalesPlugin;
