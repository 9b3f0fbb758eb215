import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/runCli";
import { loadWorkbook, newWorkbook, workbookBytes } from "../support/exceljs/exceljsWorkbook";
import { tempDir } from "../fixtures/cliFiles";

/** A long table without a segment column and a client list sheet giving the segments. */
async function workbookWithList(dir: string, list: readonly (readonly string[])[], products = true): Promise<void> {
  const wb = newWorkbook();
  const sales = wb.addWorksheet("Sales");
  sales.addRow(["Client", "Date", "Amount", ...(products ? ["Product"] : [])]);
  for (let m = 1; m <= 4; m++) {
    for (const [client, product] of [["Acme", "Milk"], ["Bolt", "Milk"], ["Core", "Coffee"], ["Acme", "Bread"]]) {
      sales.addRow([client, new Date(Date.UTC(2024, m - 1, 10)), 100, ...(products ? [product] : [])]);
    }
  }
  const clients = wb.addWorksheet("Clients list");
  for (const row of list) clients.addRow([...row]);
  writeFileSync(path.join(dir, "in.xlsx"), await workbookBytes(wb));
}

const json = async (dir: string, args: readonly string[]) => {
  const outcome = await runCli(["in.xlsx", "--json", "--lang", "en", ...args], { cwd: dir, env: {} });
  return { outcome, portrait: outcome.exitCode === 0 ? (JSON.parse(outcome.stdout) as { portrait: { gaps: { segment: string; product: string }[]; targets: number } }).portrait : null };
};

describe("--portrait options", () => {
  it("takes the segments from a client list sheet named by --clients-sheet, clients matched whatever their letter case", async () => {
    const dir = tempDir();
    await workbookWithList(dir, [["Customer", "Segment"], ["Acme", "Shops"], ["BOLT", "Shops"], ["Core", "Cafes"]]);
    const { outcome, portrait } = await json(dir, ["--clients-sheet", "clients list", "--suggest"]);
    expect(outcome.stderr).toBe("");
    // Shops: both buy Milk, half buy Bread (suggested, Bolt misses it); Cafes: Coffee.
    expect(portrait?.gaps).toEqual([{ segment: "Shops", product: "Bread", share: 0.5, missing: 1 }]);
    expect(portrait?.targets).toBe(3);
  });

  it("names the sheet when the client list has no client and segment columns", async () => {
    const dir = tempDir();
    await workbookWithList(dir, [["Who", "What"], ["Acme", "Shops"]]);
    const { outcome } = await json(dir, ["--clients-sheet", "Clients list"]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toBe('in.xlsx: the sheet "Clients list" has no client and segment columns\n');
  });

  it("lists the sheets when the client list sheet does not exist", async () => {
    const dir = tempDir();
    await workbookWithList(dir, [["Client", "Segment"]]);
    const { outcome } = await json(dir, ["--clients-sheet", "Nope"]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain("Sales, Clients list");
  });

  it("colours the actual sheet's gaps below the share --gap-share gives", async () => {
    const dir = tempDir();
    await workbookWithList(dir, [["Client", "Segment"], ["Acme", "Shops"], ["Bolt", "Shops"], ["Core", "Cafes"]]);
    const gapRules = async (args: readonly string[]) => {
      const out = `out${args.join("")}.xlsx`;
      const outcome = await runCli(["in.xlsx", "--clients-sheet", "Clients list", "--out", out, "--lang", "en", ...args], { cwd: dir, env: {} });
      expect(outcome.stderr).toBe("");
      const ws = (await loadWorkbook(readFileSync(path.join(dir, out)))).getWorksheet("Actual");
      const formats = (ws as unknown as { conditionalFormattings: { rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
      return formats.flatMap((f) => f.rules.flatMap((r) => r.formulae ?? [])).join(" ");
    };
    expect(await gapRules([])).toContain("<0.5,");
    const lower = await gapRules(["--gap-share", "30"]);
    expect(lower).toContain("<0.3,");
    expect(lower).not.toContain("<0.5,");
  });

  it("refuses a portrait of a table without products and writes no file", async () => {
    const dir = tempDir();
    await workbookWithList(dir, [["Client", "Segment"]], false);
    const outcome = await runCli(["in.xlsx", "--portrait", "--out", "out.xlsx", "--lang", "en"], { cwd: dir, env: {} });
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain("no product column");
    expect(existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });
});
