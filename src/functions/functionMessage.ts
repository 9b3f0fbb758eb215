import { countedWord, format, type Language } from "../core";
import { CATALOGS, languageOfTag } from "../locales";
import type { FunctionProblem } from "./functionResult";

const percent = (v: number): string => `${+(v * 100).toFixed(6)}%`;

/**
 * The words for a function problem in a language; they live in src/locales/<language>/functions.ts.
 * @example functionMessage({ code: "emptyRange" }, "es") // "El rango está vacío"
 */
export function functionMessage(problem: FunctionProblem, language: Language = "en"): string {
  const catalog = CATALOGS[language];
  const template = catalog.functionMessages[problem.code];
  const values: Record<string, string | number> = { ...problem };
  // A range's size is counted words: "1 row × 3 columns", "2 строки × 5 столбцов".
  for (const key of ["rows", "cols"] as const) {
    const count = values[key];
    if (typeof count === "number")
      values[key] = format(countedWord(count, catalog.functionCounts[key], catalog.core), { n: count });
  }
  if (problem.code === "thresholdOrder")
    Object.assign(values, { low: percent(problem.low), high: percent(problem.high) });
  return format(template, values);
}

/**
 * The language of an Office display language tag (`ru-RU` → `ru`), English for anything else.
 * @example languageOf("es-MX") // "es"
 */
export function languageOf(tag: string | null | undefined): Language {
  return languageOfTag(tag) ?? "en";
}
