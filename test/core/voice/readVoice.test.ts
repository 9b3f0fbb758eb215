import {
  DEFAULT_SETTINGS,
  analyseWorkbook,
  describeVoiceIssue,
  readVoice,
  voiceSheetName,
  voiceSourcesOf,
  type ClientInfo,
} from "../../../src/core";
import { sheet } from "../../support/grid";
import { VOICE_COMPLAINTS, VOICE_SURVEY, voiceWorkbook } from "../../support/voiceWorkbook";

const clients: ClientInfo[] = ["Acme", "Bolt"].map((key, row) => ({ key, name: key, segment: null, manager: null, row }));

describe("readVoice", () => {
  it("refuses a score that is not a whole 1–5 by its cell, in the user's language", () => {
    const survey = sheet(
      [
        ["Fecha", "Cliente", "Rapidez de entrega", "Condiciones de pago"],
        ["2024-01-10", "Acme", 6, 4],
        ["2024-01-11", "Bolt", "four", 4.5],
        ["2024-01-12", "Bolt", " 3 ", 0],
      ],
      { name: "Encuesta" },
    );
    const read = readVoice({ complaints: null, survey: { sheet: survey } }, clients);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.map((i) => ("cell" in i ? i.cell : ""))).toEqual(["Encuesta!C2", "Encuesta!C3", "Encuesta!D3", "Encuesta!D4"]);
    expect(describeVoiceIssue(read.issues[0], "es")).toBe(
      "Encuesta!C2: «6» no es una puntuación: escriba un número entero del 1 al 5, o deje la celda vacía si no se hizo la pregunta",
    );
  });

  it("refuses a resolved date before its complaint and an unreadable date, each by its cell", () => {
    const complaints = sheet(
      [
        ["Дата", "Клиент", "Категория", "Дата закрытия"],
        ["2024-03-10", "Acme", "качество", "2024-03-01"],
        ["10 марта", "Acme", "качество", null],
      ],
      { name: "Жалобы" },
    );
    const read = readVoice({ complaints: { sheet: complaints }, survey: null }, clients);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.map((i) => [i.code, "cell" in i ? i.cell : ""])).toEqual([
      ["resolvedBeforeDate", "'Жалобы'!D2"],
      ["notADate", "'Жалобы'!A3"],
    ]);
    expect(describeVoiceIssue(read.issues[0], "ru")).toBe("'Жалобы'!D2: жалоба закрыта «2024-03-01», раньше своей даты 2024-03-10");
  });

  it("reads Russian headers, matches clients by the key rule and skips a questionnaire without a score", () => {
    const complaints = sheet(
      [
        ["Жалобы за год"],
        ["Дата", "Клиент", "Причина", "Продукт", "Дата закрытия"],
        [45300, " acme ", "доставка", "Сыр", 45302],
        [45301, "Нет такого", null, null, null],
      ],
      { name: "Рекламации" },
    );
    const survey = sheet(
      [
        ["Дата", "Клиент", "Внешний вид продукта", "Скорость доставки"],
        ["2024-01-10", "BOLT", 4, 2],
        ["2024-01-11", "Acme", null, null],
      ],
      { name: "Анкеты" },
    );
    const read = readVoice({ complaints: { sheet: complaints }, survey: { sheet: survey } }, clients);
    expect(read.ok && read.value).toEqual({
      complaints: [
        { client: 0, key: "acme", day: 45300, category: "доставка", product: "Сыр", resolved: 45302 },
        { client: -1, key: "Нет такого", day: 45301, category: "", product: null, resolved: null },
      ],
      survey: [{ client: 1, key: "BOLT", day: 45301, product: null, score: 2 }],
      categories: ["доставка"],
      questions: ["Внешний вид продукта", "Скорость доставки"],
    });
  });

  it("finds the tables under the sheet names of §13, never Segmenta's own Satisfaction sheet", () => {
    expect(voiceSheetName(["Sales", "ЖАЛОБЫ", "Opros"], [], "complaints")).toBe("ЖАЛОБЫ");
    expect(voiceSheetName(["Sales", "Удовлетворенность"], [], "survey")).toBe("Удовлетворенность");
    const ours = [{ name: "Segmenta_Sheet_voice", range: { sheet: "Satisfaction", row: 0, col: 0, rows: 1, cols: 1 } }];
    expect(voiceSheetName(["Sales", "Satisfaction"], ours, "survey")).toBeNull();
  });
});

describe("analyseWorkbook with complaints and a survey", () => {
  it("writes nothing when a score is refused", () => {
    const bad = VOICE_SURVEY.map((row, r) => (r === 3 ? [row[0], row[1], row[2], 7, row[4], row[5]] : row));
    const workbook = voiceWorkbook({}, { survey: bad });
    const analysis = analyseWorkbook(workbook, { settings: DEFAULT_SETTINGS, lang: "en", voice: voiceSourcesOf(workbook) });
    expect(analysis.plan).toBeNull();
    expect(analysis.voice?.ok).toBe(false);
    if (analysis.voice?.ok === false) expect(describeVoiceIssue(analysis.voice.issues[0], "en")).toMatch(/^Survey!D4: "7" is not a score/);
  });

  it("adds the voice columns to the client table, the Team sheet and a Satisfaction sheet with a chart", () => {
    const workbook = voiceWorkbook({ sales: "Продажи", complaints: "Жалобы", survey: "Анкеты" }, { complaints: VOICE_COMPLAINTS });
    const analysis = analyseWorkbook(workbook, { settings: DEFAULT_SETTINGS, lang: "ru", voice: voiceSourcesOf(workbook) });
    const ops = analysis.plan?.ops ?? [];
    const sheets = ops.flatMap((o) => (o.kind === "sheet" ? [o.sheet] : []));
    expect(sheets).toContain("Удовлетворённость");
    const clientValues = ops.find((o) => o.kind === "values" && o.range.sheet === sheets[0]);
    expect(clientValues?.kind === "values" && clientValues.values[0].slice(-3)).toEqual(["Удовлетворённость", "Последний опрос", "Открытые жалобы"]);
    const chart = ops.find((o) => o.kind === "chart" && o.anchor.sheet === "Удовлетворённость");
    expect(chart?.kind === "chart" && chart.chart).toBe("columns");
    const highlighted = ops.filter((o) => o.kind === "style" && o.range.sheet === "Удовлетворённость" && o.style.fill === "#FFC7CE");
    expect(highlighted).toHaveLength(2);
    // The Team sheet's last three columns: complaints in R, open at D, survey coverage (total row last).
    const team = ops.find((o) => o.kind === "values" && o.range.sheet === "Команда");
    const rows = team?.kind === "values" ? team.values : [];
    expect(rows.find((r) => r.includes("Голос клиента"))).toBeDefined();
    expect(rows.find((r) => r[0] === "Итого")?.slice(-3)).toEqual([5, 3, 0.6]);
    expect(rows.find((r) => r[0] === "Ivanov")?.slice(-3)).toEqual([2, 0, 0.5]);
    // The last survey column is a date.
    expect(ops.some((o) => o.kind === "numberFormat" && o.range.sheet === sheets[0] && o.format === "yyyy-mm-dd")).toBe(true);
  });
});
