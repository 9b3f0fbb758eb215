import { spawn, spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { salesCsv, tempDir } from "../fixtures/cliFiles";

const ROOT = path.resolve(__dirname, "../..");
/** The command users run (`npm run classify`, `npx segmenta`): the bundle, rebuilt first when stale. */
const BIN = path.join(ROOT, "bin", "segmenta.js");

function segmenta(args: string[], cwd: string, env: Record<string, string> = {}) {
  // Jest itself may run under `npm test`, which sets INIT_CWD: start from a clean one.
  const { INIT_CWD: _npmCwd, ...base } = process.env;
  return spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...base, LANG: "en_US.UTF-8", ...env }, encoding: "utf8", timeout: 60_000 });
}

describe("segmenta as a process", () => {
  it("reads a file relative to where it is started and exits 0", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), salesCsv([["Acme", "2024-01-15", "100"], ["Beta", "2024-02-15", "50"]]));
    const result = segmenta(["sales.csv", "--json"], dir);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { clients: unknown[] }).clients).toHaveLength(2);
  });

  it("takes relative paths from INIT_CWD when npm run moved it elsewhere", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), salesCsv([["Acme", "2024-01-15", "100"]]));
    const result = segmenta(["sales.csv", "--quiet"], ROOT, { INIT_CWD: dir });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("exits 2 on bad input with the message and no stack trace", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), salesCsv([["Acme", "2024-01-15", "seventy"]]));
    const result = segmenta(["sales.csv"], dir);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('sales.csv: C2: "seventy" is not an amount');
  });
});

describe("segmenta stopped while it writes", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("removes its temporary file on %s and exits 130", async (signal) => {
    const dir = tempDir();
    const rows: string[][] = [];
    for (let i = 0; i < 150_000; i++) rows.push([`C${i % 20_000}`, `2024-${String((i % 12) + 1).padStart(2, "0")}-15`, String(10 + (i % 97))]);
    writeFileSync(path.join(dir, "sales.csv"), salesCsv(rows));
    const { INIT_CWD: _npmCwd, ...base } = process.env;
    const child = spawn(process.execPath, [BIN, "sales.csv", "--out", "out.xlsx"], { cwd: dir, env: { ...base, LANG: "en_US.UTF-8" } });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // Stopped once the temporary output exists, i.e. in the middle of writing it.
    const deadline = Date.now() + 60_000;
    while (!readdirSync(dir).some((f) => f.endsWith(".tmp")) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(readdirSync(dir).some((f) => f.endsWith(".tmp"))).toBe(true);
    child.kill(signal);
    expect(await exited).toBe(130);
    expect(stderr).toContain("Stopped before the end: nothing was written");
    expect(readdirSync(dir)).toEqual(["sales.csv"]);
  }, 90_000);
});
