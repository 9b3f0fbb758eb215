"use strict";
/**
 * The command line as one bundled file, `build/cli/segmenta.js`, made by esbuild from `src/cli/main.ts`
 * in a fraction of a second. Only Segmenta's own code is bundled; packages stay in node_modules and
 * load when a run needs them (the progress bar only for large files), so a CSV summary starts fast.
 *
 * The bundle lives outside `dist/`, which `npm run build` empties. `bin/segmenta.js` rebuilds it
 * before a run whenever a file under `src/` (or this script) is newer, so an edit is never run stale.
 *
 *   node scripts/buildCli.js   build it now (`npm run build:cli`, and `prepare` on install)
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const SOURCE_DIR = path.join(ROOT, "src");
const ENTRY = path.join(SOURCE_DIR, "cli", "main.ts");
const BUNDLE = path.join(ROOT, "build", "cli", "segmenta.js");

/** The newest modification time (ms) of the files below `dir`, or 0 when there is none. */
function newestMtime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

/** True when the bundle is missing or older than any source file (or than this script). */
function isStale() {
  let built;
  try {
    built = fs.statSync(BUNDLE).mtimeMs;
  } catch {
    return true;
  }
  if (!fs.existsSync(SOURCE_DIR)) return false; // an installed package without sources: the bundle is all there is
  return newestMtime(SOURCE_DIR) > built || fs.statSync(__filename).mtimeMs > built;
}

/** Bundles the command line into a temporary file and renames it in place, so a concurrent run never reads half a file. */
function build() {
  const esbuild = require("esbuild");
  fs.mkdirSync(path.dirname(BUNDLE), { recursive: true });
  const temporary = `${BUNDLE}.${process.pid}.tmp`;
  esbuild.buildSync({
    entryPoints: [ENTRY],
    outfile: temporary,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    logLevel: "error",
  });
  fs.renameSync(temporary, BUNDLE);
}

/** The bundle's path, rebuilt first when stale. */
function freshBundle() {
  if (isStale()) build();
  return BUNDLE;
}

module.exports = { BUNDLE, build, freshBundle, isStale };

if (require.main === module) build();
