import {
  DEFAULT_SETTINGS,
  HISTORY_SHEET_MARKER,
  analyseWorkbook,
  classHistory,
  classify,
  classifyInput,
  getLocale,
  historySheetPlan,
  snapshotAfter,
  type Language,
  type PlanValue,
  type WorkbookSnapshot,
  type WriteOp,
} from "../../../src/core";
import { surfaceWords } from "../../../src/locales";
import { validSheetName } from "../../excel/fakes/fakeExcel";
import { SALES_ONLY_WORKBOOK as WORKBOOK, longDataset } from "../../support/dataset";

/**
 * The example of classHistory.test.ts with e, who bought 600 in February. By hand (window from January,
 * 3 months): March e 600 (A), a and b 300 each (P 600/1200 = 50 %: B); April e 600, c 500 (P 33 %: A),
 * a 400 (P 61 %: B), b 300 (C); May e 600, a and c 500 (A), b (C); June a and e 600 (A), c 500 (P 60 %:
 * B, slipped), b (C).
 */
const dataset = longDataset(
  [
    ...["01", "02", "03", "04", "05", "06"].map((m) => ({ client: "a", at: `2024-${m}`, amount: 100 })),
    { client: "b", at: "2024-01-15", amount: 300 },
    { client: "c", at: "2024-04-10", amount: 500 },
    { client: "e", at: "2024-02-10", amount: 600 },
  ],
  ["a", "b", "c", "d", "e"],
);
const classification = classify(dataset, DEFAULT_SETTINGS);
const history = classHistory(classifyInput(dataset, DEFAULT_SETTINGS), 4);

function plan(lang: Language, workbook = WORKBOOK) {
  return historySheetPlan({
    workbook,
    history,
    classification,
    managers: ["Ivanov", null, "Petrova", null, "Ivanov"],
    words: surfaceWords("history")[lang],
    noManager: surfaceWords("team")[lang].noManager,
    locale: getLocale(lang),
  });
}

const valuesOf = (ops: readonly WriteOp[]): readonly (readonly PlanValue[])[] => {
  const op = ops.find((o) => o.kind === "values");
  return op?.kind === "values" ? op.values : [];
};
const rowStarting = (values: readonly (readonly PlanValue[])[], text: string) =>
  values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith(text));

/** A long table of two clients, a and b. */
const SMALL_TABLE: WorkbookSnapshot = {
  active: {
    name: "Sales",
    top: 0,
    left: 0,
    values: [
      ["Client", "Date", "Amount"],
      ["a", 45292, 100],
      ["a", 45323, 100],
      ["b", 45352, 50],
    ],
    formats: [
      ["General", "General", "General"],
      ["General", "yyyy-mm-dd", "0"],
    ],
  },
  sheetNames: ["Sales"],
  owned: [],
};

