/**
 * The command line users run is a bundle rebuilt whenever a source file is newer, kept out of the
 * folder the add-in's build empties.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cli = require(path.join(ROOT, "scripts", "buildCli.js")) as { BUNDLE: string; isStale(): boolean; freshBundle(): string };

function segmenta(args: string[]) {
  const { INIT_CWD: _npmCwd, ...env } = process.env;
  return spawnSync("npx", ["--no-install", "segmenta", ...args], { cwd: ROOT, env, encoding: "utf8", timeout: 60_000 });
}

describe("the bundled command line", () => {
  it("is rebuilt before a run when it is older than the sources, so an edit is never run stale", () => {
    cli.freshBundle();
    const past = new Date(Date.now() - 365 * 24 * 3600 * 1000);
    fs.utimesSync(cli.BUNDLE, past, past);
    expect(cli.isStale()).toBe(true);
    const result = segmenta(["--help"]);
    expect(result.status).toBe(0);
    expect(fs.statSync(cli.BUNDLE).mtimeMs).toBeGreaterThan(past.getTime() + 1000);
    expect(cli.isStale()).toBe(false);
  });

  it("lies outside the add-in build's output, which `npm run build` empties", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<{ output: { path: string } }>;
    const config = await makeConfig({}, { mode: "production" });
    const relative = path.relative(config.output.path, cli.BUNDLE);
    expect(relative.startsWith("..")).toBe(true);
  });

  /** The packages a run of the bundle on a two-sale CSV loads, as Node resolves them. */
  function packagesLoaded(args: readonly string[]): string[] {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "segmenta-cli-"));
    fs.writeFileSync(path.join(dir, "sales.csv"), "Client,Date,Amount\nAcme,2024-01-05,10\n");
    // Records every package the run loads, as Node resolves it.
    const probe = path.join(dir, "probe.js");
    fs.writeFileSync(
      probe,
      `const M = require("module"); const load = M._load; const seen = new Set();
       M._load = function (request, ...rest) { if (!/^(\\.|\\/|node:)/.test(request)) seen.add(request.split("/")[0]); return load.call(this, request, ...rest); };
       process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(path.join(dir, "loaded.json"))}, JSON.stringify([...seen])));`,
    );
    const { INIT_CWD: _npmCwd, ...env } = process.env;
    const result = spawnSync(process.execPath, ["-r", probe, cli.freshBundle(), "sales.csv", "--quiet", ...args], { cwd: dir, env, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const loaded = JSON.parse(fs.readFileSync(path.join(dir, "loaded.json"), "utf8")) as string[];
    fs.rmSync(dir, { recursive: true, force: true });
    return loaded;
  }

  it("loads no workbook library for a CSV summary: only what the run needs", () => {
    const loaded = packagesLoaded([]);
    expect(loaded).not.toContain("exceljs");
    expect(loaded).not.toContain("cli-progress");
    expect(loaded).toContain("commander");
  });

  it("writes a CSV's --out workbook with its own writer: ExcelJS is never loaded", () => {
    const loaded = packagesLoaded(["--out", "out.xlsx"]);
    expect(loaded).not.toContain("exceljs");
    expect(loaded).toContain("fflate");
  });
});
