import type { RangeRef } from "../../../src/core/cells";
import type { WriteOp } from "../../../src/core/plan/types";
import {
  chartPartFromPlan,
  chartPartXml,
  sourceFormatsFromPlan,
  sourceValuesFromPlan,
  type ChartOp,
  type SourceValues,
} from "../../../src/xlsx/charts";
import { all, one, parseTree, seriesFacts, val } from "./chartXml";

const SHEET = "ABC-XYZ matrix";
const at = (row: number, col: number, rows: number, cols: number, sheet = SHEET): RangeRef => ({
  sheet,
  row,
  col,
  rows,
  cols,
});

const PARETO_ROWS: SourceValues = [
  ["Client", "Turnover", "Cumulative share"],
  ["Acme", 500, 0.5],
  ["Bolt & Co <Ltd>", 300, 0.8],
  ["Crane", 150, 0.95],
  ["Others (4)", 50, 1],
];

function paretoOp(source = at(3, 10, 5, 3)): ChartOp {
  return {
    kind: "chart",
    name: "Segmenta_Pareto",
    chart: "pareto",
    title: "Pareto — top clients",
    source,
    anchor: at(2, 14, 20, 8),
  };
}

describe("chartPartXml: a Pareto chart", () => {
  const xml = chartPartXml(paretoOp(), PARETO_ROWS);
  const tree = parseTree(xml);

  it("is a well-formed chartSpace with the op's title", () => {
    expect(tree.name).toBe("chartSpace");
    expect(all(one(tree, "title"), "t").map((t) => t.text)).toEqual(["Pareto — top clients"]);
    expect(val(tree, "autoTitleDeleted")).toBe("0");
    expect(val(one(tree, "legend"), "legendPos")).toBe("b");
  });

  it("draws the values as clustered columns and the cumulative share as a line", () => {
    const bar = one(tree, "barChart");
    expect(val(bar, "barDir")).toBe("col");
    expect(val(bar, "grouping")).toBe("clustered");
    const [turnover] = all(bar, "ser").map(seriesFacts);
    expect(all(bar, "ser")).toHaveLength(1);
    expect(turnover).toEqual({
      nameRef: "'ABC-XYZ matrix'!$L$4",
      name: "Turnover",
      catRef: "'ABC-XYZ matrix'!$K$5:$K$8",
      categories: [
        { idx: 0, v: "Acme" },
        { idx: 1, v: "Bolt & Co <Ltd>" },
        { idx: 2, v: "Crane" },
        { idx: 3, v: "Others (4)" },
      ],
      valRef: "'ABC-XYZ matrix'!$L$5:$L$8",
      values: PARETO_ROWS.slice(1).map((row, idx) => ({ idx, v: String(row[1]) })),
      count: 4,
    });
    const line = one(tree, "lineChart");
    const share = seriesFacts(one(line, "ser"));
    expect(share.nameRef).toBe("'ABC-XYZ matrix'!$M$4");
    expect(share.valRef).toBe("'ABC-XYZ matrix'!$M$5:$M$8");
    expect(share.values.map((p) => Number(p.v))).toEqual([0.5, 0.8, 0.95, 1]);
    expect(one(one(line, "ser"), "formatCode").text).toBe("0%");
  });

  it("puts the line on secondary axes from 0 to 100 %, crossing at the far end, its category axis hidden", () => {
    const ids = (chart: string) => all(one(tree, chart), "axId").map((a) => a.attrs.val);
    const [barCat, barVal] = ids("barChart");
    const [lineCat, lineVal] = ids("lineChart");
    expect(new Set([barCat, barVal, lineCat, lineVal]).size).toBe(4);
    const axis = (kind: string, id: string | undefined) => {
      const found = all(one(tree, "plotArea"), kind).filter((a) =>
        a.children.some((c) => c.name === "axId" && c.attrs.val === id),
      );
      expect(found).toHaveLength(1);
      return found[0];
    };
    const primaryCat = axis("catAx", barCat);
    const primaryVal = axis("valAx", barVal);
    expect([val(primaryCat, "delete"), val(primaryCat, "crossAx"), val(primaryCat, "axPos")]).toEqual([
      "0",
      barVal,
      "b",
    ]);
    expect([
      val(primaryVal, "delete"),
      val(primaryVal, "crossAx"),
      val(primaryVal, "crosses"),
      val(primaryVal, "axPos"),
    ]).toEqual(["0", barCat, "autoZero", "l"]);
    const secondaryCat = axis("catAx", lineCat);
    const secondaryVal = axis("valAx", lineVal);
    expect([val(secondaryCat, "delete"), val(secondaryCat, "crossAx")]).toEqual(["1", lineVal]);
    expect([
      val(secondaryVal, "delete"),
      val(secondaryVal, "crossAx"),
      val(secondaryVal, "crosses"),
      val(secondaryVal, "axPos"),
    ]).toEqual(["0", lineCat, "max", "r"]);
    expect([val(secondaryVal, "min"), val(secondaryVal, "max")]).toEqual(["0", "1"]);
    expect(one(secondaryVal, "numFmt").attrs).toMatchObject({ formatCode: "0%", sourceLinked: "0" });
  });
});

