import { placeholders } from "../../src/core";
import { CATALOGS, LANGUAGES } from "../../src/locales";
import { CLI_CATALOG } from "../../src/locales/cliCatalog";
import { CSV_FILE_CATALOG } from "../../src/locales/csvFile";
import { HISTORY_PANE_CATALOG } from "../../src/locales/historyPaneCatalog";
import { entries, OTHER_LANGUAGES, pluralKeys, surfaces, surfaceWords, type Tree } from "./catalog";

/** Terms every language writes the same way: class names, measures, product and file names. */
const ALLOWED = new Set([
  "ABC",
  "XYZ",
  "CV",
  "SCI",
  "Segmenta",
  "Excel",
  "Office",
  "CSV",
  "xlsx",
  "xlsm",
  "csv",
  "JSON",
  "json",
  "UTF",
  "Ctrl",
  "segmenta",
  "debug",
  "out",
  "overwrite",
  "lang",
  "portrait",
  "English",
  "zip",
  "Total",
  "total",
  "vulnerable",
  "Español",
  "Pareto",
  "ID",
  "A",
  "B",
  "C",
  "X",
  "Y",
  "Z",
  "Q",
  "W",
  "T",
  "a",
  "b",
  "x",
  "y",
  "n",
  "e",
  "σ",
  // Values typed after an option (`--granularity month`, `--encoding windows-1251`, `--range A1:F200`) are codes.
  "month",
  "quarter",
  "week",
  "last",
  "previous",
  "population",
  "sample",
  "turnover",
  "margin",
  "count",
  "dmy",
  "mdy",
  "utf",
  "windows",
  "iso",
  "en",
  "ru",
  "es",
  "F",
]);

/** Keys whose value is or names codes, not words: a language code, an `Intl` tag, the status codes CLIENTSTATUS returns. */
const CODES = new Set([
  "core.core.language",
  "core.core.tag",
  "functions.functions.CLIENTSTATUS.description",
]);

/** The plural forms counts of 0 to 1,000 need in a language (Spanish's "many" is for round millions, where "other" is right). */
const formsNeeded = (language: string) => {
  const rules = new Intl.PluralRules(language);
  return [...new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)))];
};

/** English words that are words of no other language here; one of them in ru or es is left untranslated. */
const ENGLISH =
  /\b(the|and|with|without|from|this|that|which|is|are|was|not|of|to|for|by|or|your|you|has|have|will|cannot|could|there|here|rows?|columns?|sheets?|clients?|periods?|table|run|again|file|found|no longer)\b/i;

const keyed = (tree: Tree) => new Map(entries(tree));
const namesOf = (texts: string[]) => [...new Set(texts.flatMap(placeholders))].sort();

describe("each language's catalog", () => {
  it.each(LANGUAGES)(
    "holds every export of every surface file of %s (src/locales/<language>/index.ts)",
    (language) => {
      const exported = surfaces().flatMap((surface) => Object.keys(surfaceWords(language, surface)));
      expect(exported.length).toBeGreaterThan(5);
      // The command line's words are read through CLI_CATALOG, out of the browser bundles; the History
      // step's through HISTORY_PANE_CATALOG, in its lazily loaded chunk only; a CSV's refusals through
      // CSV_FILE_CATALOG, in the command line and the engine's worker only.
      const reachable = {
        ...CATALOGS[language],
        cli: CLI_CATALOG[language],
        csvFile: CSV_FILE_CATALOG[language],
        historyPane: HISTORY_PANE_CATALOG[language],
      };
      expect(exported.filter((name) => !(name in reachable))).toEqual([]);
    },
  );
});

describe.each(surfaces())("the %s words", (surface) => {
  const english = surfaceWords("en", surface);

  it("exist in English", () => {
    expect(Object.keys(english).length).toBeGreaterThan(0);
  });

  it.each(OTHER_LANGUAGES)(
    "exist in %s with every key of English, no other, and the same placeholders",
    (language) => {
      const words = surfaceWords(language, surface);
      expect(Object.keys(words).sort()).toEqual(Object.keys(english).sort());
      for (const [name, tree] of Object.entries(english)) {
        const theirs = keyed(words[name]);
        const ours = keyed(tree);
        expect([...theirs.keys()].sort()).toEqual([...ours.keys()].sort());
        const differing = [...ours].filter(([key, texts]) => {
          const other = theirs.get(key);
          return other !== undefined && namesOf(other).join() !== namesOf(texts).join();
        });
        expect(
          differing.map(
            ([key, texts]) => `${key}: ${namesOf(texts).join()} ≠ ${namesOf(theirs.get(key) ?? []).join()}`,
          ),
        ).toEqual([]);
      }
    },
  );

  it.each(LANGUAGES)(
    "give every counted word in %s the forms Intl.PluralRules picks for counts up to 1,000",
    (language) => {
      const needed = formsNeeded(language);
      for (const tree of Object.values(surfaceWords(language, surface)))
        for (const [key, forms] of pluralKeys(tree))
          expect({ key, missing: needed.filter((form) => !forms.includes(form)) }).toEqual({
            key,
            missing: [],
          });
    },
  );

  it.each(OTHER_LANGUAGES)(
    "leave no English word in %s, except the terms every language shares",
    (language) => {
      const english = surfaceWords("en", surface);
      const left = Object.entries(surfaceWords(language, surface)).flatMap(([name, tree]) => {
        const ours = keyed(english[name]);
        return entries(tree)
          .filter(([key]) => !CODES.has(`${surface}.${name}.${key}`))
          .flatMap(([key, texts]) =>
            texts
              .map((text) => text.replace(/\{\w+\}/g, " ").replace(/--[a-z-]+/g, " "))
              .filter((text) => {
                const latin = text.match(/\p{Script=Latin}+/gu) ?? [];
                const strange = latin.filter((word) => !ALLOWED.has(word));
                if (language === "ru") return strange.length > 0;
                const same = (ours.get(key) ?? []).some(
                  (en) => en.replace(/\{\w+\}/g, " ").replace(/--[a-z-]+/g, " ") === text,
                );
                return (same && strange.length > 0) || ENGLISH.test(text);
              })
              .map((text) => `${name}.${key}: ${text}`),
          );
      });
      expect(left).toEqual([]);
    },
  );
});
