/**
 * The shape of the portrait sheets' catalog (`<language>/portrait.ts`), declared beside it so the
 * catalog and the core's portrait both import it from here, and neither imports the other.
 */
import type { PlanRowState, Stage } from "../core/portrait/types";

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
