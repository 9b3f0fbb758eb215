import { paretoCurve } from "../../../src/taskpane/state/paretoCurve";

const of = (...shares: number[]) => shares.map((share) => ({ share }));

describe("paretoCurve", () => {
  it("takes clients largest first and finds how many reach each limit", () => {
    const curve = paretoCurve(of(0.05, 0.5, 0.1, 0.3, 0.05), [0.5, 0.8]);
    expect(curve.points.map(([x, y]) => [x, Math.round(y * 100) / 100])).toEqual([
      [0, 0],
      [0.2, 0.5],
      [0.4, 0.8],
      [0.6, 0.9],
      [0.8, 0.95],
      [1, 1],
    ]);
    expect(curve.reach).toEqual([0.2, 0.4]);
  });

  it("leaves out clients without turnover and keeps at most the points asked for, ending at all clients", () => {
    const many = of(...Array.from({ length: 1000 }, () => 0.001), 0, 0);
    const curve = paretoCurve(many, [0.5], 100);
    expect(curve.points.length).toBeLessThanOrEqual(101);
    expect(curve.points.at(-1)?.[0]).toBe(1);
    expect(curve.reach[0]).toBe(0.5);
  });

  it("draws nothing for a result without turnover", () => {
    expect(paretoCurve(of(0, 0), [0.5, 0.8])).toEqual({ points: [], reach: [null, null] });
  });
});
