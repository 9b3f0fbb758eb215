import { CATALOGS } from "../../../src/locales";
import { CLI_CATALOG } from "../../../src/locales/cliCatalog";
import { CSV_FILE_CATALOG } from "../../../src/locales/csvFile";

/**
 * A test-only pseudo-locale in the spirit of Microsoft's qps-ploc: English with every letter accented,
 * lengthened by about 40 % and bracketed, `{placeholders}` kept. Any text a surface shows without
 * accents did not come from the catalog; lengthened text shows where a layout clips. Never shipped:
 * only tests call it, and it rewrites the English catalog of the test's own process.
 */

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [
    c,
    [..."åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"][i],
  ]),
);

/** Letters accented outside `{placeholders}`. */
export function accent(text: string): string {
  return text
    .split(/(\{\w+\})/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c])))
    .join("");
}

/**
 * A text of the pseudo-locale: accented, bracketed, and padded with words about 40 % of its length.
 * @example pseudo("{n} clients") // "[{n} çļîéñţš !!!]"
 */
export function pseudo(text: string): string {
  if (text.trim() === "") return text;
  const extra = Math.max(1, Math.round((text.replace(/\{\w+\}/g, "").length * 0.4) / 4));
  return `[${accent(text)} ${Array.from({ length: extra }, () => "!!!").join(" ")}]`;
}

/** Whether a text has a Latin letter no accent was put on: it did not come through the pseudo-locale. */
export const UNACCENTED = /[A-Za-z]{2,}/g;

/**
 * Texts that must stay what they are: codes (`language`, the `Intl` tag), and names with rules of
 * their own: sheet names (31 characters, no brackets) and function and parameter names (letters,
 * digits, `_` and `.`), which are accented but neither bracketed nor lengthened.
 */
function pseudoTree(tree: Record<string, unknown>, path: string[]): void {
  for (const [key, value] of Object.entries(tree)) {
    const at = [...path, key];
    if (typeof value === "string") {
      const where = at.join(".");
      if (where === "core.language" || where === "core.tag") continue;
      const isName =
        (at[0] === "core" && at[1] === "sheets") || (at[0] === "functions" && at[at.length - 1] === "name");
      tree[key] = isName ? accent(value) : pseudo(value);
    } else if (typeof value === "object" && value !== null) {
      pseudoTree(value as Record<string, unknown>, at);
    }
  }
}

let applied = false;

/**
 * Turns this process's English catalog into the pseudo-locale, in place, so every surface that speaks
 * English (`--lang en`, the pane in en-US, the sheets, the function metadata) speaks it instead.
 */
export function usePseudoLocale(): void {
  if (applied) return;
  applied = true;
  pseudoTree(CATALOGS.en as unknown as Record<string, unknown>, []);
  // The command line's words live beside the catalogs (the browser bundles leave them out).
  pseudoTree({ cli: CLI_CATALOG.en, csvFile: CSV_FILE_CATALOG.en } as unknown as Record<string, unknown>, []);
}
