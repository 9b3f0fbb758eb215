import fc from "fast-check";
import { DEFAULT_SETTINGS, serialFromYMD, voiceFigures, type Settings, type VoiceFigures, type VoiceRecords } from "../../../src/core";
import { analyseTeam } from "../../../src/core/team";
import { teamDataset, type TeamSaleSpec } from "../../support/teamDataset";

const CLIENTS = ["a", "b", "c", "d", "e", "f"];
const day = fc
  .integer({ min: 0, max: 16 })
  .chain((m) => fc.integer({ min: 1, max: 28 }).map((d) => serialFromYMD(2024 + Math.floor(m / 12), (m % 12) + 1, d)));

const salesArb: fc.Arbitrary<TeamSaleSpec[]> = fc.array(
  fc.record({
    client: fc.constantFrom(...CLIENTS),
    at: day,
    amount: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 1000 }) }, fc.integer({ min: -200, max: 0 })),
    product: fc.option(fc.constantFrom("p1", "p2", "p3"), { nil: undefined, freq: 8 }),
    manager: fc.option(fc.constantFrom("Ivanov", "Petrova", "Sousa"), { nil: null, freq: 4 }),
  }),
  { minLength: 1, maxLength: 50 },
);

/** Clients by index into the dataset's clients, or an unknown one (-1, with its own key). */
const clientArb = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: CLIENTS.length - 1 }).map((i) => ({ client: i, key: CLIENTS[i] })) },
  fc.constantFrom("zeta", "omega").map((key) => ({ client: -1, key })),
);

const recordsArb: fc.Arbitrary<VoiceRecords> = fc.record({
  complaints: fc.array(
    fc
      .record({
        who: clientArb,
        day,
        category: fc.constantFrom("quality", "delivery", ""),
        resolvedAfter: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
      })
      .map(({ who, day: d, category, resolvedAfter }) => ({
        ...who,
        day: d,
        category,
        product: null,
        resolved: resolvedAfter === null ? null : d + resolvedAfter,
      })),
    { maxLength: 20 },
  ),
  survey: fc.array(
    fc.record({ who: clientArb, day, product: fc.constantFrom(null, "p1", "p2"), score: fc.integer({ min: 1, max: 5 }) })
      .map(({ who, ...rest }) => ({ ...who, ...rest })),
    { maxLength: 20 },
  ),
  categories: fc.constant(["quality", "delivery"]),
  questions: fc.constant(["q1"]),
});

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  windowMonths: fc.integer({ min: 1, max: 4 }),
  granularity: fc.constantFrom("month" as const, "quarter" as const),
}).map((s) => ({ ...DEFAULT_SETTINGS, ...s }));

/** The sales' own last day, so that the records may fall after T. */
function run(sales: TeamSaleSpec[], records: VoiceRecords, settings: Settings): { figures: VoiceFigures; nonPotential: number } {
  const dataset = teamDataset(sales.map((s) => ({ ...s, client: s.client })));
  // Records name clients by the spec's letters: map them to the dataset's order.
  const indexOf = new Map(dataset.clients.map((c, i) => [c.key, i]));
  const remap = <R extends { client: number; key: string }>(r: R): R => (r.client < 0 ? r : { ...r, client: indexOf.get(r.key) ?? -1 });
  const mapped: VoiceRecords = {
    ...records,
    complaints: (records.complaints ?? []).map(remap),
    survey: (records.survey ?? []).map(remap),
  };
  const analysed = analyseTeam(dataset, settings);
  const figures = voiceFigures(mapped, {
    dataset,
    classification: analysed.classification,
    managers: analysed.clientManagers,
    turnoverInR: analysed.turnoverInR,
  });
  return { figures, nonPotential: analysed.classification.clients.filter((c) => c.status !== "potential").length };
}

const near = (x: number | null, y: number | null) => {
  if (x === null || y === null) expect(x).toBe(y);
  else expect(Math.abs(x - y)).toBeLessThan(1e-9);
};

describe("voice figures, properties", () => {
  it("adds the managers' rows up to the total row", () => {
    fc.assert(
      fc.property(salesArb, recordsArb, settingsArb, (sales, records, settings) => {
        const { figures } = run(sales, records, settings);
        const sum = (pick: (r: VoiceFigures["total"]) => number) => figures.managers.reduce((n, r) => n + pick(r), 0);
        const t = figures.total;
        expect(sum((r) => r.complaints.inPeriod)).toBe(t.complaints.inPeriod);
        expect(sum((r) => r.complaints.open)).toBe(t.complaints.open);
        for (const c of figures.categories) expect(sum((r) => r.complaints.byCategory[c])).toBe(t.complaints.byCategory[c]);
        for (const s of ["satisfied", "hidden", "discontent", "notSurveyed"] as const) expect(sum((r) => r.satisfaction[s])).toBe(t.satisfaction[s]);
        expect(sum((r) => r.surveys.overdue)).toBe(t.surveys.overdue);
        expect(sum((r) => r.surveys.dueAfterFirstPurchase)).toBe(t.surveys.dueAfterFirstPurchase);
        expect(figures.managers.filter((r) => r.manager === null).length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("counts every client that is not potential in exactly one satisfaction band", () => {
    fc.assert(
      fc.property(salesArb, recordsArb, settingsArb, (sales, records, settings) => {
        const { figures, nonPotential } = run(sales, records, settings);
        const s = figures.total.satisfaction;
        expect(s.satisfied + s.hidden + s.discontent + s.notSurveyed).toBe(nonPotential);
        const byAbc = Object.values(figures.byAbc).reduce(
          (n, cell) => n + cell.satisfied.clients + cell.hidden.clients + cell.discontent.clients + cell.notSurveyed.clients,
          0,
        );
        expect(byAbc).toBe(nonPotential);
      }),
    );
  });

  it("never counts a row dated after T: an earlier T gives the figures of the rows up to its last day", () => {
    fc.assert(
      fc.property(salesArb, recordsArb, fc.integer({ min: 0, max: 16 }), (sales, records, back) => {
        const at = serialFromYMD(2024 + Math.floor(back / 12), (back % 12) + 1, 28);
        const settings: Settings = { ...DEFAULT_SETTINGS, asOf: { kind: "date", serial: at } };
        const first = Math.min(...sales.map((s) => s.at as number));
        fc.pre(first <= at);
        const { figures } = run(sales, records, settings);
        const last = figures.period.last;
        const cut: VoiceRecords = {
          ...records,
          complaints: (records.complaints ?? []).filter((c) => c.day <= last),
          survey: (records.survey ?? []).filter((s) => s.day <= last),
        };
        const { figures: upToD } = run(sales, cut, settings);
        // A resolution after D still leaves the complaint open at D: the cut keeps those dates as they are.
        expect(figures).toEqual(upToD);
        for (const c of figures.clients) if (c.lastSurvey !== null) expect(c.lastSurvey).toBeLessThanOrEqual(last);
        near(figures.total.surveys.coverage, upToD.total.surveys.coverage);
      }),
    );
  });
});
