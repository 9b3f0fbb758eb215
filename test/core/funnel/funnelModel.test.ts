import {
  funnelModel,
  funnelSheetPlan,
  funnelWords,
  PORTRAIT_WORDS,
  type PlanRow,
  type Stage,
  type WorkbookSnapshot,
} from "../../../src/core";

const TODAY = 45600;

function row(client: string, product: string, stage: Stage, extra: Partial<PlanRow> = {}): PlanRow {
  return {
    clientKey: client,
    client,
    segment: "Retail",
    manager: "Ann",
    product,
    stage,
    date: null,
    comment: "",
    abc: "A",
    status: "permanent",
    metric: 1,
    state: "open",
    ...extra,
  };
}

const plan: PlanRow[] = [
  row("a", "Tea", "notOffered"),
  row("b", "Tea", "presentation", { manager: "Bob", date: TODAY - 3 }),
  row("c", "Tea", "offer", { date: TODAY - 10 }),
  row("d", "Milk", "contract", { segment: null, date: TODAY + 2 }),
  row("e", "Milk", "closed", { date: TODAY - 30 }),
  row("f", "Milk", "refused", { refusedAt: "offer", date: TODAY - 40 }),
  row("g", "Milk", "refused"),
  row("h", "Milk", "notOffered", { stageText: "thinking", manager: null }),
];

describe("the funnel of the development plan (§12)", () => {
  const model = funnelModel(plan, TODAY);

  it("counts plan rows per stage, leaving out stages typed in words Segmenta does not know", () => {
    expect(model.stages).toEqual({
      notOffered: 1,
      presentation: 1,
      offer: 1,
      contract: 1,
      payment: 0,
      closed: 1,
      refused: 2,
    });
    expect(model.total).toBe(7);
  });

  it("counts the rows that reached each stage, refused rows up to the stage they were refused at", () => {
    // a: 0, b: 1, c: 2, d: 3, e: 5, f: refused at offer (2), g: refused, not recorded (0)
    expect(model.reached).toEqual({
      notOffered: 7,
      presentation: 5,
      offer: 4,
      contract: 2,
      payment: 1,
      closed: 1,
    });
    expect(model.conversion.map((c) => [c.from, c.to, c.share])).toEqual([
      ["notOffered", "presentation", 5 / 7],
      ["presentation", "offer", 4 / 5],
      ["offer", "contract", 0.5],
      ["contract", "payment", 0.5],
      ["payment", "closed", 1],
    ]);
  });

  it("gives refusals by the stage they came at, an unrecorded one apart", () => {
    expect(model.refusals).toEqual([
      { at: "offer", count: 1 },
      { at: null, count: 1 },
    ]);
  });

  it("lists rows in progress whose next-step date passed, oldest first, never closed or refused ones", () => {
    expect(model.overdue.map((o) => [o.client, o.days])).toEqual([
      ["c", 10],
      ["b", 3],
    ]);
  });

  it("splits by manager, segment and product, the rows without one last", () => {
    expect(model.byManager.map((g) => [g.name, g.total])).toEqual([
      ["Ann", 6],
      ["Bob", 1],
    ]);
    expect(model.bySegment.map((g) => [g.name, g.total])).toEqual([
      ["Retail", 6],
      [null, 1],
    ]);
    expect(model.byProduct.find((g) => g.name === "Milk")?.stages.refused).toBe(2);
  });

  it("writes its own sheet in the run's language, cleared and rewritten, with the overdue date shown", () => {
    const workbook: WorkbookSnapshot = {
      active: { name: "Sales", top: 0, left: 0, values: [] },
      sheetNames: ["Sales"],
      owned: [],
    };
    const sheet = funnelSheetPlan(workbook, model, funnelWords("ru"), PORTRAIT_WORDS.ru.stages);
    expect(sheet.ops[0]).toMatchObject({ kind: "sheet", sheet: "Воронка", clear: true });
    const values = sheet.ops.find((op) => op.kind === "values");
    const texts = values?.kind === "values" ? values.values.flat() : [];
    expect(texts).toEqual(
      expect.arrayContaining(["Воронка плана развития", "предложение", "Отказ на этапе", "не записан"]),
    );
    expect(texts).toContain("Просрочено: дата следующего шага прошла (на 2024-11-04)");
  });
});
