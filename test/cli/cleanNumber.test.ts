import { cleanNumber, cleanOrNull } from "../../src/cli/cleanNumber";

describe("cleanNumber", () => {
  it.each([
    [100.50000000000001, 100.5],
    [1943.5800000000004, 1943.58],
    [0.1 + 0.2, 0.3],
    [123456789.12, 123456789.12],
    [0, 0],
  ])("writes %p as %p", (value, clean) => {
    expect(cleanNumber(value)).toBe(clean);
  });

  it("lets null through", () => {
    expect(cleanOrNull(null)).toBeNull();
  });
});
