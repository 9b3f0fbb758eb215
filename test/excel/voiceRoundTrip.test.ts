import { analyseWorkbook, DEFAULT_SETTINGS, voiceSourcesOf, voiceStartPlan, voiceWords } from "../../src/core";
import { readSnapshot } from "../../src/excel/readSnapshot";
import { writePlan } from "../../src/excel/writePlan";
import { VOICE_COMPLAINTS, VOICE_SALES, VOICE_SURVEY } from "../support/voiceWorkbook";
import { FakeExcel, fakeSheet } from "./fakes/fakeExcel";

describe("complaints and satisfaction through Excel", () => {
  it("reads the Complaints and Survey sheets with the sales and writes the Satisfaction sheet", async () => {
    const b = new FakeExcel([
      fakeSheet("Sales", VOICE_SALES),
      fakeSheet("Complaints", VOICE_COMPLAINTS),
      fakeSheet("Survey", VOICE_SURVEY),
    ]);
    const snapshot = await readSnapshot(b.context, { dataSheet: "Sales" });
    expect(Object.keys(snapshot.others ?? {}).sort()).toEqual(["Complaints", "Survey"]);
    const analysis = analyseWorkbook(snapshot, { settings: DEFAULT_SETTINGS, lang: "en", voice: voiceSourcesOf(snapshot) });
    if (!analysis.plan) throw new Error("no plan");
    expect(await writePlan(b.context, analysis.plan)).toEqual({ ok: true });
    const cells = b.sheet("Satisfaction").cells;
    const total = [...cells.entries()].find(([key, v]) => v === "Total" && key.endsWith(",0"));
    const row = Number(total![0].split(",")[0]);
    // quality 2, delivery 2, billing 1, in the period 5, open 3, mean days 7.
    expect([1, 2, 3, 4, 5, 6].map((c) => cells.get(`${row},${c}`))).toEqual([2, 2, 1, 5, 3, 7]);
    // The user's sheets are read, never written.
    expect(b.sheet("Complaints").cells.get("1,0")).toBe("2024-05-10");

    // A second run reads its own Satisfaction sheet as a report, not as a survey.
    const again = await readSnapshot(b.context, { dataSheet: "Sales" });
    expect(voiceSourcesOf(again).survey?.sheet.name).toBe("Survey");
  });

  it("adds the empty sheets a workbook lacks, and a run then finds them", async () => {
    const b = new FakeExcel([fakeSheet("Продажи", VOICE_SALES)]);
    const plan = voiceStartPlan(await readSnapshot(b.context), voiceWords("ru"));
    if (!plan) throw new Error("no plan");
    expect(await writePlan(b.context, plan)).toEqual({ ok: true });
    const snapshot = await readSnapshot(b.context, { dataSheet: "Продажи" });
    expect(snapshot.active.name).toBe("Продажи");
    const sources = voiceSourcesOf(snapshot);
    expect(sources.complaints?.sheet.values[0]).toEqual(["Дата", "Клиент", "Категория", "Продукт", "Дата закрытия"]);
    expect(sources.survey?.sheet.name).toBe("Анкеты");
    expect(voiceStartPlan(snapshot, voiceWords("ru"))).toBeNull();
  });
});
