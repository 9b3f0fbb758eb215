import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";

/** Where the screenshots a person looks at are kept. */
export const ARTIFACTS = join(__dirname, "../../../test-artifacts/e2e");
/** The task pane's width. */
export const PANE = { width: 350, height: 900 };

/**
 * One pane view on a page of its own in Debian's Chromium: `entry` (a file of `support/`) bundled with
 * esbuild into a temporary folder, and a browser launched. Call in `beforeAll`; `close` in `afterAll`.
 */
export async function viewPage(entry: string): Promise<{ readonly dir: string; readonly browser: Browser; close(): Promise<void> }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), "segmenta-view-"));
  await build({
    entryPoints: [join(__dirname, entry)],
    bundle: true,
    outfile: join(dir, "view.js"),
    format: "iife",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="root"></div><script src="view.js"></script>',
  );
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  return {
    dir,
    browser,
    async close() {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
