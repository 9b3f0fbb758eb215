import { normaliseText } from "./normaliseText";

/** Month names in English, Russian (nominative and genitive) and Spanish, month 1-12. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ["january", "январь", "января", "enero"],
  ["february", "февраль", "февраля", "febrero"],
  ["march", "март", "марта", "marzo"],
  ["april", "апрель", "апреля", "abril"],
  ["may", "май", "мая", "mayo"],
  ["june", "июнь", "июня", "junio"],
  ["july", "июль", "июля", "julio"],
  ["august", "август", "августа", "agosto"],
  ["september", "сентябрь", "сентября", "septiembre", "setiembre"],
  ["october", "октябрь", "октября", "octubre"],
  ["november", "ноябрь", "ноября", "noviembre"],
  ["december", "декабрь", "декабря", "diciembre"],
];

/** Every name and every prefix of three letters or more (`jan`, `sept`, `нояб`), normalised. */
const MONTH_BY_WORD: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  MONTH_NAMES.forEach((names, i) => {
    for (const name of names) {
      const n = normaliseText(name);
      for (let len = 3; len <= n.length; len++) map.set(n.slice(0, len), i + 1);
    }
  });
  return map;
})();

/**
 * The month (1-12) a word names in en/ru/es, full or abbreviated; null for any other word.
 * @example monthOfWord("янв") // 1; monthOfWord("Sept.") // 9; monthOfWord("ene") // 1
 */
export function monthOfWord(word: string): number | null {
  return MONTH_BY_WORD.get(normaliseText(word)) ?? null;
}
