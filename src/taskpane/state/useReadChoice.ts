import { useCallback, type MutableRefObject } from "react";
import type { WorkbookHost } from "../host/WorkbookHost";
import { messageOf } from "./messageOf";
import type { ReadChoice, SegmentaAction, SegmentaState } from "./segmentaReducer";

/** What the Data step's read choices share with the rest of the pane's state (see `useSegmenta`). */
export interface ReadChoiceContext {
  readonly host: WorkbookHost;
  readonly dispatch: (action: SegmentaAction) => void;
  /** The state as last rendered. */
  readonly latest: MutableRefObject<SegmentaState>;
  /** The Data step's read of the open workbook. */
  readonly detect: () => Promise<void>;
  readonly refreshPreview: (sheet?: string) => Promise<void>;
  /** The table found analysed again with a changed choice (only the answer asked for last is shown). */
  readonly reanalyse: (patch: { readonly readChoice: ReadChoice }) => Promise<void>;
}

/**
 * The Data step's choice of how to read the table (range, date order, encoding): another encoding of
 * an open CSV reads the file again; any other choice analyses the table found again.
 */
export function useReadChoice({
  host,
  dispatch,
  latest,
  detect,
  refreshPreview,
  reanalyse,
}: ReadChoiceContext): (choice: ReadChoice) => void {
  return useCallback(
    (choice: ReadChoice) => {
      const { encoding } = choice;
      const reread =
        encoding !== null && encoding !== latest.current.readChoice.encoding ? host.files : undefined;
      dispatch({ type: "readChoice", choice });
      if (encoding !== null && reread) {
        // Another encoding is another text: the file is read again, and the preview shows it.
        void reread.readAs(encoding).then(
          async () => {
            await detect();
            await refreshPreview();
          },
          (error: unknown) =>
            dispatch({ type: "detectFailed", message: messageOf(error, latest.current.lang) }),
        );
        return;
      }
      void reanalyse({ readChoice: choice });
    },
    [host, detect, refreshPreview, reanalyse],
  );
}
