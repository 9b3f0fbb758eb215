import {
  analyseWorkbook,
  DEFAULT_SETTINGS,
  portraitSheetsToRead,
  type CellValue,
  type WorkbookSnapshot,
  type WriteOp,
} from "../../../src/core";
import {
  applyToMemory,
  cellKey,
  memoryWorkbook,
  snapshotOf,
  type MemoryWorkbook,
} from "../../support/memoryWorkbook";

const months = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"];
const wide: CellValue[][] = [
  ["Turnover by client", null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null, null],
  ["Client", "Manager", ...months],
  ["Acme", "Ann", 100, 100, 100, 100, 100, 100],
  ["Bolt", "Bob", 50, 0, 50, 0, 50, 0],
  ["Core", "Ann", null, null, null, null, 30, 40],
  ["Dune", "Bob", 10, 10, null, null, null, null],
  ["Echo", "Ann", null, null, null, null, null, null],
  ["Total", null, 160, 110, 150, 100, 180, 140],
];

const longSales: CellValue[][] = [["Date", "Customer", "Sales", "Profit"]];
for (const [m, who, amount] of [
  [1, "Acme", 100],
  [2, "Acme", 120],
  [3, "Bolt", 40],
  [3, "Acme", 90],
] as const)
  longSales.push([`2024-0${m}-15`, who, amount, amount / 10]);

const sheetOps = (ops: readonly WriteOp[]) => ops.flatMap((op) => (op.kind === "sheet" ? [op] : []));

function run(wb: MemoryWorkbook, active = "Sales") {
  const analysis = analyseWorkbook(snapshotOf(wb, active), { settings: DEFAULT_SETTINGS, lang: "en" });
  if (!analysis.plan) throw new Error(`no plan: ${JSON.stringify(analysis.read)}`);
  return { analysis, after: applyToMemory(wb, analysis.plan) };
}

function userCells(wb: MemoryWorkbook, snapshot: WorkbookSnapshot): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const [key, value] of wb.cells) {
    const [sheet, r, c] = key.split("\u0000");
    const owned = snapshot.owned.some(
      (o) =>
        o.range.sheet === sheet &&
        Number(r) >= o.range.row &&
        Number(r) < o.range.row + o.range.rows &&
        Number(c) >= o.range.col &&
        Number(c) < o.range.col + o.range.cols,
    );
    if (!owned) out.set(key, value);
  }
  return out;
}

