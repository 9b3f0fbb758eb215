import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/runCli";
import { newWorkbook, workbookBytes } from "../support/exceljs/exceljsWorkbook";
import { tempDir } from "../fixtures/cliFiles";

const run = (argv: string[], cwd: string) => runCli(argv, { cwd, env: {} });

const csv = (rows: readonly (readonly (string | number)[])[]) =>
  `${[["Client", "Date", "Amount", "SCI"], ...rows].map((r) => r.join(";")).join("\n")}\n`;

const rows = [
  ["Acme", "2024-01-05", 500, "92%"],
  ["Acme", "2024-03-05", 500, "64%"],
  ["Beta", "2024-02-05", 200, "81%"],
  ["Gamma", "2024-03-02", 100, ""],
];

describe("the command line with an SCI column", () => {
  it("gives each client its latest index as a fraction and its band in English words", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), csv(rows));
    const outcome = await run(["sales.csv", "--json", "--lang", "ru"], dir);
    expect(outcome.exitCode).toBe(0);
    const json = JSON.parse(outcome.stdout) as {
      clients: { client: string; sci: number | null; sciBand: string | null }[];
    };
    expect(json.clients.map((c) => [c.client, c.sci, c.sciBand])).toEqual([
      ["Acme", 0.64, "at risk"],
      ["Beta", 0.81, "favourable"],
      ["Gamma", null, null],
    ]);
  });

  it("gives null without an SCI column", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), "Client,Date,Amount\nAcme,2024-01-05,10\n");
    const json = JSON.parse((await run(["sales.csv", "--json"], dir)).stdout) as {
      clients: { sci: unknown; sciBand: unknown }[];
    };
    expect(json.clients[0]).toMatchObject({ sci: null, sciBand: null });
  });

  it("refuses a word in the SCI column naming the file and cell, writes nothing, exits 2", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), csv([...rows, ["Delta", "2024-03-09", 10, "loyal"]]));
    const outcome = await run(["sales.csv", "--out", "out.xlsx", "--lang", "es"], dir);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain("sales.csv: D6");
    expect(outcome.stderr).toContain("«loyal» no es un índice de fiabilidad");
    expect(existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  it("reads the index from the client list sheet when the table has none, naming that sheet's cell", async () => {
    const dir = tempDir();
    const wb = newWorkbook();
    wb.addWorksheet("Sales").addRows([
      ["Client", "Date", "Amount", "Product"],
      ["Acme", new Date(Date.UTC(2024, 0, 5)), 500, "Tea"],
      ["Beta", new Date(Date.UTC(2024, 1, 5)), 200, "Milk"],
    ]);
    const list = wb.addWorksheet("Clients");
    list.addRows([
      ["Client", "Segment", "Индекс надёжности"],
      ["acme", "Retail", "72%"],
      ["Beta", "Retail", 0.95],
    ]);
    writeFileSync(path.join(dir, "sales.xlsx"), await workbookBytes(wb));
    const outcome = await run(
      ["sales.xlsx", "--sheet", "Sales", "--clients-sheet", "Clients", "--json"],
      dir,
    );
    expect(outcome.exitCode).toBe(0);
    const json = JSON.parse(outcome.stdout) as {
      clients: { client: string; sci: number | null; sciBand: string | null }[];
    };
    expect(json.clients.map((c) => [c.client, c.sci, c.sciBand])).toEqual([
      ["Acme", 0.72, "vulnerable"],
      ["Beta", 0.95, "secure"],
    ]);

    list.getCell("C3").value = "n/a";
    writeFileSync(path.join(dir, "sales.xlsx"), await workbookBytes(wb));
    const refused = await run(
      ["sales.xlsx", "--sheet", "Sales", "--clients-sheet", "Clients", "--json"],
      dir,
    );
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('Clients!C3: "n/a" is not a reliability index');
  });

  it("takes the SCI column a user names with --sci when its header is not recognised", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), "Client,Date,Amount,Survey\nAcme,2024-01-05,10,0.75\n");
    const plain = JSON.parse((await run(["sales.csv", "--json"], dir)).stdout) as {
      clients: { sciBand: string | null }[];
    };
    expect(plain.clients[0].sciBand).toBeNull();
    const named = JSON.parse((await run(["sales.csv", "--json", "--sci", "Survey"], dir)).stdout) as {
      clients: { sciBand: string | null }[];
    };
    expect(named.clients[0].sciBand).toBe("vulnerable");
  });

  it("prints the clients per band and the A clients at risk in the summary, in the run's language", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), csv(rows));
    const en = await run(["sales.csv"], dir);
    expect(en.stdout).toContain(
      "  Reliability (SCI): secure 0 · favourable 1 · vulnerable 0 · at risk 1 · no SCI 1",
    );
    expect(en.stdout).toContain("  1 A client is at risk: Acme");
    const ru = await run(["sales.csv", "--lang", "ru"], dir);
    expect(ru.stdout).toContain("  1 клиент A в зоне риска: Acme");
  });
});
