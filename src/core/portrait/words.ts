import type { Language } from "../settings";
import type { Locale } from "../locale/Locale";
import type { PlanRowState, Stage } from "./types";
import { surfaceWords } from "../../locales";

/**
 * The words of the portrait sheets in one language, beside the locale pack (which holds the sheet
 * names and the status words).
 */
export interface PortraitWords {
  readonly stages: Readonly<Record<Stage, string>>;
  /** What older plans called the offer stage ("offered"): read as "offer" in any language. */
  readonly formerOffer: string;
  readonly states: Readonly<Record<PlanRowState, string>>;
  readonly noSegment: string;
  /** The one segment of a table without a segment column: the whole base. */
  readonly allClients: string;
  /** Why no portrait was written; `{sheet}`, `{rows}`, `{limit}`, `{cols}` are filled in. */
  readonly issues: {
    readonly ownSheetNotRead: string;
    readonly noProducts: string;
    readonly tooManyRows: string;
    readonly noRoom: string;
  };
  /** The note beside a segment or product kept from an earlier run but no longer in the data. */
  readonly notInData: string;
  readonly headers: {
    readonly corner: string;
    readonly note: string;
    readonly segment: string;
    readonly activeClients: string;
    readonly shareTitle: string;
    readonly turnoverTitle: string;
    readonly key: string;
    readonly client: string;
    readonly manager: string;
    readonly abc: string;
    readonly xyz: string;
    readonly status: string;
    readonly degree: string;
    readonly next: string;
    readonly product: string;
    readonly stage: string;
    readonly date: string;
    readonly comment: string;
    readonly state: string;
    readonly refusedAt: string;
    readonly lastStage: string;
    readonly turnover: string;
    readonly buyers: string;
    readonly untargeted: string;
    readonly unbought: string;
    readonly otherTurnover: string;
  };
}

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
