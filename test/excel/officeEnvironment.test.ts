import { insideOffice, isDarkColour } from "../../src/excel";

describe("isDarkColour", () => {
  it.each([
    ["#262626", true],
    ["#000000", true],
    ["#FFFFFF", false],
    ["#f3f3f3", false],
    [undefined, false],
    ["not a colour", false],
  ])("tells %s is dark: %s", (colour, dark) => {
    expect(isDarkColour(colour)).toBe(dark);
  });
});

describe("insideOffice", () => {
  const globals = globalThis as unknown as { Office?: unknown };
  afterEach(() => {
    delete globals.Office;
  });
  const office = (host: string | null, ready: Promise<unknown>) => ({ onReady: () => ready, context: { host } });

  it("is false in a plain browser tab, where office.js never loaded", async () => {
    expect(await insideOffice(10)).toBe(false);
  });

  it("is true once Office says it is ready in Excel", async () => {
    globals.Office = office("Excel", Promise.resolve({ host: "Excel" }));
    expect(await insideOffice(1000)).toBe(true);
  });

  it("is false when office.js loaded but no host answers in time, or none is reported", async () => {
    globals.Office = office(null, new Promise(() => undefined));
    expect(await insideOffice(10)).toBe(false);
    globals.Office = office(null, Promise.resolve({ host: null }));
    expect(await insideOffice(1000)).toBe(false);
  });
});
