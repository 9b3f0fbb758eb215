import { startTransition, useCallback } from "react";
import type { SegmentaAction } from "./segmentaReducer";

/**
 * Actions that bring large views (a result, a preview): React renders them as a transition,
 * in slices between which the page answers, instead of one long task. Progress stays immediate.
 */
const SHOWN_IN_SLICES: ReadonlySet<SegmentaAction["type"]> = new Set([
  "detected",
  "preview",
  "runFinished",
  "portraitFinished",
]);

/** `dispatch` with the actions of `SHOWN_IN_SLICES` rendered as transitions, the others at once. */
export function useSlicedDispatch(
  dispatchNow: (action: SegmentaAction) => void,
): (action: SegmentaAction) => void {
  return useCallback(
    (action: SegmentaAction) => {
      if (SHOWN_IN_SLICES.has(action.type)) startTransition(() => dispatchNow(action));
      else dispatchNow(action);
    },
    [dispatchNow],
  );
}
