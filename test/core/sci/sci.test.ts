import {
  analyseWorkbook,
  DEFAULT_SETTINGS,
  describeIssue,
  getLocale,
  recogniseHeader,
  sciBand,
  sciByManager,
  sciCell,
  sciFractions,
  type CellValue,
  type Language,
  type Settings,
} from "../../../src/core";
import { applyToMemory, cellKey, memoryWorkbook, snapshotOf } from "../../support/memoryWorkbook";

const months = ["2024-01", "2024-02", "2024-03"];

function analyse(values: CellValue[][], lang: Language = "en", settings: Settings = DEFAULT_SETTINGS) {
  const wb = memoryWorkbook({ Sales: { values } });
  return { wb, analysis: analyseWorkbook(snapshotOf(wb, "Sales"), { settings, lang }) };
}

describe("SCI bands (§11)", () => {
  it.each([
    [1, "secure"],
    [0.9, "secure"],
    [0.8999999999999999, "secure"],
    [0.89, "favourable"],
    [0.8, "favourable"],
    [0.7999999999, "favourable"],
    [0.79999, "vulnerable"],
    [0.7, "vulnerable"],
    [0.6999, "at risk"],
    [0, "at risk"],
  ])("%p is %p", (value, band) => {
    expect(sciBand(value)).toBe(band);
  });
});

describe("SCI headers", () => {
  it.each([
    "SCI",
    "Secure Customer Index",
    "Индекс надёжности",
    "индекс надежности",
    "Índice de fiabilidad",
    "Indice de fiabilidad",
    "SCI, %",
  ])("%p is an SCI column", (header) => {
    expect(recogniseHeader(header).map((m) => m.role)).toContain("sci");
  });
});

describe("SCI values", () => {
  it("reads a % sign as a percent, numbers and decimal commas as they are, blanks as nothing", () => {
    expect(sciCell("85 %", undefined)).toEqual({ value: 85, percent: true });
    expect(sciCell("0,75", undefined)).toEqual({ value: 0.75, percent: false });
    expect(sciCell(0.85, "0%")).toEqual({ value: 85, percent: true });
    expect(sciCell(" ", undefined)).toBeNull();
  });

  it("refuses a word, a negative value, a percent above 100 and an error value", () => {
    for (const bad of ["high", -0.2, "-5", "120%", { error: "#N/A" }] as CellValue[])
      expect(sciCell(bad, undefined)).toHaveProperty("content");
  });

  it("reads a column's plain values as fractions when all are at most 1, as percents otherwise", () => {
    expect(
      sciFractions([
        { value: 0.9, percent: false },
        { value: 1, percent: false },
      ]).fractions,
    ).toEqual([0.9, 1]);
    expect(
      sciFractions([
        { value: 0.9, percent: false },
        { value: 75, percent: false },
      ]).fractions,
    ).toEqual([0.009, 0.75]);
    expect(
      sciFractions([
        { value: 90, percent: true },
        { value: 0.5, percent: false },
      ]).fractions,
    ).toEqual([0.9, 0.5]);
    expect(
      sciFractions([
        { value: 90, percent: false },
        { value: 101, percent: false },
      ]).bad,
    ).toBe(1);
  });
});

