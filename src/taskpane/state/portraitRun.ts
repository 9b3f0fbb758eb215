import type { EngineOptions, WorkbookHost, WorkbookOutline } from "../host/WorkbookHost";
import type { SegmentaAction } from "./segmentaReducer";

export interface PortraitRunDeps {
  readonly host: WorkbookHost;
  /** The pane's current choices for the workbook read, with the portrait asked for. */
  readonly options: (outline: WorkbookOutline) => EngineOptions;
  readonly dispatch: (action: SegmentaAction) => void;
  readonly signal: AbortSignal;
}

/** The sheet to show once the portrait is written (the target sheet), or null when nothing was written. */
export type PortraitRunResult = string | null;

/**
 * The Portrait step: read the workbook (Segmenta's target and plan sheets with it), build every sheet
 * of the run plus the portrait sheets, check that nothing is in the way, write, and report the
 * portrait's summary. A portrait that cannot be drawn (no product column, a sheet too long) writes
 * nothing at all.
 */
export async function portraitRun({
  host,
  options,
  dispatch,
  signal,
}: PortraitRunDeps): Promise<PortraitRunResult> {
  const cancelled = () => {
    dispatch({ type: "portraitFinished", portrait: { status: "cancelled" } });
    return null;
  };
  dispatch({ type: "portraitProgress", stage: "read", value: 0 });
  const outline = await host.read(
    (value) => dispatch({ type: "portraitProgress", stage: "read", value }),
    signal,
  );
  if (signal.aborted) return cancelled();
  dispatch({ type: "portraitProgress", stage: "classify", value: 0 });
  const analysis = await host.analyse(
    options(outline),
    (value) => dispatch({ type: "portraitProgress", stage: "classify", value }),
    signal,
  );
  dispatch({ type: "detected", outline, analysis });
  const portrait = analysis.portrait;
  const issues = portrait?.issues ?? [];
  if (!analysis.read?.ok || !analysis.plan || !portrait?.model || issues.length > 0) {
    dispatch({ type: "portraitFinished", portrait: { status: "invalid", analysis, issues } });
    return null;
  }
  if (signal.aborted) return cancelled();
  dispatch({ type: "portraitProgress", stage: "classify", value: 1 });
  const blocks = await host.write(
    analysis.plan,
    (value) => dispatch({ type: "portraitProgress", stage: "write", value }),
    signal,
  );
  if (blocks.length > 0) {
    dispatch({ type: "portraitFinished", portrait: { status: "blocked", blocks } });
    return null;
  }
  // Written: a write that has started is finished, so the portrait is done even if Cancel came meanwhile.
  dispatch({ type: "portraitFinished", portrait: { status: "done", portrait } });
  return portrait.model.sheets.portrait;
}