describe("the History sheet", () => {
  it("is Segmenta's own sheet, cleared and marked, named in the run's language", () => {
    for (const [lang, name] of [
      ["en", "Class history"],
      ["ru", "История классов"],
      ["es", "Historial de clases"],
    ] as const) {
      const p = plan(lang);
      // Excel keeps "History" for a shared workbook's log and refuses it as a sheet's name.
      expect(validSheetName(name)).toBe(true);
      expect(p.ops[0]).toEqual({ kind: "sheet", sheet: name, marker: HISTORY_SHEET_MARKER, clear: true });
      expect(p.ops.at(-1)).toMatchObject({ kind: "name", name: HISTORY_SHEET_MARKER, range: p.owned[0] });
    }
  });

  it("is updated in place on a re-run, and never takes a user's sheet of that name", () => {
    const first = plan("en");
    const after = snapshotAfter(WORKBOOK, first);
    const again = plan("en", { ...after, sheetNames: [...after.sheetNames] });
    expect(again.ops[0]).toMatchObject({ sheet: "Class history" });
    const taken = plan("en", { ...WORKBOOK, sheetNames: ["Sales", "class history"] });
    expect(taken.ops[0]).toMatchObject({ sheet: "Class history (2)" });
  });

  it("holds both transition matrices with their stability", () => {
    const values = valuesOf(plan("en").ops);
    expect(values[0][0]).toBe(
      "Class history, Mar 2024 – Jun 2024: each client's ABC and XYZ at every period end",
    );
    expect(values.slice(3, 8).map((r) => r.slice(0, 5))).toEqual([
      [null, "A", "B", "C", "none"],
      ["A", 5, 1, 0, 0],
      ["B", 1, 1, 1, 0],
      ["C", 0, 0, 2, 0],
      ["none", 1, 0, 0, 3],
    ]);
    // 11 client-pairs classed at both ends (a 3, b 3, c 2, e 3), 8 kept.
    expect(values[8].slice(0, 2)).toEqual(["Stability", 8 / 11]);
    expect(values[8].slice(6, 8)).toEqual(["Stability", 1]);
  });

  it("charts each period end's share of turnover per class as stacked columns", () => {
    const p = plan("en");
    const values = valuesOf(p.ops);
    const top = rowStarting(values, "Period end");
    expect(values.slice(top, top + 5).map((r) => r.slice(0, 4))).toEqual([
      ["Period end", "A", "B", "C"],
      ["Mar 2024", 600 / 1200, 600 / 1200, 0],
      ["Apr 2024", 1100 / 1800, 400 / 1800, 300 / 1800],
      ["May 2024", 1600 / 1900, 0, 300 / 1900],
      ["Jun 2024", 1200 / 2000, 500 / 2000, 300 / 2000],
    ]);
    const chart = p.ops.find((o) => o.kind === "chart");
    expect(chart).toMatchObject({
      chart: "stacked",
      title: "Share of turnover by ABC class",
      source: { sheet: "Class history", row: top, col: 0, rows: 5, cols: 4 },
    });
  });

  it("lists who slipped at the last step and who was A throughout, largest first", () => {
    const values = valuesOf(plan("en").ops);
    const top = rowStarting(values, "Slipping");
    expect(values[top][0]).toBe(
      "Slipping: lower in ABC than one period end before (May 2024 → Jun 2024), largest first",
    );
    expect(values[top + 2].slice(0, 5)).toEqual(["c", "Petrova", "A", "B", 500]);
    expect(values[top + 3][0]).toBeNull();
    expect(values[top][6]).toBe("Steady A: A at every period end, largest first");
    expect(values[top + 2].slice(6, 9)).toEqual(["e", "Ivanov", 600]);
    expect(values[top + 3][6]).toBeNull();
  });

  it("has one row per client by class at T then turnover, each period end as 'A X', coloured by a conditional format", () => {
    const p = plan("en");
    const values = valuesOf(p.ops);
    const header = rowStarting(values, "Every client's path") + 1;
    expect(values[header].slice(0, 8)).toEqual([
      "Client",
      "Manager",
      "Turnover",
      "Streak",
      "Mar 2024",
      "Apr 2024",
      "May 2024",
      "Jun 2024",
    ]);
    expect(values.slice(header + 1).map((r) => r.slice(0, 8))).toEqual([
      ["a", "Ivanov", 600, 2, "B", "B X", "A X", "A X"],
      ["e", "Ivanov", 600, 4, "A", "A", "A Z", "A Z"],
      ["c", "Petrova", 500, 1, null, "A", "A", "B"],
      ["b", "(no manager)", 300, 3, "B", "C Z", "C Z", "C Z"],
      ["d", "(no manager)", 0, 0, null, null, null, null],
    ]);
    const rules = p.ops.filter((o) => o.kind === "conditionalFormat" && o.range.rows === 5);
    expect(rules.map((o) => o.kind === "conditionalFormat" && o.rule)).toEqual([
      expect.objectContaining({ kind: "formula", formula: `=LEFT(E${header + 2},1)="A"`, fill: "#C6EFCE" }),
      expect.objectContaining({ kind: "formula", formula: `=LEFT(E${header + 2},1)="B"`, fill: "#FFEB9C" }),
      expect.objectContaining({ kind: "formula", formula: `=LEFT(E${header + 2},1)="C"`, fill: "#E7E6E6" }),
    ]);
    expect(rules[0].kind === "conditionalFormat" && rules[0].range).toMatchObject({
      row: header + 1,
      col: 4,
      cols: 4,
    });
  });

  it("is written by a run only when the history is asked for", () => {
    const sheets = (history?: number) =>
      (
        analyseWorkbook(SMALL_TABLE, {
          settings: DEFAULT_SETTINGS,
          lang: "en",
          ...(history ? { history } : {}),
        }).plan?.ops ?? []
      )
        .filter((o) => o.kind === "sheet")
        .map((o) => o.kind === "sheet" && o.sheet);
    expect(sheets()).not.toContain("Class history");
    expect(sheets(12)).toContain("Class history");
  });

  it("is left out, with the reason, for a table of more clients than the limit a run sets", () => {
    const run = (historyLimit: number) =>
      analyseWorkbook(SMALL_TABLE, { settings: DEFAULT_SETTINGS, lang: "en", history: 12, historyLimit });
    const over = run(1);
    expect(over.history).toBeNull();
    expect(over.historyOff).toEqual({ clients: 2, limit: 1 });
    expect(over.plan?.ops.some((o) => o.kind === "sheet" && o.sheet === "Class history")).toBe(false);
    const within = run(2);
    expect(within.history?.clients).toBe(2);
    expect(within.historyOff).toBeNull();
  });
});
