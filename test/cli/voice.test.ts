import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/runCli";
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
