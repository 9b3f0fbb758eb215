import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { whitespaceBomb } from "../support/hostileWorkbook";
import { productionBuild } from "./support/productionBuild";
import { serveFolder, type StaticServer } from "./support/staticServer";

/**
 * The standalone page given a decompression bomb, in Debian's Chromium against the production build:
 * the same reader as the command line, so the same refusal, within seconds, and the tab's renderer
 * never grows past a few hundred MiB.
 */

const ROOT = join(__dirname, "../..");
const ARTIFACTS = join(ROOT, "test-artifacts/e2e");
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--no-first-run",
];

let server: StaticServer;
const profiles: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveFolder(
    process.env.SEGMENTA_E2E_DIST ?? productionBuild(join(ROOT, "test-artifacts/dist-e2e")),
  );
}, 300_000);

afterAll(async () => {
  await server?.close();
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

async function openPane(): Promise<{
  context: BrowserContext;
  page: Page;
  profile: string;
  errors: string[];
}> {
  const profile = mkdtempSync(join(tmpdir(), "segmenta-e2e-"));
  profiles.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: ARGS,
    viewport: { width: 350, height: 1000 },
    locale: "en-US",
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.route(/^https:\/\//, (route) => route.abort());
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}/taskpane.html?standalone=1`);
  await page.getByRole("heading", { name: "Table found" }).waitFor({ timeout: 60_000 });
  return { context, page, profile, errors };
}

/** Linux: every process's parent and command line, from /proc. */
function processes(): { pid: number; ppid: number; cmdline: string }[] {
  const out: { pid: number; ppid: number; cmdline: string }[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      out.push({
        pid: Number(name),
        ppid,
        cmdline: readFileSync(`/proc/${name}/cmdline`, "utf8").replace(/\0/g, " "),
      });
    } catch {
      // The process ended meanwhile.
    }
  }
  return out;
}

/** The peak resident memory (VmHWM) of the renderer processes of the Chromium using `profile`, in MiB. */
function rendererPeakMiB(profile: string): number {
  const all = processes();
  const browser = all.find(
    (p) => p.cmdline.includes(`--user-data-dir=${profile}`) && !p.cmdline.includes("--type="),
  );
  if (!browser) throw new Error("the browser process was not found");
  const family = new Set([browser.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all)
      if (family.has(p.ppid) && !family.has(p.pid)) {
        family.add(p.pid);
        grew = true;
      }
  }
  const peaks = all
    .filter((p) => family.has(p.pid) && p.cmdline.includes("--type=renderer"))
    .map(
      (p) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.pid}/status`, "utf8"))?.[1] ?? 0) / 1024,
    );
  return Math.max(...peaks);
}

describe("the standalone page given a decompression bomb", () => {
  it.each([
    ["whose zip says it inflates to 3 GiB", undefined],
    ["whose zip header lies (1,000 bytes)", 1000],
  ])(
    "%s: refuses it within seconds, naming the file and the part, the tab staying small",
    async (_what, declared) => {
      const file = join(ARTIFACTS, "bomb.xlsx");
      writeFileSync(file, whitespaceBomb(3072, declared));
      const { context, page, profile, errors } = await openPane();
      try {
        const before = rendererPeakMiB(profile);
        const started = Date.now();
        await page.getByTestId("workbook-file").setInputFiles(file);
        await page
          .getByText(
            'bomb.xlsx is not a workbook a spreadsheet program saved: the sheet "Data" (xl/worksheets/sheet1.xml) would unpack to far more than any spreadsheet writes',
          )
          .waitFor({ timeout: 20_000 });
        expect(Date.now() - started).toBeLessThan(10_000);
        // The page itself takes about 220 MiB; reading the bomb adds at most what a few pieces take.
        expect(rendererPeakMiB(profile) - before).toBeLessThan(200);
        expect(rendererPeakMiB(profile)).toBeLessThan(512);
        await page.screenshot({
          path: join(ARTIFACTS, `en-light-bomb${declared ? "-lying" : ""}.png`),
          fullPage: true,
        });
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    180_000,
  );
});
