import type { DocumentSettings } from "./settingsStore";

/** What the pane needs to know of the Office it runs in: language, theme, the workbook's settings. */
export interface OfficeEnvironment {
  /** BCP-47 tag of Office's display language, e.g. `ru-RU`. */
  readonly displayLanguage: string;
  /** True when Office paints its UI dark. */
  readonly dark: boolean;
  /** The workbook's settings bag (`Office.context.document.settings`). */
  readonly settings: () => DocumentSettings;
}

/**
 * True when a background colour is dark: the task pane follows the Office theme's body background.
 * @example isDarkColour("#262626") // true
 */
export function isDarkColour(colour: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** Reads the Office context once Office is ready. */
export function officeEnvironment(): OfficeEnvironment {
  return {
    displayLanguage: Office.context.displayLanguage ?? "en-US",
    dark: isDarkColour(Office.context.officeTheme?.bodyBackgroundColor),
    settings: () => Office.context.document.settings,
  };
}

/**
 * True inside an Office host: office.js loaded, Office ready within `timeoutMs`, and a host
 * reported. False in a plain browser tab, where the pane runs standalone.
 */
export async function insideOffice(timeoutMs: number): Promise<boolean> {
  if (typeof Office === "undefined") return false;
  const host = await Promise.race([
    Office.onReady().then(
      (info) => info.host ?? null,
      () => null,
    ),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
  return host !== null && Boolean(Office.context) && Office.context.host != null;
}
