import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Papa from "papaparse";

/** True when LibreOffice's `soffice` is on the PATH (`.ci/run` installs libreoffice-calc-nogui). */
export const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

/** Calc's CSV export: comma, double quote, UTF-8, every sheet to a file of its own (the final -1). */
const EVERY_SHEET_AS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/**
 * Opens `file` in LibreOffice Calc (headless, with a fresh profile inside `dir`) and saves every sheet
 * as CSV. Returns the rows of the sheet whose name contains `sheet`, as Calc shows them.
 * @example sheetsInCalc(path.join(dir, "out.xlsx"), dir)("Продажи")[3] // the header row
 */
export function sheetsInCalc(file: string, dir: string): (sheet: string) => string[][] {
  const profile = pathToFileURL(path.join(dir, "lo-profile")).href;
  const outdir = path.join(dir, "calc-csv");
  execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", EVERY_SHEET_AS_CSV, "--outdir", outdir, file], {
    stdio: "pipe",
    timeout: 120_000,
  });
  return (sheet) => {
    const found = readdirSync(outdir).find((f) => f.includes(sheet));
    if (!found) throw new Error(`LibreOffice wrote no CSV for ${sheet}: ${readdirSync(outdir).join(", ")}`);
    return Papa.parse<string[]>(readFileSync(path.join(outdir, found), "utf8"), { delimiter: "," }).data;
  };
}
