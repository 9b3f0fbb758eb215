import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import {
  DEFAULT_SETTINGS,
  format,
  validateSettings,
  type AssignableRole,
  type Language,
  type PortraitOptions,
  type RangeRef,
  type Settings,
  type SettingsIssue,
  type VoicePicks,
  type WorkbookSnapshot,
  voiceSourcesOf,
} from "../../core";
import { CATALOGS } from "../../locales";
import type { WorkbookHost, WriteBlock } from "../host/WorkbookHost";
import { addVoiceSheets, pickedSheets } from "./voiceSheets";
import type { Analyse, Analysis } from "./analysis";
import { withColumnRole } from "./columnRoles";
import { historyOptions } from "./historyOptions";
import { planTargets } from "./planTargets";
import { portraitRun } from "./portraitRun";
import { sheetStart } from "./portraitView";
import { readOptions } from "./readOptions";
import { initialState, segmentaReducer, type ReadChoice, type SegmentaState } from "./segmentaReducer";

export interface SegmentaActions {
  detect(): Promise<void>;
  /** Take the table from another sheet: its own columns, so earlier column choices are dropped. */
  chooseSheet(sheet: string): Promise<void>;
  setRole(col: number, role: AssignableRole): void;
  setSettings(settings: Settings): void;
  run(): Promise<void>;
  /** Create or update the portrait sheets (with the run's sheets), then show the target sheet. */
  portrait(): Promise<void>;
  setSuggest(suggest: boolean): void;
  /** Run again with the class history for a table above the pane's client limit (for this session). */
  runWithHistory(): Promise<void>;
  cancel(): void;
  setLanguage(lang: Language): void;
  select(range: RangeRef): Promise<void>;
  /** Opens the bundled sample of a language (the pane's by default). */
  openSample(lang?: Language): Promise<void>;
  openFile(file: Blob, name: string): Promise<void>;
  showSheet(sheet: string): Promise<void>;
  download(): Promise<{ readonly blob: Blob; readonly fileName: string } | null>;
  /** Read one of two tables, or dates in the other day order, and read the sheet again with it. */
  chooseRead(choice: ReadChoice): void;
  /** Add the empty Complaints and Survey sheets the workbook lacks (§13), then read it again. */
  addVoiceSheets(): Promise<{ readonly added: readonly string[]; readonly blocks: readonly WriteBlock[] }>;
  /** Read complaints and surveys from these sheets (absent: the sheets named as in §13), then read again. */
  setVoicePicks(picks: VoicePicks): Promise<void>;
}

/**
 * What the pane says about a failure, in the pane's language: Excel's known refusals (no answer in
 * time, a row too large) in the catalog's words, anything else by its own message.
 */
export function messageOf(error: unknown, language: Language): string {
  const words = CATALOGS[language].pane.errors;
  if (
    error instanceof Error &&
    error.name === "SyncTimeoutError" &&
    "ms" in error &&
    typeof error.ms === "number"
  )
    return format(words.timeout, { seconds: Math.max(1, Math.round(error.ms / 1000)) });
  if (
    error instanceof Error &&
    error.name === "BlockTooLargeError" &&
    "row" in error &&
    typeof error.row === "number"
  )
    return format(words.blockTooLarge, { row: error.row + 1 });
  return error instanceof Error ? error.message : String(error);
}

function isAbort(error: unknown, signal: AbortSignal): boolean {
  return (
    signal.aborted ||
    (error instanceof Error && (error.name === "AbortError" || error.name === "WriteAbortedError"))
  );
}

/** Lets React paint (the progress bar) before a long synchronous step. */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The pane's state and what the user can do, over a workbook host and the engine's pipeline.
 * Components only read `state` and call `actions`.
 */
