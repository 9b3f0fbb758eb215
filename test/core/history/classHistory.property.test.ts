import fc from "fast-check";
import {
  ABC_OR_NONE,
  HISTORY_STATUSES,
  XYZ_OR_NONE,
  classHistory,
  classify,
  classifyInput,
  periodStart,
  serialFromYMD,
  type ClassHistory,
  type Dataset,
  type Granularity,
  type Settings,
} from "../../../src/core";
import { longDataset, wideDataset, type SaleSpec } from "../../support/dataset";

/** An amount: mostly purchases (some with cents, some repeated exactly), zeros and returns. */
const amountArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 1000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 100_000 }).map((c) => c / 100) },
  { weight: 2, arbitrary: fc.constantFrom(100, 250.1, 0.3) },
  fc.constant(0),
  fc.integer({ min: -300, max: -1 }),
);

/** Sales over up to three years from January 2023, for a few clients (some listed without sales). */
const longArb: fc.Arbitrary<Dataset> = fc
  .record({
    days: fc.integer({ min: 20, max: 1100 }),
    clients: fc.integer({ min: 1, max: 9 }),
    listed: fc.array(fc.constantFrom("p1", "p2"), { maxLength: 2 }),
  })
  .chain(({ days, clients, listed }) =>
    fc
      .array(
        fc.record({
          client: fc.integer({ min: 0, max: clients - 1 }).map((c) => `c${c}`),
          at: fc.integer({ min: 0, max: days }).map((d) => serialFromYMD(2023, 1, 1) + d),
          amount: amountArb,
          margin: fc.integer({ min: -50, max: 400 }).map((m) => m / 10),
        }),
        { minLength: 1, maxLength: 80 },
      )
      .map((sales: SaleSpec[]) => longDataset(sales, listed)),
  );

/**
 * A steady row whose CV sits on a class boundary when computed exactly (0, 10 % or 25 %) but not when
 * computed carelessly from sums: a constant, or a value 10 % or 25 % either side of one, in cents.
 */
const steadyRowArb = (periods: number) =>
  fc
    .record({ level: fc.constantFrom(0.1, 0.3, 100.7, 1234.56, 7), swing: fc.constantFrom(0, 0.1, 0.25) })
    .map(({ level, swing }) =>
      Array.from({ length: periods }, (_, k) => level * (k % 2 === 0 ? 1 - swing : 1 + swing)),
    );

/** A client × period table by month, quarter or week, blanks and zeros included, some rows steady. */
const wideArb: fc.Arbitrary<Dataset> = fc
  .record({
    kind: fc.constantFrom("month" as const, "quarter" as const, "week" as const),
    periods: fc.integer({ min: 1, max: 20 }),
  })
  .chain(({ kind, periods }) =>
    fc
      .array(
        fc.oneof(
          {
            weight: 3,
            arbitrary: fc.array(fc.option(amountArb, { nil: null, freq: 5 }), {
              minLength: periods,
              maxLength: periods,
            }),
          },
          steadyRowArb(periods),
        ),
        {
          minLength: 1,
          maxLength: 8,
        },
      )
      .map((rows) => {
        const first = kind === "month" ? 2023 * 12 + 3 : kind === "quarter" ? 2022 * 4 + 1 : 2800;
        return wideDataset(Object.fromEntries(rows.map((r, i) => [`w${i}`, r])), kind, first);
      }),
  );

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  abc: fc.constantFrom({ a: 0.5, b: 0.8 }, { a: 0.8, b: 0.95 }, { a: 0.7, b: 0.9 }, { a: 0.3, b: 0.6 }),
  xyz: fc.constantFrom({ x: 0.1, y: 0.25 }, { x: 0, y: 0.5 }, { x: 0, y: 0.1 }, { x: 0.2, y: 1 }),
  granularity: fc.constantFrom<Granularity>("month", "quarter", "week"),
  asOf: fc.oneof(
    fc.constant({ kind: "last" as const }),
    fc.constant({ kind: "previous" as const }),
    fc
      .integer({ min: 200, max: 1300 })
      .map((d) => ({ kind: "date" as const, serial: serialFromYMD(2022, 6, 1) + d })),
  ),
  from: fc.option(
    fc.integer({ min: 0, max: 500 }).map((d) => serialFromYMD(2022, 12, 1) + d),
    { nil: null, freq: 3 },
  ),
  windowMonths: fc.integer({ min: 1, max: 6 }),
  sigma: fc.constantFrom("population" as const, "sample" as const),
  metric: fc.constantFrom("turnover" as const, "margin" as const, "count" as const),
});

/** Column j of the history as the classes a run writes: [abc, xyz, status] per client. */
function column(history: ClassHistory, j: number): string[] {
  const h = history.periods.length;
  return Array.from({ length: history.clients }, (_, c) => {
    const at = c * h + j;
    const abc = ABC_OR_NONE[history.abc[at]];
    const xyz = XYZ_OR_NONE[history.xyz[at]];
    return `${abc === "none" ? "-" : abc} ${xyz === "none" ? "-" : xyz} ${HISTORY_STATUSES[history.status[at]]}`;
  });
}

/** The same three classes from a full run. */
function classesOf(dataset: Dataset, settings: Settings): string[] {
  return classify(dataset, settings).clients.map((r) => `${r.abc ?? "-"} ${r.xyz ?? "-"} ${r.status}`);
}

function checkDefinition(dataset: Dataset, settings: Settings, depth: number): void {
  const history = classHistory(classifyInput(dataset, settings), depth);
  const atT = classify(dataset, settings);
  const { granularity } = atT.axis;
  const h = history.periods.length;
  // Fewer period ends only when the window has fewer periods.
  expect(h).toBe(Math.min(depth, atT.axis.count));
  expect(history.periods[h - 1]).toBe(atT.axis.last);
  expect(column(history, h - 1)).toEqual(classesOf(dataset, settings));
  for (let j = 0; j < h; j++) {
    const asOf = { kind: "date" as const, serial: periodStart(history.periods[j], granularity) };
    expect(column(history, j)).toEqual(classesOf(dataset, { ...settings, asOf }));
  }
}

describe("class history, the definition of §14", () => {
  it("column t is a full classification as of t, for long tables", () => {
    fc.assert(fc.property(longArb, settingsArb, fc.integer({ min: 1, max: 14 }), checkDefinition), {
      numRuns: 300,
    });
  });

  it("column t is a full classification as of t, for wide tables by month, quarter and week", () => {
    fc.assert(fc.property(wideArb, settingsArb, fc.integer({ min: 1, max: 14 }), checkDefinition), {
      numRuns: 300,
    });
  });
});
