import { isDarkColour } from "../../src/excel";

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
