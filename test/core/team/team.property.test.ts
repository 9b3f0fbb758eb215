import fc from "fast-check";
import { DEFAULT_SETTINGS, classify, serialFromYMD, type Settings } from "../../../src/core";
import { analyseTeam, type TeamRow } from "../../../src/core/team";
import { teamDataset, type TeamSaleSpec } from "../../support/teamDataset";

/** Sales over up to 15 months of 2024–2025, a few clients, products and managers, some returns. */
const salesArb: fc.Arbitrary<TeamSaleSpec[]> = fc.array(
  fc.record({
    client: fc.constantFrom("a", "b", "c", "d", "e", "f"),
    at: fc
      .integer({ min: 0, max: 14 })
      .chain((m) =>
        fc.integer({ min: 1, max: 28 }).map((d) => serialFromYMD(2024 + Math.floor(m / 12), (m % 12) + 1, d)),
      ),
    amount: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 1000 }) },
      fc.integer({ min: -200, max: 0 }),
    ),
    product: fc.option(fc.constantFrom("p1", "p2", "p3"), { nil: undefined, freq: 8 }),
    manager: fc.option(fc.constantFrom("Ivanov", "Petrova", "Sousa"), { nil: null, freq: 4 }),
  }),
  { minLength: 1, maxLength: 60 },
);

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  ...Object.fromEntries(Object.entries(DEFAULT_SETTINGS).map(([k, v]) => [k, fc.constant(v)])),
  windowMonths: fc.integer({ min: 1, max: 4 }),
  metric: fc.constantFrom("turnover" as const, "count" as const),
}) as fc.Arbitrary<Settings>;

const near = (x: number, y: number) => expect(Math.abs(x - y)).toBeLessThan(1e-6);

function parts(row: TeamRow): number {
  return row.primary.amount + (row.newDirections?.amount ?? 0) + row.repeat.amount;
}

/** Every count and amount of a row, in a fixed order, to add rows up. */
function additive(row: TeamRow): number[] {
  return [
    ...Object.values(row.clients),
    row.lostInPeriod,
    row.primary.clients,
    row.primary.amount,
    row.newDirections?.clients ?? 0,
    row.newDirections?.amount ?? 0,
    row.repeat.amount,
    row.restored.clients,
    row.restored.amount,
    row.classChanges?.abcUp ?? 0,
    row.classChanges?.abcDown ?? 0,
    row.classChanges?.xyzChanged ?? 0,
    row.turnover,
  ];
}

describe("team figures, properties", () => {
  it("primary + new directions + repeat = turnover in R, per manager and in total", () => {
    fc.assert(
      fc.property(salesArb, settingsArb, (sales, settings) => {
        const { team, classification } = analyseTeam(teamDataset(sales), settings);
        const w = classification.window;
        // Turnover in R straight from the sales, without the engine's buckets.
        const periodOf = (s: TeamSaleSpec) => {
          const d = new Date(Date.UTC(1899, 11, 30 + (s.at as number)));
          return d.getUTCFullYear() * 12 + d.getUTCMonth();
        };
        const T = Math.max(...sales.map(periodOf));
        const inR = sales.filter((s) => periodOf(s) > T - w).reduce((sum, s) => sum + s.amount, 0);
        near(team.total.turnover, inR);
        for (const row of [...team.managers, team.total]) near(parts(row), row.turnover);
      }),
    );
  });

  it("adds the managers' rows up to the total row", () => {
    fc.assert(
      fc.property(salesArb, settingsArb, (sales, settings) => {
        const { team } = analyseTeam(teamDataset(sales), settings);
        const sum = team.managers.map(additive).reduce((acc, r) => acc.map((x, i) => x + r[i]));
        additive(team.total).forEach((x, i) => near(sum[i], x));
        expect(new Set(team.managers.map((m) => m.manager)).size).toBe(team.managers.length);
      }),
    );
  });

  it("classifies at T − w exactly as a run as of T − w would", () => {
    fc.assert(
      fc.property(salesArb, settingsArb, (sales, settings) => {
        const dataset = teamDataset(sales);
        const { earlier, classification } = analyseTeam(dataset, settings);
        if (earlier === null) return;
        const last = classification.axis.last - classification.window;
        const serial = serialFromYMD(Math.floor(last / 12), (last % 12) + 1, 1);
        const direct = classify(dataset, { ...settings, asOf: { kind: "date", serial } });
        expect(earlier.abc).toEqual(direct.clients.map((c) => c.abc));
        expect(earlier.xyz).toEqual(direct.clients.map((c) => c.xyz));
      }),
    );
  });

  it("puts every client in one migration cell, and its money in R′ and R", () => {
    fc.assert(
      fc.property(salesArb, (sales) => {
        const { team } = analyseTeam(teamDataset(sales), DEFAULT_SETTINGS);
        if (team.migration === null) return;
        const cells = Object.values(team.migration.abc).flatMap((row) => Object.values(row));
        expect(cells.reduce((n, c) => n + c.clients, 0)).toBe(new Set(sales.map((s) => s.client)).size);
        near(
          cells.reduce((n, c) => n + c.after, 0),
          team.total.turnover,
        );
      }),
    );
  });
});
