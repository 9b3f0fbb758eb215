/**
 * Checks functions.json against the English catalog, then writes functions-ru.json and functions-es.json beside the generated functions.json:
 *   tsx scripts/buildFunctionLocales.ts dist/functions.json
 * Run it after webpack. Only names and descriptions change; ids never do.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { FUNCTION_LANGUAGES } from "../src/functions/functionLocales";
import {
  englishMismatches,
  localizeMetadata,
  type FunctionsMetadata,
} from "../src/functions/localizeMetadata";

/** Writes one localised copy per language and returns the paths written. */
export function buildFunctionLocales(metadataPath: string): string[] {
  const metadata = JSON.parse(readFileSync(metadataPath, "utf8")) as FunctionsMetadata;
  // The English words are written twice (JSDoc for the generator, the catalog for translators): they must agree.
  const mismatches = englishMismatches(metadata);
  if (mismatches.length > 0)
    throw new Error(`functions.json and src/locales/en/functions.ts: ${mismatches.join("; ")}`);
  return FUNCTION_LANGUAGES.map((language) => {
    const out = join(dirname(metadataPath), `functions-${language}.json`);
    writeFileSync(out, `${JSON.stringify(localizeMetadata(metadata, language), null, 2)}\n`, "utf8");
    return out;
  });
}

if (require.main === module) {
  const path = process.argv[2] ?? "dist/functions.json";
  try {
    for (const written of buildFunctionLocales(path)) console.log(`wrote ${written}`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
