import type { AbcClass, Classification, Status } from "../results";
import type { EarlierClasses } from "./earlierClasses";
import type { ProductFacts } from "./productPairs";
import type {
  AbcFrom,
  DownFromA,
  Migration,
  MigrationCell,
  MigrationMatrix,
  TeamFigures,
  TeamRow,
  XyzFrom,
} from "./types";

export interface TeamInput {
  readonly classification: Classification;
  /** As of T − w, same start; null when migration is not available. */
  readonly earlier: EarlierClasses | null;
  /** Client × period sums, row-major, last column T. */
  readonly amounts: Float64Array;
  readonly periods: number;
  /** Column of the window's first period. */
  readonly windowStart: number;
  /** Null without a product column. */
  readonly products: ProductFacts | null;
  readonly managers: readonly (string | null)[];
}

const ABC_KEYS: readonly AbcFrom[] = ["A", "B", "C", "none"];
const XYZ_KEYS: readonly XyzFrom[] = ["X", "Y", "Z", "none"];
const ABC_RANK: Readonly<Record<AbcClass, number>> = { A: 0, B: 1, C: 2 };

/** A row being summed. */
class RowSum {
  readonly clients: Record<Status, number> = { potential: 0, new: 0, permanent: 0, restored: 0, lost: 0 };
  lostInPeriod = 0;
  primary = { clients: 0, amount: 0 };
  newDirections = { clients: 0, amount: 0 };
  repeat = 0;
  restored = { clients: 0, amount: 0 };
  changes = { abcUp: 0, abcDown: 0, xyzChanged: 0 };
  activeOnce = 0;
  activeTwice = 0;
  turnover = 0;
  permanentTurnover = 0;
  productsInWindow = 0;

  constructor(readonly manager: string | null) {}

  /** Adds another row's sums to this one (the total row is the managers' rows added up). */
  add(o: RowSum): void {
    for (const s of Object.keys(this.clients) as Status[]) this.clients[s] += o.clients[s];
    this.lostInPeriod += o.lostInPeriod;
    this.primary.clients += o.primary.clients;
    this.primary.amount += o.primary.amount;
    this.newDirections.clients += o.newDirections.clients;
    this.newDirections.amount += o.newDirections.amount;
    this.repeat += o.repeat;
    this.restored.clients += o.restored.clients;
    this.restored.amount += o.restored.amount;
    this.changes.abcUp += o.changes.abcUp;
    this.changes.abcDown += o.changes.abcDown;
    this.changes.xyzChanged += o.changes.xyzChanged;
    this.activeOnce += o.activeOnce;
    this.activeTwice += o.activeTwice;
    this.turnover += o.turnover;
    this.permanentTurnover += o.permanentTurnover;
    this.productsInWindow += o.productsInWindow;
  }

  row(hasProducts: boolean, hasEarlier: boolean): TeamRow {
    const share = (x: number) => (this.turnover !== 0 ? x / this.turnover : null);
    return {
      manager: this.manager,
      clients: { ...this.clients },
      lostInPeriod: this.lostInPeriod,
      primary: { ...this.primary },
      newDirections: hasProducts ? { ...this.newDirections } : null,
      repeat: { amount: this.repeat },
      restored: { ...this.restored },
      classChanges: hasEarlier ? { ...this.changes } : null,
      health: {
        loyaltyIndex: this.activeOnce > 0 ? this.activeTwice / this.activeOnce : null,
        permanentShare: share(this.permanentTurnover),
        oldClientsShare: share(this.turnover - this.primary.amount),
        productsPerClient:
          hasProducts && this.activeOnce > 0 ? this.productsInWindow / this.activeOnce : null,
      },
      turnover: this.turnover,
    };
  }
}

