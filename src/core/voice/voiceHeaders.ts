import { NAME_PREFIX } from "../plan/types";
import { normaliseText } from "../read/normaliseText";
import type { OwnedRange } from "../snapshot";

/** Header names of a complaint's category and resolved date, en/ru/es (METHODOLOGY §13). */
const CATEGORY_NAMES = [
  "category", "type", "reason", "complaint type", "kind", "категория", "тип", "причина", "вид", "тип жалобы",
  "categoría", "tipo", "motivo", "tipo de queja",
];
const RESOLVED_NAMES = [
  "resolved", "closed", "resolved date", "date resolved", "closed date", "date closed", "resolution date",
  "решена", "закрыта", "дата закрытия", "дата решения", "решено", "закрыто", "resuelta", "cerrada",
  "fecha de cierre", "fecha de resolución", "resuelto", "cerrado",
];

/** The sheet names the tables are found under by default, any case. */
const COMPLAINTS_SHEETS = ["complaints", "жалобы", "рекламации", "quejas", "reclamaciones"];
const SURVEY_SHEETS = ["survey", "satisfaction", "анкеты", "опрос", "удовлетворённость", "encuesta", "satisfacción"];

const CATEGORY = new Set(CATEGORY_NAMES.map(normaliseText));
const RESOLVED = new Set(RESOLVED_NAMES.map(normaliseText));

/** True for a complaint category header (`Category`, `Причина`, `Motivo`). */
export const isCategoryHeader = (text: string): boolean => CATEGORY.has(normaliseText(text));
/** True for a resolved date header (`Resolved`, `Дата закрытия`, `Fecha de cierre`). */
export const isResolvedHeader = (text: string): boolean => RESOLVED.has(normaliseText(text));

export type VoiceTable = "complaints" | "survey";

/** The sheet-scoped name that marks Segmenta's Satisfaction report (never read as a survey). */
export const VOICE_SHEET_MARKER = `${NAME_PREFIX}Sheet_voice`;

/** The names that mark the Complaints and Survey sheets Segmenta added empty (their rows are the user's). */
export const VOICE_START_MARKERS: Readonly<Record<VoiceTable, string>> = {
  complaints: `${NAME_PREFIX}Sheet_complaints`,
  survey: `${NAME_PREFIX}Sheet_survey`,
};

/**
 * The sheet that holds a table by default: the first sheet named as §13 names it (any case, ё as е),
 * or the one Segmenta added for it, leaving out Segmenta's Satisfaction report (it is not a survey).
 * @example voiceSheetName(["Sales", "Жалобы"], [], "complaints") // "Жалобы"
 */
export function voiceSheetName(
  sheetNames: readonly string[],
  owned: readonly OwnedRange[],
  table: VoiceTable,
): string | null {
  const names = new Set((table === "complaints" ? COMPLAINTS_SHEETS : SURVEY_SHEETS).map(normaliseText));
  const report = new Set(owned.filter((o) => o.name === VOICE_SHEET_MARKER).map((o) => o.range.sheet.toLowerCase()));
  const added = owned.find((o) => o.name === VOICE_START_MARKERS[table])?.range.sheet;
  if (added !== undefined && sheetNames.some((s) => s.toLowerCase() === added.toLowerCase())) return added;
  return sheetNames.find((s) => names.has(normaliseText(s)) && !report.has(s.toLowerCase())) ?? null;
}
