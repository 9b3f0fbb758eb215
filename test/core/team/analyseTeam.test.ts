import { DEFAULT_SETTINGS } from "../../../src/core";
import { analyseTeam } from "../../../src/core/team";
import { wideDataset } from "../../support/dataset";
import { teamDataset, type TeamSaleSpec } from "../../support/teamDataset";

/**
 * Nine months, January–September 2024, activity window 3 months: R = July–September,
 * R′ = April–June, T − w = June.
 */
const SALES: TeamSaleSpec[] = [
  { client: "a", at: "2024-01-10", amount: 100, product: "p1", manager: "Ivanov" },
  { client: "a", at: "2024-05-10", amount: 100, product: "p1", manager: "Ivanov" },
  { client: "a", at: "2024-08-10", amount: 600, product: "p1", manager: "Ivanov" },
  { client: "a", at: "2024-09-10", amount: 50, product: "p2", manager: "Ivanov" },
  { client: "b", at: "2024-08-20", amount: 80, product: "p1", manager: "Ivanov" },
  { client: "c", at: "2024-04-05", amount: 300, product: "p1", manager: "Petrova" },
  { client: "d", at: "2024-02-05", amount: 60, product: "p3", manager: "Petrova" },
  { client: "d", at: "2024-07-05", amount: 40, product: "p3", manager: "Petrova" },
  { client: "e", at: "2024-03-01", amount: 30, product: "p1" },
  { client: "e", at: "2024-06-01", amount: 30, product: "p1" },
  { client: "e", at: "2024-09-01", amount: 300, product: "p1" },
];

describe("analyseTeam, the example worked by hand", () => {
  const { team, classification, earlier } = analyseTeam(teamDataset(SALES), DEFAULT_SETTINGS);

  it("classifies at T and at T − w", () => {
    // At T the window metrics are a 850, e 360, c 300, d 100, b 80 (total 1690): P = 0, .50, .72, .89, .95.
    expect(classification.clients.map((c) => c.abc)).toEqual(["A", "C", "B", "C", "B"]);
    // At June: c 300, a 200, d 60, e 60, b nothing yet (total 620): P = 0, .48, .81, .81.
    expect(earlier?.abc).toEqual(["A", null, "A", "C", "C"]);
  });

  it("gives the total row the hand-counted figures", () => {
    const t = team.total;
    expect(t.clients).toEqual({ potential: 0, new: 1, permanent: 2, restored: 1, lost: 1 });
    expect(t.lostInPeriod).toBe(1); // c bought in April, nothing since
    expect(t.primary).toEqual({ clients: 1, amount: 80 }); // b
    expect(t.newDirections).toEqual({ clients: 1, amount: 50 }); // a's first p2, in September
    expect(t.repeat.amount).toBe(600 + 40 + 300);
    expect(t.restored).toEqual({ clients: 1, amount: 40 }); // d: February, then July
    expect(t.classChanges).toEqual({ abcUp: 1, abcDown: 1, xyzChanged: 0 }); // e C→B, c A→B
    expect(t.health.loyaltyIndex).toBeCloseTo(3 / 5); // a, d, e bought in two months or more
    expect(t.health.permanentShare).toBeCloseTo((650 + 300) / 1070);
    expect(t.health.oldClientsShare).toBeCloseTo(990 / 1070);
    expect(t.health.productsPerClient).toBeCloseTo(6 / 5); // a bought p1 and p2
    expect(team.period.last - team.period.first).toBe(2);
  });

  it("credits each client to its manager, the blank manager last", () => {
    expect(team.managers.map((m) => m.manager)).toEqual(["Ivanov", "Petrova", null]);
    const [ivanov, petrova, none] = team.managers;
    expect(ivanov.primary).toEqual({ clients: 1, amount: 80 });
    expect(ivanov.newDirections).toEqual({ clients: 1, amount: 50 });
    expect(ivanov.repeat.amount).toBe(600);
    expect(petrova.clients).toEqual({ potential: 0, new: 0, permanent: 0, restored: 1, lost: 1 });
    expect(petrova.classChanges).toEqual({ abcUp: 0, abcDown: 1, xyzChanged: 0 });
    expect(none.classChanges).toEqual({ abcUp: 1, abcDown: 0, xyzChanged: 0 });
    expect(none.health.permanentShare).toBe(1);
  });

  it("fills the migration matrix with the money before and after", () => {
    const abc = team.migration!.abc;
    expect(abc.A.A).toEqual({ clients: 1, before: 100, after: 650 });
    expect(abc.A.B).toEqual({ clients: 1, before: 300, after: 0 });
    expect(abc.C.B).toEqual({ clients: 1, before: 30, after: 300 });
    expect(abc.C.C).toEqual({ clients: 1, before: 0, after: 40 });
    expect(abc.none.C).toEqual({ clients: 1, before: 0, after: 80 });
    expect(abc.B.A.clients + abc.A.C.clients + abc.none.none.clients).toBe(0);
    expect(team.downFromA).toEqual([
      { index: 2, key: "c", name: "c", manager: "Petrova", to: "B", before: 300, after: 0 },
    ]);
  });
});

describe("analyseTeam, what is not available", () => {
  it("has no new directions nor products per client in a wide table", () => {
    const { team } = analyseTeam(
      wideDataset(
        { a: [10, 10, 10, 10, 10, 10, 10], b: [null, null, null, null, null, 5, 5] },
        "month",
        2024 * 12,
      ),
      DEFAULT_SETTINGS,
    );
    expect(team.total.newDirections).toBeNull();
    expect(team.total.health.productsPerClient).toBeNull();
    expect(team.total.primary).toEqual({ clients: 1, amount: 10 });
    expect(team.total.repeat.amount).toBe(30);
    expect(team.managers.map((m) => m.manager)).toEqual([null]);
  });

  it("has no migration with fewer than w periods before the start of R", () => {
    // Five months: R = Mar–May, T − w = Feb; only Jan and Feb come before March.
    const { team, earlier } = analyseTeam(
      wideDataset({ a: [1, 2, 3, 4, 5] }, "month", 2024 * 12),
      DEFAULT_SETTINGS,
    );
    expect(team.migration).toBeNull();
    expect(earlier).toBeNull();
    expect(team.total.classChanges).toBeNull();
    expect(team.downFromA).toEqual([]);
    const six = analyseTeam(wideDataset({ a: [1, 2, 3, 4, 5, 6] }, "month", 2024 * 12), DEFAULT_SETTINGS);
    expect(six.team.migration?.abc.A.A.clients).toBe(1);
  });
});
