import { parseArgs, languageFromEnv } from "../../src/cli/parseArgs";
import { DEFAULT_SETTINGS } from "../../src/core";

describe("parseArgs", () => {
  it("gives the method's defaults for a bare file", () => {
    const parsed = parseArgs(["sales.csv"], {});
    expect(parsed.ok && parsed.options).toMatchObject({ file: "sales.csv", json: false, out: null, settings: DEFAULT_SETTINGS, language: "en" });
  });

  it("reads every setting", () => {
    const parsed = parseArgs(
      ["s.xlsx", "--sheet", "Продажи", "--abc", "80,95", "--xyz", "0.1,0.3", "--granularity", "quarter", "--as-of", "2024-03-31", "--from", "2023-01",
        "--window-months", "6", "--sigma", "sample", "--metric", "margin", "--lang", "ru", "--json", "--out", "r.xlsx"],
      {},
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.options).toMatchObject({ sheet: "Продажи", json: true, out: "r.xlsx", language: "ru" });
    expect(parsed.options.settings).toEqual({
      abc: { a: 0.8, b: 0.95 },
      xyz: { x: 0.1, y: 0.3 },
      granularity: "quarter",
      asOf: { kind: "date", serial: 45382 },
      from: 44927,
      windowMonths: 6,
      sigma: "sample",
      metric: "margin",
    });
  });

  it("takes column choices as overrides", () => {
    const parsed = parseArgs(["s.csv", "--client", "masterid", "--amount", "E"], {});
    expect(parsed.ok && parsed.options.overrides).toEqual({ client: "masterid", amount: "E" });
  });

  it("reads as-of words", () => {
    const parsed = parseArgs(["s.csv", "--as-of", "previous"], {});
    expect(parsed.ok && parsed.options.settings.asOf).toEqual({ kind: "previous" });
  });

  it("reads --gap-share as a percent or a fraction, and asks for the portrait with it", () => {
    for (const given of ["30", "30%", "0.3"]) {
      const parsed = parseArgs(["s.csv", "--gap-share", given], {});
      expect(parsed.ok && [parsed.options.gapShare, parsed.options.portrait]).toEqual([0.3, true]);
    }
    const plain = parseArgs(["s.csv"], {});
    expect(plain.ok && plain.options.gapShare).toBeNull();
  });

  it.each([
    [["s.csv", "--gap-share", "half"], "half"],
    [["s.csv", "--gap-share", "150"], "150"],
    [["s.csv", "--granularity", "year"], "year"],
    [["s.csv", "--abc", "50"], "50"],
    [["s.csv", "--abc", "50,150"], "50,150"],
    [["s.csv", "--as-of", "someday"], "someday"],
    [["s.csv", "--window-months", "0"], "0"],
    [["s.csv", "--frobnicate"], "frobnicate"],
    [[], "file"],
  ])("refuses %j with exit code 2 and a message naming the value", (argv, word) => {
    const parsed = parseArgs(argv, {});
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.exitCode).toBe(2);
    expect(parsed.stderr).toContain(word);
  });

  it.each([
    [["s.csv", "--lang", "ru", "--granularity", "year"], "--granularity: «year» — не одно из значений month, quarter, week"],
    [["s.csv", "--frobnicate", "--lang", "es"], "Opción desconocida --frobnicate: segmenta --help muestra las opciones"],
    [["s.csv", "--from", "someday"], '--from: "someday" is not a date (use 2024-03-31)'],
    [["s.csv", "--lang=ru", "--abc", "50"], "--abc: «50» — не два порога (например, 50,80)"],
    [["s.csv", "--sheet"], "--sheet needs a value after it"],
    [["a.csv", "b.csv"], "One file at a time: put a file name with spaces in quotes"],
  ])("says %j's usage error in the run's language, not commander's English", (argv, said) => {
    expect(parseArgs(argv, {})).toEqual({ ok: false, exitCode: 2, stdout: "", stderr: `${said}\n` });
  });

  it("says a usage error in LANG's language when the line gives none", () => {
    const parsed = parseArgs([], { LANG: "ru_RU.UTF-8" });
    expect(!parsed.ok && parsed.stderr).toBe("Укажите файл для классификации: segmenta продажи.xlsx\n");
  });

  it("prints help with exit code 0", () => {
    const parsed = parseArgs(["--help"], {});
    expect(parsed).toMatchObject({ ok: false, exitCode: 0 });
    if (!parsed.ok) expect(parsed.stdout).toContain("--granularity");
  });

  it("takes the language from LANG", () => {
    expect(languageFromEnv("ru_RU.UTF-8")).toBe("ru");
    expect(languageFromEnv("es_ES.UTF-8")).toBe("es");
    expect(languageFromEnv("de_DE.UTF-8")).toBe("en");
    expect(languageFromEnv(undefined)).toBe("en");
  });
});
