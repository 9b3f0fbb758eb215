import { DetailedCellError } from "hyperformula";
import {
  DEFAULT_SETTINGS,
  classify,
  rankAbc,
  statusOf,
  variationFromFirstPositive,
  xyzClassOf,
} from "../../src/core";
import { wideDataset } from "../support/dataset";
import { segmentaSheet } from "./support/segmentaPlugin";

/** `adr("B3")` → HyperFormula's zero-based address on sheet 0. */
function adr(a1: string): { sheet: number; col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(a1);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { sheet: 0, col, row: Number(m[2]) - 1 };
}

function col(letter: string, from: number, count: number): string {
  return `${letter}${from}:${letter}${from + count - 1}`;
}

/** A deterministic client × month table: steady, irregular, new, lost, restored, potential and net-return clients. */
function salesTable(clients: number, months: number): (number | null)[][] {
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const rows: (number | null)[][] = [];
  for (let c = 0; c < clients; c++) {
    const kind = c % 7;
    const base = Math.round(random() * 1000) + 10;
    rows.push(
      Array.from({ length: months }, (_, m) => {
        if (kind === 0) return base; // steady
        if (kind === 1) return random() < 0.4 ? null : Math.round(base * random()); // irregular, blanks as null
        if (kind === 2) return m >= months - 2 ? base : 0; // new
        if (kind === 3) return m < months - 4 ? base : 0; // lost
        if (kind === 4) return m < 2 || m === months - 1 ? base : null; // restored
        if (kind === 5 && c === 12) return m === 0 ? base : m === 1 ? -2 * base : null; // net returns
        if (kind === 5) return c === 5 ? 0 : m === 0 ? -base : null; // potential (returns only)
        return Math.round(base * (0.8 + 0.4 * random())); // fairly steady
      }),
    );
  }
  return rows;
}

const MONTHS = 12;
const CLIENTS = 49;
const amounts = salesTable(CLIENTS, MONTHS);
const turnover = amounts.map((row) => row.reduce<number>((s, v) => s + (v ?? 0), 0));
const engineAbc = rankAbc(turnover, 0.5, 0.8);

