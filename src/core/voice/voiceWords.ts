import { CATALOGS, type Catalog } from "../../locales";
import type { InputIssue } from "../dataset";
import { describeIssue } from "../locale/describeIssue";
import { format } from "../locale/format";
import { getLocale } from "../locale/getLocale";
import type { Language } from "../settings";
import type { VoiceIssue } from "./types";

/** The words of complaints and satisfaction in one language (src/locales/<language>/voice.ts). */
export type VoiceWords = Catalog["voice"];

/**
 * The voice words of a language.
 * @example voiceWords("ru").bands.hidden // "скрытое недовольство"
 */
export function voiceWords(language: Language): VoiceWords {
  return CATALOGS[language].voice;
}

const VOICE_CODES = new Set<string>(["notAScore", "resolvedBeforeDate", "noClientInRow", "noVoiceHeader", "noQuestions"]);

/**
 * An issue of a complaints or survey table in words, naming its cell (a date issue in the words of
 * every other table's).
 * @example describeVoiceIssue({ code: "notAScore", cell: "Survey!D7", content: "6" }, "en") // 'Survey!D7: "6" is not a score: …'
 */
export function describeVoiceIssue(issue: InputIssue | VoiceIssue, language: Language): string {
  if (!VOICE_CODES.has(issue.code)) return describeIssue(issue as InputIssue, getLocale(language));
  const words = voiceWords(language);
  const v = issue as VoiceIssue;
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(v)) values[key] = String(value);
  if (v.code === "noVoiceHeader") values.table = words.tables[v.table];
  return format(words.issues[v.code], values);
}