describe("chartPartXml: a columns chart", () => {
  const rows: SourceValues = [
    ["Class", "T − w", "T"],
    ["A", 800, 900],
    ["B", 150, null],
    ["C", 50.25, 30],
  ];
  const op: ChartOp = {
    kind: "chart",
    name: "Segmenta_Classes",
    chart: "columns",
    title: "Turnover by class",
    source: at(0, 0, 4, 3, "O'Brien's sheet"),
    anchor: at(0, 5, 15, 8),
  };
  const tree = parseTree(chartPartXml(op, rows));

  it("has one clustered column series per source column after the first and no line", () => {
    expect(all(tree, "lineChart")).toHaveLength(0);
    const series = all(one(tree, "barChart"), "ser").map(seriesFacts);
    expect(series.map((s) => [s.name, s.nameRef, s.valRef])).toEqual([
      ["T − w", "'O''Brien''s sheet'!$B$1", "'O''Brien''s sheet'!$B$2:$B$4"],
      ["T", "'O''Brien''s sheet'!$C$1", "'O''Brien''s sheet'!$C$2:$C$4"],
    ]);
    expect(series.every((s) => s.catRef === "'O''Brien''s sheet'!$A$2:$A$4")).toBe(true);
    expect(all(one(tree, "barChart"), "ser").map((s) => val(s, "idx"))).toEqual(["0", "1"]);
  });

  it("caches every number and leaves an empty cell out of the cache, keeping its place", () => {
    const [before, now] = all(one(tree, "barChart"), "ser").map(seriesFacts);
    expect(before.values).toEqual([
      { idx: 0, v: "800" },
      { idx: 1, v: "150" },
      { idx: 2, v: "50.25" },
    ]);
    expect(now.values).toEqual([
      { idx: 0, v: "900" },
      { idx: 2, v: "30" },
    ]);
    expect(now.count).toBe(3);
  });

  it("takes the first row as data when it holds numbers, leaving the series unnamed for the reader to name", () => {
    const bare = parseTree(
      chartPartXml({ ...op, source: at(0, 0, 2, 2, "O'Brien's sheet") }, [
        ["A", 1],
        ["B", 2],
      ]),
    );
    expect(all(one(bare, "ser"), "tx")).toHaveLength(0);
    const [s] = all(bare, "ser").map(seriesFacts);
    expect([s.name, s.nameRef, s.valRef, s.categories.length]).toEqual([
      undefined,
      undefined,
      "'O''Brien''s sheet'!$B$1:$B$2",
      2,
    ]);
  });

  it("has a legend below it with several series and none with one, as Excel makes a new chart", () => {
    expect(val(one(tree, "legend"), "legendPos")).toBe("b");
    const single = parseTree(chartPartXml({ ...op, source: at(0, 0, 4, 2, "O'Brien's sheet") }, rows));
    expect(all(single, "legend")).toHaveLength(0);
  });

  it("draws a Pareto op without a share column as plain columns, as the Office.js applier does", () => {
    const two = parseTree(
      chartPartXml(
        paretoOp(at(3, 10, 5, 2)),
        PARETO_ROWS.map((r) => r.slice(0, 2)),
      ),
    );
    expect(all(two, "lineChart")).toHaveLength(0);
    expect(all(two, "ser")).toHaveLength(1);
  });
});

