import { execFileSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "../../..");

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/**
 * A production build of the add-in in its own folder (so it never races a developer's dist/), made
 * again when any source, asset or the build configuration is newer than it.
 */
export function productionBuild(outDir: string): string {
  const marker = join(outDir, "taskpane.html");
  const inputs = ["src", "assets", "webpack.config.js", "manifest.xml"]
    .map((p) => join(ROOT, p))
    .filter(existsSync);
  const stale = !existsSync(marker) || inputs.some((input) => newest(input) > statSync(marker).mtimeMs);
  if (stale) {
    execFileSync(join(ROOT, "node_modules/.bin/webpack"), ["--mode", "production"], {
      cwd: ROOT,
      env: { ...process.env, SEGMENTA_OUT_DIR: outDir },
      stdio: "pipe",
    });
  }
  return outDir;
}
