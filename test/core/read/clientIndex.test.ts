import { clientIndex, trimKey } from "../../../src/core/read/clientIndex";

describe("clientIndex", () => {
  it("groups keys after trimming spaces of every kind and regardless of case, keeping the first spelling", () => {
    const ix = clientIndex();
    expect(ix.indexOf(" ACME\u00a0", 5)).toBe(0);
    expect(ix.indexOf("ACME\u202f", 7)).toBe(0);
    expect(ix.indexOf("acme", 8)).toBe(0);
    expect(ix.indexOf("Bolt", 9)).toBe(1);
    expect(ix.indexOf("ООО РОМАШКА", 10)).toBe(2);
    expect(ix.indexOf("ооо ромашка", 11)).toBe(2);
    expect(ix.clients().map((c) => [c.key, c.row])).toEqual([
      ["ACME", 5],
      ["Bolt", 9],
      ["ООО РОМАШКА", 10],
    ]);
  });

  it("treats the booleans TRUE and true text as one client", () => {
    const ix = clientIndex();
    expect(ix.indexOf(true, 1)).toBe(0);
    expect(ix.indexOf("true", 2)).toBe(0);
  });

  it("treats the number 4 and the text 4 as one client", () => {
    const ix = clientIndex();
    expect(ix.indexOf(4, 1)).toBe(0);
    expect(ix.indexOf("4", 2)).toBe(0);
    expect(ix.indexOf(" 4 ", 3)).toBe(0);
  });

  it("gives blank text no client", () => {
    expect(clientIndex().indexOf(" \u00a0", 1)).toBe(-1);
  });

  it("keeps the first non-blank attribute and shows the name over the key", () => {
    const ix = clientIndex();
    const i = ix.indexOf("C-1", 1);
    ix.fill(i, "name", "ACME Ltd");
    ix.fill(i, "name", "Other");
    ix.fill(i, "segment", "Retail");
    expect(ix.clients()[0]).toEqual({ key: "C-1", name: "ACME Ltd", segment: "Retail", manager: null, row: 1 });
  });
});

describe("trimKey", () => {
  it.each([["ACME", "ACME"], [" ACME ", "ACME"], ["\u00a0ACME\u00a0", "ACME"], ["\u2009ACME", "ACME"], ["", ""]])(
    "trims %p to %p",
    (text, expected) => {
      expect(trimKey(text)).toBe(expected);
    },
  );
});
