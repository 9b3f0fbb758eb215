import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/runCli";
import { loadWorkbook, newWorkbook, workbookBytes } from "../support/exceljs/exceljsWorkbook";
import { tempDir } from "../fixtures/cliFiles";
import { writeVoiceWorkbook } from "../fixtures/voiceFiles";
import { VOICE_COMPLAINTS, VOICE_SALES, VOICE_SURVEY } from "../support/voiceWorkbook";

const run = (argv: string[], cwd: string) => runCli(argv, { cwd, env: {} });
const csv = (rows: readonly (readonly unknown[])[]) => `${rows.map((r) => r.map((v) => v ?? "").join(";")).join("\n")}\n`;

interface VoiceJson {
  managers: { manager: string; complaints: { inPeriod: number; byCategory: Record<string, number>; open: number; meanDaysToResolve: number | null } }[];
  total: Record<string, unknown>;
  byAbc: Record<string, Record<string, { clients: number; turnover: number } | null>>;
  attention: { client: string; manager: string; abc: string | null; openComplaints: number; lastSurvey: string | null; score: number | null }[];
  unknownClients: number;
}

describe("the command line's complaints and satisfaction", () => {
  it("finds the Complaints and Survey sheets and prints the contract's voice object", async () => {
    const dir = tempDir();
    await writeVoiceWorkbook(path.join(dir, "book.xlsx"), "en");
    const outcome = await run(["book.xlsx", "--json"], dir);
    expect(outcome.stderr).toBe("");
    const json = JSON.parse(outcome.stdout) as { voice: VoiceJson; clients: Record<string, unknown>[]; detected: { sheet: string } };
    expect(json.detected.sheet).toBe("Sales");
    expect(Object.keys(json.voice)).toEqual(["managers", "total", "byAbc", "attention", "unknownClients"]);
    expect(json.voice.total).toEqual({
      complaints: { inPeriod: 5, byCategory: { quality: 2, delivery: 2, billing: 1 }, open: 3, meanDaysToResolve: 7 },
      satisfaction: { satisfied: 1, hidden: 1, discontent: 1, notSurveyed: 2 },
      surveys: { coverage: 0.6, overdue: 2, dueAfterFirstPurchase: 2 },
    });
    expect(json.voice.managers.map((m) => m.manager)).toEqual(["Ivanov", "Petrova", "(no manager)"]);
    expect(json.voice.byAbc.A.hidden).toEqual({ clients: 1, turnover: 650 });
    expect(json.voice.attention).toEqual([
      { client: "a", manager: "Ivanov", abc: "A", openComplaints: 0, lastSurvey: "2024-08-20", score: 3 },
      { client: "c", manager: "Petrova", abc: "B", openComplaints: 1, lastSurvey: "2024-06-01", score: 2 },
      { client: "d", manager: "Petrova", abc: "C", openComplaints: 1, lastSurvey: null, score: null },
    ]);
    expect(json.voice.unknownClients).toBe(1);
    const a = json.clients[0];
    expect([a.satisfaction, a.score, a.lastSurvey, a.complaints, a.surveyOverdue, a.surveysDue]).toEqual([
      "hidden", 3, "2024-08-20", { inPeriod: 2, open: 0 }, false, [{ product: "p2", since: "2024-09-01" }],
    ]);
    expect(json.clients[5].satisfaction).toBeNull(); // f is potential
  });

  it("gives the same figures from Russian sheet names, headers and categories", async () => {
    const dir = tempDir();
    await writeVoiceWorkbook(path.join(dir, "книга.xlsx"), "ru");
    const outcome = await run(["книга.xlsx", "--json", "--lang", "ru"], dir);
    const json = JSON.parse(outcome.stdout) as { voice: VoiceJson };
    expect(json.voice.managers.map((m) => m.manager)).toEqual(["Ivanov", "Petrova", "(без менеджера)"]);
    expect(json.voice.total).toMatchObject({
      complaints: { inPeriod: 5, byCategory: { качество: 2, доставка: 2, оплата: 1 }, open: 3, meanDaysToResolve: 7 },
      surveys: { coverage: 0.6, overdue: 2, dueAfterFirstPurchase: 2 },
    });
  });

  it("refuses a bad score by its cell, exit 2, and writes nothing", async () => {
    const dir = tempDir();
    const bad = VOICE_SURVEY.map((row, r) => (r === 2 ? [row[0], row[1], row[2], "5+", row[4], row[5]] : row));
    await writeVoiceWorkbook(path.join(dir, "book.xlsx"), "en", bad);
    const outcome = await run(["book.xlsx", "--out", "out.xlsx"], dir);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toBe(
      'book.xlsx: Survey!D3: "5+" is not a score: give a whole number from 1 to 5, or leave the cell blank when the question was not asked\n',
    );
    expect(existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  it("reads CSV files named by --complaints and --survey, and says so in the summary", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), csv(VOICE_SALES));
    writeFileSync(path.join(dir, "complaints.csv"), csv(VOICE_COMPLAINTS));
    writeFileSync(path.join(dir, "survey.csv"), csv(VOICE_SURVEY));
    const outcome = await run(["sales.csv", "--complaints", "complaints.csv", "--survey", "survey.csv"], dir);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toContain("Complaints in the period: 5, open: 3, mean days to resolve: 7");
    expect(outcome.stdout).toContain("Survey coverage 60%; overdue 2; due after a first purchase 2");
    expect(outcome.stdout).toContain("Attention (3): a, c, d");
    const bad = await run(["sales.csv", "--survey", "missing.csv"], dir);
    expect([bad.exitCode, bad.stderr]).toEqual([2, "missing.csv: no such file, or it cannot be read\n"]);
  });

  it("has no voice object without complaint or survey tables", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), csv(VOICE_SALES));
    const json = JSON.parse((await run(["sales.csv", "--json"], dir)).stdout) as Record<string, unknown> & { clients: Record<string, unknown>[] };
    expect(json.voice).toBeUndefined();
    expect("satisfaction" in json.clients[0]).toBe(false);
  });
});

