import {
  ABC_OR_NONE,
  DEFAULT_SETTINGS,
  HISTORY_STATUSES,
  XYZ_OR_NONE,
  classHistory,
  classifyInput,
  type ClassHistory,
} from "../../../src/core";
import { longDataset, wideDataset } from "../../support/dataset";

const JAN_2024 = 2024 * 12;

/** Client c's sequence of one kind of code, as the words the JSON prints ("-" for none). */
function path(history: ClassHistory, kind: "abc" | "xyz" | "status", c: number): string {
  const h = history.periods.length;
  const words: readonly string[] =
    kind === "abc" ? ABC_OR_NONE : kind === "xyz" ? XYZ_OR_NONE : HISTORY_STATUSES;
  return Array.from(history[kind].subarray(c * h, (c + 1) * h), (code) =>
    words[code] === "none" ? "-" : words[code],
  ).join(" ");
}

/**
 * January–June 2024 by month, window 3 months, the last 4 period ends (March–June):
 *   a buys 100 every month; b buys 300 in January only; c buys 500 in April; d is listed, never buys.
 * End of March (window January–March): a 300, b 300 (a tie: both P = 0, both A); both new (first
 *   purchase inside R = January–March), so no XYZ; c and d have no purchase yet: no class.
 * End of April: c 500 (P 0: A), a 400 (P 500/1200 = 41.7 %: A), b 300 (P 900/1200 = 75 %: B).
 *   a is permanent (R February–April, R′ up to January), CV of 100, 100, 100, 100 = 0: X.
 *   b is lost; CV of 300, 0, 0, 0 = 1.73: Z. c is new.
 * End of May: a 500 and c 500 tie at P 0 (A, A); b P 1000/1300 = 76.9 %: B; b's CV 2 (Z).
 * End of June: a 600 (A), c 500 (P 600/1400 = 42.9 %: A), b 300 (P 1100/1400 = 78.6 %: B); c still new.
 */
describe("class history, checked by hand", () => {
  const dataset = longDataset(
    [
      ...["01", "02", "03", "04", "05", "06"].map((m) => ({ client: "a", at: `2024-${m}`, amount: 100 })),
      { client: "b", at: "2024-01-15", amount: 300 },
      { client: "c", at: "2024-04-10", amount: 500 },
    ],
    ["a", "b", "c", "d"],
  );
  const history = classHistory(classifyInput(dataset, DEFAULT_SETTINGS), 4);

  it("names the last four period ends, March to June, oldest first", () => {
    expect(history.periods).toEqual([JAN_2024 + 2, JAN_2024 + 3, JAN_2024 + 4, JAN_2024 + 5]);
  });

  it("gives each client's path through ABC, XYZ and status", () => {
    expect([0, 1, 2, 3].map((c) => path(history, "abc", c))).toEqual([
      "A A A A",
      "A B B B",
      "- A A A",
      "- - - -",
    ]);
    expect([0, 1, 2, 3].map((c) => path(history, "xyz", c))).toEqual([
      "- X X X",
      "- Z Z Z",
      "- - - -",
      "- - - -",
    ]);
    expect(path(history, "status", 0)).toBe("new permanent permanent permanent");
    expect(path(history, "status", 1)).toBe("new lost lost lost");
    expect(path(history, "status", 2)).toBe("potential new new new");
    expect(path(history, "status", 3)).toBe("potential potential potential potential");
  });

  it("counts the streak of the class at T back from T", () => {
    expect(Array.from(history.abcStreak)).toEqual([4, 3, 3, 0]);
  });

  it("counts every client over the three pairs of period ends, none included", () => {
    const { abc, xyz } = history.transitions;
    expect(abc.A).toEqual({ A: 5, B: 1, C: 0, none: 0 });
    expect(abc.B).toEqual({ A: 0, B: 2, C: 0, none: 0 });
    expect(abc.none).toEqual({ A: 1, B: 0, C: 0, none: 3 });
    expect(xyz.none).toEqual({ X: 1, Y: 0, Z: 1, none: 6 });
    expect(xyz.X.X + xyz.Z.Z).toBe(4);
    // ABC: 8 client-pairs classed at both ends (a 3, b 3, c 2), 7 kept (b's A → B is the one move).
    expect(history.stability.abc).toBe(7 / 8);
    expect(history.stability.xyz).toBe(1);
  });

  it("gives each period end's clients and share per class", () => {
    const shares = history.byPeriod.map((p) => [
      p.total,
      p.classes.A.clients,
      p.classes.A.share,
      p.classes.B.share,
    ]);
    expect(shares).toEqual([
      [600, 2, 1, 0],
      [1200, 2, 900 / 1200, 300 / 1200],
      [1300, 2, 1000 / 1300, 300 / 1300],
      [1400, 2, 1100 / 1400, 300 / 1400],
    ]);
  });
});

describe("class history, edges", () => {
  it("covers fewer period ends when the window has fewer periods", () => {
    const dataset = wideDataset({ a: [100, 100], b: [50, null] }, "quarter", 2024 * 4);
    const history = classHistory(classifyInput(dataset, DEFAULT_SETTINGS), 12);
    expect(history.periods).toEqual([2024 * 4, 2024 * 4 + 1]);
    expect(history.transitions.abc.A.A).toBe(1);
  });

  it("starts no earlier than the window's first period", () => {
    const dataset = wideDataset({ a: [100, 100, 100, 100, 100] }, "month", JAN_2024);
    const from = { ...DEFAULT_SETTINGS, from: 45352 }; // 1 March 2024
    const history = classHistory(classifyInput(dataset, from), 12);
    expect(history.periods).toEqual([JAN_2024 + 2, JAN_2024 + 3, JAN_2024 + 4]);
  });

  it("has no stability when no client has a class at two period ends", () => {
    const dataset = wideDataset({ a: [null, 100] }, "month", JAN_2024);
    const history = classHistory(classifyInput(dataset, DEFAULT_SETTINGS), 12);
    expect(history.stability).toEqual({ abc: null, xyz: null });
    expect(history.transitions.abc.none.A).toBe(1);
  });

  it("has one period end and no pair when asked for one", () => {
    const dataset = wideDataset({ a: [100, 100, 100] }, "month", JAN_2024);
    const history = classHistory(classifyInput(dataset, DEFAULT_SETTINGS), 1);
    expect(history.periods).toEqual([JAN_2024 + 2]);
    expect(history.stability).toEqual({ abc: null, xyz: null });
    expect(Array.from(history.abcStreak)).toEqual([1]);
  });
});
