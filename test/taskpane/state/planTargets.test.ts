import {
  CLIENTS_SHEET_MARKER,
  MATRIX_SHEET_MARKER,
  RESULTS_NAME,
  type RangeRef,
  type WritePlan,
} from "../../../src/core";
import { planTargets } from "../../../src/taskpane/state/planTargets";

const range = (sheet: string, col: number): RangeRef => ({ sheet, row: 0, col, rows: 5, cols: 7 });

describe("planTargets", () => {
  it("leads to the results beside a wide table and to the matrix sheet", () => {
    const plan: WritePlan = {
      ops: [
        { kind: "name", name: RESULTS_NAME, range: range("Sales", 8) },
        { kind: "name", name: MATRIX_SHEET_MARKER, range: range("ABC-XYZ", 0) },
      ],
      owned: [range("Sales", 8), range("ABC-XYZ", 0)],
    };
    expect(planTargets(plan)).toEqual({ results: range("Sales", 8), matrix: range("ABC-XYZ", 0) });
  });

  it("leads to the client sheet when a long table's results live there", () => {
    const plan: WritePlan = {
      ops: [{ kind: "name", name: CLIENTS_SHEET_MARKER, range: range("Clients", 0) }],
      owned: [range("Clients", 0)],
    };
    expect(planTargets(plan)).toEqual({ results: range("Clients", 0), matrix: null });
  });
});
