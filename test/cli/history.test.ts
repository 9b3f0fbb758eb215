import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/runCli";
import { tempDir } from "../fixtures/cliFiles";

const run = (argv: string[], cwd: string) => runCli(argv, { cwd, env: {} });

/** The hand-checked example of test/core/history: a steady, b bought once, c new in April, d never. */
const ROWS = [
  ...["01", "02", "03", "04", "05", "06"].map((m) => ["a", `2024-${m}-05`, 100]),
  ["b", "2024-01-15", 300],
  ["c", "2024-04-10", 500],
  ["d", "2024-02-01", 0],
];

function salesFile(): string {
  const dir = tempDir();
  const lines = [["Client", "Date", "Amount"], ...ROWS].map((r) => r.join(";"));
  writeFileSync(path.join(dir, "sales.csv"), `${lines.join("\n")}\n`);
  return dir;
}

interface HistoryDoc {
  clients: {
    client: string;
    abc: string | null;
    xyz: string | null;
    status: string;
    history: { abc: (string | null)[]; xyz: (string | null)[]; status: string[]; abcStreak: number };
  }[];
  history: {
    periods: string[];
    transitions: { abc: Record<string, Record<string, number>>; xyz: Record<string, Record<string, number>> };
    stability: { abc: number | null; xyz: number | null };
    byPeriod: Record<string, { clients: number; share: number }>[];
  };
}

async function json(argv: string[], dir: string): Promise<HistoryDoc> {
  const outcome = await run(argv, dir);
  expect(outcome.stderr).toBe("");
  expect(outcome.exitCode).toBe(0);
  return JSON.parse(outcome.stdout) as HistoryDoc;
}

describe("the command line's class history", () => {
  it("prints the contract's shape: periods by first day, transitions, stability, classes per period end", async () => {
    const doc = await json(["sales.csv", "--json", "--history", "4"], salesFile());
    expect(Object.keys(doc.history)).toEqual(["periods", "transitions", "stability", "byPeriod"]);
    expect(doc.history.periods).toEqual(["2024-03-01", "2024-04-01", "2024-05-01", "2024-06-01"]);
    expect(doc.history.transitions.abc).toEqual({
      A: { A: 5, B: 1, C: 0, none: 0 },
      B: { A: 0, B: 2, C: 0, none: 0 },
      C: { A: 0, B: 0, C: 0, none: 0 },
      none: { A: 1, B: 0, C: 0, none: 3 },
    });
    expect(Object.keys(doc.history.transitions.xyz)).toEqual(["X", "Y", "Z", "none"]);
    expect(doc.history.stability).toEqual({ abc: 0.875, xyz: 1 });
    expect(doc.history.byPeriod[1]).toEqual({
      A: { clients: 2, share: 0.75 },
      B: { clients: 1, share: 0.25 },
      C: { clients: 0, share: 0 },
    });
    const b = doc.clients.find((c) => c.client === "b");
    expect(b?.history).toEqual({
      abc: ["A", "B", "B", "B"],
      xyz: [null, "Z", "Z", "Z"],
      status: ["new", "lost", "lost", "lost"],
      abcStreak: 3,
    });
    expect(doc.clients.find((c) => c.client === "d")?.history.abc).toEqual([null, null, null, null]);
  });

  it("takes 12 period ends by default, fewer when the data has fewer, the flag before or after the file", async () => {
    const dir = salesFile();
    const after = await json(["sales.csv", "--json", "--history"], dir);
    expect(after.history.periods).toEqual([
      "2024-01-01",
      "2024-02-01",
      "2024-03-01",
      "2024-04-01",
      "2024-05-01",
      "2024-06-01",
    ]);
    const before = await json(["--history", "sales.csv", "--json"], dir);
    expect(before.history).toEqual(after.history);
    const quarters = await json(["sales.csv", "--json", "--history", "--granularity", "quarter"], dir);
    expect(quarters.history.periods).toEqual(["2024-01-01", "2024-04-01"]);
    const weeks = await json(["sales.csv", "--json", "--history", "--granularity", "week"], dir);
    expect(weeks.history.periods).toHaveLength(12);
    expect(weeks.history.periods[11]).toBe("2024-06-03");
  });

  it("gives at each period end the classes an independent run as of that period gives", async () => {
    const dir = salesFile();
    const doc = await json(["sales.csv", "--json", "--history", "--window-months", "2"], dir);
    for (const [j, first] of doc.history.periods.entries()) {
      const asOf = await json(["sales.csv", "--json", "--window-months", "2", "--as-of", first], dir);
      expect(doc.clients.map((c) => [c.history.abc[j], c.history.xyz[j], c.history.status[j]])).toEqual(
        asOf.clients.map((c) => [c.abc, c.xyz, c.status]),
      );
    }
  });

  it("leaves the JSON as it was without the flag", async () => {
    const doc = await json(["sales.csv", "--json"], salesFile());
    expect(doc.history).toBeUndefined();
    expect(doc.clients[0].history).toBeUndefined();
  });

  it("prints the transitions and the stability in the summary, in the run's language", async () => {
    const outcome = await run(["sales.csv", "--history", "4", "--lang", "ru"], salesFile());
    expect(outcome.exitCode).toBe(0);
    const lines = outcome.stdout.split("\n");
    const at = lines.findIndex((l) => l.startsWith("История классов"));
    expect(lines[at]).toBe("История классов, концов периодов: 4 (март 2024 – июнь 2024)");
    expect(lines.slice(at + 2, at + 7).map((l) => l.trim().split(/\s+/))).toEqual([
      ["A", "B", "C", "нет"],
      ["A", "5", "1", "0", "0"],
      ["B", "0", "2", "0", "0"],
      ["C", "0", "0", "0", "0"],
      ["нет", "1", "0", "0", "3"],
    ]);
    expect(outcome.stdout).toContain("ABC 87,5\u00a0%, XYZ 100\u00a0%");
  });

  it("refuses a count that is not a number of period ends, in the run's language, exit 2", async () => {
    const outcome = await run(["sales.csv", "--history", "0", "--lang", "es"], salesFile());
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toBe("--history: «0» no es un número de cierres de periodo (por ejemplo, 12)\n");
  });
});

