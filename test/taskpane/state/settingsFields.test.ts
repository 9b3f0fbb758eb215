import { validateSettings, DEFAULT_SETTINGS } from "../../../src/core";
import { issuesByField } from "../../../src/taskpane/state/settingsFields";

describe("issuesByField", () => {
  it("puts an ABC order problem under the B threshold", () => {
    const issues = validateSettings({ ...DEFAULT_SETTINGS, abc: { a: 0.9, b: 0.8 } });
    expect(Object.keys(issuesByField(issues))).toEqual(["abc.b"]);
  });

  it("puts an empty threshold under its own field", () => {
    const issues = validateSettings({ ...DEFAULT_SETTINGS, xyz: { x: Number.NaN, y: 0.25 } });
    expect(issuesByField(issues)["xyz.x"]).toMatchObject({ code: "outOfRange", field: "xyz.x" });
  });

  it("has nothing to show for the defaults", () => {
    expect(issuesByField(validateSettings(DEFAULT_SETTINGS))).toEqual({});
  });
});
