import { DEFAULT_SETTINGS, analyseWorkbook, isoDate, voiceSourcesOf, type VoiceFigures } from "../../../src/core";
import { voiceWorkbook } from "../../support/voiceWorkbook";

/**
 * The worked example of the README, checked by hand from METHODOLOGY §13's words. T = September
 * 2024, w = 3: R is July–September, D = 2024-09-30, the last year October 2023–September 2024.
 * Clients (§8): a Ivanov permanent A (650 in R), b Ivanov new C (80), c Petrova lost B (0),
 * d Petrova restored C (40), e no manager permanent B (300), f Petrova potential.
 */
function figures(asOf?: string): VoiceFigures {
  const workbook = voiceWorkbook();
  const settings = asOf
    ? { ...DEFAULT_SETTINGS, asOf: { kind: "date" as const, serial: Math.round((Date.parse(asOf) - Date.UTC(1899, 11, 30)) / 86_400_000) } }
    : DEFAULT_SETTINGS;
  const analysis = analyseWorkbook(workbook, { settings, lang: "en", voice: voiceSourcesOf(workbook), plan: false });
  if (!analysis.voice?.ok) throw new Error(JSON.stringify(analysis.voice));
  return analysis.voice.figures;
}

describe("complaints and satisfaction, checked by hand (§13)", () => {
  const f = figures();
  const byName = (m: string | null) => f.managers.find((r) => r.manager === m);

  it("counts the complaints dated in R per manager and category, an unknown client's under no manager", () => {
    // In R: a 07-05 delivery, a (" A ") 08-15 quality, c 08-01 quality, d 09-10 billing, Zeta 09-20 delivery.
    expect(byName("Ivanov")?.complaints).toEqual({ inPeriod: 2, byCategory: { quality: 1, delivery: 1, billing: 0 }, open: 0, meanDaysToResolve: 7 });
    expect(byName("Petrova")?.complaints).toEqual({ inPeriod: 2, byCategory: { quality: 1, delivery: 0, billing: 1 }, open: 2, meanDaysToResolve: null });
    expect(byName(null)?.complaints).toEqual({ inPeriod: 1, byCategory: { quality: 0, delivery: 1, billing: 0 }, open: 1, meanDaysToResolve: null });
    // Open at D: c (no resolved date), d (resolved after D), Zeta; b's complaint of October is after D.
    expect(f.total.complaints).toEqual({ inPeriod: 5, byCategory: { quality: 2, delivery: 2, billing: 1 }, open: 3, meanDaysToResolve: 7 });
    expect(f.unknownClients).toBe(1);
  });

  it("takes the lowest score of each product's latest questionnaire, the worst over products", () => {
    // a: general 4 (Feb), p2 3 (Aug) → 3 hidden; c: 2 discontent; e: p1's latest (Sep) 4 beats March's 2;
    // b's only row has no score (skipped); d's row is after D.
    const band = f.clients.map((c) => c.satisfaction);
    expect(band).toEqual(["hidden", "notSurveyed", "discontent", "notSurveyed", "satisfied", null]);
    expect(f.clients.map((c) => c.score)).toEqual([3, null, 2, null, 4, null]);
    expect(isoDate(f.clients[0].lastSurvey as number)).toBe("2024-08-20");
    expect(f.total.satisfaction).toEqual({ satisfied: 1, hidden: 1, discontent: 1, notSurveyed: 2 });
    expect(byName("Ivanov")?.satisfaction).toEqual({ satisfied: 0, hidden: 1, discontent: 0, notSurveyed: 1 });
  });

  it("finds the surveys overdue and due after a first purchase", () => {
    // Bought in the last year: a–e; surveyed in it: a, c, e. Overdue: b, d.
    expect(f.clients.map((c) => c.surveyOverdue)).toEqual([false, true, false, true, false, false]);
    expect(f.total.surveys).toEqual({ coverage: 3 / 5, overdue: 2, dueAfterFirstPurchase: 2 });
    expect(byName("Ivanov")?.surveys).toEqual({ coverage: 0.5, overdue: 1, dueAfterFirstPurchase: 2 });
    // a × p2 first bought in September (its August survey is earlier), b × p1 in August.
    expect(f.clients[0].surveysDue.map((d) => [d.product, isoDate(d.since)])).toEqual([["p2", "2024-09-01"]]);
    expect(f.clients[1].surveysDue.map((d) => [d.product, isoDate(d.since)])).toEqual([["p1", "2024-08-01"]]);
  });

  it("splits satisfaction and open complaints by ABC class with turnover in R, and lists who needs a call", () => {
    expect(f.byAbc.A.hidden).toEqual({ clients: 1, turnover: 650 });
    expect(f.byAbc.B.discontent).toEqual({ clients: 1, turnover: 0 });
    expect(f.byAbc.B.satisfied).toEqual({ clients: 1, turnover: 300 });
    expect(f.byAbc.C.notSurveyed).toEqual({ clients: 2, turnover: 120 });
    expect(f.byAbc.C.openComplaints).toEqual({ clients: 1, turnover: 40 });
    expect(f.byAbc.none.notSurveyed).toEqual({ clients: 0, turnover: 0 });
    expect(f.attention.map((a) => [a.client, a.abc, a.openComplaints, a.score])).toEqual([
      ["a", "A", 0, 3],
      ["c", "B", 1, 2],
      ["d", "C", 1, null],
    ]);
  });

  it("counts complaints per category per month of the last year for the chart", () => {
    const at = (month: number) => f.trend.counts[month - 10 + (month < 10 ? 12 : 0)];
    expect(f.trend.periods).toHaveLength(12);
    expect(at(5)).toEqual([1, 0, 0]);
    expect(at(8)).toEqual([2, 0, 0]);
    expect(at(9)).toEqual([0, 1, 1]);
  });

  it("as of August ignores every row dated after August", () => {
    const g = figures("2024-08-31");
    // R is June–August: a's July delivery and August quality, c's August quality; d's and Zeta's are later.
    expect(g.total.complaints.inPeriod).toBe(3);
    expect(g.total.complaints.open).toBe(1);
    expect(g.unknownClients).toBe(1); // Zeta's July questionnaire
    expect(g.clients[4].score).toBe(2); // e's September questionnaire is not seen yet
  });
});