export function useSegmenta(
  host: WorkbookHost,
  analyse: Analyse,
  lang: Language,
): {
  readonly state: SegmentaState;
  readonly settingsIssues: readonly SettingsIssue[];
  readonly actions: SegmentaActions;
} {
  const [state, dispatch] = useReducer(segmentaReducer, lang, initialState);
  const latest = useRef(state);
  latest.current = state;
  const running = useRef<AbortController | null>(null);
  const historyLarge = useRef(false);

  const analyseWith = useCallback(
    (
      snapshot: WorkbookSnapshot,
      patch: Partial<Pick<SegmentaState, "overrides" | "settings" | "lang" | "readChoice">> = {},
      portrait?: PortraitOptions,
    ): Analysis => {
      const s = latest.current;
      const settings = patch.settings ?? s.settings;
      return analyse(snapshot, {
        overrides: patch.overrides ?? s.overrides,
        // Settings being typed may not validate yet; the table is still read (with the defaults) meanwhile.
        settings: validateSettings(settings).length === 0 ? settings : DEFAULT_SETTINGS,
        lang: patch.lang ?? s.lang,
        ...historyOptions(historyLarge.current),
        ...readOptions(patch.readChoice ?? s.readChoice, snapshot.active.name, host.displayLanguage),
        voice: voiceSourcesOf(snapshot, s.voicePicks),
        ...(portrait ? { portrait } : {}),
      });
    },
    [analyse, host],
  );

  const refreshPreview = useCallback(
    async (sheet?: string) => {
      if (!host.files) return;
      try {
        dispatch({ type: "preview", preview: await host.files.preview(sheet) });
      } catch {
        dispatch({ type: "preview", preview: null });
      }
    },
    [host],
  );

  const detect = useCallback(async () => {
    dispatch({ type: "detectStarted" });
    try {
      const snapshot = await host.read((value) => dispatch({ type: "detectProgress", value }), pickedSheets(latest.current));
      await nextFrame();
      dispatch({ type: "detected", snapshot, analysis: analyseWith(snapshot) });
    } catch (error) {
      dispatch({ type: "detectFailed", message: messageOf(error, latest.current.lang) });
    }
  }, [host, analyseWith]);

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

  const setRole = useCallback(
    (col: number, role: AssignableRole) => {
      const overrides = withColumnRole(latest.current.overrides, col, role);
      dispatch({ type: "overrides", overrides });
      const detected = latest.current.detect;
      if (detected.status === "ready") {
        dispatch({
          type: "detected",
          snapshot: detected.snapshot,
          analysis: analyseWith(detected.snapshot, { overrides }),
        });
      }
    },
    [analyseWith],
  );

  const setSettings = useCallback((settings: Settings) => dispatch({ type: "settings", settings }), []);

  const chooseRead = useCallback(
    (choice: ReadChoice) => {
      dispatch({ type: "readChoice", choice });
      const detected = latest.current.detect;
      if (detected.status === "ready")
        dispatch({ type: "detected", snapshot: detected.snapshot, analysis: analyseWith(detected.snapshot, { readChoice: choice }) });
    },
    [analyseWith],
  );

  const run = useCallback(async () => {
    if (validateSettings(latest.current.settings).length > 0) return;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const { signal } = controller;
    const finish = (runState: Parameters<typeof dispatch>[0] & { type: "runFinished" }) => {
      if (running.current === controller) running.current = null;
      dispatch(runState);
    };
    try {
      dispatch({ type: "runProgress", stage: "read", value: 0 });
      const snapshot = await host.read(
        (value) => dispatch({ type: "runProgress", stage: "read", value }),
        pickedSheets(latest.current),
      );
      if (signal.aborted) return finish({ type: "runFinished", run: { status: "cancelled" } });
      dispatch({ type: "runProgress", stage: "classify", value: 0 });
      await nextFrame();
      const analysis = analyseWith(snapshot);
      dispatch({ type: "detected", snapshot, analysis });
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
      if (signal.aborted) return finish({ type: "runFinished", run: { status: "cancelled" } });
      const s = latest.current;
      await host.saveSettings({ overrides: s.overrides, settings: s.settings });
      finish({ type: "runFinished", run: { status: "done", analysis } });
      if (host.files) {
        // The in-browser workbook has no selection of its own: show the results, as Excel would select them.
        const { results } = planTargets(analysis.plan);
        if (results) await host.select(results);
      }
      await refreshPreview();
    } catch (error) {
      finish({
        type: "runFinished",
        run: isAbort(error, signal)
          ? { status: "cancelled" }
          : { status: "failed", message: messageOf(error, latest.current.lang) },
      });
    }
  }, [host, analyseWith, refreshPreview]);

  const portrait = useCallback(async () => {
    if (validateSettings(latest.current.settings).length > 0) return;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const { signal } = controller;
    const suggest = latest.current.suggest;
    try {
      const sheet = await portraitRun({
        host: { ...host, read: (onProgress) => host.read(onProgress, pickedSheets(latest.current)) },
        analyse: (snapshot) => analyseWith(snapshot, {}, suggest ? { suggest: true } : {}),
        dispatch,
        signal,
        yieldToPaint: nextFrame,
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
  }, [host, analyseWith, refreshPreview]);

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

  const opened = useCallback(async () => {
    if (!host.files) return;
    dispatch({ type: "fileOpened", fileName: host.files.fileName() });
    await detect();
    await refreshPreview();
  }, [host, detect, refreshPreview]);

  const openSample = useCallback(async (sample: Language = latest.current.lang) => {
    if (!host.files) return;
    try {
      await host.files.openSample(sample);
    } catch (error) {
      dispatch({ type: "detectFailed", message: messageOf(error, latest.current.lang) });
      return;
    }
    await opened();
  }, [host, opened]);

  const openFile = useCallback(
    async (file: Blob, name: string) => {
      if (!host.files) return;
      try {
        await host.files.openFile(file, name);
      } catch (error) {
        dispatch({ type: "detectFailed", message: messageOf(error, latest.current.lang) });
        return;
      }
      await opened();
    },
    [host, opened],
  );

  const showSheet = useCallback((sheet: string) => refreshPreview(sheet), [refreshPreview]);

  const download = useCallback(async () => (host.files ? host.files.download() : null), [host]);

  // On start: bring back the workbook's last choices, then open the sample (standalone) or read the sheet.
  useEffect(() => {
    let live = true;
    void (async () => {
      const saved = await host.loadSettings().catch(() => null);
      if (!live) return;
      if (saved) {
        dispatch({ type: "restored", overrides: saved.overrides, settings: saved.settings });
        latest.current = { ...latest.current, overrides: saved.overrides, settings: saved.settings };
      }
      if (host.files) await openSample();
      else await detect();
    })();
    return () => {
      live = false;
    };
    // Runs once per host: the callbacks above only change with the host.
  }, [host, detect, openSample]);

  const addSheets = useCallback(async () => {
    const result = await addVoiceSheets(host, latest.current.lang, latest.current.voicePicks);
    await detect();
    return result;
  }, [host, detect]);

  const setVoicePicks = useCallback(
    async (picks: VoicePicks) => {
      latest.current = { ...latest.current, voicePicks: picks };
      dispatch({ type: "voicePicks", picks });
      await detect();
    },
    [detect],
  );

  const actions = useMemo<SegmentaActions>(
    () => ({
      addVoiceSheets: addSheets,
      setVoicePicks,
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
      openSample,
      openFile,
      showSheet,
      download,
      chooseRead,
    }),
    [
      chooseRead,
      addSheets,
      setVoicePicks,
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
      openSample,
      openFile,
      showSheet,
      download,
    ],
  );
  const settingsIssues = useMemo(() => validateSettings(state.settings), [state.settings]);
  return { state, settingsIssues, actions };
}