const PYTHON = "/usr/bin/python3";
const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;

/** The History sheet of a written workbook as openpyxl reads it: sheet names, a few rows, its rules and charts. */
const HISTORY_FACTS = String.raw`
import json, sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
ws = wb["Class history"]
rows = [[c for c in r] for r in ws.iter_rows(values_only=True)]
rules = [(str(cf.sqref), [f for r in cf.rules for f in (r.formula or [])]) for cf in ws.conditional_formatting]
charts = [(type(c).__name__, c.grouping, len(c.series)) for c in ws._charts]
print(json.dumps({"sheets": wb.sheetnames, "rows": rows, "rules": rules, "charts": charts}, default=str))
`;

interface HistoryFacts {
  sheets: string[];
  rows: (string | number | null)[][];
  rules: [string, string[]][];
  charts: [string, string, number][];
}

(hasOpenpyxl ? describe : describe.skip)(
  "the History sheet in a written workbook (skipped without openpyxl)",
  () => {
    it("is written by --out from a CSV and updated in place by a run on that workbook, chart and colours kept", async () => {
      const dir = salesFile();
      expect((await run(["sales.csv", "--history", "4", "--out", "first.xlsx"], dir)).exitCode).toBe(0);
      expect((await run(["first.xlsx", "--history", "4", "--out", "second.xlsx"], dir)).exitCode).toBe(0);
      for (const file of ["first.xlsx", "second.xlsx"]) {
        const facts = JSON.parse(
          execFileSync(PYTHON, ["-c", HISTORY_FACTS, path.join(dir, file)], { encoding: "utf8" }),
        ) as HistoryFacts;
        expect(facts.sheets.filter((s) => s.startsWith("Class history"))).toEqual(["Class history"]);
        const header = facts.rows.findIndex((r) => r[0] === "Client" && r[3] === "Streak");
        expect(facts.rows[header + 1].slice(0, 8)).toEqual([
          "a",
          "(no manager)",
          600,
          4,
          "A",
          "A X",
          "A X",
          "A X",
        ]);
        const paths = facts.rules.filter(([, formulas]) => formulas.some((f) => f.startsWith("LEFT(")));
        expect(paths.flatMap(([, f]) => f)).toEqual([
          `LEFT(E${header + 2},1)="A"`,
          `LEFT(E${header + 2},1)="B"`,
          `LEFT(E${header + 2},1)="C"`,
        ]);
        expect(paths[0][0]).toBe(`E${header + 2}:H${header + 5}`);
        expect(facts.charts).toEqual([["BarChart", "stacked", 3]]);
      }
    });
  },
);
