import type { Role } from "../dataset";
import { HEADER_DICTIONARY, WEAK_ID_RANK } from "./headerDictionary";
import { normaliseText } from "./normaliseText";

/** A role a header can play, with the rank of the match (lower is better, see HEADER_DICTIONARY). */
export interface HeaderMatch {
  readonly role: Role;
  readonly rank: number;
}

const MATCHES_BY_NAME: ReadonlyMap<string, readonly HeaderMatch[]> = (() => {
  const map = new Map<string, HeaderMatch[]>();
  for (const entry of HEADER_DICTIONARY) {
    for (const name of entry.names) {
      const key = normaliseText(name);
      const list = map.get(key) ?? [];
      list.push({ role: entry.role, rank: entry.rank });
      map.set(key, list);
    }
  }
  return map;
})();

/**
 * The roles a header names in en/ru/es, best first; empty when it names none. Words after a comma
 * or in brackets are units and are dropped when the whole text names nothing (`Сумма, руб.`,
 * `Amount (USD)`).
 * @example recogniseHeader("Customer Name") // [{ role: "client", rank: 1 }]
 * @example recogniseHeader("Сумма, руб.") // [{ role: "amount", rank: 0 }]
 */
export function recogniseHeader(text: string): readonly HeaderMatch[] {
  const exact = MATCHES_BY_NAME.get(normaliseText(text));
  if (exact) return exact;
  const head = text.split(/[,([]/)[0];
  if (head !== text) {
    const byHead = MATCHES_BY_NAME.get(normaliseText(head));
    if (byHead) return byHead;
  }
  return looksLikeId(text) ? [{ role: "client", rank: WEAK_ID_RANK }] : [];
}

export { isTotalLabel } from "./totalLabels";

/** Words ending in "id" that are not ids. */
const NOT_IDS = new Set(["paid", "prepaid", "unpaid", "valid", "invalid", "void", "avoid", "said"]);

/** `id`, `masterid`, `sample_id`, `ClientID`: letters ending in "id". */
function looksLikeId(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[\p{L}_ -]*[iI][dD]$/u.test(trimmed)) return false;
  return !NOT_IDS.has(normaliseText(trimmed));
}
