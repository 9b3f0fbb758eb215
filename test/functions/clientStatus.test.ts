import { CLIENTSTATUS } from "../../src/functions/functions";
import { clientStatus } from "../../src/functions/clientStatus";

describe("CLIENTSTATUS", () => {
  it.each([
    ["potential: listed, never bought", [[0, 0, 0, 0, 0, 0]], undefined, "potential"],
    ["potential: returns only", [[null, -50, null, null]], undefined, "potential"],
    ["new: first purchase inside the last 3 periods", [[0, 0, 0, 0, 100, 0]], undefined, "new"],
    ["lost: bought before, nothing in the last 3 periods", [[100, 100, 0, 0, 0, 0]], undefined, "lost"],
    [
      "restored: bought now, nothing in the 3 before, first purchase earlier",
      [[100, 0, 0, 0, 0, 0, 50]],
      undefined,
      "restored",
    ],
    ["permanent: bought now and in the 3 periods before", [[100, 0, 0, 0, 0, 50]], undefined, "permanent"],
    ["window of 1 period (quarters)", [[100, 0, 50]], 1, "restored"],
    ["blanks (web) read as zeros (desktop)", [[100, null, null, null, null, 50]], undefined, "permanent"],
  ])("%s", (_, values, window, expected) => {
    expect(CLIENTSTATUS(values, window)).toBe(expected);
  });

  it("reads a column of periods like a row", () => {
    expect(CLIENTSTATUS([[100], [0], [0], [0], [0], [0]])).toBe("lost");
  });

  it("refuses a window that is not a whole number of periods", () => {
    expect(clientStatus([[1, 2]], 2.5)).toEqual({ ok: false, problem: { code: "windowRange", value: 2.5 } });
    expect(() => CLIENTSTATUS([[1, 2]], 0)).toThrow(
      "The window must be a whole number of periods from 1 (got 0)",
    );
  });
});