describe("the SEGMENTA functions as formulas on a HyperFormula sheet", () => {
  // Sheet: A = client, B..M = months, N = turnover, O = ABCCLASS filled down, P = ABC spilled, Q = XYZ spilled.
  const lastPeriod = String.fromCharCode(65 + MONTHS); // M
  const header = [
    "Client",
    ...Array.from({ length: MONTHS }, (_, m) => `2025-${String(m + 1).padStart(2, "0")}`),
  ];
  const rows = amounts.map((row, i) => {
    const r = i + 2;
    return [
      `Client ${i + 1}`,
      ...row,
      `=SUM(B${r}:${lastPeriod}${r})`,
      `=SEGMENTA.ABCCLASS(N${r}, $N$2:$N$${CLIENTS + 1})`,
      i === 0 ? `=SEGMENTA.ABC(${col("N", 2, CLIENTS)})` : null,
      i === 0 ? `=SEGMENTA.XYZ(B2:${lastPeriod}${CLIENTS + 1})` : null,
    ];
  });
  const hf = segmentaSheet([[...header, "Turnover", "ABCCLASS", "ABC", "XYZ"], ...rows]);
  const column = (letter: string) =>
    Array.from({ length: CLIENTS }, (_, i) => hf.getCellValue(adr(`${letter}${i + 2}`)));

  it("gives the engine's ABC class in every row of a filled-down ABCCLASS", () => {
    expect(column("O")).toEqual([...engineAbc.cls]);
  });

  it("spills ABC down the column with the same classes as the engine and as ABCCLASS", () => {
    expect(column("P")).toEqual([...engineAbc.cls]);
    expect(column("P")).toEqual(column("O"));
  });

  it("spills XYZ with one class per row, blank where a row has no purchase", () => {
    const expected = amounts.map((row) => {
      const v = variationFromFirstPositive(
        row.map((x) => x ?? 0),
        "population",
      );
      return v.ok ? xyzClassOf(v.cv, 0.1, 0.25) : "";
    });
    expect(column("Q")).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(["X", "Z", ""]));
  });

  it("spills CLASSIFY with the engine's classify() numbers for every client of the same table", () => {
    const sheet = segmentaSheet([header, ...amounts.map((row, i) => [`Client ${i + 1}`, ...row])]);
    sheet.setCellContents(adr("P1"), `=SEGMENTA.CLASSIFY(A1:${lastPeriod}${CLIENTS + 1})`);
    const out = sheet.getSheetValues(0).map((row) => row.slice(15, 23));
    expect(out[0]).toEqual(["Client", "Turnover", "Share", "Cumulative share", "ABC", "CV", "XYZ", "Status"]);
    const dataset = wideDataset(
      Object.fromEntries(amounts.map((row, i) => [`Client ${i + 1}`, row])),
      "month",
      2025 * 12,
    );
    const engine = classify(dataset, DEFAULT_SETTINGS).clients;
    expect(engine).toHaveLength(CLIENTS);
    engine.forEach((c, i) => {
      const got = out[i + 1];
      expect(got[0]).toBe(c.name);
      // HyperFormula shows numbers rounded to 10 significant digits.
      expect(got[1]).toBeCloseTo(c.metric, 9);
      expect(got[2]).toBeCloseTo(c.share, 12);
      if (c.cumShare === null) expect(got[3]).toBe("");
      else expect(got[3]).toBeCloseTo(c.cumShare, 9);
      expect(got[4]).toBe(c.abc ?? "");
      if (c.cv === null) expect(got[5]).toBe("");
      else expect(got[5]).toBeCloseTo(c.cv, 9);
      expect(got[6]).toBe(c.xyz ?? "");
      expect(got[7]).toBe(c.status);
    });
    expect(new Set(engine.map((c) => c.status))).toEqual(
      new Set(["lost", "new", "permanent", "potential", "restored"]),
    );
    expect(new Set(engine.map((c) => c.abc))).toEqual(new Set(["A", "B", "C", null]));
    expect(engine.some((c) => c.metric < 0 && c.abc === "C" && c.cumShare === 1)).toBe(true);
  });

  it("gives CV.P, XYZCLASS and CLIENTSTATUS of one row as the engine does", () => {
    const r = 3; // an irregular client
    const sheet = segmentaSheet([header, ...amounts.map((row, i) => [`Client ${i + 1}`, ...row])]);
    sheet.setCellContents(adr("P1"), [
      [
        `=SEGMENTA.CV.P(B${r}:${lastPeriod}${r})`,
        `=SEGMENTA.XYZCLASS(B${r}:${lastPeriod}${r}, 10, 25)`,
        `=SEGMENTA.CLIENTSTATUS(B${r}:${lastPeriod}${r})`,
      ],
    ]);
    const series = amounts[r - 2].map((x) => x ?? 0);
    const v = variationFromFirstPositive(series, "population");
    if (!v.ok) throw new Error("the irregular client has purchases");
    expect(sheet.getCellValue(adr("P1"))).toBeCloseTo(v.cv, 12);
    expect(sheet.getCellValue(adr("Q1"))).toBe(xyzClassOf(v.cv, 0.1, 0.25));
    expect(sheet.getCellValue(adr("R1"))).toBe(statusOf(series, 3));
  });

  it("shows #VALUE! with the message when a range holds text", () => {
    const sheet = segmentaSheet([[10, "abc", 30], ["=SEGMENTA.ABC(A1:C1)"], ["=SEGMENTA.CV.P(A1:C1)"]]);
    for (const cell of ["A2", "A3"]) {
      const value = sheet.getCellValue(adr(cell));
      expect(value).toBeInstanceOf(DetailedCellError);
      expect((value as DetailedCellError).type).toBe("VALUE");
      expect((value as DetailedCellError).message).toBe(
        "Text 'abc' in the range (row 1, column 2): amounts only",
      );
    }
  });

  it("shows #N/A with the reason when a client never bought", () => {
    const sheet = segmentaSheet([[0, null, -5], ["=SEGMENTA.CV.P(A1:C1)"]]);
    const value = sheet.getCellValue(adr("A2")) as DetailedCellError;
    expect(value.type).toBe("NA");
    expect(value.message).toBe("No positive amount in the range: no CV");
  });

  it("reads blank cells and zeros alike, so web (null) and desktop (0) agree", () => {
    const sheet = segmentaSheet([
      [null, 100, null, 100, null],
      [0, 100, 0, 100, 0],
      [
        "=SEGMENTA.CV.P(A1:E1)",
        "=SEGMENTA.CV.P(A2:E2)",
        "=SEGMENTA.CLIENTSTATUS(A1:E1, 2)",
        "=SEGMENTA.CLIENTSTATUS(A2:E2, 2)",
      ],
    ]);
    expect(sheet.getCellValue(adr("A3"))).toBe(sheet.getCellValue(adr("B3")));
    expect(sheet.getCellValue(adr("C3"))).toBe(sheet.getCellValue(adr("D3")));
  });
});
