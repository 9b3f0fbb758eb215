import { TOTAL_LABELS } from "./headerDictionary";
import { normaliseText, textTokens } from "./normaliseText";

const TOTALS = new Set(TOTAL_LABELS.map(normaliseText));
/** Words that make a label a total when they open or close it: `Alpha Total`, `Итог Alpha`, `Subtotal`. */
const TOTAL_WORDS = new Set(["total", "totals", "subtotal", "subtotals", "totales", "subtotales", "итого", "итог", "всего", "подытог"]);
/** Words after a total word that make the label a phrase about a group: `Итого по группе`, `Total for North`, `Total de Madrid`. */
const GROUP_WORDS = new Set(["по", "за", "for", "by", "of", "de", "del", "por", "para"]);
/** Words that say "part of": `промежуточный итог`, `sub total`. */
const PART_WORDS = new Set(["промежуточныи", "промежуточные", "sub", "parcial"]);

/**
 * True for a totals label: a whole cell such as `Итого`, `Итого:`, `Total`, `Grand total`, `Всего`,
 * `Total general`, `Subtotal`, or a total word followed by the group it sums (`Итого по группе`,
 * `Total for North`). A name that merely starts with a total word (`Итого-Сервис`, `Total Logistics`)
 * is not one.
 * @example isTotalLabel("Итого:") // true; isTotalLabel("Итого-Сервис") // false
 */
export function isTotalLabel(text: string): boolean {
  if (text.length > 60) return false;
  const n = normaliseText(text);
  if (TOTALS.has(n) || n === "subtotal" || n === "subtotales" || n === "subtotals") return true;
  const tokens = textTokens(text);
  if (tokens.length >= 2 && TOTAL_WORDS.has(tokens[0]) && GROUP_WORDS.has(tokens[1])) return true;
  if (tokens.length >= 2 && PART_WORDS.has(tokens[0]) && TOTAL_WORDS.has(tokens[1])) return true;
  return tokens.length >= 1 && (tokens[0] === "subtotal" || tokens[0] === "subtotales");
}

/**
 * The name a label joins to a total word, as Excel's Subtotal command writes it (`Alpha Total`,
 * `Total Alpha`, `Alpha Итог`): the label without that word, or null when the label has no total
 * word at its start or end. Whether the name is a group the rows above share decides if it is a
 * subtotal or a client that happens to be called so (`Total Logistics`).
 * @example totalWithName("Alpha Total") // "Alpha"; totalWithName("Acme") // null
 */
export function totalWithName(text: string): string | null {
  if (text.length > 120) return null;
  const trimmed = text.trim();
  const words = trimmed.split(/[\s\-–—:]+/).filter((w) => w !== "");
  if (words.length < 2) return null;
  const isTotal = (w: string) => TOTAL_WORDS.has(normaliseText(w));
  if (isTotal(words[words.length - 1])) return words.slice(0, -1).join(" ");
  if (isTotal(words[0])) return words.slice(1).join(" ");
  return null;
}

/** First letters of labels that start with a total word (t, g, s, p, и, в, о, п, either case) and spaces. */
const INITIALS = new Set([..."tgspивопTGSPИВОП \u00a0"].map((ch) => ch.charCodeAt(0)));
/** Last letters of a total word a label may end with (total, totals, итого, всего, итог), either case. */
const FINALS = new Set([..."lsогLSОГ"].map((ch) => ch.charCodeAt(0)));

/**
 * A cheap test that rules out most client names before a label is normalised (it runs once per row
 * of a million-row table): the label must start like a total word, or end like one (`Alpha Total`).
 */
export function mayBeTotal(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 120) return false;
  if (INITIALS.has(text.charCodeAt(0))) return true;
  let end = n - 1;
  while (end > 0 && (text.charCodeAt(end) === 58 || text.charCodeAt(end) === 46 || text.charCodeAt(end) <= 32)) end--;
  return FINALS.has(text.charCodeAt(end)) && /[\s-](?:total|totals|totales|subtotal|итог|итого|всего)[\s:.]*$/iu.test(text);
}
