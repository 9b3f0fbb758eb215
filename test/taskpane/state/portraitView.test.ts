import { analyseWorkbook, DEFAULT_SETTINGS, PORTRAIT_MARKERS, type WorkbookSnapshot } from "../../../src/core";
import { initialState, segmentaReducer } from "../../../src/taskpane/state/segmentaReducer";
import { portraitView, sheetStart } from "../../../src/taskpane/state/portraitView";
import { PRODUCT_SALES, sheetOf, WIDE_SALES } from "../support/fakeHost";

function detected(snapshot: WorkbookSnapshot) {
  const analysis = analyseWorkbook(snapshot, { settings: DEFAULT_SETTINGS, lang: "en" });
  const outline = { sheet: snapshot.active.name, sheetNames: snapshot.sheetNames, owned: snapshot.owned };
  return segmentaReducer(initialState("en"), { type: "detected", outline, analysis });
}

const book = (values = PRODUCT_SALES, extra: Partial<WorkbookSnapshot> = {}): WorkbookSnapshot => ({
  active: sheetOf("Sales", values),
  sheetNames: ["Sales"],
  owned: [],
  ...extra,
});

describe("portraitView", () => {
  it("offers the table's columns and points at the segment and product columns found", () => {
    const view = portraitView(detected(book()));
    expect(view.columns.map((c) => `${c.letters} ${c.header}`)).toEqual(["A Date", "B Client", "C Segment", "D Product", "E Amount"]);
    expect([view.segment, view.product]).toEqual([2, 3]);
    expect(view.hasTargetSheet).toBe(false);
  });

  it("leaves period columns out of a wide table, and has no product column there", () => {
    const view = portraitView(detected(book(WIDE_SALES)));
    expect(view.columns.map((c) => c.letters)).toEqual(["A", "B", "C"]);
    expect(view.product).toBeNull();
  });

  it("knows the target sheet exists from Segmenta's marker, whatever the sheet is called now", () => {
    const owned = [{ name: PORTRAIT_MARKERS.portrait, range: { sheet: "Targets 2025", row: 0, col: 0, rows: 1, cols: 1 } }];
    expect(portraitView(detected(book(PRODUCT_SALES, { owned, sheetNames: ["Sales", "Targets 2025"] }))).hasTargetSheet).toBe(true);
  });

  it("has no columns before the table is read", () => {
    expect(portraitView(initialState("en"))).toMatchObject({ columns: [], segment: null, product: null, model: null });
  });

  it("leads a go-to button to the first cell of a sheet", () => {
    expect(sheetStart("Development plan")).toEqual({ sheet: "Development plan", row: 0, col: 0, rows: 1, cols: 1 });
  });
});
