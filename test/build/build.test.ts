/**
 * The production build, run once: what it writes is what a static host serves to Excel.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type webpack from "webpack";
import { manifestFileUrls, ROOT } from "../manifest/manifestFiles";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { INITIAL_JS_BUDGET, initialScripts, measure } = require(path.join(ROOT, "scripts", "checkBundleSize.js")) as {
  INITIAL_JS_BUDGET: number;
  initialScripts(html: string): string[];
  measure(dist: string): { initial: { names: string[]; gzip: number } };
};

const BASE_URL = "https://addins.example.com/segmenta";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let work = "";
let out = "";
let stats: webpack.StatsCompilation;

/**
 * Runs the production build into a fresh folder with SEGMENTA_BASE_URL set, as a deployment would.
 * In a child process: webpack inside jest's module sandbox runs ten times slower.
 */
function build(outputPath: string, statsFile: string): webpack.StatsCompilation {
  const result = spawnSync(process.execPath, [path.join(__dirname, "runBuild.js"), statsFile], {
    cwd: ROOT,
    env: { ...process.env, SEGMENTA_BASE_URL: BASE_URL, SEGMENTA_OUT_DIR: outputPath },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const json = fs.existsSync(statsFile) ? (JSON.parse(fs.readFileSync(statsFile, "utf8")) as webpack.StatsCompilation) : null;
  if (result.status !== 0 || !json) {
    const errors = (json?.errors ?? []).map((e) => e.message).join("\n");
    throw new Error(`the build failed (exit ${result.status}):\n${errors || result.stderr}`);
  }
  return json;
}

const read = (name: string) => fs.readFileSync(path.join(out, name), "utf8");
const functionIds = (json: string) => (JSON.parse(json) as { functions: { id: string }[] }).functions.map((f) => f.id);

/** Every module path of the chunks a page load (not an `import()`) brings in. */
function initialModules(): string[] {
  return (stats.chunks ?? [])
    .filter((chunk) => chunk.initial)
    .flatMap((chunk) => (chunk.modules ?? []).flatMap((m) => [m.name ?? "", ...(m.modules ?? []).map((inner) => inner.name ?? "")]));
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "segmenta-build-"));
  out = path.join(work, "dist");
  stats = build(out, path.join(work, "stats.json"));
}, 240000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe("the production build", () => {
  it("loads office.js from Microsoft's CDN before the task pane and functions bundles in taskpane.html", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toBe(OFFICE_JS);
    const local = initialScripts(html);
    expect(local).toContain("functions.js");
    expect(local.some((name) => /^taskpane\.[0-9a-f]{8}\.js$/.test(name))).toBe(true);
  });

  it("gives the functions' registration calls a harmless target only where no Office host can provide one", () => {
    const inline = [...read("taskpane.html").matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline).toHaveLength(1);
    const run = (search: string, office: boolean) => {
      const window: Record<string, unknown> = { location: { search }, ...(office ? { Office: {} } : {}) };
      new Function("window", inline[0])(window);
      return typeof (window.CustomFunctions as { associate?: unknown } | undefined)?.associate;
    };
    expect(run("", true)).toBe("undefined");
    expect(run("?standalone=1", true)).toBe("function");
    expect(run("?lang=ru&standalone", true)).toBe("function");
    expect(run("", false)).toBe("function");
    expect(run("?standalonex=1", true)).toBe("undefined");
  });

  it("copies the icons and every sample workbook of assets/", () => {
    const wanted = fs.readdirSync(path.join(ROOT, "assets")).filter((name) => /^icon-\d+\.png$|\.xlsx$/.test(name));
    const copied = fs.readdirSync(path.join(out, "assets"));
    expect(wanted.length).toBeGreaterThanOrEqual(5);
    expect(wanted.filter((name) => !copied.includes(name))).toEqual([]);
  });

  it("writes functions.json listing the custom functions", () => {
    const ids = functionIds(read("functions.json"));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("registers every function of functions.json in functions.js, and nothing else", () => {
    const bundle = read("functions.js");
    const associated = [...bundle.matchAll(/CustomFunctions\.associate\(\s*["']([^"']+)["']/g)].map((m) => m[1]);
    expect([...associated].sort()).toEqual([...functionIds(read("functions.json"))].sort());
  });

  it("writes Russian and Spanish metadata for the same functions, translated by scripts/buildFunctionLocales.ts", () => {
    const localeWarnings = (stats.warnings ?? []).filter((w) => w.message.includes("FunctionLocalesPlugin"));
    expect(localeWarnings.map((w) => w.message)).toEqual([]);
    expect(read("functions-ru.json")).not.toEqual(read("functions.json"));
    expect(read("functions-es.json")).not.toEqual(read("functions.json"));
    const ids = [...functionIds(read("functions.json"))].sort();
    expect([...functionIds(read("functions-ru.json"))].sort()).toEqual(ids);
    expect([...functionIds(read("functions-es.json"))].sort()).toEqual(ids);
  });

  it("serves a file for every URL of its manifest, which points at SEGMENTA_BASE_URL", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toContain("localhost");
    const urls = manifestFileUrls(manifest);
    expect(urls.length).toBeGreaterThan(5);
    const missing = urls.filter((url) => {
      expect(url.startsWith(`${BASE_URL}/`)).toBe(true);
      return !fs.existsSync(path.join(out, url.slice(BASE_URL.length + 1)));
    });
    expect(missing).toEqual([]);
  });

  it(`keeps the task pane's initial JavaScript under ${INITIAL_JS_BUDGET / 1024} KB gzipped`, () => {
    const { initial } = measure(out);
    console.log(`initial task pane JavaScript: ${initial.names.join(" + ")} = ${(initial.gzip / 1024).toFixed(1)} KB gzipped`);
    expect(initial.gzip).toBeLessThan(INITIAL_JS_BUDGET);
  });

  it("ships no ExcelJS: the standalone page reads and patches workbook files without it", () => {
    const isExcelJs = (name: string) => /node_modules[\\/]exceljs[\\/]/.test(name);
    const all = (stats.chunks ?? []).flatMap((chunk) => (chunk.modules ?? []).flatMap((m) => [m.name ?? "", ...(m.modules ?? []).map((inner) => inner.name ?? "")]));
    expect(all.some((name) => /node_modules[\\/]react-dom[\\/]/.test(name))).toBe(true);
    expect(all.some((name) => /src[\\/]xlsx[\\/]patch[\\/]/.test(name))).toBe(true);
    expect(all.filter(isExcelJs)).toEqual([]);
    // The reader and the patcher live in the engine's worker, never in the page's first scripts.
    expect(initialModules().filter((name) => /src[\\/]xlsx[\\/](patch|read)[\\/]/.test(name))).toEqual([]);
  });

  it("builds the engine's worker as its own file, loaded when the pane starts it, with the reader, the pipeline and the patcher", () => {
    const engine = /src[\\/]taskpane[\\/]engine[\\/]engine\.worker\.ts( \+ \d+ modules)?$/;
    const workers = (stats.chunks ?? []).filter((chunk) => (chunk.modules ?? []).some((m) => engine.test(m.name ?? "") || (m.modules ?? []).some((i) => engine.test(i.name ?? ""))));
    expect(workers.length).toBeGreaterThan(0);
    const workerFiles = workers.flatMap((chunk) => chunk.files ?? []);
    expect(workerFiles.every((file) => fs.existsSync(path.join(out, file)))).toBe(true);
    const pipeline = /src[\\/]core[\\/]pipeline[\\/]analyseWorkbook\.ts$/;
    const inWorker = workers.flatMap((chunk) => (chunk.modules ?? []).flatMap((m) => [m.name ?? "", ...(m.modules ?? []).map((i) => i.name ?? "")]));
    for (const part of [pipeline, /src[\\/]xlsx[\\/]read[\\/]readSheet\.ts$/, /src[\\/]xlsx[\\/]patch[\\/]patchWorkbook\.ts$/])
      expect(inWorker.some((name) => part.test(name))).toBe(true);
    expect(workers.every((chunk) => !chunk.initial)).toBe(true);
    expect(initialModules().filter((name) => engine.test(name))).toEqual([]);
  });

  it("keeps functions.js whole: the manifest's Script loads it alone, so nothing of it is split off", () => {
    const entry = stats.entrypoints?.functions;
    expect(entry?.assets?.map((asset) => asset.name)).toEqual(["functions.js"]);
  });

  it("ships no source maps", () => {
    expect((stats.assets ?? []).filter((asset) => asset.name.endsWith(".map"))).toEqual([]);
  });
});
