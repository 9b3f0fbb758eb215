import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { ROLES, type DetectionNote, type ReadNoteCode, type Granularity, type Metric, type SigmaKind } from "../../../src/core";
import type { WriteIssue } from "../../../src/excel";
import { CATALOGS } from "../../../src/locales";
import { i18nextResources } from "../../../src/taskpane/i18n/createI18n";

type Tree = { readonly [key: string]: string | Tree };

/** The pane's words as i18next holds them (counted words as `_one`, `_few`, … keys). */
const [en, ru, es] = (["en", "ru", "es"] as const).map((language) =>
  i18nextResources(CATALOGS[language].pane, language),
);

function leaves(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );
}

/** A key without its plural suffix (`clients_few` → `clients`). */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, "");
const keySet = (tree: Tree) => [...new Set(leaves(tree).map(base))].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Every code the pane turns into a key by template; a Record makes the compiler list them all. */
const every = <K extends string>(codes: Record<K, true>) => Object.keys(codes) as K[];
const TEMPLATED_KEYS: readonly string[] = [
  ...every<Exclude<DetectionNote["code"], ReadNoteCode>>({
    choseOrderDate: true,
    choseSalesAmount: true,
    choseIdKey: true,
    totalsRowSkipped: true,
    totalsColumnSkipped: true,
    titleRowsSkipped: true,
  }).map((c) => `detect.note.${c}`),
  ...every<WriteIssue["code"]>({ protected: true, filtered: true, blocked: true, sheetTaken: true }).map((c) => `run.writeIssue.${c}`),
  ...ROLES.map((r) => `detect.role.${r}`),
  ...every<Granularity>({ month: true, quarter: true, week: true }).map((g) => `settings.granularity.${g}`),
  ...every<SigmaKind>({ population: true, sample: true }).map((s) => `settings.sigma.${s}`),
  ...every<Metric>({ turnover: true, margin: true, count: true }).map((m) => `settings.metric.${m}`),
  ...["last", "previous", "date"].map((k) => `settings.asOf.${k}`),
  ...["header", "values", "override"].map((b) => `detect.roles.by.${b}`),
  ...["read", "classify", "write"].map((s) => `run.stage.${s}`),
  ...["segment", "product"].flatMap((r) => [`portrait.${r}.label`, `portrait.${r}.hint`]),
];

describe("task pane locales", () => {
  it("has a word for every code the pane shows", () => {
    const known = new Set(keySet(en));
    expect(TEMPLATED_KEYS.filter((key) => !known.has(key))).toEqual([]);
  });

  it.each([
    ["ru", ru],
    ["es", es],
  ])("%s has exactly the keys of en", (_, tree) => {
    expect(keySet(tree)).toEqual(keySet(en));
  });

  it("gives Russian counted words every plural form Intl.PluralRules asks for", () => {
    const forms = new Intl.PluralRules("ru").resolvedOptions().pluralCategories;
    const plural = leaves(ru)
      .filter((k) => k.endsWith("_one"))
      .map(base);
    for (const key of plural) for (const form of forms) expect(leaves(ru)).toContain(`${key}_${form}`);
  });

  it("has a word for every key the pane asks for by name", () => {
    const root = join(__dirname, "../../../src/taskpane");
    const asked = sourceFiles(root).flatMap((file) =>
      Array.from(readFileSync(file, "utf8").matchAll(/\bt\("([a-zA-Z.]+)"/g), (m) => m[1]),
    );
    expect(asked.length).toBeGreaterThan(40);
    const known = new Set(keySet(en));
    expect(asked.filter((key) => !known.has(key))).toEqual([]);
  });
});
