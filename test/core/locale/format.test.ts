import { format, placeholders } from "../../../src/core";

describe("format", () => {
  it("fills every occurrence of a placeholder", () => {
    expect(format("{a} and {b}, {a} again", { a: 1, b: "two" })).toBe("1 and two, 1 again");
  });

  it("leaves a placeholder without a value visible", () => {
    expect(format("{cell}: {content}", { cell: "A1" })).toBe("A1: {content}");
  });

  it("does not treat $ patterns in values specially", () => {
    expect(format("{v}", { v: "$& $1" })).toBe("$& $1");
  });
});

describe("placeholders", () => {
  it("lists each name once, sorted", () => {
    expect(placeholders("{b} {a} {b}")).toEqual(["a", "b"]);
  });
});
