import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { runCli } from "../src/cli/runCli";
import { SAMPLE_LANGUAGES, samplePath, sampleSheets, writeSamples } from "./makeSample";

const OUT_DIR = path.resolve(__dirname, "..", "demo-output");

/**
 * `npm run demo`: classifies the sample workbooks (built into assets/ when missing) the way a user
 * would on the command line: the wide sheet, then the sales sheet of the result. Writes
 * `demo-output/sample-<language>.segmenta.xlsx` (replacing the demo's own files of an earlier run)
 * and prints every summary.
 */
async function demo(): Promise<number> {
  if (!SAMPLE_LANGUAGES.every((language) => existsSync(samplePath(language)))) await writeSamples();
  mkdirSync(OUT_DIR, { recursive: true });
  for (const language of SAMPLE_LANGUAGES) {
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
  const folder = path.relative(process.cwd(), OUT_DIR);
  process.stdout.write(`Results: ${SAMPLE_LANGUAGES.map((l) => `${folder}/sample-${l}.segmenta.xlsx`).join(", ")}\n`);
  return 0;
}

void demo().then((code) => {
  process.exitCode = code;
});
