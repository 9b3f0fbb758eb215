import {
  DEFAULT_SETTINGS,
  classHistory,
  classify,
  classifyInput,
  getLocale,
  historySheetPlan,
} from "../../src/core";
import { applyPlan } from "../../src/excel/applyPlan";
import { readSnapshot } from "../../src/excel/readSnapshot";
import { surfaceWords } from "../../src/locales";
import { longDataset } from "../support/dataset";
import { FakeExcel, fakeSheet } from "./fakes/fakeExcel";

const dataset = longDataset([
  ...["01", "02", "03", "04"].map((m) => ({ client: "a", at: `2024-${m}`, amount: 100 })),
  { client: "b", at: "2024-01-15", amount: 300 },
]);

describe("the History sheet through Office.js", () => {
  it("draws the class shares as a stacked column chart and re-runs in place, one chart of that name", async () => {
    const book = new FakeExcel([fakeSheet("Sales", [["Client", "Date", "Amount"]])]);
    const history = classHistory(classifyInput(dataset, DEFAULT_SETTINGS), 12);
    for (let run = 0; run < 2; run++) {
      const plan = historySheetPlan({
        workbook: await readSnapshot(book.context),
        history,
        classification: classify(dataset, DEFAULT_SETTINGS),
        managers: [null, null],
        words: surfaceWords("history").ru,
        noManager: surfaceWords("team").ru.noManager,
        locale: getLocale("ru"),
      });
      await applyPlan(book.context, plan);
    }
    const sheet = book.sheet("История классов");
    expect([...sheet.charts.keys()]).toEqual(["Segmenta_History"]);
    expect(sheet.charts.get("Segmenta_History")).toMatchObject({
      type: "ColumnStacked",
      source: "A12:D16",
      title: "Доля оборота по классам ABC",
    });
  });

  it.each(["en", "es"] as const)("is added by Excel in %s: its name is not the one Excel keeps for a shared workbook's log", async (lang) => {
    const book = new FakeExcel([fakeSheet("Sales", [["Client", "Date", "Amount"]])]);
    const plan = historySheetPlan({
      workbook: await readSnapshot(book.context),
      history: classHistory(classifyInput(dataset, DEFAULT_SETTINGS), 12),
      classification: classify(dataset, DEFAULT_SETTINGS),
      managers: [null, null],
      words: surfaceWords("history")[lang],
      noManager: surfaceWords("team")[lang].noManager,
      locale: getLocale(lang),
    });
    await applyPlan(book.context, plan);
    expect(book.sheet(surfaceWords("history")[lang].sheet.name).charts.size).toBe(1);
  });

  it("meets Excel's refusal of a sheet named History in the fake, as in Excel", async () => {
    const book = new FakeExcel([fakeSheet("Sales", [["Client"]])]);
    book.context.workbook.worksheets.add("history");
    await expect(book.context.sync()).rejects.toThrow();
  });
});
