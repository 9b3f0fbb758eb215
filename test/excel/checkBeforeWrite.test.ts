import type { WritePlan } from "../../src/core";
import { checkBeforeWrite } from "../../src/excel/checkBeforeWrite";
import { FakeExcel, fakeSheet } from "./fakes/fakeExcel";

const block = { sheet: "Sales", row: 0, col: 5, rows: 4, cols: 7 };
const widePlan: WritePlan = { ops: [{ kind: "values", range: block, values: [] }], owned: [block] };
const sheetPlan: WritePlan = {
  ops: [{ kind: "sheet", sheet: "Clients (Segmenta)", marker: "Segmenta_Sheet_clients", clear: true }],
  owned: [{ sheet: "Clients (Segmenta)", row: 0, col: 0, rows: 3, cols: 12 }],
};

function book() {
  return new FakeExcel([fakeSheet("Sales", [["Client", "Jan"], ["Acme", 1]])]);
}

describe("checkBeforeWrite", () => {
  it("lets a write go ahead when nothing is in the way", async () => {
    expect(await checkBeforeWrite(book().context, widePlan)).toEqual({ ok: true });
    expect(await checkBeforeWrite(book().context, sheetPlan)).toEqual({ ok: true });
  });

  it("names a protected sheet", async () => {
    const b = book();
    b.sheet("Sales").protected = true;
    expect(await checkBeforeWrite(b.context, widePlan)).toEqual({ ok: false, issues: [{ code: "protected", sheet: "Sales" }] });
  });

  it("names a filtered sheet and a filtered table", async () => {
    const b = book();
    b.sheet("Sales").filtered = true;
    b.sheet("Sales").tables.push({ name: "Orders", filtered: true }, { name: "Other", filtered: false });
    expect(await checkBeforeWrite(b.context, widePlan)).toEqual({
      ok: false,
      issues: [
        { code: "filtered", sheet: "Sales", table: null },
        { code: "filtered", sheet: "Sales", table: "Orders" },
      ],
    });
  });

  it("names the user's cells typed where Segmenta would write, but not Segmenta's own", async () => {
    const b = book();
    const s = b.sheet("Sales");
    s.cells.set("1,7", "typed since");
    s.cells.set("3,11", 5);
    s.cells.set("0,5", "Share");
    s.names.set("Segmenta_Results", "=Sales!$F$1:$L$1");
    expect(await checkBeforeWrite(b.context, widePlan)).toEqual({
      ok: false,
      issues: [{ code: "blocked", sheet: "Sales", cells: ["Sales!H2", "Sales!L4"], count: 2 }],
    });
  });

  it("refuses to clear a user's sheet that has the name Segmenta wanted", async () => {
    const b = new FakeExcel([fakeSheet("Sales"), fakeSheet("Clients (Segmenta)", [["mine"]])]);
    expect(await checkBeforeWrite(b.context, sheetPlan)).toEqual({ ok: false, issues: [{ code: "sheetTaken", sheet: "Clients (Segmenta)" }] });
    b.sheet("Clients (Segmenta)").names.set("Segmenta_Sheet_clients", "='Clients (Segmenta)'!$A$1");
    expect(await checkBeforeWrite(b.context, sheetPlan)).toEqual({ ok: true });
  });

  it("writes nothing itself", async () => {
    const b = book();
    b.sheet("Sales").cells.set("1,7", "typed since");
    const before = JSON.stringify([...b.sheet("Sales").cells]);
    await checkBeforeWrite(b.context, widePlan);
    expect(JSON.stringify([...b.sheet("Sales").cells])).toBe(before);
    expect(b.sheets).toHaveLength(1);
  });
});
