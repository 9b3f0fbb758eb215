/**
 * Writes functions-ru.json and functions-es.json beside the generated functions.json:
 *   tsx scripts/buildFunctionLocales.ts dist/functions.json
 * Run it after webpack. Only names and descriptions change; ids never do.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { FunctionLanguage } from "../src/functions/functionLocales";
import { localizeMetadata, type FunctionsMetadata } from "../src/functions/localizeMetadata";

const LANGUAGES: readonly FunctionLanguage[] = ["ru", "es"];

/** Writes one localised copy per language and returns the paths written. */
export function buildFunctionLocales(metadataPath: string): string[] {
  const metadata = JSON.parse(readFileSync(metadataPath, "utf8")) as FunctionsMetadata;
  return LANGUAGES.map((language) => {
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
