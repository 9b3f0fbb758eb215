/**
 * `npm run build` empties the add-in's output folder; the command line must work after it, as
 * `npx segmenta` (it once failed with MODULE_NOT_FOUND). Run for real in a copy of the project, so the
 * working folder's own build is left alone.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
/** Copied: files whose `__dirname` must be the copy's. Linked: read only, large. */
const COPIED = ["package.json", "webpack.config.js", "tsconfig.json", "manifest.xml", "bin", "scripts"];
const LINKED = ["src", "assets", "node_modules"];

let project = "";

function run(command: string, args: string[]) {
  const { INIT_CWD: _npmCwd, ...env } = process.env;
  return spawnSync(command, args, {
    cwd: project,
    env,
    encoding: "utf8",
    timeout: 280_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

beforeAll(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "segmenta-project-"));
  for (const name of COPIED) fs.cpSync(path.join(ROOT, name), path.join(project, name), { recursive: true });
  for (const name of LINKED) fs.symlinkSync(path.join(ROOT, name), path.join(project, name));
});

afterAll(() => {
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

describe("npx segmenta after npm run build", () => {
  it("still runs: the build does not delete the compiled command line", () => {
    const before = run("npx", ["--no-install", "segmenta", "--help"]);
    expect(before.status).toBe(0);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundle = (require(path.join(project, "scripts", "buildCli.js")) as { BUNDLE: string }).BUNDLE;
    expect(path.relative(project, bundle).startsWith("..")).toBe(false);
    expect(fs.existsSync(bundle)).toBe(true);

    const build = run("npm", ["run", "build"]);
    expect({ status: build.status, stderr: build.status === 0 ? "" : build.stderr }).toEqual({
      status: 0,
      stderr: "",
    });
    expect(fs.existsSync(path.join(project, "dist", "taskpane.html"))).toBe(true);
    expect(fs.existsSync(bundle)).toBe(true); // the bin would rebuild a missing one, but an installed copy has no esbuild

    const after = run("npx", ["--no-install", "segmenta", "--help"]);
    expect(after.stderr).toBe("");
    expect(after.status).toBe(0);
    expect(after.stdout).toMatch(/segmenta/i);
  }, 300_000);
});
