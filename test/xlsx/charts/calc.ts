import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { countColours } from "./pngColours";

/** The default theme's first two series colours, as the chart parts write them. */
export const SERIES_COLOURS = ["#4472C4", "#ED7D31"] as const;

/** Has LibreOffice Calc (headless, a fresh profile inside `dir`) save `file` as `filter`; returns the folder it wrote to. */
export function convertInCalc(file: string, dir: string, filter: string): string {
  const outdir = path.join(dir, `calc-${filter}`);
  const profile = pathToFileURL(path.join(dir, "lo-profile")).href;
  execFileSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", filter, "--outdir", outdir, file],
    {
      stdio: "pipe",
      timeout: 120_000,
    },
  );
  return outdir;
}

/**
 * The charts Calc draws for `file`: saving as HTML makes one picture per chart; each is returned as
 * its count of pixels in the first and second series colours.
 */
export function chartPicturesInCalc(file: string, dir: string): Record<string, number>[] {
  const outdir = convertInCalc(file, dir, "html");
  return readdirSync(outdir)
    .filter((f) => f.endsWith(".png"))
    .map((f) => countColours(readFileSync(path.join(outdir, f)), SERIES_COLOURS));
}