describe("analyseWorkbook", () => {
  it("classifies a wide table under a title and writes the classes on each client's row", () => {
    const { analysis, after } = run(memoryWorkbook({ Sales: { values: wide } }));
    const byName = new Map(analysis.classification!.clients.map((c) => [c.name, c]));
    expect(byName.get("Acme")).toMatchObject({ abc: "A", xyz: "X", status: "permanent" });
    expect(byName.get("Echo")).toMatchObject({ abc: null, status: "potential" });
    expect(byName.get("Dune")?.status).toBe("lost");
    expect(analysis.classification!.clients.map((c) => c.name)).not.toContain("Total");
    // the ABC column of Acme's row (sheet row 3) holds "A" somewhere right of the table
    const acmeRow = [...after.cells.entries()]
      .filter(([k]) => k.startsWith(`Sales\u00003\u0000`))
      .map(([, v]) => v);
    expect(acmeRow).toEqual(expect.arrayContaining(["A", "X"]));
  });

  it("changes nothing on a second run over its own output", () => {
    const first = run(memoryWorkbook({ Sales: { values: wide } })).after;
    const second = run(first).after;
    expect([...second.cells.entries()].sort()).toEqual([...first.cells.entries()].sort());
    expect([...second.names.entries()].sort()).toEqual([...first.names.entries()].sort());
  });

  it("keeps every user cell, including a note standing where the results would go", () => {
    const wb = memoryWorkbook({ Sales: { values: wide } });
    const withNote = { ...wb, cells: new Map(wb.cells).set(cellKey("Sales", 4, 10), "call back Monday") };
    const { after } = run(withNote);
    expect(after.cells.get(cellKey("Sales", 4, 10))).toBe("call back Monday");
    for (const [key, value] of withNote.cells) expect(after.cells.get(key)).toEqual(value);
    const snapshot = snapshotOf(after, "Sales");
    expect(userCells(after, snapshot).size).toBe(withNote.cells.size);
  });

  it("writes a client sheet for a long table and reuses it on a re-run", () => {
    const first = run(memoryWorkbook({ Sales: { values: longSales } })).after;
    expect(first.sheets.length).toBeGreaterThan(1);
    const second = run(first).after;
    expect(second.sheets).toEqual(first.sheets);
    expect([...second.cells.entries()].sort()).toEqual([...first.cells.entries()].sort());
  });

  it("stops before reading when the settings are out of order", () => {
    const analysis = analyseWorkbook(snapshotOf(memoryWorkbook({ Sales: { values: wide } }), "Sales"), {
      settings: { ...DEFAULT_SETTINGS, abc: { a: 0.9, b: 0.8 } },
      lang: "en",
    });
    expect(analysis.settingsIssues.map((i) => i.code)).toContain("abcOrder");
    expect(analysis.plan).toBeNull();
  });

  it("returns the input issues with their cells and no plan", () => {
    const bad = wide.map((row) => [...row]);
    bad[4][3] = "seventy";
    const analysis = analyseWorkbook(snapshotOf(memoryWorkbook({ Sales: { values: bad } }), "Sales"), {
      settings: DEFAULT_SETTINGS,
      lang: "en",
    });
    expect(analysis.plan).toBeNull();
    expect(analysis.read?.ok).toBe(false);
    expect(analysis.read && !analysis.read.ok && analysis.read.issues).toEqual([
      expect.objectContaining({ code: "notAnAmount", cell: "Sales!D5", content: "seventy" }),
    ]);
  });

  it("puts the client sheet and the matrix sheet on two new sheets beside the user's, and a re-run finds both", () => {
    const user = memoryWorkbook({
      Sales: { values: longSales },
      "Clients (Segmenta)": { values: [["mine"]] },
      "ABC-XYZ matrix": { values: [["mine too"]] },
    });
    const first = run(user);
    const sheets = sheetOps(first.analysis.plan!.ops).map((op) => op.sheet);
    expect(new Set(sheets.map((s) => s.toLowerCase())).size).toBe(sheets.length);
    for (const s of sheets) expect(user.sheets).not.toContain(s);
    // The user's three, clients, matrix, and the Team and Migration sheets.
    expect(first.after.sheets).toHaveLength(7);
    const second = run(first.after);
    expect(sheetOps(second.analysis.plan!.ops).map((op) => op.sheet)).toEqual(sheets);
    expect(second.after.sheets).toEqual(first.after.sheets);
    expect([...second.after.cells.entries()].sort()).toEqual([...first.after.cells.entries()].sort());
  });

  it("classifies without a plan when none is asked for", () => {
    const analysis = analyseWorkbook(snapshotOf(memoryWorkbook({ Sales: { values: longSales } }), "Sales"), {
      settings: DEFAULT_SETTINGS,
      lang: "en",
      plan: false,
    });
    expect(analysis.plan).toBeNull();
    expect(analysis.classification?.clients.map((c) => c.name).sort()).toEqual(["Acme", "Bolt"]);
  });
});

