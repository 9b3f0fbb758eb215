import { analyseWorkbook, DEFAULT_SETTINGS, planColumn, type Language } from "../../src/core";
import { readSnapshot } from "../../src/excel/readSnapshot";
import { writePlan } from "../../src/excel/writePlan";
import { PRODUCT_SALES } from "../taskpane/support/fakeHost";
import { FakeExcel, fakeSheet } from "./fakes/fakeExcel";

/** One run as the add-in does it: read the workbook, analyse with the portrait, write. */
async function run(b: FakeExcel, lang: Language = "en") {
  const analysis = analyseWorkbook(await readSnapshot(b.context, { dataSheet: "Sales" }), {
    settings: DEFAULT_SETTINGS,
    lang,
    portrait: { suggest: true },
  });
  if (!analysis.plan || !analysis.portrait?.model) throw new Error("no portrait");
  expect(await writePlan(b.context, analysis.plan)).toEqual({ ok: true });
  return analysis.portrait.model;
}

/** The sheet row of a plan row by client and product, and a reader of its cells by column. */
function planRow(b: FakeExcel, sheet: string, client: string, product: string) {
  const cells = b.sheet(sheet).cells;
  const rows = [...cells.keys()].map((k) => Number(k.split(",")[0]));
  const row = rows.find(
    (r) =>
      cells.get(`${r},${planColumn("client")}`) === client &&
      cells.get(`${r},${planColumn("product")}`) === product,
  );
  if (row === undefined) throw new Error(`no plan row ${client}/${product}`);
  return { row, at: (col: number) => cells.get(`${row},${col}`) ?? null };
}

describe("the funnel's stages through Excel", () => {
  it("records the stage a row was refused at when a manager turns it to refused between two runs", async () => {
    const b = new FakeExcel([fakeSheet("Sales", PRODUCT_SALES)]);
    const first = await run(b);
    const sheet = first.sheets.plan;
    const { client, product } = first.plan[0];
    const owned = first.planOwnedCol;
    const header = [owned, owned + 1].map((c) => b.sheet(sheet).cells.get(`0,${c}`));
    expect(header).toEqual(["Refused at", "Stage at last run"]);

    // The manager makes an offer; the next run remembers it as the row's stage.
    b.sheet(sheet).cells.set(`${planRow(b, sheet, client, product).row},${planColumn("stage")}`, "offer");
    await run(b);
    expect(planRow(b, sheet, client, product).at(owned + 1)).toBe("offer");
    expect(planRow(b, sheet, client, product).at(owned)).toBeNull();

    // The client refuses: the run records that the offer was refused, and keeps it on later runs.
    b.sheet(sheet).cells.set(`${planRow(b, sheet, client, product).row},${planColumn("stage")}`, "refused");
    const third = await run(b);
    expect(planRow(b, sheet, client, product).at(owned)).toBe("offer");
    expect(third.plan.find((r) => r.client === client && r.product === product)).toMatchObject({
      stage: "refused",
      refusedAt: "offer",
    });
    // The Funnel sheet counts the refusal at the offer stage.
    const funnel = b.sheet("Funnel").cells;
    const heading = [...funnel.entries()].find(([key, v]) => v === "Refused at" && key.endsWith(",0"));
    const below = Number(heading![0].split(",")[0]) + 1;
    expect([funnel.get(`${below},0`), funnel.get(`${below},1`)]).toEqual(["offer", 1]);
    await run(b);
    expect([
      planRow(b, sheet, client, product).at(planColumn("stage")),
      planRow(b, sheet, client, product).at(owned),
    ]).toEqual(["refused", "offer"]);

    // Reopened: a row no longer refused carries no "refused at".
    b.sheet(sheet).cells.set(
      `${planRow(b, sheet, client, product).row},${planColumn("stage")}`,
      "presentation",
    );
    await run(b);
    expect(planRow(b, sheet, client, product).at(owned)).toBeNull();
  });

  it("reads an older plan's stage word as the method's, in the run's language, and offers the new list", async () => {
    const b = new FakeExcel([fakeSheet("Sales", PRODUCT_SALES)]);
    const first = await run(b, "ru");
    const sheet = first.sheets.plan;
    const { client, product } = first.plan[0];
    b.sheet(sheet).cells.set(
      `${planRow(b, sheet, client, product).row},${planColumn("stage")}`,
      "предложили",
    );
    await run(b, "ru");
    expect(planRow(b, sheet, client, product).at(planColumn("stage"))).toBe("предложение");
    const lists = [...b.sheet(sheet).validation.values()].map(
      (v) => (JSON.parse(v) as { list: { source: string } }).list.source,
    );
    expect(new Set(lists)).toEqual(
      new Set(["не предлагали,презентация,предложение,договор,оплата,закрыто,отказ"]),
    );
  });

  it("puts its own columns right of a column the user added beside a plan written before they existed", async () => {
    const b = new FakeExcel([fakeSheet("Sales", PRODUCT_SALES)]);
    const first = await run(b);
    const sheet = first.sheets.plan;
    const cells = b.sheet(sheet).cells;
    // An older plan: eleven columns, and the user's note in the two columns after them.
    for (const key of [...cells.keys()]) if (Number(key.split(",")[1]) >= 11) cells.delete(key);
    cells.set("0,11", "My notes");
    cells.set("1,12", "keep me");
    const second = await run(b);
    expect(second.planOwnedCol).toBe(13);
    expect([cells.get("0,11"), cells.get("1,12")]).toEqual(["My notes", "keep me"]);
    expect(cells.get("0,13")).toBe("Refused at");
  });
});
