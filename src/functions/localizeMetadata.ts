import type { Language } from "../locales";
import { FUNCTION_LOCALES } from "./functionLocales";

/** The part of functions.json this step reads and rewrites; every other field is kept as it is. */
export interface FunctionsMetadata {
  readonly functions: readonly {
    readonly id: string;
    readonly name: string;
    readonly description?: string;
    readonly parameters: readonly { readonly name: string; readonly description?: string }[];
  }[];
}

/**
 * Excel's rule for a function's display name: it starts with a letter, has at least three
 * characters, and uses only letters (any alphabet), digits, `_` and `.`.
 * @example isValidFunctionName("КЛАСС.ABC") // true
 */
export function isValidFunctionName(name: string): boolean {
  return /^\p{L}[\p{L}\p{N}_.]{2,}$/u.test(name);
}

/**
 * Where the English metadata (generated from the JSDoc of functions.ts) and the English catalog
 * (src/locales/en/functions.ts) disagree, one line each; none when they say the same.
 * @example englishMismatches(json) // ["ABC: the description differs from the catalog's"]
 */
export function englishMismatches(metadata: FunctionsMetadata): string[] {
  const catalog = FUNCTION_LOCALES;
  const problems: string[] = [];
  for (const fn of metadata.functions) {
    const words = catalog[fn.id]?.en;
    if (!words) {
      problems.push(`${fn.id}: not in src/locales/en/functions.ts`);
      continue;
    }
    if (words.name !== fn.name) problems.push(`${fn.id}: the name '${fn.name}' differs from the catalog's`);
    if (words.description !== (fn.description ?? ""))
      problems.push(`${fn.id}: the description differs from the catalog's`);
    for (const p of fn.parameters) {
      const text = words.parameters[p.name];
      if (!text) problems.push(`${fn.id}: parameter ${p.name} is not in the catalog`);
      else if (text.description !== (p.description ?? ""))
        problems.push(`${fn.id}: the description of ${p.name} differs from the catalog's`);
    }
    const given = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(words.parameters))
      if (!given.has(name))
        problems.push(`${fn.id}: the catalog has parameter ${name}, the function does not`);
  }
  const ids = new Set(metadata.functions.map((fn) => fn.id));
  for (const id of Object.keys(catalog))
    if (!ids.has(id)) problems.push(`${id}: in the catalog, not among the functions`);
  return problems;
}

/**
 * functions.json in another language: the names and descriptions of the functions and their
 * parameters come from the translation table; ids and everything else stay. Throws, naming what
 * is missing, when a function or parameter has no translation or a name breaks Excel's rules,
 * so a new function cannot ship untranslated.
 * @example localizeMetadata(json, "es").functions[0].name // "COEFVAR.P"
 */
export function localizeMetadata<T extends FunctionsMetadata>(metadata: T, language: Language): T {
  const problems: string[] = [];
  const seen = new Set<string>();
  const functions = metadata.functions.map((fn) => {
    const local = FUNCTION_LOCALES[fn.id]?.[language];
    if (!local) {
      problems.push(`${fn.id}: no ${language} translation`);
      return fn;
    }
    if (!isValidFunctionName(local.name))
      problems.push(`${fn.id}: '${local.name}' is not a valid function name`);
    if (seen.has(local.name)) problems.push(`${fn.id}: '${local.name}' is used twice`);
    seen.add(local.name);
    const parameters = fn.parameters.map((p) => {
      const text = local.parameters[p.name];
      if (!text) problems.push(`${fn.id}: no ${language} translation of parameter ${p.name}`);
      return text ? { ...p, name: text.name, description: text.description } : p;
    });
    return { ...fn, name: local.name, description: local.description, parameters };
  });
  if (problems.length > 0) throw new Error(`functions-${language}.json: ${problems.join("; ")}`);
  return { ...metadata, functions };
}
