import fc from "fast-check";
import {
  DEFAULT_SETTINGS,
  STATUSES,
  classify,
  classifyMatrix,
  type Classification,
  type Settings,
} from "../../../src/core";
import { wideDataset } from "../../support/dataset";

const JAN_2024 = 2024 * 12;
const ORDER = { A: 0, B: 1, C: 2 } as const;

/** A client × month table of whole amounts: mostly purchases, some gaps, a few returns. */
const table = fc.integer({ min: 1, max: 12 }).chain((months) =>
  fc.array(
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 1, max: 1000 }) },
        fc.constant(0),
        fc.integer({ min: -300, max: -1 }),
      ),
      {
        minLength: months,
        maxLength: months,
      },
    ),
    { minLength: 1, maxLength: 25 },
  ),
);

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  abc: fc.constantFrom({ a: 0.5, b: 0.8 }, { a: 0.8, b: 0.95 }, { a: 0.7, b: 0.9 }),
  xyz: fc.constantFrom({ x: 0.1, y: 0.25 }, { x: 0.2, y: 0.5 }),
  granularity: fc.constant("month" as const),
  asOf: fc.constant({ kind: "last" as const }),
  from: fc.constant(null),
  windowMonths: fc.integer({ min: 1, max: 6 }),
  sigma: fc.constantFrom("population" as const, "sample" as const),
  metric: fc.constant("turnover" as const),
});

const run = (rows: number[][], settings: Settings = DEFAULT_SETTINGS): Classification =>
  classify(wideDataset(Object.fromEntries(rows.map((r, i) => [`c${i}`, r])), "month", JAN_2024), settings);

describe("classify properties", () => {
  it("never puts a client with a larger metric in a lower class", () => {
    fc.assert(
      fc.property(table, settingsArb, (rows, settings) => {
        const ranked = run(rows, settings).clients.filter((r) => r.abc !== null);
        for (const p of ranked)
          for (const q of ranked)
            if (p.metric > q.metric) expect(ORDER[p.abc!]).toBeLessThanOrEqual(ORDER[q.abc!]);
      }),
    );
  });

  it("gives clients with equal metrics the same class", () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 0, max: 24 }), (rows, pick) => {
        const copy = rows[pick % rows.length];
        const c = run([...rows, [...copy]]);
        const original = c.clients[pick % rows.length];
        const twin = c.clients[rows.length];
        expect([twin.abc, twin.xyz, twin.status, twin.cumShare]).toEqual([
          original.abc,
          original.xyz,
          original.status,
          original.cumShare,
        ]);
      }),
    );
  });

  it("does not depend on the order of clients", () => {
    fc.assert(
      fc.property(table, fc.integer(), (rows, seed) => {
        const order = rows
          .map((_, i) => i)
          .sort((i, j) => ((i * 7919 + seed) % 101) - ((j * 7919 + seed) % 101) || i - j);
        const straight = run(rows).clients;
        const shuffled = run(order.map((i) => rows[i])).clients;
        order.forEach((i, k) => {
          const a = straight[i];
          const b = shuffled[k];
          expect([b.metric, b.share, b.cumShare, b.abc, b.cv, b.xyz, b.status]).toEqual([
            a.metric,
            a.share,
            a.cumShare,
            a.abc,
            a.cv,
            a.xyz,
            a.status,
          ]);
        });
      }),
    );
  });

  it("keeps XYZ classes when every amount is scaled by a positive factor", () => {
    fc.assert(
      fc.property(table, fc.constantFrom(0.5, 2, 3, 10, 1000), (rows, factor) => {
        const plain = run(rows).clients;
        const scaled = run(rows.map((r) => r.map((v) => v * factor))).clients;
        plain.forEach((p, i) => {
          expect(scaled[i].xyz).toBe(p.xyz);
          expect(scaled[i].abc).toBe(p.abc);
          if (p.cv !== null) expect(scaled[i].cv).toBeCloseTo(p.cv, 9);
        });
      }),
    );
  });

  it("gives every client exactly one status and counts add up to the clients", () => {
    fc.assert(
      fc.property(table, settingsArb, (rows, settings) => {
        const c = run(rows, settings);
        expect(c.clients.length).toBe(rows.length);
        expect(c.clients.every((r) => STATUSES.includes(r.status))).toBe(true);
        const sum = (o: Readonly<Record<string, number>>) => Object.values(o).reduce((s, v) => s + v, 0);
        expect(sum(c.counts.status)).toBe(rows.length);
        expect(sum(c.counts.abc)).toBe(rows.length - c.counts.status.potential);
        expect(sum(c.counts.xyz)).toBe(c.clients.filter((r) => r.xyz !== null).length);
        expect(c.matrix.total.count).toBe(sum(c.counts.abc));
      }),
    );
  });

  it("makes the shares of positive clients sum to 1, each cumulative share the larger clients' plus its own", () => {
    fc.assert(
      fc.property(table, (rows) => {
        const c = run(rows);
        const positive = c.clients.filter((r) => r.metric > 0);
        if (positive.length === 0) return;
        expect(positive.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 9);
        for (const r of positive) {
          const larger = positive.filter((q) => q.metric > r.metric).reduce((s, q) => s + q.share, 0);
          expect(r.cumShare).toBeCloseTo(larger + r.share, 9);
        }
        expect(c.clients.filter((r) => r.metric <= 0).every((r) => r.share === 0)).toBe(true);
      }),
    );
  });

  it("leaves new and potential clients without XYZ and gives potential clients no ABC", () => {
    fc.assert(
      fc.property(table, settingsArb, (rows, settings) => {
        for (const r of run(rows, settings).clients) {
          if (r.status === "new" || r.status === "potential") expect(r.xyz).toBeNull();
          expect(r.abc === null).toBe(r.status === "potential");
        }
      }),
    );
  });

  it("gives the same numbers from a plain client × period matrix", () => {
    fc.assert(
      fc.property(table, settingsArb, (rows, settings) => {
        const fromDataset = run(rows, settings);
        const fromMatrix = classifyMatrix(rows, settings, {
          keys: rows.map((_, i) => `c${i}`),
          firstPeriod: JAN_2024,
        });
        expect(fromMatrix.clients.map(({ row: _row, ...rest }) => rest)).toEqual(
          fromDataset.clients.map(({ row: _row, ...rest }) => rest),
        );
        expect(fromMatrix.matrix).toEqual(fromDataset.matrix);
        expect(fromMatrix.counts).toEqual(fromDataset.counts);
        expect(fromMatrix.axis).toEqual(fromDataset.axis);
      }),
    );
  });
});
