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

/** The statuses in the order of their sums in a row. */
const STATUSES: readonly Status[] = ["potential", "new", "permanent", "restored", "lost"];
const STATUS_INDEX: Readonly<Record<Status, number>> = { potential: 0, new: 1, permanent: 2, restored: 3, lost: 4 };

/** Where each sum of a row is, after the five status counts. */
const At = {
  LostInPeriod: 5,
  PrimaryClients: 6,
  PrimaryAmount: 7,
  NewDirectionsClients: 8,
  NewDirectionsAmount: 9,
  Repeat: 10,
  RestoredClients: 11,
  RestoredAmount: 12,
  AbcUp: 13,
  AbcDown: 14,
  XyzChanged: 15,
  ActiveOnce: 16,
  ActiveTwice: 17,
  Turnover: 18,
  PermanentTurnover: 19,
  ProductsInWindow: 20,
  Fields: 21,
} as const;

/** A row's sums as its figures; `sums` holds the row at `at`. */
function teamRow(
  manager: string | null,
  sums: Float64Array,
  at: number,
  hasProducts: boolean,
  hasEarlier: boolean,
): TeamRow {
  const sum = (field: number) => sums[at + field];
  const turnover = sum(At.Turnover);
  const activeOnce = sum(At.ActiveOnce);
  const share = (x: number) => (turnover !== 0 ? x / turnover : null);
  const clients = {} as Record<Status, number>;
  STATUSES.forEach((status, i) => (clients[status] = sum(i)));
  return {
    manager,
    clients,
    lostInPeriod: sum(At.LostInPeriod),
    primary: { clients: sum(At.PrimaryClients), amount: sum(At.PrimaryAmount) },
    newDirections: hasProducts
      ? { clients: sum(At.NewDirectionsClients), amount: sum(At.NewDirectionsAmount) }
      : null,
    repeat: { amount: sum(At.Repeat) },
    restored: { clients: sum(At.RestoredClients), amount: sum(At.RestoredAmount) },
    classChanges: hasEarlier
      ? { abcUp: sum(At.AbcUp), abcDown: sum(At.AbcDown), xyzChanged: sum(At.XyzChanged) }
      : null,
    health: {
      loyaltyIndex: activeOnce > 0 ? sum(At.ActiveTwice) / activeOnce : null,
      permanentShare: share(sum(At.PermanentTurnover)),
      oldClientsShare: share(turnover - sum(At.PrimaryAmount)),
      productsPerClient: hasProducts && activeOnce > 0 ? sum(At.ProductsInWindow) / activeOnce : null,
    },
    turnover,
  };
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
  // Each manager's row, in the order of its first client; its sums in one flat array.
  const rowOf = new Map<string | null, number>();
  const rowOfClient = new Int32Array(classification.clients.length);
  for (const client of classification.clients) {
    const manager = managers[client.index] ?? null;
    let r = rowOf.get(manager);
    if (r === undefined) {
      r = rowOf.size;
      rowOf.set(manager, r);
    }
    rowOfClient[client.index] = r;
  }
  const sums = new Float64Array(rowOf.size * At.Fields);
  const abc = flatMatrix();
  const xyz = flatMatrix();
  const downFromA: DownFromA[] = [];

  // Most figures are added as 0 or 1 times a value rather than behind a branch: which status or
  // class a client has follows no pattern the CPU could predict.
  for (const client of classification.clients) {
    const c = client.index;
    const at = rowOfClient[c] * At.Fields;
    const base = c * periods;
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
    const status = STATUS_INDEX[client.status];
    const isNew = Number(status === 1);
    const newPair = products === null ? 0 : products.hasNewPair[c] & (1 - isNew);
    const newPairAmount = products === null ? 0 : products.newPairAmount[c] * newPair;
    const activeOnce = Number(activePeriods >= 1);
    sums[at + status]++;
    sums[at + At.LostInPeriod] += activePrev & (1 - activeR);
    sums[at + At.PrimaryClients] += isNew;
    sums[at + At.PrimaryAmount] += inR * isNew;
    sums[at + At.Repeat] += (inR - newPairAmount) * (1 - isNew);
    sums[at + At.NewDirectionsClients] += newPair;
    sums[at + At.NewDirectionsAmount] += newPairAmount;
    sums[at + At.RestoredClients] += Number(status === 3);
    sums[at + At.RestoredAmount] += inR * Number(status === 3);
    sums[at + At.ActiveOnce] += activeOnce;
    sums[at + At.ActiveTwice] += Number(activePeriods >= 2);
    if (products !== null) sums[at + At.ProductsInWindow] += products.productsInWindow[c] * activeOnce;
    sums[at + At.Turnover] += inR;
    sums[at + At.PermanentTurnover] += inR * Number(status === 2);
    if (earlier !== null) {
      const fromAbc = keyIndex(earlier.abc[c]);
      const toAbc = keyIndex(client.abc);
      const fromXyz = keyIndex(earlier.xyz[c]);
      const toXyz = keyIndex(client.xyz);
      const bothAbc = Number(fromAbc !== 3 && toAbc !== 3);
      sums[at + At.AbcUp] += bothAbc * Number(toAbc < fromAbc);
      sums[at + At.AbcDown] += bothAbc * Number(toAbc > fromAbc);
      sums[at + At.XyzChanged] += Number(fromXyz !== 3 && toXyz !== 3 && fromXyz !== toXyz);
      addTo(abc, fromAbc, toAbc, inPrev, inR);
      addTo(xyz, fromXyz, toXyz, inPrev, inR);
      if (fromAbc === 0 && toAbc !== 0)
        downFromA.push({
          index: c,
          key: client.key,
          name: client.name,
          manager: managers[c] ?? null,
          to: ABC_KEYS[toAbc],
          before: inPrev,
          after: inR,
        });
    }
  }
  downFromA.sort((p, q) => q.before - p.before || p.index - q.index);
  // The total row is the managers' rows added up, so they add up to it.
  const total = new Float64Array(At.Fields);
  for (let r = 0; r < rowOf.size; r++) for (let f = 0; f < At.Fields; f++) total[f] += sums[r * At.Fields + f];
  const order: (string | null)[] = [...rowOf.keys()].filter((m) => m !== null);
  if (rowOf.has(null)) order.push(null);
  const migration: Migration | null = hasEarlier
    ? { abc: matrixOf(abc, ABC_KEYS), xyz: matrixOf(xyz, XYZ_KEYS) }
    : null;
  return {
    period: { first: classification.axis.last - w + 1, last: classification.axis.last },
    managers: order.map((m) => teamRow(m, sums, (rowOf.get(m) as number) * At.Fields, hasProducts, hasEarlier)),
    total: teamRow(null, total, 0, hasProducts, hasEarlier),
    migration,
    downFromA,
  };
}
