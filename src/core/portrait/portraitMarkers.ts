import { NAME_PREFIX } from "../plan/types";

/** The sheet-scoped names that mark Segmenta's portrait sheets. */
export const PORTRAIT_MARKERS = {
  portrait: `${NAME_PREFIX}Sheet_portrait`,
  actual: `${NAME_PREFIX}Sheet_actual`,
  clientProducts: `${NAME_PREFIX}Sheet_clientProducts`,
  plan: `${NAME_PREFIX}Sheet_plan`,
  check: `${NAME_PREFIX}Sheet_check`,
} as const;

export type PortraitSheet = keyof typeof PORTRAIT_MARKERS;