describe("analyseWorkbook with the portrait", () => {
  const sales: CellValue[][] = [["Date", "Client", "Amount", "Segment", "Product"]];
  for (const [m, who, amount, segment, product] of [
    [1, "Acme", 100, "Retail", "Milk"],
    [2, "Acme", 80, "Retail", "Bread"],
    [2, "Bolt", 60, "Retail", "Milk"],
    [3, "Core", 90, "Horeca", "Coffee"],
    [3, "Dune", 30, "Horeca", "Milk"],
  ] as const)
    sales.push([`2024-0${m}-15`, who, amount, segment, product]);

  /** The snapshot as the Excel layer reads it: Segmenta's target and plan sheets in `others`. */
  function fullSnapshot(wb: ReturnType<typeof memoryWorkbook>): WorkbookSnapshot {
    const snapshot = snapshotOf(wb, "Sales");
    return {
      ...snapshot,
      others: Object.fromEntries(
        portraitSheetsToRead(snapshot).map((name) => [name, snapshotOf(wb, name).active]),
      ),
    };
  }
  const portraitRun = (snapshot: WorkbookSnapshot, suggest = false) =>
    analyseWorkbook(snapshot, { settings: DEFAULT_SETTINGS, lang: "en", portrait: { suggest } });

  it("adds the portrait sheets to the plan and hands the model and its summary over", () => {
    const analysis = portraitRun(snapshotOf(memoryWorkbook({ Sales: { values: sales } }), "Sales"), true);
    const sheets = sheetOps(analysis.plan!.ops).map((op) => op.sheet);
    expect(sheets).toEqual(
      expect.arrayContaining(["Clients (Segmenta)", "ABC-XYZ matrix", "Ideal portrait", "Development plan"]),
    );
    expect(new Set(sheets).size).toBe(new Set(sheetOps(analysis.plan!.ops).map((op) => op.marker)).size);
    expect(analysis.portrait?.model?.facts.products).toEqual(["Bread", "Coffee", "Milk"]);
    // Suggested for Retail: Milk (both clients buy it) and Bread (half do); Bolt does not buy Bread.
    expect(analysis.portrait?.summary?.gaps.find((g) => g.segment === "Retail")?.gaps).toEqual([
      { segment: "Retail", product: "Bread", share: 0.5, missing: 1 },
    ]);
    expect(analysis.portrait?.summary?.lowest.length).toBeGreaterThan(0);
  });

  it("builds the same portrait without a write plan, and no sheet cells then", () => {
    const snapshot = snapshotOf(memoryWorkbook({ Sales: { values: sales } }), "Sales");
    const withPlan = portraitRun(snapshot, true);
    const modelOnly = analyseWorkbook(snapshot, {
      settings: DEFAULT_SETTINGS,
      lang: "en",
      plan: false,
      portrait: { suggest: true },
    });
    expect(modelOnly.plan).toBeNull();
    expect(modelOnly.portrait?.model).toEqual(withPlan.portrait?.model);
    expect(modelOnly.portrait?.summary).toEqual(withPlan.portrait?.summary);
    expect(modelOnly.portrait?.model?.plan.length).toBeGreaterThan(0);
  });

  it("reports a table without products and still plans the other sheets", () => {
    const noProducts = sales.map((row) => row.slice(0, 4));
    const analysis = portraitRun(snapshotOf(memoryWorkbook({ Sales: { values: noProducts } }), "Sales"));
    expect(analysis.portrait?.issues).toEqual([{ code: "noProducts" }]);
    expect(analysis.plan?.ops.length).toBeGreaterThan(0);
  });

  it("keeps the marks of the target sheet on a re-run and refuses to run blind when that sheet was not read", () => {
    const first = applyToMemory(
      memoryWorkbook({ Sales: { values: sales } }),
      portraitRun(snapshotOf(memoryWorkbook({ Sales: { values: sales } }), "Sales"), true).plan!,
    );
    const blind = portraitRun(snapshotOf(first, "Sales"));
    expect(blind.portrait?.issues.map((i) => i.code)).toContain("ownSheetNotRead");
    const again = portraitRun(fullSnapshot(first));
    const marks = (a: typeof again) => [...(a.portrait?.model?.targets.marks ?? [])].sort();
    expect(marks(again)).toEqual(
      marks(portraitRun(snapshotOf(memoryWorkbook({ Sales: { values: sales } }), "Sales"), true)),
    );
    expect(marks(again).length).toBeGreaterThan(0);
    const second = applyToMemory(first, again.plan!);
    expect(second.sheets).toEqual(first.sheets);
  });
});
