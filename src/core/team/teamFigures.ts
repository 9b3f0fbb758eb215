import type { Classification, Status } from "../results";
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
/** A class's index in ABC_KEYS or XYZ_KEYS (3: none); for ABC a smaller index is a higher class. */
function keyIndex(cls: string | null): number {
  return cls === "A" || cls === "X" ? 0 : cls === "B" || cls === "Y" ? 1 : cls === "C" || cls === "Z" ? 2 : 3;
}

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

/** A 4 × 4 migration matrix summed flat: cell (from, to) at 3 × (4 × from + to) holds clients, before, after. */
function flatMatrix(): Float64Array {
  return new Float64Array(4 * 4 * 3);
}

function addTo(m: Float64Array, from: number, to: number, before: number, after: number): void {
  const at = 3 * (4 * from + to);
  m[at]++;
  m[at + 1] += before;
  m[at + 2] += after;
}

function matrixOf<K extends string>(m: Float64Array, keys: readonly K[]): MigrationMatrix<K> {
  const out = {} as Record<K, Record<K, MigrationCell>>;
  keys.forEach((from, f) => {
    const row = {} as Record<K, MigrationCell>;
    keys.forEach((to, t) => {
      const at = 3 * (4 * f + t);
      row[to] = { clients: m[at], before: m[at + 1], after: m[at + 2] };
    });
    out[from] = row;
  });
  return out;
}

/**
 * METHODOLOGY §8 from the classification at T (and at T − w) and the client × period sums: each
 * client's figures go to its one manager, so the managers' rows add up to the total row.
 * @example teamFigures(input).total.clients.new // 2
 */
export function teamFigures(input: TeamInput): TeamFigures {
  const { classification, earlier, amounts, periods, products, managers } = input;
  const w = classification.window;
  const rStart = Math.max(periods - w, 0);
  const pStart = Math.max(periods - 2 * w, 0);
  const windowStart = Math.max(input.windowStart, 0);
  const hasProducts = products !== null;
  const hasEarlier = earlier !== null;
  const rows = new Map<string | null, RowSum>();
  const total = new RowSum(null);
  const abc = flatMatrix();
  const xyz = flatMatrix();
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
    // Three short runs over the client's periods; activity is counted without a branch, since
    // whether a period has a sale follows no pattern the CPU could predict.
    let inR = 0;
    let activeR = 0;
    for (let k = base + rStart; k < base + periods; k++) {
      inR += amounts[k];
      activeR |= Number(amounts[k] > 0);
    }
    let inPrev = 0;
    let activePrev = 0;
    for (let k = base + pStart; k < base + rStart; k++) {
      inPrev += amounts[k];
      activePrev |= Number(amounts[k] > 0);
    }
    let activePeriods = 0;
    for (let k = base + windowStart; k < base + periods; k++) activePeriods += Number(amounts[k] > 0);
    const status = client.status;
    const isNew = status === "new";
    const newPair = !isNew && products !== null && products.hasNewPair[c] === 1;
    const newPairAmount = newPair ? (products as ProductFacts).newPairAmount[c] : 0;
    row.clients[status]++;
    if (activePrev === 1 && activeR === 0) row.lostInPeriod++;
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
      const fromAbc = keyIndex(earlier.abc[c]);
      const toAbc = keyIndex(client.abc);
      const fromXyz = keyIndex(earlier.xyz[c]);
      const toXyz = keyIndex(client.xyz);
      if (fromAbc !== 3 && toAbc !== 3) {
        if (toAbc < fromAbc) row.changes.abcUp++;
        else if (toAbc > fromAbc) row.changes.abcDown++;
      }
      if (fromXyz !== 3 && toXyz !== 3 && fromXyz !== toXyz) row.changes.xyzChanged++;
      addTo(abc, fromAbc, toAbc, inPrev, inR);
      addTo(xyz, fromXyz, toXyz, inPrev, inR);
      if (fromAbc === 0 && toAbc !== 0)
        downFromA.push({
          index: c,
          key: client.key,
          name: client.name,
          manager,
          to: ABC_KEYS[toAbc],
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
    ? { abc: matrixOf(abc, ABC_KEYS), xyz: matrixOf(xyz, XYZ_KEYS) }
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
