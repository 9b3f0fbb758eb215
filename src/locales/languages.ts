/**
 * The languages Segmenta speaks: each has its folder of words beside this file (`src/locales/<code>/`).
 * Adding a language is that folder and its code here; the compiler then asks for it wherever words are
 * chosen by language.
 */
export const LANGUAGES = ["en", "ru", "es"] as const;

export type Language = (typeof LANGUAGES)[number];

/**
 * The language a tag names when Segmenta speaks it, or null.
 * @example languageOfTag("ru-RU") // "ru"; languageOfTag("pt_BR.UTF-8") // null
 */
export function languageOfTag(tag: string | null | undefined): Language | null {
  const base = (tag ?? "").toLowerCase().split(/[-_.]/)[0];
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : null;
}
