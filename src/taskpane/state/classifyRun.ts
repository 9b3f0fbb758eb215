import type { MutableRefObject } from "react";
import type { EngineOptions, WorkbookHost } from "../host/WorkbookHost";
import { planTargets } from "./planTargets";
import type { SegmentaAction, SegmentaState } from "./segmentaReducer";
import { pickedSheets } from "./voiceSheets";

/** The action that ends a run. */
type RunFinished = SegmentaAction & { type: "runFinished" };

/** What a run of the classification needs from the pane (see `useSegmenta`). */
export interface ClassifyRunContext {
  readonly host: WorkbookHost;
  readonly dispatch: (action: SegmentaAction) => void;
  /** The state as last rendered. */
  readonly latest: MutableRefObject<SegmentaState>;
  /** The engine's options for a table read from `sheet`. */
  readonly options: (sheet: string) => EngineOptions;
  readonly refreshPreview: (sheet?: string) => Promise<void>;
  readonly signal: AbortSignal;
  /** Ends the run (it is ended exactly once: an error thrown here is ended by the caller). */
  readonly finish: (ended: RunFinished) => void;
}

/**
 * One run of the Run step: read the sheet, analyse it in the engine, write the plan, keep the
 * choices with the workbook, then show the results in the standalone page. Each stage's progress
 * goes to `dispatch`; an invalid table, a blocked write and a Cancel between stages end the run as such.
 */
export async function classifyRun({
  host,
  dispatch,
  latest,
  options,
  refreshPreview,
  signal,
  finish,
}: ClassifyRunContext): Promise<void> {
  dispatch({ type: "runProgress", stage: "read", value: 0 });
  const outline = await host.read(
    (value) => dispatch({ type: "runProgress", stage: "read", value }),
    signal,
    pickedSheets(latest.current),
  );
  if (signal.aborted) return finish({ type: "runFinished", run: { status: "cancelled" } });
  dispatch({ type: "runProgress", stage: "classify", value: 0 });
  const analysis = await host.analyse(
    options(outline.sheet),
    (value) => dispatch({ type: "runProgress", stage: "classify", value }),
    signal,
  );
  dispatch({ type: "detected", outline, analysis });
  if (!analysis.read?.ok || !analysis.plan)
    return finish({ type: "runFinished", run: { status: "invalid", analysis } });
  if (signal.aborted) return finish({ type: "runFinished", run: { status: "cancelled" } });
  dispatch({ type: "runProgress", stage: "classify", value: 1 });
  const blocks = await host.write(
    analysis.plan,
    (value) => dispatch({ type: "runProgress", stage: "write", value }),
    signal,
  );
  if (blocks.length > 0) return finish({ type: "runFinished", run: { status: "blocked", blocks } });
  // Written: a write that has started is finished, so the run is done even if Cancel came meanwhile.
  const s = latest.current;
  await host.saveSettings({ overrides: s.overrides, settings: s.settings });
  finish({ type: "runFinished", run: { status: "done", analysis } });
  if (host.files) {
    // The in-browser workbook has no selection of its own: show the results, as Excel would select them.
    const { results } = planTargets(analysis.plan);
    if (results) await host.select(results);
  }
  await refreshPreview();
}
