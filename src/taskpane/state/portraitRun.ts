import type { WorkbookSnapshot } from "../../core";
import type { WorkbookHost } from "../host/WorkbookHost";
import type { Analysis } from "./analysis";
import type { SegmentaAction } from "./segmentaReducer";

export interface PortraitRunDeps {
  readonly host: WorkbookHost;
  /** The pipeline with the portrait asked for, with the pane's current choices. */
  readonly analyse: (snapshot: WorkbookSnapshot) => Analysis;
  readonly dispatch: (action: SegmentaAction) => void;
  readonly signal: AbortSignal;
  /** Lets React paint before the engine's synchronous step. */
  readonly yieldToPaint: () => Promise<void>;
}

/** The sheet to show once the portrait is written (the target sheet), or null when nothing was written. */
export type PortraitRunResult = string | null;

/**
 * The Portrait step: read the workbook (Segmenta's target and plan sheets with it), build every sheet
 * of the run plus the portrait sheets, check that nothing is in the way, write, and report the
 * portrait's summary. A portrait that cannot be drawn (no product column, a sheet too long) writes
 * nothing at all.
 */
export async function portraitRun({ host, analyse, dispatch, signal, yieldToPaint }: PortraitRunDeps): Promise<PortraitRunResult> {
  const cancelled = () => {
    dispatch({ type: "portraitFinished", portrait: { status: "cancelled" } });
    return null;
  };
  dispatch({ type: "portraitProgress", stage: "read", value: 0 });
  const snapshot = await host.read((value) => dispatch({ type: "portraitProgress", stage: "read", value }));
  if (signal.aborted) return cancelled();
  dispatch({ type: "portraitProgress", stage: "classify", value: 0 });
  await yieldToPaint();
  const analysis = analyse(snapshot);
  dispatch({ type: "detected", snapshot, analysis });
  const portrait = analysis.portrait;
  const issues = portrait?.issues ?? [];
  if (!analysis.read?.ok || !analysis.plan || !portrait?.model || issues.length > 0) {
    dispatch({ type: "portraitFinished", portrait: { status: "invalid", analysis, issues } });
    return null;
  }
  if (signal.aborted) return cancelled();
  dispatch({ type: "portraitProgress", stage: "classify", value: 1 });
  const blocks = await host.write(analysis.plan, (value) => dispatch({ type: "portraitProgress", stage: "write", value }), signal);
  if (blocks.length > 0) {
    dispatch({ type: "portraitFinished", portrait: { status: "blocked", blocks } });
    return null;
  }
  if (signal.aborted) return cancelled();
  dispatch({ type: "portraitFinished", portrait: { status: "done", portrait } });
  return portrait.model.sheets.portrait;
}
