import { writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/runCli";
import { tempDir } from "../fixtures/cliFiles";

const run = (argv: string[], cwd: string) => runCli(argv, { cwd, env: {} });

/** January–September 2024, window 3 months: R = July–September, R′ = April–June. */
const ROWS = [
  ["a", "2024-01-10", 100, "p1", "Ivanov"],
  ["a", "2024-05-10", 100, "p1", "Ivanov"],
  ["a", "2024-08-10", 600, "p1", "Ivanov"],
  ["a", "2024-09-10", 50, "p2", "Ivanov"],
  ["b", "2024-08-20", 80, "p1", "Petrova"],
  ["b", "2024-08-20", 0, "p1", "Ivanov"],
  ["c", "2024-04-05", 300, "p1", "Petrova"],
  ["e", "2024-03-01", 30, "p1", ""],
  ["e", "2024-09-01", 300, "p1", ""],
];

const csv = (
  rows: readonly (readonly (string | number)[])[],
  header = ["Client", "Date", "Amount", "Product", "Manager"],
) => `${[header, ...rows].map((r) => r.join(";")).join("\n")}\n`;

interface Row {
  manager?: string;
  clients: Record<string, number>;
  primary: { clients: number; amount: number };
  newDirections: { clients: number; amount: number } | null;
  repeat: { amount: number };
  classChanges: unknown;
  health: Record<string, number | null>;
}

describe("the command line's team and migration", () => {
  it("writes the contract's objects, each client credited to the manager of its latest sale", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), csv(ROWS));
    const outcome = await run(["sales.csv", "--json", "--lang", "ru"], dir);
    expect(outcome.exitCode).toBe(0);
    const json = JSON.parse(outcome.stdout) as {
      team: { managers: Row[]; total: Row };
      migration: { abc: Record<string, Record<string, { clients: number; before: number; after: number }>> };
    };
    // b's latest row (the same day, further down) names Ivanov.
    expect(json.team.managers.map((m) => m.manager)).toEqual(["Ivanov", "Petrova", "(без менеджера)"]);
    expect(json.team.managers[0].primary).toEqual({ clients: 1, amount: 80 });
    expect(json.team.total.manager).toBeUndefined();
    expect(Object.keys(json.team.total)).toEqual([
      "clients",
      "lostInPeriod",
      "primary",
      "newDirections",
      "repeat",
      "restored",
      "classChanges",
      "health",
    ]);
    expect(json.team.total.newDirections).toEqual({ clients: 1, amount: 50 });
    expect(json.team.total.repeat.amount).toBe(900);
    expect(Object.keys(json.migration.abc)).toEqual(["A", "B", "C", "none"]);
    // At June c (300) is A and a (200 of 530) is B; by September a has 850 and is A.
    expect(json.migration.abc.B.A).toEqual({ clients: 1, before: 100, after: 650 });
  });

  it("gives null for what a table without products or history cannot tell", async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "sales.csv"),
      csv(
        [
          ["a", "2024-01-10", 100],
          ["a", "2024-02-10", 100],
        ],
        ["Client", "Date", "Amount"],
      ),
    );
    const json = JSON.parse((await run(["sales.csv", "--json"], dir)).stdout) as {
      team: { managers: Row[]; total: Row };
      migration: unknown;
    };
    expect(json.migration).toBeNull();
    expect(json.team.total.newDirections).toBeNull();
    expect(json.team.total.classChanges).toBeNull();
    expect(json.team.total.health.productsPerClient).toBeNull();
    expect(json.team.managers.map((m) => m.manager)).toEqual(["(no manager)"]);
  });

  it("prints the team table and the health figures in the summary", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), csv(ROWS));
    const outcome = await run(["sales.csv", "--lang", "ru"], dir);
    expect(outcome.exitCode).toBe(0);
    const lines = outcome.stdout.split("\n");
    const at = lines.indexOf("Отдел продаж, 01.07.2024–30.09.2024");
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {2}Менеджер +Новые/);
    expect(lines[at + 2]).toMatch(/^ {2}Ivanov +1 +1 /);
    expect(lines[at + 5]).toMatch(/^ {2}Итого /);
    expect(lines[at + 6]).toMatch(/^Здоровье базы: лояльность 50\s%/);
    expect(outcome.stdout).not.toContain("нет столбца менеджера");
  });
});