function emptyMatrix<K extends string>(keys: readonly K[]): Record<K, Record<K, Mutable<MigrationCell>>> {
  const m = {} as Record<K, Record<K, Mutable<MigrationCell>>>;
  for (const from of keys) {
    const row = {} as Record<K, Mutable<MigrationCell>>;
    for (const to of keys) row[to] = { clients: 0, before: 0, after: 0 };
    m[from] = row;
  }
  return m;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function addTo(cell: Mutable<MigrationCell>, before: number, after: number): void {
  cell.clients++;
  cell.before += before;
  cell.after += after;
}

/**
 * METHODOLOGY §8 from the classification at T (and at T − w) and the client × period sums: each
 * client's figures go to its one manager, so the managers' rows add up to the total row.
 * @example teamFigures(input).total.clients.new // 2
 */
export function teamFigures(input: TeamInput): TeamFigures {
  const { classification, earlier, amounts, periods, products, managers } = input;
  const w = classification.window;
  const rStart = periods - w;
  const pStart = Math.max(periods - 2 * w, 0);
  const windowStart = Math.max(input.windowStart, 0);
  const hasProducts = products !== null;
  const hasEarlier = earlier !== null;
  const rows = new Map<string | null, RowSum>();
  const total = new RowSum(null);
  const abc = emptyMatrix(ABC_KEYS);
  const xyz = emptyMatrix(XYZ_KEYS);
  const downFromA: DownFromA[] = [];

  for (const client of classification.clients) {
    const c = client.index;
    const manager = managers[c] ?? null;
    let row = rows.get(manager);
    if (row === undefined) {
      row = new RowSum(manager);
      rows.set(manager, row);
    }
    const base = c * periods;
    let inR = 0;
    let inPrev = 0;
    let activeR = false;
    let activePrev = false;
    let activePeriods = 0;
    // One pass over the client's periods from the earlier of R′ and the window to T.
    for (let k = Math.min(pStart, windowStart); k < periods; k++) {
      const v = amounts[base + k];
      if (k >= rStart) {
        inR += v;
        if (v > 0) activeR = true;
      } else if (k >= pStart) {
        inPrev += v;
        if (v > 0) activePrev = true;
      }
      if (k >= windowStart && v > 0) activePeriods++;
    }
    const status = client.status;
    const isNew = status === "new";
    const newPair = !isNew && products !== null && products.hasNewPair[c] === 1;
    const newPairAmount = newPair ? (products as ProductFacts).newPairAmount[c] : 0;
    row.clients[status]++;
    if (activePrev && !activeR) row.lostInPeriod++;
    if (isNew) {
      row.primary.clients++;
      row.primary.amount += inR;
    } else row.repeat += inR - newPairAmount;
    if (newPair) {
      row.newDirections.clients++;
      row.newDirections.amount += newPairAmount;
    }
    if (status === "restored") {
      row.restored.clients++;
      row.restored.amount += inR;
    }
    if (activePeriods >= 1) {
      row.activeOnce++;
      if (products !== null) row.productsInWindow += products.productsInWindow[c];
    }
    if (activePeriods >= 2) row.activeTwice++;
    row.turnover += inR;
    if (status === "permanent") row.permanentTurnover += inR;
    if (earlier !== null) {
      const fromAbc: AbcFrom = earlier.abc[c] ?? "none";
      const toAbc: AbcFrom = client.abc ?? "none";
      const fromXyz: XyzFrom = earlier.xyz[c] ?? "none";
      const toXyz: XyzFrom = client.xyz ?? "none";
      if (fromAbc !== "none" && toAbc !== "none") {
        if (ABC_RANK[toAbc] < ABC_RANK[fromAbc]) row.changes.abcUp++;
        else if (ABC_RANK[toAbc] > ABC_RANK[fromAbc]) row.changes.abcDown++;
      }
      if (fromXyz !== "none" && toXyz !== "none" && fromXyz !== toXyz) row.changes.xyzChanged++;
      addTo(abc[fromAbc][toAbc], inPrev, inR);
      addTo(xyz[fromXyz][toXyz], inPrev, inR);
      if (fromAbc === "A" && toAbc !== "A")
        downFromA.push({
          index: c,
          key: client.key,
          name: client.name,
          manager,
          to: toAbc,
          before: inPrev,
          after: inR,
        });
    }
  }
  downFromA.sort((p, q) => q.before - p.before || p.index - q.index);
  for (const r of rows.values()) total.add(r);
  const named = [...rows.values()].filter((r) => r.manager !== null);
  const blank = rows.get(null);
  const migration: Migration | null = hasEarlier
    ? { abc: abc as MigrationMatrix<AbcFrom>, xyz: xyz as MigrationMatrix<XyzFrom> }
    : null;
  return {
    period: { first: classification.axis.last - w + 1, last: classification.axis.last },
    managers: [...named, ...(blank ? [blank] : [])].map((r) => r.row(hasProducts, hasEarlier)),
    total: total.row(hasProducts, hasEarlier),
    migration,
    downFromA,
    hasProducts,
  };
}
