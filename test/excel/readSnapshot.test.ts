import { analyseWorkbook, DEFAULT_SETTINGS } from "../../src/core";
import { readSnapshot } from "../../src/excel/readSnapshot";
import { blockRows } from "../../src/excel/rowBlocks";
import { FakeExcel, fakeSheet } from "./fakes/fakeExcel";

function salesBook() {
  const sales = fakeSheet(
    "Sales",
    [
      ["Client", "Jan", "Feb"],
      ["Acme", 10, { error: "#DIV/0!" }],
      ["#N/A", 5, true],
      [" ", null, null],
    ],
    2,
    1,
  );
  sales.numberFormats.set("2,2", "mmm-yy");
  sales.names.set("Segmenta_Results", "=Sales!$F$3:$L$5");
  sales.names.set("MyName", "=Sales!$A$1");
  const other = fakeSheet("Other 'Q1'", [["x"]]);
  other.names.set("Segmenta_Sheet_clients", "='Other ''Q1'''!$A$1:$L$9");
  return new FakeExcel([sales, other], "Sales");
}

describe("readSnapshot", () => {
  it("reads the used range where it starts, errors as error values, text that looks like an error as text", async () => {
    const snap = await readSnapshot(salesBook().context);
    expect(snap.active).toMatchObject({ name: "Sales", top: 2, left: 1 });
    expect(snap.active.values).toEqual([
      ["Client", "Jan", "Feb"],
      ["Acme", 10, { error: "#DIV/0!" }],
      ["#N/A", 5, true],
    ]);
  });

  it("lists the sheets and Segmenta's names with the ranges they mark, on any sheet", async () => {
    const snap = await readSnapshot(salesBook().context);
    expect(snap.sheetNames).toEqual(["Sales", "Other 'Q1'"]);
    expect(snap.owned).toEqual([
      { name: "Segmenta_Results", range: { sheet: "Sales", row: 2, col: 5, rows: 3, cols: 7 } },
      { name: "Segmenta_Sheet_clients", range: { sheet: "Other 'Q1'", row: 0, col: 0, rows: 9, cols: 12 } },
    ]);
  });

  it("reads number formats of the header rows only", async () => {
    const book = new FakeExcel([
      fakeSheet(
        "Big",
        Array.from({ length: 100 }, (_, i) => [i, i]),
      ),
    ]);
    const snap = await readSnapshot(book.context);
    expect(snap.active.formats).toHaveLength(30);
    expect(snap.active.values).toHaveLength(100);
    const sales = await readSnapshot(salesBook().context);
    expect(sales.active.formats?.[0]).toEqual(["General", "mmm-yy", "General"]);
  });

  it("gives an empty sheet as no values", async () => {
    const snap = await readSnapshot(new FakeExcel([fakeSheet("Empty")]).context);
    expect(snap.active).toEqual({ name: "Empty", top: 0, left: 0, values: [], formats: [] });
  });

  it("halves a block Excel finds too large and retries it, until it fits", async () => {
    for (const code of [
      "RequestPayloadSizeLimitExceeded",
      "ResponsePayloadSizeLimitExceeded",
      "GeneralException",
    ]) {
      const rows = Array.from({ length: 2000 }, (_, i) => [`c${i}`, i, i * 2, i * 3, i * 4]);
      const book = new FakeExcel([fakeSheet("S", rows)]);
      book.cellBudget = 5000;
      book.sizeErrorCode = code;
      const snap = await readSnapshot(book.context);
      expect(snap.active.values).toEqual(rows);
      expect(book.largestBatch).toBeLessThanOrEqual(5000);
    }
  });

  it("halves a block whose read comes back empty (over 5M cells)", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [i, i]);
    const book = new FakeExcel([fakeSheet("S", rows)]);
    book.nullReadAbove = 100;
    const snap = await readSnapshot(book.context);
    expect(snap.active.values).toEqual(rows);
  });

  it("reports progress up to the used range's rows", async () => {
    const seen: [number, number][] = [];
    const book = new FakeExcel([
      fakeSheet(
        "S",
        Array.from({ length: 250 }, (_, i) => [i]),
      ),
    ]);
    await readSnapshot(book.context, { blockRows: 100, onProgress: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual([
      [0, 250],
      [100, 250],
      [200, 250],
      [250, 250],
    ]);
  });

  it("reads a 1,000,000 × 6 table in a bounded number of round trips (printed)", async () => {
    const sheet = fakeSheet("Log");
    sheet.generated = {
      rows: 1_000_000,
      cols: 6,
      top: 0,
      left: 0,
      at: (r, c) => (c === 0 ? `client ${r % 997}` : r + c),
    };
    const book = new FakeExcel([sheet]);
    const snap = await readSnapshot(book.context);
    expect(snap.active.values).toHaveLength(1_000_000);
    expect(snap.active.values[999_999]).toEqual([
      "client " + (999_999 % 997),
      1_000_000,
      1_000_001,
      1_000_002,
      1_000_003,
      1_000_004,
    ]);
    const blocks = Math.ceil(1_000_000 / blockRows(6));
    // two syncs for the used range, sheets and names, one per value block, one for the header formats
    expect(book.syncs).toBe(2 + blocks + 1);
    console.log(
      `1,000,000 × 6 read: ${blockRows(6)} rows per block, ${blocks} blocks, ${book.syncs} syncs, largest batch ${book.largestBatch} cells`,
    );
    expect(book.largestBatch).toBeLessThanOrEqual(2 * 5_000_000);
  });

  describe("Segmenta's own portrait sheets", () => {
    /** Sales on the active sheet; the target and plan sheets marked by sheet-scoped names (one renamed by the user); an actual sheet Segmenta does not need. */
    function portraitBook() {
      const sales = fakeSheet("Sales", [
        ["Client", "Product", "Jan"],
        ["Acme", "Milk", 10],
      ]);
      const targets = fakeSheet(
        "My targets",
        [
          ["Segment", "Milk", "Bread"],
          ["Retail", "x", null],
          ["Horeca", null, 1],
        ],
        1,
        1,
      );
      targets.names.set("Segmenta_Sheet_portrait", "='My targets'!$A$1:$D$4");
      targets.numberFormats.set("1,2", "0.00");
      const plan = fakeSheet(
        "Development plan",
        Array.from({ length: 250 }, (_, i) => [`client ${i}`, "Milk", i % 2 === 0 ? "offered" : null]),
      );
      plan.names.set("Segmenta_Sheet_plan", "='Development plan'!$A$1:$H$250");
      const actual = fakeSheet("Actual", [["Segment", "Milk"]]);
      actual.names.set("Segmenta_Sheet_actual", "=Actual!$A$1:$B$2");
      return new FakeExcel([sales, targets, plan, actual], "Sales");
    }

    it("reads the target and plan sheets into others, values only, where their used range starts", async () => {
      const snap = await readSnapshot(portraitBook().context);
      expect(Object.keys(snap.others ?? {}).sort()).toEqual(["Development plan", "My targets"]);
      expect(snap.others?.["My targets"]).toEqual({
        name: "My targets",
        top: 1,
        left: 1,
        values: [
          ["Segment", "Milk", "Bread"],
          ["Retail", "x", null],
          ["Horeca", null, 1],
        ],
      });
      expect(snap.others?.["Development plan"].values).toHaveLength(250);
      expect(snap.others?.["Development plan"].values[248]).toEqual(["client 248", "Milk", "offered"]);
    });

    it("does not read Segmenta's sheets that hold no user entries, nor any sheet when there is no portrait yet", async () => {
      const snap = await readSnapshot(portraitBook().context);
      expect(snap.others?.Actual).toBeUndefined();
      expect((await readSnapshot(salesBook().context)).others).toBeUndefined();
    });

    it("reads them in row blocks: one sync per block of each sheet, none more to size them", async () => {
      const book = portraitBook();
      const snap = await readSnapshot(book.context, { blockRows: 100 });
      // used ranges, sheets and names: 2; Sales: one value block and one format block;
      // the target sheet: one block; the plan sheet: 250 rows in blocks of 100
      expect(book.syncs).toBe(2 + 2 + 1 + 3);
      expect(snap.others?.["Development plan"].values).toHaveLength(250);
    });

    it("halves a block of an own sheet that Excel finds too large", async () => {
      const book = portraitBook();
      book.cellBudget = 300;
      const snap = await readSnapshot(book.context);
      expect(snap.others?.["Development plan"].values).toHaveLength(250);
      expect(book.largestBatch).toBeLessThanOrEqual(300);
    });

    it("uses the active sheet as read when it is the target sheet itself", async () => {
      const book = portraitBook();
      book.active = "My targets";
      const snap = await readSnapshot(book.context, { blockRows: 100 });
      expect(snap.others?.["My targets"]).toBe(snap.active);
      expect(book.syncs).toBe(2 + 2 + 3);
    });

    it("gives an emptied own sheet as no values", async () => {
      const book = portraitBook();
      book.sheet("My targets").cells.clear();
      const snap = await readSnapshot(book.context);
      expect(snap.others?.["My targets"]).toEqual({ name: "My targets", top: 0, left: 0, values: [] });
    });

    it("reads the data sheet again when a run left one of Segmenta's sheets in front", async () => {
      const book = portraitBook();
      book.active = "Actual";
      const snap = await readSnapshot(book.context, { dataSheet: "Sales" });
      expect(snap.active.name).toBe("Sales");
      expect(snap.active.values[1]).toEqual(["Acme", "Milk", 10]);
    });

    it("reads the active sheet when the user turned to a sheet of their own, or the data sheet is gone", async () => {
      const book = portraitBook();
      book.sheets.push(fakeSheet("March", [["Client", "Product", "Mar"]]));
      book.active = "March";
      expect((await readSnapshot(book.context, { dataSheet: "Sales" })).active.name).toBe("March");
      book.active = "Actual";
      expect((await readSnapshot(book.context, { dataSheet: "Deleted" })).active.name).toBe("Actual");
    });
  });
});

