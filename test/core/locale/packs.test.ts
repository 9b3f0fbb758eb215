import { en, es, getLocale, placeholders, ru, type Locale } from "../../../src/core";

/** Every leaf of a pack as [dotted path, text]. */
function leaves(value: unknown, path = ""): [string, unknown][] {
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

const englishLeaves = new Map(leaves(en));
const packs: [string, Locale][] = [
  ["en", en],
  ["ru", ru],
  ["es", es],
];

describe("locale packs", () => {
  it.each(packs)("%s has a non-empty text for every key", (_lang, pack) => {
    for (const [path, text] of leaves(pack)) {
      expect([path, typeof text]).toEqual([path, "string"]);
      expect([path, (text as string).trim().length > 0]).toEqual([path, true]);
    }
  });

  it.each(packs.slice(1))("%s has exactly the keys of en, besides optional plural forms", (_lang, pack) => {
    const keys = new Set(
      leaves(pack)
        .map(([p]) => p)
        .filter((p) => !/\.(few|many)$/.test(p)),
    );
    expect([...keys].sort()).toEqual([...englishLeaves.keys()].sort());
  });

  it.each(packs.slice(1))("%s uses the same placeholders as en in every template", (_lang, pack) => {
    for (const [path, text] of leaves(pack)) {
      const english = englishLeaves.get(path);
      if (typeof english !== "string") continue;
      expect([path, placeholders(text as string)]).toEqual([path, placeholders(english)]);
    }
  });

  it.each(packs)("%s names its own language and a BCP-47 tag Intl accepts", (lang, pack) => {
    expect(pack.language).toBe(lang);
    expect(Intl.NumberFormat.supportedLocalesOf([pack.tag])).toEqual([pack.tag]);
    expect(getLocale(pack.language)).toBe(pack);
  });

  it.each(packs)("%s sheet names are legal Excel sheet names", (_lang, pack) => {
    for (const name of Object.values(pack.sheets)) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it("gives the sheet names of the method in each language", () => {
    expect([en.sheets.clients, ru.sheets.clients, es.sheets.clients]).toEqual([
      "Clients (Segmenta)",
      "Клиенты (Segmenta)",
      "Clientes (Segmenta)",
    ]);
    expect([en.sheets.matrix, ru.sheets.matrix, es.sheets.matrix]).toEqual([
      "ABC-XYZ matrix",
      "Матрица ABC-XYZ",
      "Matriz ABC-XYZ",
    ]);
    expect(ru.statuses).toEqual({
      potential: "потенциальный",
      new: "новый",
      permanent: "постоянный",
      lost: "потерянный",
      restored: "восстановленный",
    });
  });
});
