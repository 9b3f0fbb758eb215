import type { AssignableRole, Language, RangeRef, Settings, VoicePicks } from "../../core";
import type { WriteBlock } from "../host/WorkbookHost";
import type { ReadChoice } from "./segmentaReducer";

/** What the user can do in the pane; `useSegmenta` gives one set of these over a workbook host. */
export interface SegmentaActions {
  detect(): Promise<void>;
  /** Take the table from another sheet: its own columns, so earlier column choices are dropped. */
  chooseSheet(sheet: string): Promise<void>;
  setRole(col: number, role: AssignableRole): Promise<void>;
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
