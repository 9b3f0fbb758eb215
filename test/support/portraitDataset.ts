import {
  DEFAULT_SETTINGS,
  rankAbc,
  statusOf,
  type AbcClass,
  type Classification,
  type ClientResult,
  type Dataset,
  type DetectedTable,
  type PeriodAxis,
  type Status,
  type XyzClass,
} from "../../src/core";

/** A client of a test table; `abc`/`status` override what the month series gives. */
export interface TestClient {
  readonly key: string;
  readonly name?: string;
  readonly segment?: string | null;
  readonly manager?: string | null;
  readonly abc?: AbcClass | null;
  readonly xyz?: XyzClass | null;
  readonly status?: Status;
}

/** A sale: client key, month as `YYYY-MM`, product, amount. */
export type TestSale = readonly [client: string, month: string, product: string, amount: number];

export interface TestTable {
  readonly clients: readonly TestClient[];
  readonly sales: readonly TestSale[];
  /** First and last month of the window (`YYYY-MM`); default: the months present. */
  readonly window?: readonly [string, string];
}

/** The Excel serial of the first day of a `YYYY-MM` month. */
export function monthSerial(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return Date.UTC(y, m - 1, 1) / 86_400_000 + 25_569;
}

function monthId(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return y * 12 + m - 1;
}

/**
 * A Dataset and a Classification built straight from a small table: statuses from §5 over the
 * month series, ABC from §3 over the window's turnover, unless a client says otherwise.
 */
export function portraitDataset(table: TestTable): { dataset: Dataset; classification: Classification } {
  const index = new Map(table.clients.map((c, i) => [c.key, i]));
  const products = [...new Set(table.sales.map((s) => s[2]))];
  const n = table.sales.length;
  const client = new Int32Array(n);
  const day = new Float64Array(n);
  const amount = new Float64Array(n);
  const product = new Int32Array(n);
  table.sales.forEach(([key, month, prod, value], i) => {
    const c = index.get(key);
    if (c === undefined) throw new Error(`sale of unknown client ${key}`);
    client[i] = c;
    day[i] = monthSerial(month) + (i % 28);
    amount[i] = value;
    product[i] = products.indexOf(prod);
  });
  const months = table.sales.map((s) => monthId(s[1]));
  const first = table.window ? monthId(table.window[0]) : Math.min(...months);
  const last = table.window ? monthId(table.window[1]) : Math.max(...months);
  const count = last - first + 1;
  const series = table.clients.map(() => new Float64Array(count));
  table.sales.forEach(([key, month, , value]) => {
    const p = monthId(month) - first;
    if (p >= 0 && p < count) series[index.get(key) as number][p] += value;
  });
  const metrics = series.map((s) => s.reduce((a, b) => a + b, 0));
  const ranking = rankAbc(metrics, DEFAULT_SETTINGS.abc.a, DEFAULT_SETTINGS.abc.b);
  const dataset: Dataset = {
    table: longTable(n, table.clients.some((c) => c.segment !== undefined)),
    clients: table.clients.map((c, i) => ({
      key: c.key,
      name: c.name ?? c.key,
      segment: c.segment ?? null,
      manager: c.manager ?? null,
      row: i + 1,
    })),
    products,
    sales: { count: n, client, day, amount, margin: null, quantity: null, product },
  };
  const results: ClientResult[] = table.clients.map((c, i) => {
    const status = c.status ?? statusOf(series[i], 3);
    const abc = c.abc !== undefined ? c.abc : status === "potential" ? null : ranking.cls[i];
    return {
      index: i,
      key: c.key,
      name: c.name ?? c.key,
      segment: c.segment ?? null,
      manager: c.manager ?? null,
      row: i + 1,
      metric: metrics[i],
      share: ranking.share[i],
      cumShare: null,
      abc,
      cv: null,
      xyz: c.xyz ?? null,
      status,
      firstActive: null,
      reason: { abc: { code: "potential" }, xyz: { code: "potential" } },
    };
  });
  const classification = classificationFor(results, { granularity: "month", first, last, count }, ranking.total);
  return { dataset, classification };
}

/** The detected table of a long sales table with `n` rows under a header on sheet "Sales", with or without a segment column. */
export function longTable(n: number, segmentColumn = true): DetectedTable {
  return {
    shape: "long",
    sheet: "Sales",
    headerRow: 0,
    firstRow: 1,
    lastRow: n,
    totalsRow: null,
    range: { sheet: "Sales", row: 0, col: 0, rows: n + 1, cols: 4 },
    columns: segmentColumn ? [{ col: 4, header: "Segment", role: "segment", by: "header" }] : [],
    notes: [],
    periodKind: null,
  };
}

/** A classification around client results (counts and matrix left empty: the portrait does not read them). */
export function classificationFor(clients: readonly ClientResult[], axis: PeriodAxis, total: number): Classification {
  const zero = { count: 0, metric: 0, share: 0 };
  const row = { X: zero, Y: zero, Z: zero, none: zero };
  return {
    settings: DEFAULT_SETTINGS,
    axis,
    window: 3,
    total,
    clients,
    counts: {
      abc: { A: 0, B: 0, C: 0 },
      xyz: { X: 0, Y: 0, Z: 0 },
      status: { potential: 0, new: 0, permanent: 0, lost: 0, restored: 0 },
    },
    matrix: { cells: { A: row, B: row, C: row }, total: zero },
    warnings: [],
  };
}