describe("SCI in a run", () => {
  const wide: CellValue[][] = [
    ["Client", ...months, "SCI"],
    ["Acme", 100, 100, 100, 0.95],
    ["Bolt", 50, 40, 60, 0.65],
    ["Core", 10, 10, 10, null],
    ["Dune", 5, 5, 5, "80%"],
  ];

  it("gives each client its index and band, and writes SCI and band beside XYZ", () => {
    const { wb, analysis } = analyse(wide);
    const clients = analysis.classification!.clients;
    expect(clients.map((c) => [c.name, c.sci, c.sciBand])).toEqual([
      ["Acme", 0.95, "secure"],
      ["Bolt", 0.65, "at risk"],
      ["Core", null, null],
      ["Dune", 0.8, "favourable"],
    ]);
    const after = applyToMemory(wb, analysis.plan!);
    const header = [...after.cells.entries()]
      .filter(([k]) => k.startsWith("Sales\u00000\u0000"))
      .map(([, v]) => v);
    const xyz = header.indexOf("XYZ");
    expect(header.slice(xyz, xyz + 3)).toEqual(["XYZ", "SCI", "Reliability"]);
    const xyzCol = Number(
      [...after.cells.keys()].find((k) => after.cells.get(k) === "XYZ")!.split("\u0000")[2],
    );
    const sciCol = xyzCol + 1;
    expect(after.cells.get(cellKey("Sales", 2, sciCol))).toBe(0.65);
    expect(after.cells.get(cellKey("Sales", 2, sciCol + 1))).toBe("at risk");
  });

  it("adds an ABC × band table to the matrix sheet, the A-and-at-risk cell highlighted and its clients listed", () => {
    const values = wide.map((row) => [...row]);
    values[1][4] = "55%"; // Acme, the A client, is at risk
    const { wb, analysis } = analyse(values);
    const after = applyToMemory(wb, analysis.plan!);
    const matrix = after.sheets.find((s) => s.includes("matrix"))!;
    const at = (text: string) => {
      const key = [...after.cells.entries()].find(
        ([k, v]) => k.startsWith(`${matrix}\u0000`) && v === text,
      )![0];
      const [, r, c] = key.split("\u0000").map(Number);
      return { r, c };
    };
    const title = at("ABC × reliability (SCI)");
    const get = (r: number, c: number) => after.cells.get(cellKey(matrix, r, c)) ?? null;
    expect([
      get(title.r + 1, 1),
      get(title.r + 1, 3),
      get(title.r + 1, 5),
      get(title.r + 1, 7),
      get(title.r + 1, 9),
    ]).toEqual(["secure", "favourable", "vulnerable", "at risk", "No SCI"]);
    // A row: Acme at risk with its turnover 300; B: Bolt at risk (150); C: Dune favourable, Core without SCI.
    expect([get(title.r + 3, 0), get(title.r + 3, 7), get(title.r + 3, 8)]).toEqual(["A", 1, 300]);
    expect([get(title.r + 7, 0), get(title.r + 7, 7), get(title.r + 7, 8)]).toEqual(["Total", 2, 450]);
    const fill = analysis.plan!.ops.find(
      (op) =>
        op.kind === "style" &&
        op.range.sheet === matrix &&
        op.range.row === title.r + 3 &&
        op.range.col === 7,
    );
    expect(fill).toMatchObject({ style: { fill: "#FFC7CE" } });
    const list = at("A clients at risk: the first calls of the day");
    expect([get(list.r + 2, 0), get(list.r + 2, 1), get(list.r + 2, 2), get(list.r + 3, 0)]).toEqual([
      "Acme",
      300,
      0.55,
      null,
    ]);
  });

  it("writes the band in the run's language", () => {
    const { wb, analysis } = analyse(
      [
        ["Клиент", ...months, "Индекс надёжности"],
        ["Acme", 1, 1, 1, 72],
      ],
      "ru",
    );
    const after = applyToMemory(wb, analysis.plan!);
    expect([...after.cells.values()]).toEqual(expect.arrayContaining(["Надёжность", "уязвимый", 0.72]));
  });

  it("has no SCI columns when the table has no SCI column", () => {
    const { analysis } = analyse([
      ["Client", ...months],
      ["Acme", 1, 1, 1],
    ]);
    expect(analysis.classification!.hasSci).toBeUndefined();
    expect(analysis.plan!.ops.some((op) => op.kind === "values" && op.values[0].includes("SCI"))).toBe(false);
  });

  it("takes a long table's client value from its most recent row with a value", () => {
    const { analysis } = analyse([
      ["Date", "Client", "Amount", "SCI"],
      ["2024-03-01", "Acme", 10, "60%"],
      ["2024-01-01", "Acme", 10, "95%"],
      ["2024-04-01", "Acme", 10, null],
      ["2024-02-01", "Bolt", 10, 0.9],
      ["2024-02-01", "bolt ", 10, 0.7],
    ]);
    expect(analysis.classification!.clients.map((c) => [c.name, c.sci, c.sciBand])).toEqual([
      ["Acme", 0.6, "at risk"],
      ["Bolt", 0.7, "vulnerable"],
    ]);
  });

  it.each([
    ["en", "high", 'Sales!E3: "high" is not a reliability index'],
    ["ru", -0.5, "Sales!E3: «-0.5» — не индекс надёжности"],
    ["es", "130%", "Sales!E3: «130%» no es un índice de fiabilidad"],
  ] as const)("refuses a bad value naming its cell (%s)", (lang, bad, words) => {
    const values = wide.map((row) => [...row]);
    values[2][4] = bad;
    const { analysis } = analyse(values, lang);
    expect(analysis.plan).toBeNull();
    expect(analysis.read?.ok).toBe(false);
    const issues = analysis.read?.ok === false ? analysis.read.issues : [];
    expect(issues.map((i) => describeIssue(i, getLocale(lang)))[0]).toContain(words);
  });

  it("refuses a plain percent above 100 in a percent column, naming its cell", () => {
    const values = wide.map((row) => [...row]);
    values[1][4] = 95;
    values[3][4] = 140;
    const { analysis } = analyse(values);
    const issues = analysis.read?.ok === false ? analysis.read.issues : [];
    expect(issues).toEqual([{ code: "notAnSci", cell: "Sales!E4", content: "140" }]);
  });

  it("counts bands per manager with their turnover, the clients without a manager last", () => {
    const { analysis } = analyse([
      ["Client", "Manager", ...months, "SCI"],
      ["Acme", "Bob", 100, 100, 100, 0.95],
      ["Bolt", "Ann", 50, 40, 60, 0.65],
      ["Core", null, 10, 10, 10, 0.66],
      ["Dune", "Ann", 5, 5, 5, null],
    ]);
    const rows = sciByManager(analysis.classification!.clients);
    expect(
      rows.map((r) => [r.manager, r.bands.secure.clients, r.bands["at risk"], r.bands.none.clients]),
    ).toEqual([
      ["Ann", 0, { clients: 1, turnover: 150 }, 1],
      ["Bob", 1, { clients: 0, turnover: 0 }, 0],
      [null, 0, { clients: 1, turnover: 30 }, 0],
    ]);
    expect(
      sciByManager(
        analyse([
          ["Client", ...months],
          ["Acme", 1, 1, 1],
        ]).analysis.classification!.clients,
      ),
    ).toEqual([]);
  });

  it("adds the bands per manager to the Team sheet, clients then turnover, with a total row", () => {
    const { wb, analysis } = analyse([
      ["Client", "Manager", ...months, "SCI"],
      ["Acme", "Bob", 100, 100, 100, 0.95],
      ["Bolt", "Ann", 50, 40, 60, 0.65],
      ["Core", "Ann", 10, 10, 10, 0.66],
      ["Dune", null, 5, 5, 5, 0.91],
    ]);
    const after = applyToMemory(wb, analysis.plan!);
    const team = after.sheets.find((s) => s.startsWith("Team"))!;
    const row = (r: number) =>
      Array.from({ length: 40 }, (_, c) => after.cells.get(cellKey(team, r, c)) ?? null);
    const groups = row(2);
    const at = groups.indexOf("Reliability (SCI): clients, then turnover");
    expect(at).toBeGreaterThan(0);
    expect(row(3).slice(at, at + 8)).toEqual([
      "secure",
      "favourable",
      "vulnerable",
      "at risk",
      "secure",
      "favourable",
      "vulnerable",
      "at risk",
    ]);
    const byName = new Map(
      Array.from({ length: 4 }, (_, i) => [row(4 + i)[0], row(4 + i).slice(at, at + 8)]),
    );
    expect(byName.get("Ann")).toEqual([0, 0, 0, 2, 0, 0, 0, 180]);
    expect(byName.get("Bob")).toEqual([1, 0, 0, 0, 300, 0, 0, 0]);
    expect(byName.get("Total")).toEqual([2, 0, 0, 2, 315, 0, 0, 180]);
  });

  it("adds up turnover in the period on the Team sheet whatever metric ranks ABC", () => {
    const months6 = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"];
    const { wb, analysis } = analyse(
      [
        ["Client", "Manager", ...months6, "SCI"],
        ["Acme", "Bob", 1000, 1000, 1000, 100, 100, 100, 0.95],
        ["Bolt", "Ann", 50, 40, 60, 70, 80, 90, 0.65],
      ],
      "en",
      { ...DEFAULT_SETTINGS, metric: "count" },
    );
    const after = applyToMemory(wb, analysis.plan!);
    const team = after.sheets.find((s) => s.startsWith("Team"))!;
    const row = (r: number) => Array.from({ length: 40 }, (_, c) => after.cells.get(cellKey(team, r, c)) ?? null);
    const at = row(2).indexOf("Reliability (SCI): clients, then turnover");
    const byName = new Map(Array.from({ length: 3 }, (_, i) => [row(4 + i)[0], row(4 + i).slice(at + 4, at + 8)]));
    // Turnover in R (Apr–Jun), as the sheet's other amounts: not the six sales each was ranked by.
    expect(byName.get("Bob")).toEqual([300, 0, 0, 0]);
    expect(byName.get("Ann")).toEqual([0, 0, 0, 240]);
    expect(byName.get("Total")).toEqual([300, 0, 0, 240]);
  });
});
