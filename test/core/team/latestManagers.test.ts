import { readTable, serialFromYMD, type SheetSnapshot } from "../../../src/core";
import { classify, DEFAULT_SETTINGS } from "../../../src/core";
import { latestManagers } from "../../../src/core/team";

const day = (m: number, d: number) => serialFromYMD(2025, m, d);

function sheet(rows: unknown[][], top = 0): SheetSnapshot {
  const values = [["Client", "Date", "Amount", "Manager"], ...rows];
  return {
    name: "Sales",
    top,
    left: 0,
    values: values as SheetSnapshot["values"],
    formats: values.map((_, r) => ["General", r === 0 ? "General" : "dd.mm.yyyy", "General", "General"]),
  };
}

function managersOf(snapshot: SheetSnapshot): (string | null)[] {
  const read = readTable(snapshot);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return latestManagers(snapshot, read.value, classify(read.value, DEFAULT_SETTINGS).axis);
}

describe("latestManagers", () => {
  it("credits each client to the manager of its latest sale, the lower row on one date, a blank there as none", () => {
    const snapshot = sheet([
      ["a", day(3, 1), 100, "Ivanov"],
      ["b", day(1, 5), 50, "Petrova"],
      ["a", day(1, 1), 100, "Sousa"],
      ["b", day(2, 7), 50, "Petrova"],
      ["b", day(2, 7), 50, " Ivanov "],
      ["c", day(2, 1), 10, "Sousa"],
      ["c", day(3, 2), 10, null],
      ["d", day(1, 1), 10, 7],
    ]);
    expect(managersOf(snapshot)).toEqual(["Ivanov", "Ivanov", null, "7"]);
  });

  it("reads the manager cell of the sale's own row when the table starts lower on the sheet", () => {
    const snapshot = sheet(
      [
        ["a", day(1, 1), 100, "Sousa"],
        ["a", day(2, 1), 100, "Ivanov"],
      ],
      4,
    );
    expect(managersOf(snapshot)).toEqual(["Ivanov"]);
  });

  it("gives every client none without a manager column", () => {
    const snapshot: SheetSnapshot = {
      name: "Sales",
      top: 0,
      left: 0,
      values: [
        ["Client", "Date", "Amount"],
        ["a", day(1, 1), 100],
      ],
      formats: [
        ["General", "General", "General"],
        ["General", "dd.mm.yyyy", "General"],
      ],
    };
    expect(managersOf(snapshot)).toEqual([null]);
  });
});
