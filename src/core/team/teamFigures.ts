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
  activeInWindow = 0;
  productsInWindow = 0;

  constructor(readonly manager: string | null) {}

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
          hasProducts && this.activeInWindow > 0 ? this.productsInWindow / this.activeInWindow : null,
      },
      turnover: this.turnover,
    };
  }
}

function emptyMatrix<K extends string>(keys: readonly K[]): Record<K, Record<K, MigrationCell>> {
  const m = {} as Record<K, Record<K, MigrationCell>>;
  for (const from of keys) {
    const row = {} as Record<K, MigrationCell>;
    for (const to of keys) row[to] = { clients: 0, before: 0, after: 0 };
    m[from] = row;
  }
  return m;
}

function addTo(cell: MigrationCell, before: number, after: number): MigrationCell {
  return { clients: cell.clients + 1, before: cell.before + before, after: cell.after + after };
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
    for (let k = Math.max(rStart, 0); k < periods; k++) {
      inR += amounts[base + k];
      if (amounts[base + k] > 0) activeR = true;
    }
    for (let k = pStart; k < rStart; k++) {
      inPrev += amounts[base + k];
      if (amounts[base + k] > 0) activePrev = true;
    }
    let activePeriods = 0;
    for (let k = windowStart; k < periods; k++) if (amounts[base + k] > 0) activePeriods++;
    const status = client.status;
    const isNew = status === "new";
    const newPair = !isNew && products !== null && products.hasNewPair[c] === 1;
    const newPairAmount = newPair ? (products as ProductFacts).newPairAmount[c] : 0;
    const repeat = isNew ? 0 : inR - newPairAmount;
    const productsInWindow = products !== null && activePeriods > 0 ? products.productsInWindow[c] : 0;
    const then = earlier === null ? null : { abc: earlier.abc[c], xyz: earlier.xyz[c] };
    for (const sum of [row, total]) {
      sum.clients[status]++;
      if (activePrev && !activeR) sum.lostInPeriod++;
      if (isNew) {
        sum.primary.clients++;
        sum.primary.amount += inR;
      }
      if (newPair) {
        sum.newDirections.clients++;
        sum.newDirections.amount += newPairAmount;
      }
      sum.repeat += repeat;
      if (status === "restored") {
        sum.restored.clients++;
        sum.restored.amount += inR;
      }
      if (activePeriods >= 1) {
        sum.activeOnce++;
        sum.activeInWindow++;
        sum.productsInWindow += productsInWindow;
      }
      if (activePeriods >= 2) sum.activeTwice++;
      sum.turnover += inR;
      if (status === "permanent") sum.permanentTurnover += inR;
      if (then !== null) {
        if (then.abc !== null && client.abc !== null) {
          if (ABC_RANK[client.abc] < ABC_RANK[then.abc]) sum.changes.abcUp++;
          else if (ABC_RANK[client.abc] > ABC_RANK[then.abc]) sum.changes.abcDown++;
        }
        if (then.xyz !== null && client.xyz !== null && then.xyz !== client.xyz) sum.changes.xyzChanged++;
      }
    }
    if (then !== null) {
      const fromAbc: AbcFrom = then.abc ?? "none";
      const toAbc: AbcFrom = client.abc ?? "none";
      abc[fromAbc][toAbc] = addTo(abc[fromAbc][toAbc], inPrev, inR);
      const fromXyz: XyzFrom = then.xyz ?? "none";
      const toXyz: XyzFrom = client.xyz ?? "none";
      xyz[fromXyz][toXyz] = addTo(xyz[fromXyz][toXyz], inPrev, inR);
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