describe("sparse sheets: the table is read, not the rectangle up to the farthest cell", () => {
  const LAST_ROW = 1_048_575;
  const LAST_COL = 16_383;
  const months = ["2024-01", "2024-02", "2024-03"];
  const table = [
    ["Client", ...months],
    ["Acme", 100, 100, 100],
    ["Bolt", 50, 0, 50],
    ["Core", 10, 20, 30],
  ];

  function sparse(strays: readonly [number, number][]) {
    const sheet = fakeSheet("Sales", table);
    for (const [r, c] of strays) sheet.cells.set(`${r},${c}`, "x");
    return new FakeExcel([sheet]);
  }

  /** The grid read, checked to be the table and at most two blank margin columns right of it. */
  const tableOf = (values: readonly (readonly unknown[])[]) => {
    for (const row of values) expect(row.length <= 6 && row.slice(4).every((v) => v === null)).toBe(true);
    return values.map((row) => row.slice(0, 4));
  };

  const clientsOf = (snap: Awaited<ReturnType<typeof readSnapshot>>) =>
    analyseWorkbook(snap, {
      settings: DEFAULT_SETTINGS,
      lang: "en",
      plan: false,
    }).classification?.clients.map((c) => c.name);

  it("one stray cell at XFD1048576: no cell of the empty space is loaded, every client is classified (printed)", async () => {
    const book = sparse([[LAST_ROW, LAST_COL]]);
    const snap = await readSnapshot(book.context);
    expect(tableOf(snap.active.values)).toEqual(table);
    // the table (4 × 4), its number formats and a margin of two columns: well under a thousand cells
    expect(book.cellsLoaded).toBeLessThan(1000);
    expect(book.syncs).toBeLessThanOrEqual(2 + 2 + 2);
    expect(clientsOf(snap)).toEqual(["Acme", "Bolt", "Core"]);
    console.log(`XFD1048576 sheet read: ${book.cellsLoaded} cells loaded in ${book.syncs} syncs`);
  });

  it("stray cells far right in the header's own rows and far below stay out too", async () => {
    const book = sparse([
      [0, LAST_COL],
      [2, 9000],
      [LAST_ROW, LAST_COL],
    ]);
    const snap = await readSnapshot(book.context);
    expect(tableOf(snap.active.values)).toEqual(table);
    expect(book.cellsLoaded).toBeLessThan(1000);
  });

  it("a stray cell far below in the table's columns costs one block of empty rows, never a million", async () => {
    const book = sparse([[LAST_ROW, 2]]);
    const snap = await readSnapshot(book.context);
    expect(snap.active.values).toHaveLength(LAST_ROW + 1);
    expect(snap.active.values.slice(0, 4)).toEqual(table);
    expect(snap.active.values[LAST_ROW]).toEqual([null, null, "x", null]);
    // values and their types of the first block, one blank block, the stray's row; formats of 30 rows
    expect(book.cellsLoaded).toBeLessThanOrEqual(2 * 2 * blockRows(4) * 4 + 2 * 4 + 30 * 4);
    expect(clientsOf(snap)).toEqual(["Acme", "Bolt", "Core"]);
  });

  it("blank rows inside the table are passed over in the grid at their own row numbers", async () => {
    const sheet = fakeSheet("Sales", [
      ...table,
      ...Array.from({ length: 7 }, () => [null]),
      ["Dune", 5, 5, 5],
    ]);
    const book = new FakeExcel([sheet]);
    const snap = await readSnapshot(book.context, { blockRows: 2 });
    expect(snap.active.values[11]).toEqual(["Dune", 5, 5, 5]);
    expect(snap.active.values.slice(4, 11).every((row) => row.every((v) => v === null))).toBe(true);
    // twelve rows in blocks of two would be six value blocks; after the first blank one the read
    // goes straight on to Dune's row: values and types of rows 1–6 and 12, and the formats of 12 rows
    expect(book.cellsLoaded).toBe(7 * 2 * 4 + 12 * 4);
    expect(clientsOf(snap)).toEqual(["Acme", "Bolt", "Core", "Dune"]);
  });
});
