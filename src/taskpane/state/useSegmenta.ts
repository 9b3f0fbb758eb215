import { useCallback, useMemo, useReducer, useRef } from "react";
import {
  DEFAULT_SETTINGS,
  validateSettings,
  type AssignableRole,
  type Language,
  type RangeRef,
  type Settings,
  type SettingsIssue,
} from "../../core";
import type { EngineOptions, WorkbookHost } from "../host/WorkbookHost";
import { pickedSheets } from "./voiceSheets";
import { useVoiceActions } from "./useVoiceActions";
import { useReadChoice } from "./useReadChoice";
import { withColumnRole } from "./columnRoles";
import { historyOptions } from "./historyOptions";
import { portraitRun } from "./portraitRun";
import { sheetStart } from "./portraitView";
import { isAbort, messageOf } from "./messageOf";
import { readOptions } from "./readOptions";
import { initialState, segmentaReducer, type SegmentaState } from "./segmentaReducer";
import { useSlicedDispatch } from "./slicedDispatch";
import type { SegmentaActions } from "./segmentaActions";
import { useWorkbookFiles } from "./useWorkbookFiles";
import { classifyRun } from "./classifyRun";

export { messageOf };

export type { SegmentaActions };

/** Of the Data step's bar, the share of reading the sheet; the rest is finding the table and its classes. */
const DETECT_READ_SHARE = 0.6;

/**
 * The pane's state and what the user can do, over a workbook host, which reads, analyses (in the
 * engine's worker) and writes. Components only read `state` and call `actions`.
 */
