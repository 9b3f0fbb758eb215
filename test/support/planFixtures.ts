/** Datasets and classifications built by hand for plan tests (no reader, no classifier). */
import type { AbcClass, Classification, ClientResult, Dataset, MatrixCell, Status, XyzClass } from "../../src/core";
import { DEFAULT_SETTINGS, STATUSES } from "../../src/core";
import type { PlanWords } from "../../src/core/plan/planWords";

/** Words that show what they stand for, so tests can tell every column apart. */
export const fakeWords: PlanWords = {
  resultHeaders: ["Share", "Cum. share", "ABC", "CV", "XYZ", "Status", "Reason"],
  clientHeaders: ["Client", "Name", "Segment", "Manager", "Turnover", "Share", "Cum. share", "ABC", "CV", "XYZ", "Status", "Reason"],
  sheets: { clients: "Clients", matrix: "ABC-XYZ" },
  matrix: {
    title: "ABC-XYZ matrix",
    count: "Clients",
    metric: "Turnover",
    share: "Share",
    none: "No XYZ",
    total: "Total",
    byStatus: "Classes by status",
    noClass: "No class",
    pareto: "Pareto",
    others: (n) => `Others (${n})`,
    client: "Client",
    cumShare: "Cum. share",
  },
  status: (s) => `status:${s}`,
  reason: (c) => `reason:${c.key}`,
};

export interface ClientSpec {
  readonly metric: number;
  readonly abc?: AbcClass | null;
  readonly xyz?: XyzClass | null;
  readonly status?: Status;
  readonly cv?: number | null;
}

/** Client results in table order, row `firstRow + i`, with shares from the metrics. */
export function clientResults(specs: readonly ClientSpec[], firstRow: number): ClientResult[] {
  const total = specs.reduce((s, c) => s + Math.max(0, c.metric), 0);
  return specs.map((c, i) => {
    const share = total > 0 && c.metric > 0 ? c.metric / total : 0;
    const status = c.status ?? "permanent";
    return {
      index: i,
      key: `K${i}`,
      name: `Client ${i}`,
      segment: null,
      manager: null,
      row: firstRow + i,
      metric: c.metric,
      share,
      cumShare: status === "potential" ? null : share,
      abc: c.abc === undefined ? (status === "potential" ? null : "A") : c.abc,
      cv: c.cv ?? null,
      xyz: c.xyz ?? null,
      status,
      firstActive: status === "potential" ? null : 0,
      reason: { abc: { code: "potential" }, xyz: { code: "potential" } },
    };
  });
}

/** A classification whose counts and matrix agree with its clients. */
export function classificationOf(clients: readonly ClientResult[]): Classification {
  const zero = (): MatrixCell => ({ count: 0, metric: 0, share: 0 });
  const cells = {
    A: { X: zero(), Y: zero(), Z: zero(), none: zero() },
    B: { X: zero(), Y: zero(), Z: zero(), none: zero() },
    C: { X: zero(), Y: zero(), Z: zero(), none: zero() },
  };
  const abc = { A: 0, B: 0, C: 0 };
  const xyz = { X: 0, Y: 0, Z: 0 };
  const status = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let total = 0;
  let inMatrix = 0;
  let metricIn = 0;
  for (const c of clients) {
    total += Math.max(0, c.metric);
    status[c.status]++;
    if (c.xyz) xyz[c.xyz]++;
    if (!c.abc) continue;
    abc[c.abc]++;
    const cell = cells[c.abc][c.xyz ?? "none"];
    cells[c.abc][c.xyz ?? "none"] = { count: cell.count + 1, metric: cell.metric + c.metric, share: cell.share + c.share };
    inMatrix++;
    metricIn += c.metric;
  }
  return {
    settings: DEFAULT_SETTINGS,
    axis: { granularity: "month", first: 0, last: 11, count: 12 },
    window: 3,
    total,
    clients,
    counts: { abc, xyz, status },
    matrix: { cells, total: { count: inMatrix, metric: metricIn, share: total > 0 ? metricIn / total : 0 } },
    warnings: [],
  };
}

/** A wide table: header row `top`, client column `left`, `periods` period columns, one row per client. */
export function wideDataset(sheet: string, top: number, left: number, clients: readonly ClientResult[], periods = 3): Dataset {
  const cols = 1 + periods;
  const lastRow = top + clients.length;
  return {
    table: {
      shape: "wide",
      sheet,
      headerRow: top,
      firstRow: top + 1,
      lastRow,
      totalsRow: null,
      range: { sheet, row: top, col: left, rows: clients.length + 1, cols },
      columns: [],
      notes: [],
      periodKind: "month",
    },
    clients: clients.map((c) => ({ key: c.key, name: c.name, segment: c.segment, manager: c.manager, row: c.row })),
    products: [],
    sales: { count: 0, client: new Int32Array(0), day: new Float64Array(0), amount: new Float64Array(0), margin: null, quantity: null, product: null },
  };
}

/** The same clients read from a long table (results go to a client sheet). */
export function longDataset(sheet: string, clients: readonly ClientResult[]): Dataset {
  const wide = wideDataset(sheet, 0, 0, clients);
  return { ...wide, table: { ...wide.table, shape: "long", periodKind: null } };
}

/** The grid of a wide table as the user typed it. */
export function wideGrid(clients: readonly ClientResult[], periods = 3): (string | number)[][] {
  const header = ["Client", ...Array.from({ length: periods }, (_, i) => `2024-0${i + 1}`)];
  return [header, ...clients.map((c) => [c.key, ...Array.from({ length: periods }, () => Math.max(1, c.metric / periods))])];
}
