/**
 * The known way custom functions break in production: a functions.js without the
 * `CustomFunctions.associate` calls (every cell shows #VALUE!). These tests build functions.js the way
 * `npm run build` does (the project's webpack config, production mode, only the functions entry, into
 * a temporary folder) and run it against a recording `CustomFunctions`, then check that every id of the
 * generated functions.json is registered with a function.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import webpack, { type Configuration } from "webpack";
import * as entry from "../../src/functions/functions";

const ROOT = resolve(__dirname, "../..");
const ENTRY = "src/functions/functions.ts";
const CONFIG = join(ROOT, "webpack.config.js");

interface Metadata {
  readonly functions: readonly { readonly id: string; readonly name: string }[];
}

describe("the functions entry's metadata", () => {
  let metadata: Metadata;
  let associate: readonly { functionName: string; id: string }[];

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(join(ROOT, ENTRY));
    expect(generated.errors).toEqual([]);
    metadata = JSON.parse(generated.metadataJson) as Metadata;
    associate = generated.associate;
  });

  it("declares the functions of §9 and §11 under ids that follow Excel's rules", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual([
      "CV.P",
      "CV.S",
      "XYZCLASS",
      "ABCCLASS",
      "ABC",
      "XYZ",
      "CLIENTSTATUS",
      "SCIBAND",
      "SATISFACTION",
      "CLASSIFY",
    ]);
    for (const f of metadata.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(f.name).toBe(f.id);
    }
  });

  it("associates every id with a function the entry exports", () => {
    const exported = entry as unknown as Record<string, unknown>;
    expect(associate.map((a) => a.id)).toEqual(metadata.functions.map((f) => f.id));
    for (const a of associate) expect(typeof exported[a.functionName]).toBe("function");
  });
});

const withWebpack = existsSync(CONFIG) ? describe : describe.skip;

withWebpack("the production functions.js", () => {
  const out = mkdtempSync(join(tmpdir(), "segmenta-functions-"));
  const registered = new Map<string, unknown>();
  let metadata: Metadata;

  beforeAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require(CONFIG) as (env: object, argv: object) => Configuration | Promise<Configuration>;
    const config = await factory({}, { mode: "production" });
    const keep = new Set(["CustomFunctionsMetadataPlugin", "FunctionLocalesPlugin"]);
    const build: Configuration = {
      ...config,
      entry: { functions: `./${ENTRY}` },
      output: { ...config.output, path: out, clean: false },
      plugins: (config.plugins ?? []).filter((p) => p && keep.has(p.constructor.name)),
      optimization: { ...config.optimization, splitChunks: false, runtimeChunk: false },
      context: ROOT,
    };
    const stats = await new Promise<webpack.Stats | undefined>((done, failed) =>
      webpack(build, (err, result) => (err ? failed(err) : done(result))),
    );
    expect(stats?.toJson({ all: false, errors: true }).errors ?? []).toEqual([]);
    metadata = JSON.parse(readFileSync(join(out, "functions.json"), "utf8")) as Metadata;
    const CustomFunctions = {
      associate: (id: string, fn: unknown) => registered.set(id, fn),
      Error: class extends Error {},
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    };
    runInNewContext(readFileSync(join(out, "functions.js"), "utf8"), { CustomFunctions, globalThis: {} });
  }, 90000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("registers every id of the generated functions.json with a function", () => {
    expect(metadata.functions.length).toBe(10);
    for (const f of metadata.functions) expect(typeof registered.get(f.id)).toBe("function");
    expect([...registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it("registers the real implementations: ABC in the bundle classifies the §3 example", () => {
    const abc = registered.get("ABC") as (values: unknown[][]) => string[][];
    expect(abc([[50], [30], [10], [5], [5]])).toEqual([["A"], ["B"], ["C"], ["C"], ["C"]]);
  });

  it("emits Russian and Spanish metadata with the same ids", () => {
    for (const lang of ["ru", "es"]) {
      const local = JSON.parse(readFileSync(join(out, `functions-${lang}.json`), "utf8")) as Metadata;
      expect(local.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
      expect(local.functions.map((f) => f.name)).not.toEqual(metadata.functions.map((f) => f.name));
    }
  });
});
