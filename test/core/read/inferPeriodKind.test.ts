import { inferPeriodKind } from "../../../src/core/read/inferPeriodKind";
import { serial } from "../../support/grid";

const days = (...starts: number[]) => starts.map((start) => ({ kind: "day" as const, start }));

describe("inferPeriodKind", () => {
  it("reads first-of-month dates as months", () => {
    const r = inferPeriodKind(days(serial(2024, 1, 1), serial(2024, 2, 1), serial(2024, 4, 1)));
    expect(r.kind).toBe("month");
    expect(r.periods.every((p) => p.kind === "month")).toBe(true);
  });

  it("reads quarter starts three months apart as quarters", () => {
    expect(inferPeriodKind(days(serial(2024, 1, 1), serial(2024, 4, 1), serial(2024, 7, 1))).kind).toBe("quarter");
  });

  it("reads dates seven days apart as weeks", () => {
    expect(inferPeriodKind(days(serial(2024, 1, 3), serial(2024, 1, 10), serial(2024, 1, 17))).kind).toBe("week");
  });

  it("keeps other dates as days and text kinds as they are", () => {
    expect(inferPeriodKind(days(serial(2024, 1, 3), serial(2024, 1, 5))).kind).toBe("day");
    expect(inferPeriodKind([{ kind: "quarter", start: serial(2024, 1, 1) }]).kind).toBe("quarter");
    expect(inferPeriodKind([]).kind).toBeNull();
  });
});
