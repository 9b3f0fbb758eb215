import { writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/runCli";
import { newWorkbook, workbookBytes } from "../support/exceljs/exceljsWorkbook";
import { tempDir } from "../fixtures/cliFiles";

interface FunnelJson {
  stages: Record<string, number>;
  reached: Record<string, number>;
  conversion: { from: string; to: string; share: number | null }[];
  refusals: unknown[];
  overdue: unknown[];
}

describe("the funnel through the command line", () => {
  it("gives the plan's funnel in --json with stage codes, every row not offered on a first run", async () => {
    const dir = tempDir();
    const wb = newWorkbook();
    const sales = wb.addWorksheet("Sales");
    sales.addRow(["Client", "Date", "Amount", "Segment", "Product"]);
    for (let m = 1; m <= 4; m++) {
      for (const [client, product] of [
        ["Acme", "Milk"],
        ["Bolt", "Milk"],
        ["Core", "Milk"],
        ["Acme", "Bread"],
        ["Bolt", "Bread"],
      ]) {
        sales.addRow([client, new Date(Date.UTC(2024, m - 1, 10)), 100, "Shops", product]);
      }
    }
    writeFileSync(path.join(dir, "in.xlsx"), await workbookBytes(wb));
    const outcome = await runCli(["in.xlsx", "--json", "--lang", "ru", "--portrait", "--suggest"], {
      cwd: dir,
      env: {},
    });
    expect(outcome.stderr).toBe("");
    const funnel = (JSON.parse(outcome.stdout) as { portrait: { funnel: FunnelJson } }).portrait.funnel;
    // Bread is a Shops target (two of three buy it): Core's row is the plan's only one.
    expect(funnel.stages).toEqual({
      notOffered: 1,
      presentation: 0,
      offer: 0,
      contract: 0,
      payment: 0,
      closed: 0,
      refused: 0,
    });
    expect(funnel.conversion.map((c) => [c.from, c.to, c.share])).toEqual([
      ["notOffered", "presentation", 0],
      ["presentation", "offer", null],
      ["offer", "contract", null],
      ["contract", "payment", null],
      ["payment", "closed", null],
    ]);
    expect([funnel.refusals, funnel.overdue]).toEqual([[], []]);
  });
});
