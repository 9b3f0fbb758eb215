import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { buildFunctionLocales } from "../../scripts/buildFunctionLocales";
import { FUNCTION_LOCALES } from "../../src/functions/functionLocales";
import {
  englishMismatches,
  isValidFunctionName,
  localizeMetadata,
  type FunctionsMetadata,
} from "../../src/functions/localizeMetadata";

const ENTRY = join(__dirname, "../../src/functions/functions.ts");

describe("localizeMetadata", () => {
  let english: FunctionsMetadata & { allowCustomDataForDataTypeAny?: boolean };

  beforeAll(async () => {
    english = JSON.parse((await generateCustomFunctionsMetadata(ENTRY)).metadataJson);
  });

  it.each(["ru", "es"] as const)(
    "changes only names and descriptions in %s, never ids, types or options",
    (lang) => {
      const local = localizeMetadata(english, lang);
      const strip = (m: FunctionsMetadata) =>
        JSON.stringify(m, (key, value) => (key === "name" || key === "description" ? undefined : value));
      expect(strip(local)).toBe(strip(english));
      expect(local.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
    },
  );

  it("gives every function a Russian and a Spanish name Excel accepts, distinct within a language", () => {
    for (const lang of ["ru", "es"] as const) {
      const names = localizeMetadata(english, lang).functions.map((f) => f.name);
      names.forEach((n) => expect(isValidFunctionName(n)).toBe(true));
      expect(new Set(names).size).toBe(names.length);
    }
    expect(localizeMetadata(english, "ru").functions.find((f) => f.id === "CLIENTSTATUS")?.name).toBe(
      "СТАТУС.КЛИЕНТА",
    );
    expect(localizeMetadata(english, "es").functions.find((f) => f.id === "CV.P")?.name).toBe("COEFVAR.P");
  });

  it("translates every parameter of every function", () => {
    for (const fn of english.functions) {
      for (const lang of ["ru", "es"] as const) {
        expect(Object.keys(FUNCTION_LOCALES[fn.id][lang].parameters).sort()).toEqual(
          fn.parameters.map((p) => p.name).sort(),
        );
      }
    }
  });

  it("refuses a function with no translation, naming it", () => {
    const extra = { functions: [...english.functions, { id: "NEWFUNC", name: "NEWFUNC", parameters: [] }] };
    expect(() => localizeMetadata(extra, "es")).toThrow("NEWFUNC: no es translation");
  });

  it.each([
    ["КЛАСС.ABC", true],
    ["CLASE.XYZ", true],
    ["AB", false],
    ["1ABC", false],
    ["CLASE XYZ", false],
  ])("judges %p a valid function name: %p", (name, valid) => {
    expect(isValidFunctionName(name)).toBe(valid);
  });
});

describe("englishMismatches", () => {
  let english: FunctionsMetadata;

  beforeAll(async () => {
    english = JSON.parse((await generateCustomFunctionsMetadata(ENTRY)).metadataJson);
  });

  it("finds the JSDoc of functions.ts and the English catalog saying the same", () => {
    expect(english.functions.length).toBeGreaterThan(5);
    expect(englishMismatches(english)).toEqual([]);
  });

  it("names a function whose JSDoc says something else than the catalog", () => {
    const [first, ...rest] = english.functions;
    const changed = { functions: [{ ...first, description: `${first.description} More.` }, ...rest] };
    expect(englishMismatches(changed)).toEqual([`${first.id}: the description differs from the catalog's`]);
  });

  it("names a parameter the catalog lacks and a function it lacks", () => {
    const [first, ...rest] = english.functions;
    const extra = { ...first, parameters: [...first.parameters, { name: "extra", description: "More." }] };
    const changed = { functions: [extra, ...rest, { id: "NEWFN", name: "NEWFN", parameters: [] }] };
    expect(englishMismatches(changed)).toEqual([
      `${first.id}: parameter extra is not in the catalog`,
      "NEWFN: not in src/locales/en/functions.ts",
    ]);
  });
});

describe("buildFunctionLocales", () => {
  it("writes functions-ru.json and functions-es.json beside functions.json", async () => {
    const dir = mkdtempSync(join(tmpdir(), "segmenta-locales-"));
    try {
      const path = join(dir, "functions.json");
      writeFileSync(path, (await generateCustomFunctionsMetadata(ENTRY)).metadataJson);
      expect(buildFunctionLocales(path)).toEqual([
        join(dir, "functions-ru.json"),
        join(dir, "functions-es.json"),
      ]);
      const ru = JSON.parse(readFileSync(join(dir, "functions-ru.json"), "utf8")) as FunctionsMetadata;
      expect(ru.functions.find((f) => f.id === "ABCCLASS")?.name).toBe("КЛАСС.ABC");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