describe("chartPartXml: a stacked chart", () => {
  const rows: SourceValues = [
    ["Period end", "A", "B", "C"],
    ["Jan 2024", 0.5, 0.3, 0.2],
    ["Feb 2024", 0.55, 0.27, 0.18],
  ];
  const op: ChartOp = {
    kind: "chart",
    name: "Segmenta_History",
    chart: "stacked",
    title: "Share of turnover by ABC class",
    source: at(0, 0, 3, 4, "History"),
    anchor: at(0, 6, 15, 8),
  };
  const tree = parseTree(chartPartXml(op, rows, [undefined, "0%", "0%", "0%"]));

  it("stacks one series per class in one column per period end, fully overlapped, with no line", () => {
    const bar = one(tree, "barChart");
    expect(val(bar, "grouping")).toBe("stacked");
    expect(val(bar, "overlap")).toBe("100");
    expect(all(tree, "lineChart")).toHaveLength(0);
    expect(all(bar, "ser").map((s) => seriesFacts(s).name)).toEqual(["A", "B", "C"]);
    expect(seriesFacts(all(bar, "ser")[0]).values.map((p) => Number(p.v))).toEqual([0.5, 0.55]);
  });

  it("shows the value axis in the shares' percent format", () => {
    expect(one(one(tree, "valAx"), "numFmt").attrs.formatCode).toBe("0%");
  });
});

describe("sourceValuesFromPlan", () => {
  it("replays the plan's values over the source, later ops and clears winning, formulas uncached", () => {
    const ops: WriteOp[] = [
      {
        kind: "values",
        range: at(0, 0, 3, 3),
        values: [
          ["x", "Turnover", "Share"],
          ["Acme", 1, 0.2],
          ["Bolt", 2, 0.6],
        ],
      },
      { kind: "values", range: at(2, 1, 1, 2), values: [[5, { formula: "=B3/10" }]] },
      { kind: "clear", range: at(0, 0, 1, 1) },
      { kind: "values", range: at(10, 10, 1, 1), values: [[99]] },
    ];
    expect(sourceValuesFromPlan(ops, at(0, 0, 3, 3))).toEqual([
      [null, "Turnover", "Share"],
      ["Acme", 1, 0.2],
      ["Bolt", 5, null],
    ]);
    expect(sourceValuesFromPlan(ops, at(5, 5, 1, 2))).toEqual([[null, null]]);
  });
});

describe("number formats of the source", () => {
  const source = at(3, 10, 5, 3);
  const ops: WriteOp[] = [
    { kind: "values", range: source, values: PARETO_ROWS.map((r) => [...r] as (string | number)[]) },
    { kind: "numberFormat", range: at(4, 11, 4, 1), format: "0" },
    { kind: "numberFormat", range: at(4, 11, 4, 1), format: "#,##0.00" },
    { kind: "numberFormat", range: at(4, 12, 4, 1), format: "0.0%" },
  ];

  it("are the last format the plan gives each column's data", () => {
    expect(sourceFormatsFromPlan(ops, source)).toEqual([undefined, "#,##0.00", "0.0%"]);
  });

  it("go into the caches, and the value axis is linked to the columns' format", () => {
    const tree = parseTree(chartPartFromPlan(paretoOp(source), ops));
    expect(one(one(tree, "barChart"), "formatCode").text).toBe("#,##0.00");
    expect(one(one(tree, "lineChart"), "formatCode").text).toBe("0.0%");
    const primary = all(tree, "valAx").find((a) => val(a, "axPos") === "l");
    expect(primary && one(primary, "numFmt").attrs).toMatchObject({
      formatCode: "#,##0.00",
      sourceLinked: "1",
    });
    expect(seriesFacts(one(one(tree, "barChart"), "ser")).values.map((v) => v.v)).toEqual([
      "500",
      "300",
      "150",
      "50",
    ]);
  });

  it("fall back to General for columns and whole percent for the share when the plan gives none", () => {
    const tree = parseTree(chartPartXml(paretoOp(source), PARETO_ROWS));
    expect(one(one(tree, "barChart"), "formatCode").text).toBe("General");
    expect(one(one(tree, "lineChart"), "formatCode").text).toBe("0%");
  });
});
