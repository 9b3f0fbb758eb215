import path from "node:path";
import { buildSync } from "esbuild";

describe("the streaming reader in the browser", () => {
  it("bundles for the browser without any Node module", () => {
    const result = buildSync({
      entryPoints: [path.join(__dirname, "../../../src/xlsx/read/index.ts")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((file) => file.includes("node_modules/fflate"))).toBe(true);
    expect(inputs.filter((file) => file.includes("exceljs"))).toEqual([]);
    const imports = Object.values(result.metafile.outputs).flatMap((output) =>
      output.imports.map((i) => i.path),
    );
    expect(imports).toEqual([]);
  });
});
