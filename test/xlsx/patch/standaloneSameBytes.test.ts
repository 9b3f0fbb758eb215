import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_SETTINGS } from "../../../src/core";
import { runCli } from "../../../src/cli/runCli";
import { EngineClient } from "../../../src/taskpane/engine/engineClient";
import { standaloneHost } from "../../../src/taskpane/host/standaloneHost";
import { inThreadWorker } from "../../taskpane/support/inThreadWorker";
import { tempDir } from "../../fixtures/cliFiles";

async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** The standalone page with `input` opened, and the plan of a run on it with the default settings. */
async function openedInPage(input: string) {
  const env = { language: "en-US", dark: false, storage: null, fetchSample: async () => new ArrayBuffer(0) };
  const host = standaloneHost(env, new EngineClient(inThreadWorker));
  await host.files!.openFile(new Blob([readFileSync(input)]), "sales.xlsx");
  await host.read(() => undefined);
  const plan = (await host.analyse({ settings: DEFAULT_SETTINGS, lang: "en", overrides: {} }, () => undefined)).plan;
  if (!plan) throw new Error("no plan");
  return { host, plan };
}

describe("the standalone page's Download and the command line's --out", () => {
  it("give the same bytes for the same workbook and settings", async () => {
    const dir = tempDir();
    const input = path.join(dir, "sales.xlsx");
    execFileSync("/usr/bin/python3", [path.join(__dirname, "makeFixture.py"), input, "xlsx"]);
    const outcome = await runCli(["sales.xlsx", "--lang", "en", "--out", "out.xlsx"], { cwd: dir, env: {} });
    expect(outcome.exitCode).toBe(0);

    const { host, plan } = await openedInPage(input);
    await host.write(plan, () => undefined, new AbortController().signal);
    const downloaded = await blobBytes((await host.files!.download()).blob);

    const written = new Uint8Array(readFileSync(path.join(dir, "out.xlsx")));
    expect(downloaded.length).toBe(written.length);
    expect(Buffer.from(downloaded).equals(Buffer.from(written))).toBe(true);
  }, 60_000);

  it("refuses a protected sheet as the add-in does in Excel, and keeps the file as it was", async () => {
    const dir = tempDir();
    const input = path.join(dir, "sales.xlsx");
    execFileSync("/usr/bin/python3", [path.join(__dirname, "makeFixture.py"), input, "xlsx"]);
    const protect =
      "import sys\nfrom openpyxl import load_workbook\nwb = load_workbook(sys.argv[1])\nwb['Sales'].protection.sheet = True\nwb.save(sys.argv[1])";
    execFileSync("/usr/bin/python3", ["-c", protect, input]);
    const { host, plan } = await openedInPage(input);
    expect(await host.write(plan, () => undefined, new AbortController().signal)).toEqual([
      { code: "protected", sheet: "Sales" },
    ]);
    const downloaded = await blobBytes((await host.files!.download()).blob);
    expect(Buffer.from(downloaded).equals(readFileSync(input))).toBe(true);
  }, 60_000);
});
