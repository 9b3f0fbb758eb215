import {
  periodStart,
  serialFromYMD,
  type ClientInfo,
  type ColumnInfo,
  type Dataset,
  type DetectedTable,
  type HeaderPeriodKind,
  type WorkbookSnapshot,
} from "../../src/core";

/** A workbook holding only an empty sheet "Sales" and nothing of Segmenta's, for the sheet plans' tests. */
export const SALES_ONLY_WORKBOOK: WorkbookSnapshot = {
  active: { name: "Sales", top: 0, left: 0, values: [] },
  sheetNames: ["Sales"],
  owned: [],
};

/** A sale of a test table: `at` is an Excel serial, a month `2024-03` (its first day) or a day `2024-03-15`. */
export interface SaleSpec {
  readonly client: string;
  readonly at: number | string;
  readonly amount: number;
  readonly margin?: number;
}

/**
 * The Excel serial of `2024-03` (first day of the month) or `2024-03-15`; numbers pass through.
 * @example serialOf("2024-01") // 45292
 */
export function serialOf(at: number | string): number {
  if (typeof at === "number") return at;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(at);
  if (!m) throw new Error(`not a test date: ${at}`);
  return serialFromYMD(Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3]));
}

function table(
  shape: "wide" | "long",
  columns: ColumnInfo[],
  rows: number,
  periodKind: HeaderPeriodKind | null,
): DetectedTable {
  return {
    shape,
    sheet: "Sales",
    headerRow: 0,
    firstRow: 1,
    lastRow: rows,
    totalsRow: null,
    range: { sheet: "Sales", row: 0, col: 0, rows: rows + 1, cols: columns.length },
    columns,
    notes: [],
    periodKind,
  };
}

/**
 * A long-table Dataset from a list of sales. Clients are in the order of `clients` (which may list
 * clients without sales), then in the order they first appear.
 * @example longDataset([{ client: "a", at: "2024-01", amount: 50 }]).sales.count // 1
 */
export function longDataset(sales: readonly SaleSpec[], clients: readonly string[] = []): Dataset {
  const keys = [...new Set([...clients, ...sales.map((s) => s.client)])];
  const index = new Map(keys.map((k, i) => [k, i]));
  const n = sales.length;
  const withMargin = sales.some((s) => s.margin !== undefined);
  const columns: ColumnInfo[] = [
    { col: 0, header: "Client", role: "client", by: "header" },
    { col: 1, header: "Date", role: "date", by: "header" },
    { col: 2, header: "Amount", role: "amount", by: "header" },
  ];
  if (withMargin) columns.push({ col: 3, header: "Margin", role: "margin", by: "header" });
  const firstRow = new Map<string, number>();
  sales.forEach((s, i) => {
    if (!firstRow.has(s.client)) firstRow.set(s.client, i + 1);
  });
  const infos: ClientInfo[] = keys.map((key, i) => ({
    key,
    name: key,
    segment: null,
    manager: null,
    row: firstRow.get(key) ?? n + 1 + i,
  }));
  return {
    table: table("long", columns, n, null),
    clients: infos,
    products: [],
    sales: {
      count: n,
      client: Int32Array.from(sales, (s) => index.get(s.client) ?? -1),
      day: Float64Array.from(sales, (s) => serialOf(s.at)),
      amount: Float64Array.from(sales, (s) => s.amount),
      margin: withMargin ? Float64Array.from(sales, (s) => s.margin ?? 0) : null,
      quantity: null,
      product: null,
    },
  };
}

/**
 * A wide-table Dataset: one row per client, one column per period from `first` (a period id of
 * `kind`), one sale per non-null cell dated at its period's first day, as the reader makes them.
 * @example wideDataset({ a: [100, null, 50] }, "month", 2024 * 12).sales.count // 2
 */
export function wideDataset(
  rows: Readonly<Record<string, readonly (number | null)[]>>,
  kind: "month" | "quarter" | "week",
  first: number,
): Dataset {
  const keys = Object.keys(rows);
  const periods = Math.max(0, ...keys.map((k) => rows[k].length));
  const columns: ColumnInfo[] = [{ col: 0, header: "Client", role: "client", by: "header" }];
  const starts: number[] = [];
  for (let k = 0; k < periods; k++) {
    const start = periodStart(first + k, kind);
    starts.push(start);
    columns.push({
      col: k + 1,
      header: String(start),
      role: "period",
      by: "header",
      period: { kind, start },
    });
  }
  const client: number[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  keys.forEach((key, c) =>
    rows[key].forEach((v, k) => {
      if (v === null) return;
      client.push(c);
      day.push(starts[k]);
      amount.push(v);
    }),
  );
  return {
    table: table("wide", columns, keys.length, kind),
    clients: keys.map((key, i) => ({ key, name: key, segment: null, manager: null, row: i + 1 })),
    products: [],
    sales: {
      count: client.length,
      client: Int32Array.from(client),
      day: Float64Array.from(day),
      amount: Float64Array.from(amount),
      margin: null,
      quantity: null,
      product: null,
    },
  };
}
