import { withColumnRole } from "../../../src/taskpane/state/columnRoles";

describe("withColumnRole", () => {
  it("points the role at the column by its letters", () => {
    expect(withColumnRole({}, 2, "amount")).toEqual({ amount: "C" });
  });

  it("moves a column to its new role so no role points at it twice", () => {
    expect(withColumnRole({ amount: "C", client: "A" }, 2, "margin")).toEqual({ margin: "C", client: "A" });
  });

  it("replaces the column a role pointed at before", () => {
    expect(withColumnRole({ amount: "C" }, 3, "amount")).toEqual({ amount: "D" });
  });

  it("keeps choices made by header text for other columns", () => {
    expect(withColumnRole({ client: "Customer" }, 1, "segment")).toEqual({
      client: "Customer",
      segment: "B",
    });
  });

  it("leaves the overrides it is given unchanged", () => {
    const before = Object.freeze({ amount: "C" });
    withColumnRole(before, 2, "margin");
    expect(before).toEqual({ amount: "C" });
  });
});
