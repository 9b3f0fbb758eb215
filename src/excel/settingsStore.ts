import type { AsOf, AssignableRole, ColumnOverrides, Settings } from "../core";
import { ASSIGNABLE_ROLES, DEFAULT_SETTINGS, validateSettings } from "../core";

/** The part of `Office.context.document.settings` the store uses (the caller passes it in). */
export type DocumentSettings = Pick<Office.Settings, "get" | "set" | "saveAsync">;

/** What Segmenta keeps in a workbook between runs. */
export interface StoredChoices {
  readonly settings: Settings;
  readonly overrides: ColumnOverrides;
}

const KEY = "segmenta";
const VERSION = 1;
const MAX_TEXT = 255;

/**
 * The settings and column choices saved in this workbook, checked field by field: anything missing,
 * of the wrong type or failing `validateSettings` falls back to the default; null when nothing was saved.
 */
export function loadChoices(store: DocumentSettings): StoredChoices | null {
  const raw: unknown = store.get(KEY);
  if (typeof raw !== "string") return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.version !== VERSION) return null;
  return { settings: readSettings(data.settings), overrides: readOverrides(data.overrides) };
}

/** Saves the choices in the workbook (kept small: a few hundred bytes of JSON). */
export function saveChoices(store: DocumentSettings, choices: StoredChoices): Promise<void> {
  store.set(KEY, JSON.stringify({ version: VERSION, settings: choices.settings, overrides: choices.overrides }));
  return new Promise((resolve, reject) =>
    store.saveAsync((result) => {
      if (String(result.status) === "succeeded") resolve();
      else reject(new Error(result.error?.message ?? "The workbook did not save Segmenta's settings."));
    }),
  );
}

function readSettings(value: unknown): Settings {
  if (!isRecord(value)) return DEFAULT_SETTINGS;
  const d = DEFAULT_SETTINGS;
  const pair = (v: unknown, a: string, b: string, fallback: Record<string, number>) =>
    isRecord(v) && isNumber(v[a]) && isNumber(v[b]) ? { [a]: v[a], [b]: v[b] } : fallback;
  const settings: Settings = {
    abc: pair(value.abc, "a", "b", d.abc) as Settings["abc"],
    xyz: pair(value.xyz, "x", "y", d.xyz) as Settings["xyz"],
    granularity: oneOf(value.granularity, ["month", "quarter", "week"], d.granularity),
    asOf: readAsOf(value.asOf),
    from: isNumber(value.from) ? value.from : null,
    windowMonths: isNumber(value.windowMonths) ? value.windowMonths : d.windowMonths,
    sigma: oneOf(value.sigma, ["population", "sample"], d.sigma),
    metric: oneOf(value.metric, ["turnover", "margin", "count"], d.metric),
  };
  const issues = validateSettings(settings);
  if (issues.length === 0) return settings;
  return {
    ...settings,
    abc: issues.some((i) => i.code === "abcOrder" || (i.code === "outOfRange" && i.field.startsWith("abc"))) ? d.abc : settings.abc,
    xyz: issues.some((i) => i.code === "xyzOrder" || (i.code === "outOfRange" && i.field.startsWith("xyz"))) ? d.xyz : settings.xyz,
    windowMonths: issues.some((i) => i.code === "windowMonths") ? d.windowMonths : settings.windowMonths,
  };
}

function readAsOf(value: unknown): AsOf {
  if (!isRecord(value)) return DEFAULT_SETTINGS.asOf;
  if (value.kind === "last" || value.kind === "previous") return { kind: value.kind };
  if (value.kind === "date" && isNumber(value.serial)) return { kind: "date", serial: value.serial };
  return DEFAULT_SETTINGS.asOf;
}

function readOverrides(value: unknown): ColumnOverrides {
  if (!isRecord(value)) return {};
  const out: Partial<Record<AssignableRole, string>> = {};
  for (const role of ASSIGNABLE_ROLES) {
    const v = value[role];
    if (typeof v === "string" && v.trim() !== "" && v.length <= MAX_TEXT) out[role] = v;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}
