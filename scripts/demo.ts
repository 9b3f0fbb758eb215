import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { runCli } from "../src/cli/runCli";
import { type SampleLanguage, samplePath, sampleSheets, writeSamples } from "./makeSample";

const OUT_DIR = path.resolve(__dirname, "..", "demo-output");

/**
 * `npm run demo`: classifies the sample workbooks (built into assets/ when missing) the way a user
 * would on the command line: the wide sheet, then the sales sheet of the result. Writes
 * `demo-output/sample-<language>.segmenta.xlsx` (replacing the demo's own files of an earlier run)
 * and prints both summaries.
 */
async function demo(): Promise<number> {
  if (!existsSync(samplePath("en")) || !existsSync(samplePath("ru"))) await writeSamples();
  mkdirSync(OUT_DIR, { recursive: true });
  for (const language of ["en", "ru"] as const satisfies readonly SampleLanguage[]) {
    const [wide, long] = sampleSheets(language);
    const final = path.join(OUT_DIR, `sample-${language}.segmenta.xlsx`);
    const halfway = path.join(OUT_DIR, `sample-${language}.wide.xlsx`);
    const context = { cwd: process.cwd(), env: process.env };
    const first = await runCli([samplePath(language), "--sheet", wide, "--out", halfway, "--overwrite", "--lang", language], context);
    process.stdout.write(first.stdout);
    process.stderr.write(first.stderr);
    if (first.exitCode !== 0) return first.exitCode;
    const second = await runCli([halfway, "--sheet", long, "--out", final, "--overwrite", "--lang", language], context);
    process.stdout.write(`\n${second.stdout}\n`);
    process.stderr.write(second.stderr);
    if (second.exitCode !== 0) return second.exitCode;
    rmSync(halfway);
  }
  process.stdout.write(`Results: ${path.relative(process.cwd(), OUT_DIR)}/sample-en.segmenta.xlsx, sample-ru.segmenta.xlsx\n`);
  return 0;
}

void demo().then((code) => {
  process.exitCode = code;
});