export function useSegmenta(
  host: WorkbookHost,
  lang: Language,
): {
  readonly state: SegmentaState;
  readonly settingsIssues: readonly SettingsIssue[];
  readonly actions: SegmentaActions;
} {
  const [state, dispatchNow] = useReducer(segmentaReducer, lang, initialState);
  const dispatch = useSlicedDispatch(dispatchNow);
  const latest = useRef(state);
  latest.current = state;
  const running = useRef<AbortController | null>(null);
  const historyLarge = useRef(false);

  /** The engine's options from the pane's current choices (and any being changed). */
  const optionsWith = useCallback(
    (
      /** The sheet the table is read from (a table picked on another sheet does not apply). */
      sheet: string,
      patch: Partial<Pick<SegmentaState, "overrides" | "settings" | "lang" | "readChoice">> = {},
      portrait?: EngineOptions["portrait"],
    ): EngineOptions => {
      const s = latest.current;
      const settings = patch.settings ?? s.settings;
      return {
        overrides: patch.overrides ?? s.overrides,
        // Settings being typed may not validate yet; the table is still read (with the defaults) meanwhile.
        settings: validateSettings(settings).length === 0 ? settings : DEFAULT_SETTINGS,
        lang: patch.lang ?? s.lang,
        ...historyOptions(historyLarge.current),
        ...readOptions(patch.readChoice ?? s.readChoice, sheet, host.displayLanguage),
        voicePicks: s.voicePicks,
        ...(portrait ? { portrait } : {}),
      };
    },
    [host],
  );

  const refreshPreview = useCallback(
    async (sheet?: string) => {
      if (!host.files) return;
      // A write turns an open CSV into a workbook: the bar names the file Download saves.
      const fileName = host.files.fileName();
      if (fileName !== latest.current.fileName) dispatch({ type: "fileNamed", fileName });
      try {
        dispatch({ type: "preview", preview: await host.files.preview(sheet) });
      } catch {
        dispatch({ type: "preview", preview: null });
      }
    },
    [host],
  );

  /** The Data step's read: a new one (another file opened) stops the one before. */
  const detecting = useRef<AbortController | null>(null);
  /** Counts analyses asked for by column changes: only the latest one's answer is shown. */
  const asked = useRef(0);

  const detect = useCallback(async () => {
    detecting.current?.abort();
    const controller = new AbortController();
    detecting.current = controller;
    const { signal } = controller;
    dispatch({ type: "detectStarted" });
    try {
      const progress = (from: number, share: number) => (value: number) =>
        dispatch({ type: "detectProgress", value: from + share * value });
      const outline = await host.read(progress(0, DETECT_READ_SHARE), signal, pickedSheets(latest.current));
      const analysis = await host.analyse(
        optionsWith(outline.sheet),
        progress(DETECT_READ_SHARE, 1 - DETECT_READ_SHARE),
        signal,
      );
      dispatch({ type: "detected", outline, analysis });
    } catch (error) {
      if (!isAbort(error, signal))
        dispatch({ type: "detectFailed", message: messageOf(error, latest.current.lang) });
    } finally {
      if (detecting.current === controller) detecting.current = null;
    }
  }, [host, optionsWith]);

  const chooseSheet = useCallback(
    async (sheet: string) => {
      try {
        await host.useSheet(sheet);
      } catch (error) {
        dispatch({ type: "detectFailed", message: messageOf(error, latest.current.lang) });
        return;
      }
      dispatch({ type: "overrides", overrides: {} });
      latest.current = { ...latest.current, overrides: {} };
      await detect();
      await refreshPreview(sheet);
    },
    [host, detect, refreshPreview],
  );

  /** The table found analysed again with a changed choice; only the answer asked for last is shown. */
  const reanalyse = useCallback(
    async (patch: Parameters<typeof optionsWith>[1]) => {
      const detected = latest.current.detect;
      if (detected.status !== "ready") return;
      const mine = ++asked.current;
      try {
        const analysis = await host.analyse(optionsWith(detected.outline.sheet, patch), () => undefined);
        if (mine === asked.current) dispatch({ type: "detected", outline: detected.outline, analysis });
      } catch (error) {
        if (mine === asked.current && !(error instanceof Error && error.name === "AbortError"))
          dispatch({ type: "detectFailed", message: messageOf(error, latest.current.lang) });
      }
    },
    [host, optionsWith],
  );

  const setRole = useCallback(
    async (col: number, role: AssignableRole) => {
      const overrides = withColumnRole(latest.current.overrides, col, role);
      dispatch({ type: "overrides", overrides });
      await reanalyse({ overrides });
    },
    [reanalyse],
  );

  const setSettings = useCallback((settings: Settings) => dispatch({ type: "settings", settings }), []);

  /** A new run or portrait: the one before is cancelled, and Cancel reaches this one. */
  const startRunning = useCallback(() => {
    running.current?.abort();
    return (running.current = new AbortController());
  }, []);

  const run = useCallback(async () => {
    if (validateSettings(latest.current.settings).length > 0) return;
    const controller = startRunning();
    const { signal } = controller;
    const finish = (runState: Parameters<typeof dispatch>[0] & { type: "runFinished" }) => {
      if (running.current === controller) running.current = null;
      dispatch(runState);
    };
    try {
      await classifyRun({
        host,
        dispatch,
        latest,
        options: (sheet) => optionsWith(sheet),
        refreshPreview,
        signal,
        finish,
      });
    } catch (error) {
      finish({
        type: "runFinished",
        run: isAbort(error, signal)
          ? { status: "cancelled" }
          : { status: "failed", message: messageOf(error, latest.current.lang) },
      });
    }
  }, [host, optionsWith, refreshPreview]);

  const portrait = useCallback(async () => {
    if (validateSettings(latest.current.settings).length > 0) return;
    const controller = startRunning();
    const { signal } = controller;
    const suggest = latest.current.suggest;
    try {
      const sheet = await portraitRun({
        host: {
          ...host,
          read: (onProgress, signalled) => host.read(onProgress, signalled, pickedSheets(latest.current)),
        },
        options: (outline) => optionsWith(outline.sheet, {}, suggest ? { suggest: true } : {}),
        dispatch,
        signal,
      });
      if (sheet !== null) {
        const s = latest.current;
        await host.saveSettings({ overrides: s.overrides, settings: s.settings });
        if (host.files) await host.select(sheetStart(sheet));
        await refreshPreview(host.files ? sheet : undefined);
      }
    } catch (error) {
      dispatch({
        type: "portraitFinished",
        portrait: isAbort(error, signal)
          ? { status: "cancelled" }
          : { status: "failed", message: messageOf(error, latest.current.lang) },
      });
    } finally {
      if (running.current === controller) running.current = null;
    }
  }, [host, optionsWith, refreshPreview]);

  const setSuggest = useCallback((suggest: boolean) => dispatch({ type: "suggest", suggest }), []);

  const runWithHistory = useCallback(() => {
    historyLarge.current = true;
    return run();
  }, [run]);

  const cancel = useCallback(() => running.current?.abort(), []);

  const setLanguage = useCallback((next: Language) => dispatch({ type: "language", lang: next }), []);

  const select = useCallback(
    async (range: RangeRef) => {
      await host.select(range);
      if (host.files) await refreshPreview(range.sheet);
    },
    [host, refreshPreview],
  );

  /** Opening another workbook stops what the engine was doing with the one before. */
  const stopAll = useCallback(() => {
    detecting.current?.abort();
    running.current?.abort();
  }, []);

  const files = useWorkbookFiles({ host, dispatch, latest, detect, refreshPreview, stopAll });
  const chooseRead = useReadChoice({ host, dispatch, latest, detect, refreshPreview, reanalyse });

  const voice = useVoiceActions({ host, dispatch, latest, detect });

  const actions = useMemo<SegmentaActions>(
    () => ({
      ...files,
      ...voice,
      detect,
      chooseSheet,
      setRole,
      setSettings,
      run,
      portrait,
      setSuggest,
      runWithHistory,
      cancel,
      setLanguage,
      select,
      chooseRead,
    }),
    [
      files,
      voice,
      detect,
      chooseSheet,
      setRole,
      setSettings,
      run,
      portrait,
      setSuggest,
      runWithHistory,
      cancel,
      setLanguage,
      select,
      chooseRead,
    ],
  );
  const settingsIssues = useMemo(() => validateSettings(state.settings), [state.settings]);
  return { state, settingsIssues, actions };
}