describe("--add-voice-sheets", () => {
  it("adds empty Complaints and Survey sheets in the run's language, and a re-run leaves their rows alone", async () => {
    const dir = tempDir();
    const wb = newWorkbook();
    const ws = wb.addWorksheet("Продажи");
    VOICE_SALES.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v as never)));
    writeFileSync(path.join(dir, "sales.xlsx"), await workbookBytes(wb));
    const first = await run(["sales.xlsx", "--out", "start.xlsx", "--add-voice-sheets", "--lang", "ru"], dir);
    expect(first.stderr).toBe("");
    const started = await loadWorkbook(readFileSync(path.join(dir, "start.xlsx")));
    const complaints = started.getWorksheet("Жалобы");
    const survey = started.getWorksheet("Анкеты");
    expect(complaints?.getRow(1).values).toEqual([undefined, "Дата", "Клиент", "Категория", "Продукт", "Дата закрытия"]);
    expect(survey?.getRow(1).values).toEqual([
      undefined, "Дата", "Клиент", "Продукт", "Внешний вид продукта", "Скорость доставки", "Условия оплаты",
    ]);
    expect(complaints?.getCell("A2").numFmt).toBe("yyyy-mm-dd");
    expect(complaints?.getCell("C2").dataValidation).toMatchObject({ type: "list", formulae: ['"качество,доставка,оплата,сервис,другое"'] });
    expect(survey?.getCell("E7").dataValidation).toMatchObject({ type: "list", formulae: ['"1,2,3,4,5"'] });

    // A manager types a complaint and a questionnaire; the next run reads them and leaves them as typed.
    ["2024-09-03", "c", "качество"].forEach((v, c) => {
      if (complaints) complaints.getCell(2, c + 1).value = v;
    });
    ["2024-09-04", "a", null, 5, 2, 4].forEach((v, c) => {
      if (survey) survey.getCell(2, c + 1).value = v;
    });
    writeFileSync(path.join(dir, "typed.xlsx"), await workbookBytes(started));
    const again = await run(["typed.xlsx", "--out", "again.xlsx", "--add-voice-sheets", "--lang", "ru", "--json"], dir);
    const json = JSON.parse(again.stdout) as { voice: VoiceJson };
    expect(json.voice.total).toMatchObject({ complaints: { inPeriod: 1, open: 1 }, satisfaction: { discontent: 1 } });
    const after = await loadWorkbook(readFileSync(path.join(dir, "again.xlsx")));
    expect(after.worksheets.map((s) => s.name).filter((n) => n === "Жалобы" || n === "Анкеты")).toEqual(["Жалобы", "Анкеты"]);
    expect(after.getWorksheet("Жалобы")?.getRow(2).values).toEqual([undefined, "2024-09-03", "c", "качество"]);
    expect(after.getWorksheet("Анкеты")?.getRow(2).values).toEqual([undefined, "2024-09-04", "a", undefined, 5, 2, 4]);
  });

  it("needs --out", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), csv(VOICE_SALES));
    const outcome = await run(["sales.csv", "--add-voice-sheets"], dir);
    expect(outcome.exitCode).toBe(2);
  });
});
