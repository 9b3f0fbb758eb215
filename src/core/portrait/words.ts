import type { Language } from "../settings";
import type { Locale } from "../locale/Locale";
import type { Stage } from "./types";
import { surfaceWords } from "../../locales";
import type { PortraitWords } from "../../locales/portraitWords";

/** What the sheet builders write with: the portrait words and the locale's status words. */
export type PortraitSheetWords = PortraitWords & { readonly statuses: Locale["statuses"] };

/** The words live in src/locales/<language>/portrait.ts. */
export const PORTRAIT_WORDS: Readonly<Record<Language, PortraitWords>> = surfaceWords("portrait");

const STAGE_BY_TEXT: ReadonlyMap<string, Stage> = new Map(
  Object.values(PORTRAIT_WORDS).flatMap((words) =>
    (Object.entries(words.stages) as [Stage, string][]).flatMap(([stage, word]) => [
      [word.toLocaleLowerCase(), stage] as const,
      [stage.toLowerCase(), stage] as const,
    ]),
  ).concat(Object.values(PORTRAIT_WORDS).flatMap((words) => [[words.formerOffer.toLocaleLowerCase(), "offer"] as const]), [
    ["offered", "offer"],
  ]),
);

/**
 * The stage a text names, in any of the languages (case and spaces ignored), or null.
 * @example stageOfText("Договор") // "contract"
 */
export function stageOfText(text: string): Stage | null {
  const exact = STAGE_BY_TEXT.get(text);
  if (exact) return exact;
  const wanted = text.replace(/[\s\u00a0\u202f]+/g, " ").trim().toLocaleLowerCase();
  return STAGE_BY_TEXT.get(wanted) ?? null;
}
